import { fold } from '../reading/spans';

/** What linking needs to know of the graph: the names of its actors, places, programmes and domains. */
export interface GraphNames {
  actors: { id: string; name: string; aliases: string[]; kind: string; place: string | null }[];
  places: { id: string; name: string; kind: string; code: string | null; aliases: string[] }[];
  programmes: { id: string; name: string; aliases: string[]; kind: string }[];
  domains: { id: string; name: string; aliases: string[] }[];
}

/** An empty graph: every name read is new. */
export const NO_GRAPH_NAMES: GraphNames = { actors: [], places: [], programmes: [], domains: [] };

/** Words a name may start with that do not make it another name ("le CHU de Toulouse", "Les Laboratoires X"). */
const LEADING = /^(?:l'|le |la |les |the |du |de la |des |d')/;
/** Small words inside names that writers add or drop ("CHU Toulouse" = "CHU de Toulouse"). */
const LINKING_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the', 'et', 'and', '&']);

/**
 * The key two spellings of one name share: folded (case, accents, apostrophes), without a leading
 * article, guillemets, punctuation or small linking words: "l'Université de Montpellier" = "Universite Montpellier".
 */
export function nameKey(name: string): string {
  const folded = fold(name).trim().replace(LEADING, '');
  return folded
    .replace(/[«»"“”()[\]]/g, ' ')
    .split(/[\s'’.,;:!?/-]+/)
    .filter((word) => word && !LINKING_WORDS.has(word))
    .join(' ');
}

/** A name written as one word without spaces or signs ("ThermoFisher" = "Thermo Fisher", "Ad'Occ" = "AdOcc"). */
export function compactKey(name: string): string {
  return nameKey(name).replace(/\s+/g, '');
}
