/**
 * The query sent to the search index. Numbers are indexed by their digits ("+355 69 …" is found by
 * "355694…"), and the index finds nothing for a word that starts with "+", so a "+" before a digit
 * is dropped: a child who types a number as it is written on a poster still finds its service.
 */
export const searchQuery = (raw: string): string => raw.trim().replace(/(^|\s)\+(?=\d)/g, '$1');
