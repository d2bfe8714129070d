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
	/**
	 * The publications the values come from, when they are sourced figures: each row names one by
	 * its url (`cite`), and the table links every value to it.
	 */
	sources?: ChartSource[];
	/** Header of the rows' `detail` column (who or what a value describes). */
	detailHeader?: string;
}

/** A publication a chart cites. */
export interface ChartSource {
	url: string;
	title: string;
	publisher: string;
	/** The date the source carries, as precise as it shows it. */
	published?: string;
	accessed: string;
}

/** What a sourced row adds to the table: who or what the value describes, and its source. */
interface Sourced {
	/** Text shown for the value, e.g. "15,176,772 contacts" (the bare value otherwise). */
	text?: string;
	detail?: string;
	/** The url of the row's source (one of the spec's `sources`). */
	cite?: string;
}

export interface BarRow extends Sourced {
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
export interface StackedRow extends Sourced {
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

/** A table of sourced figures without a drawing (values that do not share one scale). */
export interface TableSpec extends ChartWords {
	kind: 'table';
	columns: TableColumn[];
	rows: (Record<string, string | number> & { cite?: string })[];
}

export type ChartSpec = BarsSpec | StackedSpec | TableSpec;

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
	if (spec.kind === 'table') {
		const cited = spec.rows.some((r) => r.cite !== undefined);
		return {
			columns: [
				...spec.columns,
				...(cited ? [{ key: 'source', label: SOURCE_LABEL, numeric: false }] : []),
			],
			rows: spec.rows.map(({ cite, ...r }) => ({ ...r, ...(cited ? { source: cite ?? '' } : {}) })),
		};
	}
	const plain = chartTableOf(spec);
	const rows = spec.rows as (BarRow | StackedRow)[];
	const detailed = rows.some((r) => r.detail !== undefined);
	const cited = rows.some((r) => r.cite !== undefined);
	if (!detailed && !cited) return plain;
	return {
		columns: [
			...plain.columns,
			...(detailed ? [{ key: 'detail', label: spec.detailHeader ?? '', numeric: false }] : []),
			...(cited ? [{ key: 'source', label: SOURCE_LABEL, numeric: false }] : []),
		],
		rows: plain.rows.map((r, i) => ({
			...r,
			...(detailed ? { detail: rows[i]!.detail ?? '' } : {}),
			...(cited ? { source: rows[i]!.cite ?? '' } : {}),
		})),
	};
}

/**
 * The label of the source column. The column holds the source's address (in CSV and JSON); pages
 * show a link there, and the column's heading comes from the UI dictionary.
 */
export const SOURCE_LABEL = 'Source';

function chartTableOf(spec: BarsSpec | StackedSpec): ChartTable {
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
	const { id, title, takeaway, description, source, sources } = spec;
	return (
		JSON.stringify(
			{
				id,
				title,
				takeaway,
				description,
				source,
				...(sources ? { sources } : {}),
				columns: t.columns,
				rows: t.rows,
			},
			null,
			2,
		) + '\n'
	);
}
