import type { Database } from '../../db/database';
import type { SearchLabel } from '../../db/graphSearch';
import type { EntityRow } from '../../db/rows';
import type { Lexicon } from './lexicon';
import { linkName } from './linker';
import type { NameIndex } from './nameIndex';
import { type Span, spanText, type Token } from './text';

/**
 * A name said first or last, with the question around it and no shape (`Ciloa c'est financé par qui ?`, `Askle, située
 * où exactement ?`, `Occitanie Angels, c'est qui les membres ?`): the longest run of words at the start (else at the end)
 * that is exactly an actor's or a programme's name or alias. The rest of the question is then read as the question about it.
 */

/** Longest name tried, in words. */
const MAX_NAME_WORDS = 6;
/** Names linked at most per side: each is one full-text query. */
const MAX_TRIES_PER_SIDE = 4;
/** Only actors and programmes: domains and places are filters the lexicon reads (`bioproduction à Toulouse`). */
const EDGE_LABELS: SearchLabel[] = ['Actor', 'Programme'];

export interface EdgeName {
  span: Span;
  node: EntityRow;
}

/**
 * The name at the start or the end of a question, where the question has at least one other word with content; null
 * when none. A name ends where a comma, a function word or the end of the question follows it (`Genoskin a levé …`).
 */
export async function edgeName(args: {
  db: Database;
  question: string;
  tokens: readonly Token[];
  lexicon: Lexicon;
  names?: NameIndex;
}): Promise<EdgeName | null> {
  const { db, question, tokens, lexicon, names } = args;
  const isFunction = (i: number) => lexicon.functionWord(tokens[i]!.folded) !== undefined;
  const hasContent = (span: Span) => tokens.slice(span.from, span.to).some((_, i) => !isFunction(span.from + i));
  const commaAfter = (i: number) => /^\s*[,;:]/.test(question.slice(tokens[i]!.end));
  const n = tokens.length;
  // `la stratégie régionale pour l'IA, c'est quel budget`: an article may come before the name.
  let first = 0;
  while (first < n && isFunction(first)) first++;
  const starts: Span[] = [];
  const ends: Span[] = [];
  for (let length = Math.min(MAX_NAME_WORDS, n - 1); length >= 1; length--) {
    // A name at the start, followed by a comma or a function word.
    const to = first + length;
    if (to < n && !isFunction(to - 1) && (commaAfter(to - 1) || isFunction(to))) starts.push({ from: first, to });
    // A name at the end, after a function word (`… travaille avec Move in Med`).
    const from = n - length;
    if (!isFunction(from) && !isFunction(n - 1) && (isFunction(from - 1) || commaAfter(from - 1))) ends.push({ from, to: n });
  }
  for (const candidates of [starts, ends]) {
    for (const span of candidates.slice(0, MAX_TRIES_PER_SIDE)) {
      const rest = span.from === first ? { from: span.to, to: n } : { from: 0, to: span.from };
      if (!hasContent(rest)) continue;
      const link = await linkName(db, spanText(question, tokens, span), EDGE_LABELS, names);
      if (link.outcome === 'found' && link.exact) return { span, node: link.node };
    }
  }
  return null;
}
