import { distance } from 'fastest-levenshtein';
import type { Database } from '../../db/database';
import type { Loaders } from '../../db/loaders';
import { searchEntities, type SearchLabel } from '../../db/graphSearch';
import type { EntityRow } from '../../db/rows';
import { namesOf } from './lexicon';
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
 * 3. else the nodes whose name or alias is within a third of its letters of the phrase (`sanofy`):
 *    a single nearest one → it, marked corrected; several as near → ambiguous.
 */
/** The node an asker chose by id among a phrase's candidates; nothing when no such node exists. */
export async function linkChosen(loaders: Loaders, id: string): Promise<Link> {
  const node = await loaders.entity.load(id);
  return node ? { outcome: 'found', node, corrected: false, exact: true } : { outcome: 'nothing' };
}

export async function linkName(db: Database, text: string, labels: SearchLabel[] = ALL_LABELS): Promise<Link> {
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
          .filter((name) => similarLength(name, key) && sameWords(name, key))
          .map((name) => distance(name, key)),
      ),
    }))
    .filter((candidate) => candidate.edits <= allowed);
  if (near.length === 0) return { outcome: 'nothing' };
  const fewest = Math.min(...near.map((candidate) => candidate.edits));
  const nearest = near.filter((candidate) => candidate.edits === fewest).map((candidate) => candidate.node);
  if (nearest.length === 1) return { outcome: 'found', node: nearest[0]!, corrected: true, exact: false };
  return { outcome: 'ambiguous', candidates: nearest.slice(0, MAX_CANDIDATES) };
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
