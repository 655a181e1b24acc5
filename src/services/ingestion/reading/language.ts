import { fold } from './spans';

/** Languages the pipeline reads. */
export type DocumentLanguage = 'fr' | 'en';

/** Frequent short words of each language, enough to tell French and English from their neighbours. */
const STOPWORDS: Record<string, string[]> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'avec', 'par', 'au', 'aux', 'ce', 'ces', 'son', 'sa', 'ses', 'pas', 'sont', 'ont', 'leur', 'nous', 'cette'],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'for', 'with', 'on', 'that', 'by', 'this', 'are', 'from', 'its', 'has', 'have', 'was', 'which', 'will', 'at', 'be', 'it', 'an', 'their'],
  es: ['el', 'los', 'las', 'del', 'y', 'en', 'que', 'por', 'con', 'para', 'una', 'es', 'lo', 'su', 'sus', 'se', 'al', 'como', 'pero', 'esta', 'este'],
  de: ['der', 'die', 'das', 'und', 'ist', 'mit', 'von', 'den', 'dem', 'ein', 'eine', 'nicht', 'auf', 'fur', 'sich', 'auch', 'wird', 'zu', 'im', 'sind', 'werden'],
  it: ['il', 'gli', 'della', 'delle', 'che', 'di', 'per', 'con', 'sono', 'una', 'nel', 'nella', 'alla', 'anche', 'questo', 'questa', 'dei', 'degli', 'lo', 'ha'],
  pt: ['o', 'os', 'as', 'da', 'do', 'das', 'dos', 'que', 'em', 'para', 'com', 'uma', 'por', 'nao', 'mais', 'ao', 'pela', 'pelo', 'sao', 'tem'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'met', 'voor', 'zijn', 'niet', 'aan', 'er', 'ook', 'als', 'bij', 'wordt', 'naar'],
};
const SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)]));

/**
 * The language of a text by its most frequent short words: the language whose stopwords cover the
 * most words wins; undefined when too few words are known to tell. Only French and English are read;
 * the caller refuses the others by name.
 */
export function detectLanguage(text: string): string | undefined {
  const words = fold(text.slice(0, 20_000)).match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(SETS).map(([lang, set]) => [lang, words.filter((word) => set.has(word)).length] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] < 3 || best[1] === second?.[1]) return undefined;
  return best[0];
}
