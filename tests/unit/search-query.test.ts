/** The search box's query: a number typed with its "+" is still found (the index drops the "+"). */
import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../src/client/search-query';

describe('searchQuery', () => {
	it('drops a "+" before a digit, at the start and after a space', () => {
		expect(searchQuery(' +355694155552 ')).toBe('355694155552');
		expect(searchQuery('call +44 800 1111')).toBe('call 44 800 1111');
	});
	it('leaves other text alone', () => {
		expect(searchQuery('helpline')).toBe('helpline');
		expect(searchQuery('C++ club')).toBe('C++ club');
		expect(searchQuery('a+1')).toBe('a+1');
	});
});
