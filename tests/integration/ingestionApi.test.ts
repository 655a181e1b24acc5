import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypher } from '../../src/db/database';
import { countGraph } from '../../src/db/writeGraph';
import { seedsDir } from '../../src/domain/paths';
import { compactKey } from '../../src/services/ingestion/linking/names';
import { seedGraph } from '../../src/services/seeding/seedGraph';
import { cleanIngestion } from '../support/ingestion';
import { startTestApi, type TestApi } from '../support/testApi';

/**
 * Ingestion for curators over GraphQL, with the real reading rules: bad documents refused with nothing
 * written, and a source document ingested and accepted over a graph that lacks its facts rebuilds them
 * with their sentences.
 */

const CURATOR = 'curator-ingest-key-0123456789';
const READER = 'reader-ingest-key-0123456789';
const asCurator = { authorization: `Bearer ${CURATOR}` };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(
    {},
    // The default body limits: a curator's request may carry a whole document, anyone else's 100,000 bytes.
    { API_KEYS: `camille:curator:${CURATOR},robin:reader:${READER}` },
  );
});
afterAll(async () => {
  await cleanIngestion(api.db);
  // The graph without the document's facts is put back as the seeds make it.
  await seedGraph(api.db);
  await api.close();
}, 300_000);

/** Shares of the seeds' ties, fundings and figures from the document that accepting all its proposals must rebuild. */
const TIES_REBUILT = 0.6;
const FUNDINGS_REBUILT = 0.8;
const FIGURES_REBUILT = 0.5;

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    alreadyIngested
    document { id length language title sourceId proposalCounts { pending } }
    proposals { id kind status sentence { text start end } }
  }
}`;
const REVIEW = `mutation($document: ID!, $decisions: [ProposalDecision!]!) {
  reviewProposals(document: $document, decisions: $decisions) {
    proposals { id status decidedBy }
    written
  }
}`;

type Ingested = {
  alreadyIngested: boolean;
  document: { id: string; length: number; sourceId: string; proposalCounts: { pending: number } };
  proposals: { id: string; kind: string; status: string; sentence: { text: string; start: number; end: number } }[];
};
const ingest = (input: Record<string, unknown>) => api.query<{ ingestDocument: Ingested }>(INGEST, { input }, asCurator);

describe('curators only', () => {
  it('refuses an anonymous ingestion with UNAUTHENTICATED and a reader listing documents with FORBIDDEN', async () => {
    const anonymous = await api.query(INGEST, { input: { text: 'La start-up Exemple est à Nîmes.' } });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const reader = await api.query('{ documents { nodes { id } } }', {}, { authorization: `Bearer ${READER}` });
    expect(reader.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('a bad document is refused with BAD_USER_INPUT naming the field, and nothing is written', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['empty text', { text: '   ' }, 'text'],
    ['more than 500,000 characters', { text: 'Une phrase de test. '.repeat(25_001) }, 'text'],
    ['binary', { text: 'PK\u0003\u0004\u0000\u0000\u0001binary' }, 'text'],
    [
      'a language other than French or English',
      { text: 'Die Firma hat im letzten Jahr mit der Universität und dem Krankenhaus ein neues Labor in der Stadt eröffnet.' },
      'language',
    ],
    ['a date that is not a date', { text: 'La start-up Exemple est à Nîmes.', published: '2023-02-30' }, 'published'],
  ])('%s', async (_case, input, field) => {
    const before = await countGraph(api.db);
    const { errors } = await ingest(input);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await countGraph(api.db)).toEqual(before);
  });
});

describe('a long document over HTTP, under the default body limit of 100,000 bytes', () => {
  // About 120,000 bytes: over the default limit, and quick to read.
  const long = 'La start-up Exemplia recrute des techniciens à Nîmes. '.repeat(2_200);

  it('is ingested from a curator: a request bearing a curator key may carry a whole document', async () => {
    const { status, errors, data } = await ingest({ text: long, title: 'Un long document' });
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data!.ingestDocument.document.length).toBe(long.length);
  });

  it('is refused to anyone else with 413, naming the limit, the curator limit and the command line', async () => {
    const { status, errors } = await api.query(INGEST, { input: { text: long } }, { authorization: `Bearer ${READER}` });
    expect(status).toBe(413);
    expect(errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    expect(errors![0]!.message).toMatch(/exceeds 100000 bytes.*curator's key \(up to 2100000 bytes\).*npm run ingest -- FILE/);
  });
});

/** The facts the graph holds from a source, as comparable strings: ties by type and end names, fundings by funder and amount, figures by owner, metric and value. */
async function factsCiting(sourceId: string): Promise<{ ties: string[]; fundings: string[]; figures: string[] }> {
  const rows = await api.db.read<{ fact: string; parts: (string | number)[] }>(
    cypher(
      'test.factsCiting',
      `MATCH (q:Passage)-[:QUOTED_FROM]->(:Source {id: $sourceId}) WITH collect(q.id) AS cited
       CALL (cited) {
         MATCH (a)-[r]->(b) WHERE (a:Actor OR a:Programme) AND (b:Actor OR b:Programme) AND any(p IN coalesce(r.passageIds, []) WHERE p IN cited)
         RETURN 'tie' AS fact, [type(r), a.name, b.name] AS parts
         UNION
         MATCH (g:Actor)-[:GRANTS]->(f:Funding) WHERE any(p IN f.passageIds WHERE p IN cited)
         RETURN 'funding' AS fact, [g.name, f.amountEur] AS parts
         UNION
         MATCH (o)-[:HAS_FIGURE]->(f:Figure) WHERE any(p IN f.passageIds WHERE p IN cited)
         RETURN 'figure' AS fact, [o.name, f.metric, f.value] AS parts
       }
       RETURN fact, parts`,
    ),
    { sourceId },
  );
  const key = (parts: (string | number)[]) => parts.map((p) => (typeof p === 'string' ? compactKey(p) : String(Number(p)))).join('|');
  const tieKey = ([type, from, to]: (string | number)[]) =>
    // A partnership is the same either way round.
    type === 'PARTNERS_WITH'
      ? key([type!, ...[String(from), String(to)].sort((x, y) => compactKey(x).localeCompare(compactKey(y)))])
      : key([type!, from!, to!]);
  const of = (fact: string) => rows.filter((r) => r.fact === fact);
  return {
    ties: [...new Set(of('tie').map((r) => tieKey(r.parts)))],
    fundings: [...new Set(of('funding').map((r) => key(r.parts)))],
    figures: [...new Set(of('figure').map((r) => key(r.parts)))],
  };
}

const shareFound = (expected: string[], found: string[]) => expected.filter((e) => found.includes(e)).length / expected.length;

describe('a source document over a graph without its facts', () => {
  const text = readFileSync(join(seedsDir, 'sources', 'therapies-du-futur.txt'), 'utf8');
  /** The actors the seeds cite from this document, by id and name. */
  let seedActors: { id: string; name: string }[];
  /** The ties, fundings and figures the seeds cite from it. */
  let seedFacts: Awaited<ReturnType<typeof factsCiting>>;
  let ingested: Ingested;

  beforeAll(async () => {
    seedFacts = await factsCiting('therapies-du-futur');
    seedActors = await api.db.read(
      cypher(
        'test.actorsOfDocument',
        `MATCH (a:Actor) WHERE any(p IN a.passageIds WHERE EXISTS { (:Passage {id: p})-[:QUOTED_FROM]->(:Source {id: 'therapies-du-futur'}) })
         RETURN a.id AS id, a.name AS name`,
      ),
    );
    // Only places, domains and sources stay: every actor, programme, funding and figure has to come from the document.
    await api.db.write(cypher('test.forgetFacts', 'MATCH (n) WHERE n:Actor OR n:Programme OR n:Funding OR n:Figure DETACH DELETE n'));
    const { data, errors } = await ingest({
      text,
      title: 'Les thérapies du futur',
      publisher: 'Région Occitanie',
      url: 'https://www.laregion.fr',
    });
    expect(errors).toBeUndefined();
    ingested = data!.ingestDocument;
  });

  it('stores the document and proposes facts, each with its sentence at its offsets in the stored text', async () => {
    expect(ingested.alreadyIngested).toBe(false);
    expect(ingested.proposals.length).toBeGreaterThan(10);
    const stored = await api.query<{ document: { text: string } }>(`{ document(id: "${ingested.document.id}") { text } }`, {}, asCurator);
    for (const { sentence } of ingested.proposals)
      expect(stored.data!.document.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('rebuilds the actors, ties, fundings and figures the seeds cite from it when all its proposals are accepted', async () => {
    // As a curator would: accept everything, and reject what the review refuses to write.
    const decisions = ingested.proposals.map((p) => ({ proposal: p.id, action: 'ACCEPT' }));
    const refused: string[] = [];
    for (;;) {
      const { errors } = await api.query(REVIEW, { document: ingested.document.id, decisions }, asCurator);
      if (!errors) break;
      const at = /^decisions\.(\d+)\./.exec(String(errors[0]!.extensions!.field));
      expect(at).not.toBeNull();
      decisions[Number(at![1])]!.action = 'REJECT';
      refused.push(`${ingested.proposals[Number(at![1])]!.kind}: ${errors[0]!.message}`);
    }
    // Every funding is written: one without a recipient in its sentence goes to the document's subject.
    expect(refused.filter((r) => r.startsWith('FUNDING'))).toEqual([]);
    expect(refused.length).toBeLessThan(ingested.proposals.length / 4);
    const facts = await factsCiting(ingested.document.sourceId);
    expect(shareFound(seedFacts.ties, facts.ties)).toBeGreaterThanOrEqual(TIES_REBUILT);
    expect(shareFound(seedFacts.fundings, facts.fundings)).toBeGreaterThanOrEqual(FUNDINGS_REBUILT);
    expect(shareFound(seedFacts.figures, facts.figures)).toBeGreaterThanOrEqual(FIGURES_REBUILT);
    const rebuilt = await api.db.read<{ id: string; quotes: string[] }>(
      cypher(
        'test.rebuilt',
        `MATCH (a:Actor) WHERE a.origin = 'ingestion'
         RETURN a.id AS id, [(q:Passage)-[:QUOTED_FROM]->(:Source {id: $sourceId}) WHERE q.id IN a.passageIds | q.quote] AS quotes`,
      ),
      { sourceId: ingested.document.sourceId },
    );
    const names = new Set(rebuilt.map((a) => a.id));
    const found = seedActors.filter((a) => names.has(a.id));
    expect(found.length / seedActors.length).toBeGreaterThanOrEqual(0.7);
    for (const actor of rebuilt) {
      expect(actor.quotes.length).toBeGreaterThan(0);
      for (const quote of actor.quotes) expect(text).toContain(quote);
    }
  });

  it('changes nothing when the same text is ingested again', async () => {
    const before = await countGraph(api.db);
    const { data } = await ingest({ text });
    expect(data!.ingestDocument).toMatchObject({ alreadyIngested: true, document: { id: ingested.document.id } });
    expect(await countGraph(api.db)).toEqual(before);
  });

  it('refuses a second decision on a proposal, naming the decision in extensions.field', async () => {
    const before = await countGraph(api.db);
    const { errors } = await api.query(
      REVIEW,
      { document: ingested.document.id, decisions: [{ proposal: ingested.proposals[0]!.id, action: 'REJECT' }] },
      asCurator,
    );
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisions.0.proposal' });
    expect(await countGraph(api.db)).toEqual(before);
  });
});
