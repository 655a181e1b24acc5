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
