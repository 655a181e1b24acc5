import { createHash } from 'node:crypto';
import { cypher } from '../../src/db/database';
import { countGraph } from '../../src/db/writeGraph';
import { type DocumentReader, ingestDocument, listProposals, type StoredProposal } from '../../src/services/ingestion/documents';
import type { Proposal } from '../../src/services/ingestion/proposals/contract';
import { reviewProposals } from '../../src/services/ingestion/review';
import { cleanIngestion } from '../support/ingestion';
import { testDatabase } from '../support/testDatabase';

/**
 * Storage and review over hand-made proposals (the reading rules are tested on their own): what a
 * review writes, what it refuses, and that nothing is half-written.
 */

const db = testDatabase({ timeoutMs: 60_000 });
afterAll(async () => {
  await cleanIngestion(db);
  await db.close();
});

const CURATOR = 'camille';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A proposal resting on the sentence of `text` that contains `words`. */
function about(text: string, words: string, fields: Record<string, unknown>): Proposal {
  const match = [...text.matchAll(/\S[^.]*\./g)].find((m) => m[0].includes(words));
  if (!match) throw new Error(`no sentence with "${words}"`);
  const sentence = { text: match[0], start: match.index, end: match.index + match[0].length };
  return { id: sha(JSON.stringify([fields, sentence.start])).slice(0, 12), sentence, confidence: 0.8, ...fields } as Proposal;
}

/** A reader proposing what `propose` says for a text, as the pipeline would. */
function readerOf(propose: (text: string) => Proposal[]): DocumentReader {
  return {
    prepare: (input) => ({
      text: input.text,
      id: sha(input.text),
      url: input.url ?? null,
      title: input.title ?? null,
      publisher: input.publisher ?? null,
      published: input.published ?? null,
      language: 'fr',
      length: input.text.length,
    }),
    propose: async (_db, document) => propose(document.text),
  };
}

const FIRST =
  "La start-up Biotech Exemple s'installe à Nîmes. Elle a levé 2 millions d'euros auprès de Sanofi. " +
  'La société emploie 40 personnes. Biotech Exemple, dite BTX, travaille avec Evotec.';
const SECOND = 'Biotech Exemple ouvre un laboratoire. Biotech Exemple travaille avec Sanofi depuis 2021.';

const biotech = { name: 'Biotech Exemple', id: null };
const firstProposals = (text: string): Proposal[] => [
  about(text, "s'installe", {
    kind: 'ACTOR',
    name: 'Biotech Exemple',
    actorKind: 'COMPANY',
    place: { name: 'Nîmes', id: 'nimes' },
    match: 'new',
    possibleDuplicates: [],
  }),
  about(text, 'levé', {
    kind: 'FUNDING',
    funder: { name: 'Sanofi', id: 'sanofi' },
    recipients: [biotech],
    amountEur: 2_000_000,
    qualifier: 'EXACT',
    instrument: 'EQUITY',
    date: null,
    period: null,
    programme: null,
  }),
  about(text, 'emploie', { kind: 'FIGURE', subject: biotech, metric: 'EMPLOYEES', value: 40, qualifier: 'EXACT', date: null }),
  about(text, 'dite', { kind: 'ALIAS', actor: biotech, alias: 'BTX' }),
  about(text, 'travaille', { kind: 'TIE', tieKind: 'PARTNERS_WITH', from: biotech, to: { name: 'Evotec', id: 'evotec' }, since: null }),
  about(text, 'travaille', { kind: 'LOCATION', actor: { name: 'Evotec', id: 'evotec' }, place: { name: 'Nîmes', id: 'nimes' } }),
];
const secondProposals = (text: string): Proposal[] => [
  about(text, 'ouvre', { kind: 'ACTOR', name: 'Biotech Exemple', actorKind: 'COMPANY', place: null, match: 'new', possibleDuplicates: [] }),
  about(text, 'depuis', { kind: 'TIE', tieKind: 'PARTNERS_WITH', from: biotech, to: { name: 'Sanofi', id: 'sanofi' }, since: '2021' }),
];

const reader = readerOf((text) => (text === FIRST ? firstProposals(text) : secondProposals(text)));
const ingest = (text: string) =>
  ingestDocument(db, { input: { text, title: 'Une biotech à Nîmes', publisher: 'Exemple' }, curator: CURATOR, reader });
const byKind = (proposals: StoredProposal[], kind: Proposal['kind']) => proposals.filter((p) => p.kind === kind);
const read = <T>(name: string, text: string, params: Record<string, unknown> = {}) => db.read<T>(cypher(`test.${name}`, text), params);

/** Runs `work`, expecting a BAD_USER_INPUT refusal on `field` and no change at all in the graph. */
async function refusedWithNothingWritten(work: () => Promise<unknown>, field: string, message: RegExp): Promise<void> {
  const before = await countGraph(db);
  await expect(work()).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field, message: expect.stringMatching(message) });
  expect(await countGraph(db)).toEqual(before);
}

describe('ingesting a document', () => {
  it('stores the document with its text and every proposal as pending', async () => {
    const { document, proposals, alreadyIngested } = await ingest(FIRST);
    expect(alreadyIngested).toBe(false);
    expect(document).toMatchObject({ id: sha(FIRST), title: 'Une biotech à Nîmes', ingestedBy: CURATOR, length: FIRST.length });
    expect(proposals.map((p) => p.status)).toEqual(Array(6).fill('PENDING'));
    const [stored] = await read<{ text: string }>('docText', 'MATCH (d:Document {id: $id}) RETURN d.text AS text', { id: document.id });
    expect(stored!.text).toBe(FIRST);
  });

  it('recognises the same text ingested again and creates nothing', async () => {
    const before = await countGraph(db);
    const again = await ingest(FIRST);
    expect(again.alreadyIngested).toBe(true);
    expect(again.proposals).toHaveLength(6);
    expect(await countGraph(db)).toEqual(before);
  });
});

describe('accepting proposals', () => {
  let proposals: StoredProposal[];
  beforeAll(async () => {
    proposals = (await ingest(FIRST)).proposals;
    const reject = byKind(proposals, 'LOCATION')[0]!;
    await reviewProposals(db, {
      documentId: sha(FIRST),
      curator: CURATOR,
      decisions: proposals.map((p) => ({ proposal: p.id, action: p === reject ? 'REJECT' : 'ACCEPT' })),
    });
  });

  it('creates the new actor in its place, citing the sentence at its offsets in the stored document', async () => {
    const [row] = await read<{ actor: { kind: string; aliases: string[] }; place: string; quote: string; offset: number; text: string }>(
      'newActor',
      `MATCH (a:Actor {id: 'biotech-exemple'})-[:LOCATED_IN]->(p:Place)
       MATCH (q:Passage)-[:QUOTED_FROM]->(s:Source) WHERE q.id IN a.passageIds
       RETURN a{.*} AS actor, p.id AS place, q.quote AS quote, q.offset AS offset, s.text AS text`,
    );
    expect(row).toMatchObject({ actor: { kind: 'COMPANY', aliases: ['BTX'] }, place: 'nimes', text: FIRST });
    expect(row!.quote).toBe("La start-up Biotech Exemple s'installe à Nîmes.");
    expect(FIRST.slice(row!.offset, row!.offset + row!.quote.length)).toBe(row!.quote);
  });

  it('resolves a tie, a funding and a figure naming the new actor to it, each citing its own sentence', async () => {
    const rows = await read<{ fact: string; quote: string }>(
      'facts',
      `MATCH (a:Actor {id: 'biotech-exemple'})
       CALL (a) {
         MATCH (a)-[r:PARTNERS_WITH]->(:Actor {id: 'evotec'}) RETURN 'tie' AS fact, r.passageIds AS cited
         UNION MATCH (:Actor {id: 'sanofi'})-[:GRANTS]->(f:Funding)-[:GRANTED_TO]->(a) WHERE f.amountEur = 2000000 AND f.instrument = 'EQUITY' RETURN 'funding' AS fact, f.passageIds AS cited
         UNION MATCH (a)-[:HAS_FIGURE]->(f:Figure {metric: 'EMPLOYEES'}) WHERE f.value = 40 RETURN 'figure' AS fact, f.passageIds AS cited
       }
       MATCH (q:Passage) WHERE q.id IN cited RETURN fact, q.quote AS quote ORDER BY fact`,
    );
    expect(rows).toEqual([
      { fact: 'figure', quote: 'La société emploie 40 personnes.' },
      { fact: 'funding', quote: "Elle a levé 2 millions d'euros auprès de Sanofi." },
      { fact: 'tie', quote: 'Biotech Exemple, dite BTX, travaille avec Evotec.' },
    ]);
  });

  it('writes nothing for a rejected proposal, and records who decided each and when', async () => {
    expect(await read('evotecInNimes', "MATCH (:Actor {id: 'evotec'})-[:LOCATED_IN]->(:Place {id: 'nimes'}) RETURN 1")).toEqual([]);
    const { edges } = await listProposals(db, { documentId: sha(FIRST), first: 10 });
    expect(edges.map((e) => [e.node.kind, e.node.status, e.node.decidedBy])).toEqual(
      expect.arrayContaining([
        ['ACTOR', 'ACCEPTED', CURATOR],
        ['LOCATION', 'REJECTED', CURATOR],
      ]),
    );
    expect(edges.every((e) => e.node.decidedAt)).toBe(true);
  });

  it('keeps a rejected proposal rejected when the document is ingested again', async () => {
    const again = await ingest(FIRST);
    expect(byKind(again.proposals, 'LOCATION')[0]!.status).toBe('REJECTED');
    expect(again.proposals.filter((p) => p.status === 'PENDING')).toEqual([]);
  });

  it('refuses a decision on a proposal already decided', async () => {
    const actor = byKind(proposals, 'ACTOR')[0]!;
    await refusedWithNothingWritten(
      () => reviewProposals(db, { documentId: sha(FIRST), curator: CURATOR, decisions: [{ proposal: actor.id, action: 'REJECT' }] }),
      'decisions.0.proposal',
      /already decided \(ACCEPTED by camille/,
    );
  });
});

describe('a review of a second document', () => {
  let proposals: StoredProposal[];
  beforeAll(async () => {
    proposals = (await ingest(SECOND)).proposals;
  });

  it('refuses a decision on a proposal of another document, naming it, with nothing written', async () => {
    const ofFirst = (await ingest(FIRST)).proposals[0]!;
    await refusedWithNothingWritten(
      () =>
        reviewProposals(db, {
          documentId: sha(SECOND),
          curator: CURATOR,
          decisions: [
            { proposal: proposals[0]!.id, action: 'ACCEPT' },
            { proposal: ofFirst.id, action: 'ACCEPT' },
          ],
        }),
      'decisions.1.proposal',
      new RegExp(`proposal of document ${sha(FIRST)}, not of ${sha(SECOND)}`),
    );
  });

  it('refuses an edit that fails validation, and the valid decisions beside it are not written either', async () => {
    const [actor, tie] = [byKind(proposals, 'ACTOR')[0]!, byKind(proposals, 'TIE')[0]!];
    await refusedWithNothingWritten(
      () =>
        reviewProposals(db, {
          documentId: sha(SECOND),
          curator: CURATOR,
          decisions: [
            { proposal: actor.id, action: 'ACCEPT' },
            { proposal: tie.id, action: 'EDIT', edit: { since: 'last spring' } },
          ],
        }),
      'decisions.1.since',
      /must be a year or date/,
    );
    const { edges } = await listProposals(db, { documentId: sha(SECOND), status: 'PENDING', first: 10 });
    expect(edges).toHaveLength(2);
  });

  it('accepts an actor already in the graph by citing it, and writes an edited tie as edited', async () => {
    const [actor, tie] = [byKind(proposals, 'ACTOR')[0]!, byKind(proposals, 'TIE')[0]!];
    const actorsBefore = await read<{ n: number }>('actors', 'MATCH (a:Actor) RETURN count(a) AS n');
    const outcome = await reviewProposals(db, {
      documentId: sha(SECOND),
      curator: CURATOR,
      decisions: [
        { proposal: actor.id, action: 'ACCEPT' },
        { proposal: tie.id, action: 'EDIT', edit: { since: '2020' } },
      ],
    });
    expect(outcome.proposals.map((p) => p.status)).toEqual(['ACCEPTED', 'EDITED']);
    expect(outcome.written).toEqual(['biotech-exemple', 'biotech-exemple|PARTNERS_WITH|sanofi']);
    expect(await read('actors', 'MATCH (a:Actor) RETURN count(a) AS n')).toEqual(actorsBefore);
    const [cited] = await read<{ sources: string[]; since: string }>(
      'cited',
      `MATCH (a:Actor {id: 'biotech-exemple'})-[r:PARTNERS_WITH]->(:Actor {id: 'sanofi'})
       RETURN [(q:Passage)-[:QUOTED_FROM]->(s) WHERE q.id IN a.passageIds | s.id] AS sources, r.since AS since`,
    );
    expect(new Set(cited!.sources).size).toBe(2);
    expect(cited!.since).toBe('2020');
  });
});
