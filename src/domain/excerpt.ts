/** How many characters of a caller's value an error message quotes; longer values are cut with "…". */
export const MAX_ECHOED_CHARS = 64;

/** A caller's value as an error message may quote it: at most MAX_ECHOED_CHARS characters, cut with "…". */
export function excerpt(value: unknown, max = MAX_ECHOED_CHARS): string {
  const text = String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * A message from a library (graphql-js, zod) with every double-quoted value in it cut to an excerpt:
 * they quote the caller's values in full, and a 10 kB id would come back whole in the error.
 */
export function withQuotedValuesCut(message: string, max = MAX_ECHOED_CHARS): string {
  return message.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, inner: string) => (inner.length > max ? `"${excerpt(inner, max)}"` : whole));
}
