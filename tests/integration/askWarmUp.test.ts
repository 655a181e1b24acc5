import type { CypherQuery, Database, Params } from '../../src/db/database';
import { Loaders } from '../../src/db/loaders';
import { loadVocabulary } from '../../src/domain/vocabulary';
import { answerQuestion } from '../../src/services/ask/ask';
import { everyActorFilter, warmAskStatements } from '../../src/services/ask/warmUp';
import type { ServiceContext } from '../../src/services/context';
import { readTable } from '../support/askTable';
import { testDatabase } from '../support/testDatabase';

/**
 * The start-up warm-up runs every statement `ask` can build, with parameters of the same types: Neo4j keys its
 * plan cache on both, so a question whose statement was not warmed pays for a plan on its first asking.
 */

/** A parameter's type as Neo4j's plan cache sees it (a JavaScript number travels as a float). */
function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'ANY';
  if (Array.isArray(value)) return value.length > 0 && value.every((item) => typeof item === 'string') ? 'LIST<STRING>' : 'LIST<ANY>';
  if (typeof value === 'object') return 'MAP';
  return typeof value;
}

/** What Neo4j plans a statement for: its text and its parameters' names and types. */
const planKey = (query: CypherQuery, params: Params = {}) =>
  `${query.text}\n${Object.keys(params)
    .sort()
    .map((name) => `${name}:${typeOf(params[name])}`)
    .join(',')}`;

/** The database, its reads (and those of its copies with another time-out) recording their plan keys into `keys`. */
function recording(db: Database, keys: Map<string, string>): Database {
  const read = db.read.bind(db);
  db.read = <T>(query: CypherQuery, params?: Params) => {
    keys.set(planKey(query, params), query.name);
    return read<T>(query, params);
  };
  const withTimeout = db.withTimeout.bind(db);
  db.withTimeout = (timeoutMs: number) => recording(withTimeout(timeoutMs), keys);
  return db;
}

/** A service context whose database records the plan key of every statement read through it. */
function recordingContext(timeoutMs = 30_000): { sc: ServiceContext; keys: Map<string, string>; close: () => Promise<void> } {
  const keys = new Map<string, string>();
  const db = recording(testDatabase({ timeoutMs }), keys);
  const sc: ServiceContext = { db, loaders: new Loaders(db), vocabulary: loadVocabulary(), limits: { maxPageSize: 100 } };
  return { sc, keys, close: () => db.close() };
}

describe('the start-up warm-up of ask', () => {
  it('sets every combination of the actor filter parts a question can name, each once', () => {
    const filters = everyActorFilter().map((filter) => Object.keys(filter).sort().join('+'));
    expect(filters).toHaveLength(32);
    expect(new Set(filters).size).toBe(32);
  });

  it('plans every statement even when a request may run for only a millisecond (planning takes longer than that)', async () => {
    const warmed = recordingContext(1);
    const report = await warmAskStatements(warmed.sc);
    expect(report.calls).toBeGreaterThan(50);
    expect(report.failed).toBe(0);
    await warmed.close();
  }, 600_000);

  it('has already run, with the same parameter types, every statement the development table’s questions run', async () => {
    const warmed = recordingContext();
    const report = await warmAskStatements(warmed.sc);
    expect(report.failed).toBe(0);
    const asked = recordingContext();
    for (const row of readTable('questions.yaml')) {
      // A fresh set of loaders per question, as per request.
      const sc = { ...asked.sc, loaders: new Loaders(asked.sc.db) };
      await answerQuestion(sc, { question: row.q, first: 50 });
    }
    const cold = [...asked.keys].filter(([key]) => !warmed.keys.has(key)).map(([key, name]) => `${name}: ${key.split('\n').at(-1)}`);
    expect(cold).toEqual([]);
    await warmed.close();
    await asked.close();
  }, 900_000); // 323 questions: a minute on a quiet machine, many more on a loaded one
});
