/**
 * The world's shapes for the map, projected once per build: Natural Earth 1:110m boundaries from
 * world-atlas (TopoJSON), joined to the mapping's country list (data/countries.yaml) by ISO 3166-1
 * numeric code.
 *
 * Rules, all explicit:
 * - a shape whose numeric id is not an ISO code of our list keeps no code: it is drawn as an area
 *   without data of its own ("no separate data"), never merged into a neighbour's data. In
 *   world-atlas 2.0 these are Northern Cyprus and Somaliland; Kosovo has no numeric id there and is
 *   matched to XK by name;
 * - a part of a multi-part shape that lies on a listed territory without its own shape, and whose
 *   area is about that territory's, is given to that territory (French Guiana is drawn with France
 *   in the 1:110m data);
 * - Natural Earth draws de facto lines; where they put an area that ISO 3166-1 and UN General
 *   Assembly resolutions assign elsewhere, the part is redrawn for its listed code (PART_OVERRIDES,
 *   PARALLEL_SPLITS) so that its colour is never another country's data;
 * - countries and territories too small to see at world scale, or without a shape at 1:110m, are
 *   drawn as point marks at their centroid;
 * - Antarctica is not drawn (it has no services; it stays in every table).
 */
import { geoArea, geoContains, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3';
import countriesLib from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { UiKey } from '../i18n/index';
import type { CountryRef } from '../schemas/reference';
import { r1 } from './svg';

/** Shapes in world-atlas that carry no ISO numeric id, matched by their Natural Earth name. */
export const NAME_ALIASES: Readonly<Record<string, string>> = { Kosovo: 'XK' };
/** Detached parts drawn for another code: the polygon of `from` that contains `at` goes to `to`. */
export const PART_OVERRIDES: readonly {
	from: string;
	to: string;
	at: [number, number];
	note: UiKey;
}[] = [
	// Crimea: part of Ukraine (UN General Assembly resolution 68/262); Natural Earth 1:110m draws it with Russia.
	{ from: 'RU', to: 'UA', at: [34.1, 45.0], note: 'map.override.crimea' },
];
/** Shapes cut along a parallel (Equal Earth draws parallels as straight lines): south of `lat` goes to `to`. */
export const PARALLEL_SPLITS: readonly { from: string; to: string; lat: number; note: UiKey }[] = [
	// Western Sahara (EH) south of 27°40′N; Natural Earth 1:110m draws the part west of the berm with Morocco.
	{ from: 'MA', to: 'EH', lat: 27 + 40 / 60, note: 'map.override.westernSahara' },
];
/** Listed codes that are not drawn. */
export const NOT_DRAWN: ReadonlySet<string> = new Set(['AQ']);
/** Shapes smaller than this (in px² at the map's width) get a point mark as well. */
const MIN_AREA_PX = 18;
const EARTH_RADIUS_KM = 6371.0088;

export interface Shape {
	/** Alpha-2 code, or null for an area the mapping has no code for. */
	code: string | null;
	/** The Natural Earth name (used only for areas without a code). */
	name: string;
	d: string;
}
export interface Mark {
	code: string;
	x: number;
	y: number;
}
export interface WorldGeometry {
	width: number;
	height: number;
	shapes: Shape[];
	marks: Mark[];
	/** Areas drawn without data of their own, by Natural Earth name. */
	noCode: string[];
	/** The overrides of Natural Earth's lines that were applied (UI string keys, for the map notes). */
	overrides: UiKey[];
}

type Polygon = GeoJSON.Position[][];
interface Feat {
	code: string | null;
	name: string;
	polygons: Polygon[];
}

const sphericalKm2 = (p: Polygon) =>
	geoArea({ type: 'Polygon', coordinates: p }) * EARTH_RADIUS_KM ** 2;

let cache: { key: string; geo: WorldGeometry } | undefined;

/**
 * Projected shapes and marks for the listed countries (memoised per list).
 * @param countries data/countries.yaml (codes, centroids, areas)
 * @param width the width of the map in SVG units
 */
export function worldGeometry(countries: readonly CountryRef[], width = 960): WorldGeometry {
	const key = `${width}:${countries.length}`;
	if (cache?.key === key) return cache.geo;
	const listed = new Map(countries.map((c) => [c.code, c]));
	const topo = world as unknown as Parameters<typeof feature>[0];
	const fc = feature(
		topo,
		(world as unknown as { objects: { countries: Parameters<typeof feature>[1] } }).objects
			.countries,
	) as unknown as GeoJSON.FeatureCollection<
		GeoJSON.Polygon | GeoJSON.MultiPolygon,
		{ name: string }
	>;
	const feats: Feat[] = fc.features.map((f) => {
		const numeric = f.id === undefined ? undefined : String(f.id);
		const a2 =
			(numeric ? countriesLib.numericToAlpha2(numeric) : undefined) ??
			NAME_ALIASES[f.properties.name];
		const polygons =
			f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		return { code: a2 && listed.has(a2) ? a2 : null, name: f.properties.name, polygons };
	});
	// Give detached parts to listed territories drawn inside another shape.
	const drawn = new Set(feats.map((f) => f.code).filter((c): c is string => !!c));
	for (const c of countries) {
		if (drawn.has(c.code) || !c.centroid || !c.area_km2 || c.area_km2 <= 0) continue;
		for (const f of feats) {
			if (f.polygons.length < 2) continue;
			const i = f.polygons.findIndex((p) =>
				geoContains({ type: 'Polygon', coordinates: p }, c.centroid!),
			);
			if (i < 0) continue;
			const areas = f.polygons.map(sphericalKm2);
			const largest = areas.indexOf(Math.max(...areas));
			if (i !== largest && areas[i]! <= c.area_km2 * 3) {
				feats.push({ code: c.code, name: c.name, polygons: [f.polygons[i]!] });
				f.polygons = f.polygons.filter((_, j) => j !== i);
				drawn.add(c.code);
			}
			break;
		}
	}
	const overrides: UiKey[] = [];
	for (const o of PART_OVERRIDES) {
		const from = feats.find((f) => f.code === o.from);
		const to = feats.find((f) => f.code === o.to);
		const i = from
			? from.polygons.findIndex((p) => geoContains({ type: 'Polygon', coordinates: p }, o.at))
			: -1;
		if (!from || !to || i < 0 || from.polygons.length < 2) continue;
		to.polygons.push(from.polygons[i]!);
		from.polygons = from.polygons.filter((_, j) => j !== i);
		overrides.push(o.note);
	}
	const shown = feats.filter((f) => !(f.code && NOT_DRAWN.has(f.code)));
	const asGeo = (f: Feat): GeoPermissibleObjects => ({
		type: 'MultiPolygon',
		coordinates: f.polygons,
	});
	const projection = geoEqualEarth().fitWidth(width, {
		type: 'GeometryCollection',
		geometries: shown.map(asGeo),
	} as GeoPermissibleObjects);
	const path = geoPath(projection).digits(1);
	const [[, y0], [, y1]] = path.bounds({
		type: 'GeometryCollection',
		geometries: shown.map(asGeo),
	} as GeoPermissibleObjects);
	projection.translate([projection.translate()[0], projection.translate()[1] - y0 + 2]);
	const height = Math.ceil(y1 - y0 + 4);
	// Cuts along a parallel: the part north of the line stays, the part south of it goes to `to`.
	const clipped = (top: number, bottom: number) =>
		geoPath(
			geoEqualEarth()
				.scale(projection.scale())
				.translate(projection.translate())
				.clipExtent([
					[-10, top],
					[width + 10, bottom],
				]),
		).digits(1);
	const extra = new Map<string, string>();
	const cut = new Map<string, number>();
	for (const sp of PARALLEL_SPLITS) {
		const from = shown.find((f) => f.code === sp.from);
		const y = projection([0, sp.lat])?.[1];
		if (!from || y === undefined || !shown.some((f) => f.code === sp.to)) continue;
		cut.set(sp.from, y);
		extra.set(sp.to, (extra.get(sp.to) ?? '') + (clipped(y, height + 10)(asGeo(from)) ?? ''));
		overrides.push(sp.note);
	}
	const shapes: Shape[] = shown.map((f) => {
		const y = f.code ? cut.get(f.code) : undefined;
		const d = (y === undefined ? path(asGeo(f)) : clipped(-10, y)(asGeo(f))) ?? '';
		return { code: f.code, name: f.name, d: d + ((f.code && extra.get(f.code)) ?? '') };
	});
	const marks: Mark[] = [];
	for (const c of countries) {
		if (NOT_DRAWN.has(c.code)) continue;
		const f = shown.find((s) => s.code === c.code);
		const small = !f || path.area(asGeo(f)) < MIN_AREA_PX;
		if (!small) continue;
		const at = c.centroid ? projection(c.centroid) : null;
		if (at) marks.push({ code: c.code, x: r1(at[0]), y: r1(at[1]) });
	}
	const geo: WorldGeometry = {
		width,
		height,
		shapes: shapes.sort((a, b) => (a.code ?? a.name).localeCompare(b.code ?? b.name)),
		marks,
		noCode: shown.filter((f) => !f.code).map((f) => f.name),
		overrides,
	};
	cache = { key, geo };
	return geo;
}
