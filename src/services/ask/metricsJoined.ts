import type { FigureMetric } from '../../domain/model';
import type { Lexicon } from './lexicon';
import { type Token, tokenize } from './text';

/**
 * Family 41: two metrics asked at once (`quel est l'effectif et le chiffre d'affaires de X`, `how many staff and how much
 * revenue does X have`). The question is read with the first metric alone, as one-metric shapes read it; the metrics joined
 * after it by `et|and` are asked beside it (the answer gives each, or says which the sources do not give).
 */

/** Words that may stand between two joined metrics beside `et|and` (`et le`, `and how much`, `et quel`). */
const JOINING: ReadonlySet<string> = new Set([
  ...['et', 'and', 'le', 'la', 'les', 'l', 'son', 'sa', 'ses', 'leur', 'leurs', 'quel', 'quelle', 'quels', 'quelles', 'combien'],
  ...['de', 'd', 'du', 'des', 'its', 'their', 'the', 'how', 'many', 'much', 'what', 'which', 'is', 'are', 'sont', 'est', 'aussi'],
  ...['also'],
]);
/** The most words between two joined metrics (`and how much`). */
const MAX_JOINING = 4;

/** The question without the metrics joined after the first, and those metrics as typed; null when it joins none. */
export function metricsJoined(
  question: string,
  lexicon: Lexicon,
): { question: string; more: { metric: FigureMetric; text: string }[] } | null {
  const tokens: readonly Token[] = tokenize(question);
  const metrics = lexicon.metricsIn(tokens, { from: 0, to: tokens.length });
  if (metrics.length < 2) return null;
  const cuts: { start: number; end: number }[] = [];
  const more: { metric: FigureMetric; text: string }[] = [];
  for (let i = 1; i < metrics.length; i++) {
    const previous = metrics[i - 1]!.span;
    const span = metrics[i]!.span;
    const between = tokens.slice(previous.to, span.from);
    const joined =
      between.length > 0 &&
      between.length <= MAX_JOINING &&
      (between[0]!.folded === 'et' || between[0]!.folded === 'and') &&
      between.every((token) => JOINING.has(token.folded));
    // `chiffre d'affaires de X et combien d'emplois ?`: the last metric, joined after the name, ends the question.
    const trailing = joined || i !== metrics.length - 1 || span.to !== tokens.length ? -1 : trailingJoin(tokens, previous.to, span.from);
    if (!joined && trailing < 0) return null;
    cuts.push({ start: tokens[(joined ? previous.to : trailing) - 1]!.end, end: tokens[span.to - 1]!.end });
    more.push({ metric: metrics[i]!.metric, text: question.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end) });
  }
  if (new Set([metrics[0]!.metric, ...more.map((asked) => asked.metric)]).size !== metrics.length) return null;
  let rest = question;
  for (const cut of [...cuts].reverse()) rest = rest.slice(0, cut.start) + rest.slice(cut.end);
  return { question: rest.replace(/\s+/gu, ' ').trim(), more };
}

/** Where `et|and` opens the joining words just before a metric (`… et combien d'emplois`), after `from`; -1 when none does. */
function trailingJoin(tokens: readonly Token[], from: number, metricAt: number): number {
  for (let at = metricAt - 1; at >= from && metricAt - at <= MAX_JOINING; at--) {
    const folded = tokens[at]!.folded;
    if (!JOINING.has(folded)) return -1;
    if ((folded === 'et' || folded === 'and') && at > from) return at;
  }
  return -1;
}
