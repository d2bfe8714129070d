/** The one contract. Import from here in scripts, tests, the validator and content.config.ts. */
export * from './common';
export * from './resource';
export * from './organization';
export * from './emergency';
export * from './taxonomy';
export * from './criteria';
export * from './recommendation';
export * from './reference';
export * from './known-absent';
export * from './evidence';
export * from './voices';
export * from './practice';
