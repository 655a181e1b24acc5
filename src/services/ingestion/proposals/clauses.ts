import type { DateMention } from '../reading/dates';
import type { Mention, SentenceView } from './mentions';

/** Words that open a clause or carry a verb: a run of names separated by commas stops at them. */
const CLAUSE_WORDS =
  /(?:^|[\s'])(?:qui|que|qu|a|ont|est|sont|sera|seront|va|vont|se|s|ne|n|il|elle|ils|elles|par|pour|avec|dans|sur|vers|chez|afin|lors|depuis|mais|donc|car|who|which|that|is|are|was|were|has|have|will|by|for|with|in|[a-z]{3,}ed)(?=[\s']|$)/;

/** Offsets relative to the sentence's text. */
export function local(view: SentenceView, offset: number): number {
  return offset - view.reading.sentence.start;
}

/** The folded text between two document offsets of a sentence. */
export function textBetween(view: SentenceView, from: number, to: number): string {
  return view.folded.slice(local(view, from), local(view, to));
}

/** How two names next to each other are joined: as items of one list (", ", " et ", ", ainsi que l'agence "), or not. */
export function listJoin(text: string): 'comma' | 'and' | undefined {
  // A bracketed aside is no break: "A (via son fonds F), B et C".
  const gap = text.replace(/\s*\([^()]*\)/g, '');
  // A dash then a comma closes an insertion: "avec le pôle A –, l'institut B" lists nothing.
  if (/(?:^|\s)[–—-]\s*,/.test(gap)) return undefined;
  const and = /(?:^|[\s,])(?:et|ainsi que|ainsi qu'|and|as well as|&|ou|or)(?=[\s']|$)/.test(gap);
  // "A / B": a slash lists too.
  const comma = gap.includes(',') || /^\s*\/\s*$/.test(gap);
  if (!and && !comma) return undefined;
  const words = gap.replace(/(?:^|[\s,])(?:et|ainsi que|ainsi qu'|and|as well as|&|ou|or)(?=[\s']|$)/g, ' ').replace(/[,;]/g, ' ');
  if (CLAUSE_WORDS.test(words) || words.trim().split(/\s+/).length > 10 || /[.;:!?()«»\d]/.test(gap.replace(/,/g, ''))) return undefined;
  return and ? 'and' : 'comma';
}

/** The names listed from `first` on ("l'Inserm, le CHU et l'Université de Montpellier"): a list closes after its "et". */
export function listFrom(view: SentenceView, first: Mention, target?: Mention['target']): Mention[] {
  const list = [first];
  const mentions = view.mentions;
  let closed = false;
  for (let i = mentions.indexOf(first) + 1; i < mentions.length && !closed; i++) {
    const join = listJoin(textBetween(view, mentions[i - 1]!.end, mentions[i]!.start));
    // "emmené par A, ce pôle …": a noun standing for a name already read is the clause's subject, not one more item.
    if (!join || mentions[i]!.cue === 'anaphor') break;
    if (join === 'comma' && list.length > 1 && listHadAnd(view, list)) break;
    if (join === 'and') closed = true;
    if (!target || mentions[i]!.target === target) list.push(mentions[i]!);
  }
  return list;
}

function listHadAnd(view: SentenceView, list: Mention[]): boolean {
  for (let i = 1; i < list.length; i++) if (listJoin(textBetween(view, list[i - 1]!.end, list[i]!.start)) === 'and') return true;
  return false;
}

/** The names listed up to `last` ("La Région, l'État, l'Inserm et le pôle Eurobiomed"), in text order. */
export function listUpTo(view: SentenceView, last: Mention): Mention[] {
  const list = [last];
  const mentions = view.mentions;
  // Read backwards, a list ends with its "et": "A, B et C" is a list before C, "A, B" before C is not.
  for (let i = mentions.indexOf(last) - 1; i >= 0; i--) {
    const join = listJoin(textBetween(view, mentions[i]!.end, mentions[i + 1]!.start));
    if (!join || (list.length === 1 && join === 'comma') || (list.length > 1 && join === 'and')) break;
    list.unshift(mentions[i]!);
  }
  return list;
}

/** The mention nearest before a document offset, within `reach` characters, or undefined. */
export function mentionBefore(view: SentenceView, offset: number, reach = 100, target?: Mention['target']): Mention | undefined {
  return [...view.mentions].reverse().find((m) => m.end <= offset && offset - m.end <= reach && (!target || m.target === target));
}

/** The first mention after a document offset, within `reach` characters, or undefined. */
export function mentionAfter(view: SentenceView, offset: number, reach = 80, target?: Mention['target']): Mention | undefined {
  return view.mentions.find((m) => m.start >= offset && m.start - offset <= reach && (!target || m.target === target));
}

/** The date a fact of the sentence holds from: the first date or period start it states ("depuis 2023", "en mai 2023"). */
export function sinceOf(dates: DateMention[]): string | null {
  for (const date of dates) {
    if (date.date) return date.date;
    if (date.period?.from) return date.period.from;
  }
  return null;
}
