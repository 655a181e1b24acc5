/** A stretch of a document's text, by character offsets (end exclusive), as quotes point into it. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The span of a regular-expression match, shifted by the offset of the text it ran on. */
export function spanOf(match: RegExpExecArray, offset = 0): Span {
  return { start: offset + match.index, end: offset + match.index + match[0].length, text: match[0] };
}

/** Lower case without diacritics and with one kind of apostrophe: how the rules compare words. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ`]/g, "'")
    .toLowerCase();
}

/** Every match of a global pattern, with its groups. */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = 0;
  return [...text.matchAll(global)] as RegExpExecArray[];
}
