// `tsc` does not read .astro files (Astro's own checker and editor plugin do); the component tests
// import components, so give those imports the type the container API renders.
declare module '*.astro' {
	const component: import('astro/runtime/server/index.js').AstroComponentFactory;
	export default component;
}
