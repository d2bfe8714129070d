/**
 * What a chart is, independent of how it is drawn: its words (title, takeaway, description,
 * source), its data, and the table every chart carries. The SVG renderers (bars.ts), the Figure
 * component and the CSV/JSON downloads all read the same spec, so the table lists every value the
 * chart plots, and nothing else.
 */
import type { StyleKey } from './styles';

export interface ChartWords {
	/** Stable id: the figure's anchor and the download file name. */
	id: string;
	title: string;
	/** One sentence, computed from the data. */
	takeaway: string;
	/** Longer text description for the SVG <desc>. */
	description: string;
	/** Where the numbers come from. */
	source: string;
	/** Header of the row-label column, e.g. "Region". */
	rowHeader: string;
	/** Header of the group column when rows are grouped, e.g. "Indicator". */
	groupHeader?: string;
}

export interface BarRow {
	key: string;
	label: string;
	group?: string;
	value: number;
	/** Optional denominator shown as "value of max" and used as the bar's full length. */
	max?: number;
}
export interface BarsSpec extends ChartWords {
	kind: 'bars';
	/** Header of the value column, e.g. "Countries with the channel". */
	valueHeader: string;
	/** Header of the denominator column when rows have `max`. */
	maxHeader?: string;
	/** Text after a bar that has a max, e.g. "{value} of {max}"; otherwise the value alone. */
	valueTemplate?: string;
	rows: BarRow[];
}

export interface Series {
	key: string;
	label: string;
	style: StyleKey;
}
export interface StackedRow {
	key: string;
	label: string;
	group?: string;
	values: Record<string, number>;
}
export interface StackedSpec extends ChartWords {
	kind: 'stacked';
	series: Series[];
	/** Header of the total column. */
	totalHeader: string;
	rows: StackedRow[];
}

export type ChartSpec = BarsSpec | StackedSpec;

export interface TableColumn {
	key: string;
	label: string;
	numeric: boolean;
}
export interface ChartTable {
	columns: TableColumn[];
	rows: Record<string, string | number>[];
}

/** The data table of a chart: one row per plotted row, one column per plotted value. */
export function chartTable(spec: ChartSpec): ChartTable {
	const grouped = spec.rows.some((r) => r.group !== undefined);
	const lead: TableColumn[] = [
		...(grouped ? [{ key: 'group', label: spec.groupHeader ?? '', numeric: false }] : []),
		{ key: 'label', label: spec.rowHeader, numeric: false },
	];
	if (spec.kind === 'bars') {
		const withMax = spec.rows.some((r) => r.max !== undefined);
		return {
			columns: [
				...lead,
				{ key: 'value', label: spec.valueHeader, numeric: true },
				...(withMax ? [{ key: 'max', label: spec.maxHeader ?? '', numeric: true }] : []),
			],
			rows: spec.rows.map((r) => ({
				...(grouped ? { group: r.group ?? '' } : {}),
				label: r.label,
				value: r.value,
				...(withMax ? { max: r.max ?? 0 } : {}),
			})),
		};
	}
	return {
		columns: [
			...lead,
			...spec.series.map((s) => ({ key: s.key, label: s.label, numeric: true })),
			{ key: 'total', label: spec.totalHeader, numeric: true },
		],
		rows: spec.rows.map((r) => ({
			...(grouped ? { group: r.group ?? '' } : {}),
			label: r.label,
			...Object.fromEntries(spec.series.map((s) => [s.key, r.values[s.key] ?? 0])),
			total: spec.series.reduce((a, s) => a + (r.values[s.key] ?? 0), 0),
		})),
	};
}

const csvCell = (v: string | number) =>
	typeof v === 'number' ? String(v) : /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
/** The chart's table as CSV (RFC 4180, header row, CRLF line ends). */
export function chartCsv(spec: ChartSpec): string {
	const t = chartTable(spec);
	const lines = [
		t.columns.map((c) => csvCell(c.label)),
		...t.rows.map((r) => t.columns.map((c) => csvCell(r[c.key] ?? ''))),
	];
	return lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

/** The chart as JSON: its words, column definitions and rows (keys are stable; labels are for people). */
export function chartJson(spec: ChartSpec): string {
	const t = chartTable(spec);
	const { id, title, takeaway, description, source } = spec;
	return (
		JSON.stringify(
			{ id, title, takeaway, description, source, columns: t.columns, rows: t.rows },
			null,
			2,
		) + '\n'
	);
}
