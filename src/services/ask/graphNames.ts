import { listEntityNames, listNamedNodes } from '../../db/graphSearch';
import type { Vocabulary } from '../../domain/vocabulary';
import type { ServiceContext } from '../context';
import { Lexicon } from './lexicon';
import { NameIndex } from './nameIndex';

/**
 * The graph's names as every question reads them: the lexicon of domains, places and programmes, and the compact-name
 * index. Both are read and built once per process, not per question: again after this process writes, and at most every
 * NAMES_MAX_AGE_MS for what other processes write (served meanwhile, so no question waits for the re-read).
 */

/** How stale names written by another process may be. */
const NAMES_MAX_AGE_MS = 5_000;

/** What one read of the graph's names builds; the lexicon per vocabulary (one per process in practice). */
interface BuiltNames {
  index: NameIndex;
  lexicons: WeakMap<Vocabulary, Lexicon>;
  namedNodes: Awaited<ReturnType<typeof listNamedNodes>>;
}

/** The lexicon and name index for one question, the index reading nodes through the request's loader. */
export async function graphNames(sc: ServiceContext): Promise<{ lexicon: Lexicon; names: NameIndex }> {
  const built = await sc.db.remembered('ask.graphNames', NAMES_MAX_AGE_MS, readNames, { servedWhileReread: true });
  let lexicon = built.lexicons.get(sc.vocabulary);
  if (!lexicon) built.lexicons.set(sc.vocabulary, (lexicon = new Lexicon(sc.vocabulary, built.namedNodes)));
  return { lexicon, names: built.index.withLoader((id) => sc.loaders.entity.load(id)) };
}

async function readNames(db: ServiceContext['db']): Promise<BuiltNames> {
  const [namedNodes, entityNames] = await Promise.all([listNamedNodes(db), listEntityNames(db)]);
  return { index: NameIndex.of(entityNames, () => Promise.resolve(undefined)), lexicons: new WeakMap(), namedNodes };
}
