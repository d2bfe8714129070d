/**
 * CSV as RFC 4180 says: comma-separated, CRLF line ends, fields with a comma, quote or line break
 * wrapped in double quotes, quotes doubled. UTF-8 without a byte-order mark.
 *
 * A cell that a spreadsheet would run as a formula (starting with =, @, or with + or - followed by
 * something other than a number) is written with a leading apostrophe, which `parseCsv` removes
 * again, so the round trip is exact.
 */

const FORMULA = /^[=@\t\r]|^[+-](?![0-9 ().+-]*$)/;
/** Apostrophes added by `csvCell` (and values that really start with one, which get one more). */
const GUARDED = /^'+[=@+\t\r-]/;

/** One cell as written to the file. */
export function csvCell(value: string): string {
	const v = FORMULA.test(value) || GUARDED.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A whole table: a header row and data rows, every row ending in CRLF. */
export function toCsv(header: string[], rows: string[][]): string {
	const lines = [header, ...rows].map((r) => {
		if (r.length !== header.length)
			throw new Error(`CSV row has ${r.length} cells, header has ${header.length}`);
		return r.map(csvCell).join(',');
	});
	return `${lines.join('\r\n')}\r\n`;
}

/** Parses RFC 4180 CSV into rows of cells (the header is the first row). Accepts LF line ends too. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const endCell = () => {
		row.push(GUARDED.test(cell) ? cell.slice(1) : cell);
		cell = '';
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i++;
				} else quoted = false;
			} else cell += ch;
		} else if (ch === '"' && cell === '') {
			quoted = true;
		} else if (ch === ',') endCell();
		else if (ch === '\r' && text[i + 1] === '\n') {
			// handled at \n
		} else if (ch === '\n') {
			endCell();
			rows.push(row);
			row = [];
		} else cell += ch;
	}
	if (quoted) throw new Error('CSV ends inside a quoted field');
	if (cell !== '' || row.length) {
		endCell();
		rows.push(row);
	}
	return rows;
}

/** Parses CSV into objects keyed by the header row. */
export function parseCsvObjects(text: string): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text);
	if (!header) return [];
	return rows.map((r, i) => {
		if (r.length !== header.length)
			throw new Error(`CSV row ${i + 2} has ${r.length} cells, header has ${header.length}`);
		return Object.fromEntries(header.map((h, j) => [h, r[j]!]));
	});
}
