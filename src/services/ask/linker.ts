import { distance } from 'fastest-levenshtein';
import type { Database } from '../../db/database';
import type { Loaders } from '../../db/loaders';
import { searchEntities, type SearchLabel } from '../../db/graphSearch';
import type { EntityRow } from '../../db/rows';
import { namesOf } from './lexicon';
import { compactKey, distinctWordsNear, type NameIndex } from './nameIndex';
import { phraseKey } from './text';

/** What a name in a question points to. */
export type Link =
  | { outcome: 'found'; node: EntityRow; corrected: boolean; exact: boolean }
  | { outcome: 'ambiguous'; candidates: EntityRow[] }
  | { outcome: 'nothing' };

const MAX_CANDIDATES = 5;
const ALL_LABELS: SearchLabel[] = ['Actor', 'Programme', 'Domain', 'Place'];

/**
 * Links a name to a node through the full-text index (accents, case and small typos forgiven), then
 * decides on the candidates it returns, in this order:
 * 1. one node whose name or alias is exactly the phrase → that node; several → ambiguous;
 *    a place named exactly so, while actors carry its name (`Montpellier`: the city, CHU de
 *    Montpellier, Université de Montpellier) → ambiguous, a city lends its name to its institutions;
 * 2. else nodes whose name holds the phrase's words in a row (`Université Montpellier`): one → it, several → ambiguous;
 * 3. else the nodes whose name or alias has the phrase's letters, spaces, hyphens and apostrophes aside (`bio occ`,
 *    `MED VALLEE`: the compact-name index, `names`): one → it; several → ambiguous;
 * 4. else the nodes whose name or alias is within a third of its letters of the phrase (`sanofy`):
 *    a single nearest one → it, marked corrected; several as near → ambiguous;
 * 5. else the nodes whose compact name is within a typo of the phrase's (`phostine`), as in 4.
 */
/** The node an asker chose by id among a phrase's candidates; nothing when no such node exists. */
export async function linkChosen(loaders: Loaders, id: string): Promise<Link> {
  const node = await loaders.entity.load(id);
  return node ? { outcome: 'found', node, corrected: false, exact: true } : { outcome: 'nothing' };
}

export async function linkName(db: Database, text: string, labels: SearchLabel[] = ALL_LABELS, names?: NameIndex): Promise<Link> {
  const key = phraseKey(text);
  if (!key) return { outcome: 'nothing' };
  const hits = await searchEntities(db, { text, labels, filter: {}, first: 10 });
  const nodes = hits.map((hit) => hit.node);
  const keysOf = (node: EntityRow) => namesOf(node).map(phraseKey);

  const exact = nodes.filter((node) => keysOf(node).includes(key));
  const containing = nodes.filter((node) => !exact.includes(node) && keysOf(node).some((name) => holdsWords(name, key)));
  if (exact.length === 1) {
    const [node] = exact;
    const isPlace = node!._labels?.includes('Place') ?? false;
    if (isPlace && containing.length > 0) return { outcome: 'ambiguous', candidates: [node!, ...containing].slice(0, MAX_CANDIDATES) };
    return { outcome: 'found', node: node!, corrected: false, exact: true };
  }
  if (exact.length > 1) return { outcome: 'ambiguous', candidates: exact.slice(0, MAX_CANDIDATES) };
  const compact = names ? await names.nodes(names.exact(compactKey(text), labels)) : [];
  if (compact.length === 1) return { outcome: 'found', node: compact[0]!, corrected: false, exact: true };
  if (compact.length > 1) return { outcome: 'ambiguous', candidates: compact.slice(0, MAX_CANDIDATES) };
  if (containing.length === 1) return { outcome: 'found', node: containing[0]!, corrected: false, exact: false };
  if (containing.length > 1) return { outcome: 'ambiguous', candidates: containing.slice(0, MAX_CANDIDATES) };

  const allowed = Math.max(1, Math.floor(key.length / 3));
  const near = hits
    .filter((hit) => hit.matchedFields.includes('NAME') || hit.matchedFields.includes('ALIAS'))
    // A typo, not extra words: `le PDG de Quantum Surgical` is not Quantum Surgical misspelt.
    .map((hit) => ({
      node: hit.node,
      edits: Math.min(
        ...keysOf(hit.node)
          .filter((name) => similarLength(name, key) && sameWords(name, key) && distinctWordsNear(name, key))
          .map((name) => distance(name, key)),
      ),
    }))
    .filter((candidate) => candidate.edits <= allowed);
  if (near.length === 0) return names ? compactTypo(names, text, labels) : { outcome: 'nothing' };
  const fewest = Math.min(...near.map((candidate) => candidate.edits));
  const nearest = near.filter((candidate) => candidate.edits === fewest).map((candidate) => candidate.node);
  if (nearest.length === 1) return { outcome: 'found', node: nearest[0]!, corrected: true, exact: false };
  return { outcome: 'ambiguous', candidates: nearest.slice(0, MAX_CANDIDATES) };
}

/**
 * `l'incubateur Pierre Potier`, `the UPVD incubator`: the actors of the kinds said whose name or alias holds the words in a
 * row (`Centre Pierre Potier`, `UPVD In Cube`). One → it; several → ambiguous. Exact words only: no typo is forgiven here.
 */
export async function linkOfKind(db: Database, text: string, kinds: readonly string[]): Promise<Link> {
  const key = phraseKey(text);
  if (!key) return { outcome: 'nothing' };
  const hits = await searchEntities(db, { text, labels: ['Actor'], filter: {}, first: 40 });
  const nodes = hits
    .map((hit) => hit.node)
    .filter((node) => 'kind' in node && kinds.includes(String(node.kind)))
    .filter((node) => namesOf(node).some((name) => holdsWords(phraseKey(name), key)));
  if (nodes.length === 1) return { outcome: 'found', node: nodes[0]!, corrected: true, exact: false };
  if (nodes.length > 1) return { outcome: 'ambiguous', candidates: nodes.slice(0, MAX_CANDIDATES) };
  return { outcome: 'nothing' };
}

/** A phrase within a typo of one node's compact name (`phostine`, `medvalee`); several as near → ambiguous. */
async function compactTypo(names: NameIndex, text: string, labels: SearchLabel[]): Promise<Link> {
  const nearest = await names.nodes(names.nearest(compactKey(text), labels, phraseKey(text)));
  if (nearest.length === 1) return { outcome: 'found', node: nearest[0]!, corrected: true, exact: false };
  if (nearest.length > 1) return { outcome: 'ambiguous', candidates: nearest.slice(0, MAX_CANDIDATES) };
  return { outcome: 'nothing' };
}

/** True when two phrases have as many words, give or take one: only those can be typos of each other. */
function similarLength(name: string, key: string): boolean {
  return Math.abs(name.split(' ').length - key.split(' ').length) <= 1;
}

/**
 * True when every word of three letters or more of the phrase is in the name, give or take a typo (one
 * edit in a short word, two from six letters): `sanofy montpelier` is Sanofi Montpellier misspelt,
 * `boites du BIC de Montpellier` is not `site Sanofi de Montpellier`, however few letters apart.
 */
function sameWords(name: string, key: string): boolean {
  const nameWords = name.split(' ');
  return key
    .split(' ')
    .filter((word) => word.length >= 3)
    .every((word) => nameWords.some((candidate) => distance(candidate, word) <= (word.length >= 6 ? 2 : 1)));
}

/** True when `words` appear in `name` as whole words in a row. */
function holdsWords(name: string, words: string): boolean {
  return ` ${name} `.includes(` ${words} `);
}

/** A name found among longer words: the node and the words its name or alias covers, [from, to) of the phrase's words. */
export type InnerLink =
  | { outcome: 'found'; node: EntityRow; from: number; to: number; corrected: boolean }
  | { outcome: 'ambiguous'; candidates: EntityRow[] }
  | { outcome: 'nothing' };

/** Hits of the one full-text look-up whose names are matched against every run of the phrase's words. */
const INNER_HITS = 40;
/** Shortest word a name of one word may be found as, exactly (`Ciloa`, not `le`); a typo needs five letters. */
const MIN_INNER_LETTERS = 3;
const MIN_INNER_CORRECTED_LETTERS = 5;
/** The nodes found inside a phrase: actors and programmes, the names people wrap in words. */
const NAMED_LABELS = new Set(['Actor', 'Programme']);

/**
 * The name inside a longer phrase (`l'usine du X`, `X, the vaccine maker`, `le labo X de Toulouse`): one full-text look-up
 * with all the words, then every run of the phrase's words compared with every name and alias of the hits, exactly or
 * within a typo (the same rules as linkName: as many words give or take one, each word of one within a typo of a word of
 * the other, a third of the letters at most, word order free). Only actors and programmes are found so. The best run
 * covers the most words, exact before corrected; several nodes as good → ambiguous. `words` are folded.
 */
export async function linkInside(
  db: Database,
  words: readonly string[],
  labels: SearchLabel[] = ALL_LABELS,
  compact?: { names: NameIndex; known: (word: string) => boolean },
): Promise<InnerLink> {
  if (words.length === 0) return { outcome: 'nothing' };
  const hits = await searchEntities(db, { text: words.join(' '), labels, filter: {}, first: INNER_HITS });
  const candidates: Candidate[] = compact ? await compactRuns(words, labels, compact) : [];
  for (const { node } of hits) {
    // Places and domains beside a name are what the reader checks against it (`Evotec Toulouse`), never the name found.
    if (!(node._labels ?? []).some((label) => NAMED_LABELS.has(label))) continue;
    for (const name of namesOf(node).map(phraseKey)) {
      if (!name) continue;
      const length = name.split(' ').length;
      for (let size = Math.max(1, length - 1); size <= Math.min(words.length, length + 1); size++)
        for (let from = 0; from + size <= words.length; from++) {
          const key = words.slice(from, from + size).join(' ');
          const edits = innerEdits(name, key);
          if (edits !== null) candidates.push({ node, from, to: from + size, edits });
        }
    }
  }
  if (candidates.length === 0) return { outcome: 'nothing' };
  const better = (x: Candidate, y: Candidate) =>
    y.to - y.from - (x.to - x.from) || Number(x.edits > 0) - Number(y.edits > 0) || x.edits - y.edits;
  candidates.sort(better);
  const best = candidates[0]!;
  const asGood = candidates.filter((candidate) => better(candidate, best) === 0);
  const nodes = [...new Map(asGood.map((candidate) => [candidate.node.id, candidate.node])).values()];
  // `le site Sanofi de Toulouse`: a longer name holding the one found and other words of the phrase may be what is meant.
  const found = words.slice(best.from, best.to);
  const around = new Set(words.filter((word, i) => (i < best.from || i >= best.to) && word.length >= MIN_INNER_LETTERS));
  const wider = hits
    .map((hit) => hit.node)
    .filter((node) => !nodes.includes(node) && (node._labels ?? []).some((label) => NAMED_LABELS.has(label)))
    .filter((node) =>
      namesOf(node).some((name) => {
        const nameWords = phraseKey(name).split(' ');
        return found.every((word) => nameWords.includes(word)) && nameWords.some((word) => around.has(word));
      }),
    );
  if (nodes.length > 1 || wider.length > 0) return { outcome: 'ambiguous', candidates: [...nodes, ...wider].slice(0, MAX_CANDIDATES) };
  return { outcome: 'found', node: best.node, from: best.from, to: best.to, corrected: best.edits > 0 };
}

type Candidate = { node: EntityRow; from: number; to: number; edits: number };

/** Longest run of words joined into one compact key (`bio occ`, `med vallee`, `ph ost in`). */
const MAX_COMPACT_RUN = 4;

/**
 * The runs of words whose letters, spaces and marks aside, are an actor's or a programme's name or alias (`bio occ`), or
 * within a typo of one when no word of the run is a word the reader knows (`medvalee`): `financer` is no typo of a name.
 */
async function compactRuns(
  words: readonly string[],
  labels: SearchLabel[],
  compact: { names: NameIndex; known: (word: string) => boolean },
): Promise<Candidate[]> {
  const named = labels.filter((label) => NAMED_LABELS.has(label));
  const found: Candidate[] = [];
  for (let from = 0; from < words.length; from++)
    for (let to = from + 1; to <= Math.min(words.length, from + MAX_COMPACT_RUN); to++) {
      const run = words.slice(from, to);
      const key = compactKey(run.join(''));
      let matches = compact.names.exact(key, named);
      if (matches.length === 0 && !run.some(compact.known)) matches = compact.names.nearest(key, named, run.join(' '));
      for (const node of await compact.names.nodes(matches)) found.push({ node, from, to, edits: matches[0]!.edits });
    }
  return found;
}

/** Edits between a name and a run of words that may stand for it (0: the same words), or null when the run is not that name. */
function innerEdits(name: string, key: string): number | null {
  if (key === name) return key.length >= MIN_INNER_LETTERS ? 0 : null;
  if (key.replace(/ /g, '').length < MIN_INNER_CORRECTED_LETTERS || !similarLength(name, key)) return null;
  // Every word of each within a typo of a word of the other: no word added or left out, only misspelt.
  if (!sameWords(name, key) || !sameWords(key, name) || !shortWordsIn(name, key) || !distinctWordsNear(name, key)) return null;
  const edits = Math.min(
    distance(name, key),
    distance(sortedWords(name), sortedWords(key)),
    distance(name.replace(/ /g, ''), key.replace(/ /g, '')),
  );
  // Words in another order (`Montpellier CHU`) are a correction too, never an exact name.
  return edits <= Math.max(1, Math.floor(key.length / 3)) ? Math.max(1, edits) : null;
}

/** True when every short word of the run (`en`, `oc`) is a word of the name: `en santé` is not `Oc Santé` misspelt. */
function shortWordsIn(name: string, key: string): boolean {
  const nameWords = name.split(' ');
  return key
    .split(' ')
    .filter((word) => word.length < 3)
    .every((word) => nameWords.includes(word));
}

/** The words of a phrase in alphabetical order: `montpellier chu` and `chu montpellier` are the same words. */
function sortedWords(phrase: string): string {
  return phrase.split(' ').sort().join(' ');
}
