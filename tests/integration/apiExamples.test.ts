import { join } from 'node:path';
import { cypher } from '../../src/db/database';
import { answerDifferences, parseWrittenAnswer, readDocExamples } from '../support/docExamples';
import { startTestApi, type TestApi } from '../support/testApi';

/**
 * Every example of the pages below is sent to the API over the seed graph and must answer as the
 * page says (the convention for trimmed outputs is in tests/support/docExamples.ts). A curator's
 * examples write to a throw-away actor, removed afterwards.
 */
const ROOT = join(__dirname, '..', '..');
const PAGES = ['docs/API.md', 'README.md', 'docs/INGESTION.md'];
const CURATOR_KEY = 'docs-curator-key-0123456789';
/** The id the curator examples of docs/API.md give their throw-away actor. */
const THROW_AWAY = 'clinique-exemple-docs';
/** The document the examples of docs/INGESTION.md ingest (the SHA-256 of its text). */
const INGESTED = '672eac60128088b3b304ba077a9c3bd6d27fd6314e9117081c68576bf3e58133';

let api: TestApi;
beforeAll(async () => {
  // The examples check answers, not speed: a generous time-out keeps a busy machine from failing them.
  api = await startTestApi({}, { API_KEYS: `docs:curator:${CURATOR_KEY}` });
  await removeThrowAwayActor(); // in case an interrupted run left it behind
});
afterAll(async () => {
  await removeThrowAwayActor();
  await api.close();
});

/** Leaves the shared seed graph as it was: the throw-away actor, its ties, its source and its history go. */
async function removeThrowAwayActor(): Promise<void> {
  await api.db.write(
    cypher(
      'test.cleanDocExamples',
      `MATCH (n) WHERE n.id = $id OR (n:Change AND (n.targetId = $id OR n.targetId STARTS WITH $id + '|' OR n.targetId ENDS WITH '|' + $id))
          OR ((n:Source OR n:Passage) AND n.id STARTS WITH 'ref-www-example-org-docs')
          OR ((n:Document OR n:Proposal) AND coalesce(n.documentId, n.id) = $documentId)
       DETACH DELETE n`,
    ),
    { id: THROW_AWAY, documentId: INGESTED },
  );
}

describe.each(PAGES)('the examples of %s', (page) => {
  const examples = readDocExamples(join(ROOT, page), ROOT);

  it('are there to be checked', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example) => [example.where, example.query.replace(/\s+/g, ' ').slice(0, 70), example] as const))(
    '%s answers as written: %s',
    async (_where, _query, example) => {
      const headers: Record<string, string> = example.asCurator ? { authorization: `Bearer ${CURATOR_KEY}` } : {};
      const { status: _status, ...body } = await api.query(example.query, undefined, headers);
      const answer = body.errors ? body : body.data;
      expect(answerDifferences(parseWrittenAnswer(example.answer), answer)).toEqual([]);
    },
  );
});
