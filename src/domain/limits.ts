/**
 * Defaults and bounds of the API's arguments, written once: the SDL defaults (schema/*.graphql, checked
 * by tests/unit/schemaEnums.test.ts), the resolvers' range checks, the services and the Cypher hop bounds read these.
 */

/** The range an integer argument must fall in, and its default when omitted (if it has one). */
export interface IntRange {
  default?: number;
  min: number;
  max: number;
}

/** tiedTo's `maxHops`: ties walked from the actor. */
export const TIED_TO_HOPS = { default: 3, min: 1, max: 4 } as const satisfies IntRange;
/** paths' `maxHops`: relationships on one path. */
export const PATH_HOPS = { default: 4, min: 1, max: 6 } as const satisfies IntRange;
/** `avoidHubsAbove` of tiedTo and partnerSuggestions: nodes with more ties are not walked through. */
export const HUB_LIMIT = { default: 1_000, min: 1, max: 10_000_000 } as const satisfies IntRange;
/** paths' `avoidHubsAbove` (no default: hubs are walked unless asked). */
export const PATH_HUB_LIMIT = { min: 1, max: 1_000_000 } as const satisfies IntRange;
/** `first` of search, tiedTo, partnerSuggestions and ask: ranked answers, not pages. */
export const RANKED_RESULTS = { default: 10, min: 1, max: 50 } as const satisfies IntRange;
/** paths' `first`. */
export const PATH_RESULTS = { default: 5, min: 1, max: 10 } as const satisfies IntRange;
/** neighbourhood's `depth`. */
export const NEIGHBOURHOOD_DEPTH = { default: 1, min: 1, max: 3 } as const satisfies IntRange;
/** neighbourhood's `limit`: nodes returned; the largest list any argument can ask for. */
export const NEIGHBOURHOOD_SIZE = { default: 100, min: 1, max: 300 } as const satisfies IntRange;
/** paths' `avoid`: ids listed at most. */
export const MAX_AVOIDED_NODES = 100;

/** Page sizes (`first`) when omitted; every page is capped by the server's MAX_PAGE_SIZE, DEFAULT_MAX_PAGE_SIZE unless configured. */
export const PAGE_SIZE = {
  /** actors(first). */
  actors: 20,
  /** domains, places, programmes (first). */
  lists: 50,
  /** A node's ties and lists under a node, fundings, a source's actors (first). */
  ties: 100,
  /** A node's tie connection, `ties(first)`. */
  tieConnection: 20,
  /** changes(first). */
  changes: 20,
} as const;
export const DEFAULT_MAX_PAGE_SIZE = 100;
/** Rows of an open-data download (MAX_DOWNLOAD_ROWS): a whole département's list, not the whole synthetic graph. */
export const DEFAULT_MAX_DOWNLOAD_ROWS = 10_000;

/** Values per facet of an actor list or search (`facets`), most frequent first. */
export const FACET_SIZE = 50;

/** Free text of a search or filter, in characters. */
export const MAX_SEARCH_TEXT_LENGTH = 200;
/** ask's question, in characters and in words: longer is a paragraph pasted by mistake, or an attempt to load the server. */
export const MAX_QUESTION_LENGTH = 300;
export const MAX_QUESTION_WORDS = 40;
/** Choices one ask may carry (one per ambiguous phrase). */
export const MAX_ASK_CHOICES = 5;

/**
 * Bounds on every value a curator can write (mutations, imports) and the seed files hold. The shared
 * record schemas (records.ts) apply them, so a mutation, an import and the seeds refuse the same
 * values with the same message; the GraphQL schema's descriptions repeat them.
 */
export const LIMITS = {
  /** Largest amount of one funding, in euros (a thousand billion: above any public health budget). */
  maxAmountEur: 1e12,
  /** Largest value of one figure (headcount, budget, ...). */
  maxFigureValue: 1e12,
  /** Ids (slugs). */
  maxIdLength: 100,
  /** Names of actors, programmes, places, domains; titles and publishers of sources. */
  maxNameLength: 200,
  /** Free text: descriptions. */
  maxDescriptionLength: 5000,
  /** Aliases per record, and characters per alias. */
  maxAliases: 30,
  maxAliasLength: 200,
  /** A quoted passage, the words it rests on. */
  maxQuoteLength: 2000,
  /** Notes, amounts in words, reasons for a retirement or a removal. */
  maxNoteLength: 2000,
  /** Websites and source URLs (http or https only). */
  maxUrlLength: 2000,
  /** Ties, domains, recipients or passages listed in one record. */
  maxListLength: 100,
} as const;

/** The URL schemes a stored link may have: nothing a browser would run (javascript:, data:). */
export const WEB_PROTOCOLS = /^https?$/;

/** True for an http(s) address: what a stored link must be before the API hands it out as a link. */
export function isWebAddress(value: string): boolean {
  try {
    return WEB_PROTOCOLS.test(new URL(value).protocol.replace(/:$/, ''));
  } catch {
    return false;
  }
}
