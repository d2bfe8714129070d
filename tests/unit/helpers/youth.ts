/**
 * The fixture repository's voice files and good-practice files (tests/fixtures/repo/content/voices/
 * and practices/), as the site's data layer shapes them.
 */
import type { PracticeEntry } from '../../../src/model/practices';
import { voiceQuotes, type VoiceFileEntry } from '../../../src/model/voices';
import { fixtureRepository, fixtureValidation } from './repository';

export const fixtureVoiceFiles = (): VoiceFileEntry[] =>
	fixtureValidation().voices.map((e) => ({ ...e.data, id: e.id }));
export const fixtureQuotes = () => voiceQuotes(fixtureVoiceFiles());
export const fixturePractices = (): PracticeEntry[] =>
	fixtureValidation().practices.map((e) => ({ ...e.data, id: e.id }));
export { fixtureRepository };
