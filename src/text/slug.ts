/**
 * File names and ids made from names: the one slug function of the project (record file names,
 * organisation ids, recommendation area names). Letters that Unicode decomposition cannot turn
 * into ASCII are transliterated from a table: Latin letters without a decomposition (ı, ß, ø, æ,
 * đ, ł …), Cyrillic, Greek (ELOT 743) and Arabic script (consonants and long vowels only, so the
 * result is rough and meant to be confirmed). Letters of other scripts are dropped; callers that
 * ask a person (npm run new) say so and ask for a name in Latin letters instead.
 */

export interface SlugOptions {
	/** Longest slug, in characters (cut at a hyphen where it can). */
	max?: number;
	/**
	 * The language of the text (a BCP-47 tag), for its own conventions: German writes ä ö ü as ae
	 * oe ue; Ukrainian, Bulgarian, Serbian and Macedonian transliterate some Cyrillic letters in
	 * their own way. Without it, the neutral rules apply (ä → a).
	 */
	lang?: string | undefined;
}

/** Latin letters with no Unicode decomposition, and modifier letters that carry no sound of their own. */
const LATIN: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	ø: 'o',
	œ: 'oe',
	ı: 'i',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ħ: 'h',
	ŧ: 't',
	ŋ: 'ng',
	ĸ: 'k',
	ſ: 's',
	ə: 'e',
	ŀ: 'l',
	ƒ: 'f',
	'\u02bb': '', // ʻ (Uzbek oʻ, Hawaiian ʻokina)
	'\u02bc': '', // ʼ
};

/** Cyrillic, the common (Russian-based) practical transliteration; languages override some letters. */
const CYRILLIC: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
	// Ukrainian and Belarusian
	є: 'ye',
	і: 'i',
	ї: 'yi',
	ґ: 'g',
	ў: 'u',
	// Serbian and Macedonian
	ђ: 'dj',
	ј: 'j',
	љ: 'lj',
	њ: 'nj',
	ћ: 'c',
	џ: 'dz',
	ѓ: 'gj',
	ќ: 'kj',
	ѕ: 'dz',
	// Kazakh, Kyrgyz, Mongolian, Tajik, Tatar, Bashkir
	ә: 'a',
	ғ: 'g',
	қ: 'q',
	ң: 'n',
	ө: 'o',
	ұ: 'u',
	ү: 'u',
	һ: 'h',
	ӣ: 'i',
	ӯ: 'u',
	ҳ: 'h',
	ҷ: 'j',
};

/** Per-language letters: [at the start of a word, elsewhere] or one form for both. */
const CYRILLIC_BY_LANG: Record<string, Record<string, string | [string, string]>> = {
	// The national transliteration of 2010 (Cabinet of Ministers resolution 55).
	uk: {
		г: 'h',
		и: 'y',
		є: ['ye', 'ie'],
		ї: ['yi', 'i'],
		й: ['y', 'i'],
		ю: ['yu', 'iu'],
		я: ['ya', 'ia'],
	},
	be: { г: 'h' },
	// The Bulgarian Transliteration Act of 2009.
	bg: { х: 'h', щ: 'sht', ъ: 'a', ю: 'yu', я: 'ya' },
	// Serbian and Macedonian Cyrillic as their Latin alphabets write them, without diacritics.
	sr: { ж: 'z', х: 'h', ц: 'c', ч: 'c', ш: 's' },
	mk: { ж: 'z', х: 'h', ц: 'c', ч: 'c', ш: 's' },
};

/** Greek, ELOT 743 (ISO 843 type 2), without diacritics; digraphs are handled first. */
const GREEK: Record<string, string> = {
	α: 'a',
	β: 'v',
	γ: 'g',
	δ: 'd',
	ε: 'e',
	ζ: 'z',
	η: 'i',
	θ: 'th',
	ι: 'i',
	κ: 'k',
	λ: 'l',
	μ: 'm',
	ν: 'n',
	ξ: 'x',
	ο: 'o',
	π: 'p',
	ρ: 'r',
	σ: 's',
	ς: 's',
	τ: 't',
	υ: 'y',
	φ: 'f',
	χ: 'ch',
	ψ: 'ps',
	ω: 'o',
};
/**
 * Greek vowel pairs and consonant clusters (ELOT 743): αυ ευ ηυ are written af ef if before a
 * voiceless consonant or at the end of a word, av ev iv otherwise.
 */
const GREEK_PAIRS: [RegExp, string][] = [
	[/ου/g, 'ou'],
	[/αυ(?=[θκξπστφχψ]|[^\u0370-\u03ff]|$)/g, 'af'],
	[/ευ(?=[θκξπστφχψ]|[^\u0370-\u03ff]|$)/g, 'ef'],
	[/ηυ(?=[θκξπστφχψ]|[^\u0370-\u03ff]|$)/g, 'if'],
	[/αυ/g, 'av'],
	[/ευ/g, 'ev'],
	[/ηυ/g, 'iv'],
	[/γγ/g, 'ng'],
	[/γξ/g, 'nx'],
	[/γχ/g, 'nch'],
];

/** Arabic script (Arabic, Persian, Urdu letters): consonants and long vowels, no short vowels. */
const ARABIC: Record<string, string> = {
	ا: 'a',
	أ: 'a',
	إ: 'i',
	آ: 'a',
	ٱ: 'a',
	ء: '',
	ؤ: '',
	ئ: '',
	ب: 'b',
	ت: 't',
	ث: 'th',
	ج: 'j',
	ح: 'h',
	خ: 'kh',
	د: 'd',
	ذ: 'dh',
	ر: 'r',
	ز: 'z',
	س: 's',
	ش: 'sh',
	ص: 's',
	ض: 'd',
	ط: 't',
	ظ: 'z',
	ع: '',
	غ: 'gh',
	ف: 'f',
	ق: 'q',
	ك: 'k',
	ل: 'l',
	م: 'm',
	ن: 'n',
	ه: 'h',
	ة: 'a',
	و: 'w',
	ي: 'y',
	ى: 'a',
	ـ: '',
	// Written short vowels, where a name carries them.
	'\u064e': 'a',
	'\u064f': 'u',
	'\u0650': 'i',
	// Persian and Urdu
	پ: 'p',
	چ: 'ch',
	ژ: 'zh',
	گ: 'g',
	ک: 'k',
	ی: 'y',
	ٹ: 't',
	ڈ: 'd',
	ڑ: 'r',
	ں: 'n',
	ھ: 'h',
	ہ: 'h',
	ۃ: 'a',
	ے: 'e',
};
const ARABIC_LETTERS = /[\u0600-\u06ff\u0750-\u077f]/;
for (let d = 0; d < 10; d++) {
	ARABIC[String.fromCharCode(0x0660 + d)] = String(d);
	ARABIC[String.fromCharCode(0x06f0 + d)] = String(d);
}

const TABLE: Record<string, string> = { ...LATIN, ...CYRILLIC, ...GREEK, ...ARABIC };
const LETTER = /[\p{L}\p{N}]/u;

/** The primary language subtag, lower case: "de-CH" → "de". */
const primary = (lang: string | undefined) => lang?.toLowerCase().split('-')[0] ?? '';

/**
 * The text in ASCII letters, digits and the rest as it was (spaces, punctuation): what slugify
 * builds on. Letters of scripts without a table are kept as they are.
 */
export function transliterate(text: string, lang?: string): string {
	const l = primary(lang);
	let s = text.normalize('NFC').toLowerCase();
	if (l === 'de' || l === 'gsw' || l === 'lb')
		s = s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
	// Greek: accents off (ϋ ΰ keep their diaeresis apart, so "οϋ" is not read as "ου"), then pairs.
	s = s
		.replace(/[ϋΰ]/g, '\u{F8FF}')
		.replace(/[\u0370-\u03ff\u1f00-\u1fff]/g, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, ''));
	for (const [re, to] of GREEK_PAIRS) s = s.replace(re, to);
	s = s.replace(/\u{F8FF}/gu, 'y');
	const local = CYRILLIC_BY_LANG[l] ?? {};
	const chars = [...s];
	return chars
		.map((ch, i) => {
			const own = local[ch];
			if (own !== undefined) {
				if (typeof own === 'string') return own;
				const wordStart = i === 0 || !LETTER.test(chars[i - 1]!);
				return wordStart ? own[0] : own[1];
			}
			return TABLE[ch] ?? ch;
		})
		.join('');
}

/**
 * A file name or id from a name: lower-case ASCII letters and digits joined by single hyphens
 * ("Çocuk Işığı" → "cocuk-isigi", "Телефон доверия" → "telefon-doveriya"). Empty when nothing in
 * the text can be written in ASCII.
 */
export function slugify(text: string, opts: SlugOptions = {}): string {
	const max = opts.max ?? 60;
	const s = transliterate(text, opts.lang)
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (s.length <= max) return s;
	const cut = s.slice(0, max + 1);
	const atHyphen = cut.lastIndexOf('-');
	return (atHyphen > max / 2 ? cut.slice(0, atHyphen) : s.slice(0, max)).replace(/-+$/, '');
}

/** What a person should check in a slug made from `text`. */
export interface SlugGaps {
	/** Letters no table covers (another script): they were left out. */
	dropped: string;
	/** Arabic script was transliterated without its short vowels: the result is rough. */
	rough: boolean;
}

/** The letters of `text` that slugify could not write, and whether its transliteration is rough. */
export function slugGaps(text: string, lang?: string): SlugGaps {
	const dropped = [...transliterate(text, lang)].filter(
		(ch) => /\p{L}/u.test(ch) && /[^a-z0-9]/.test(ch.normalize('NFKD').replace(/\p{M}/gu, '')),
	);
	return { dropped: [...new Set(dropped)].join(''), rough: ARABIC_LETTERS.test(text) };
}
