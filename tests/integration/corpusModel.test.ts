import { join } from 'node:path';
import { cypher } from '../../src/db/database';
import { writeGraph } from '../../src/db/writeGraph';
import { exportDirectory } from '../../src/services/curation/exporter';
import { parseJsonText, runImport } from '../../src/services/curation/importer';
import { toGraphBatch } from '../../src/services/seeding/graphBatch';
import { readSeedDirectory } from '../../src/services/seeding/readSeeds';
import { startTestApi, type TestApi } from '../support/testApi';

/**
 * The corpus model (dated ties, fundings with co-funders, summaries of public documents) read through
 * the API, over the made-up fixture tests/fixtures/corpus-time (ids `fx-`), loaded here and removed after.
 */

let api: TestApi;
const removeFixture = () => api.db.write(cypher('test.removeCorpusFixture', "MATCH (n) WHERE n.id STARTS WITH 'fx-' DETACH DELETE n"));

beforeAll(async () => {
  // A loaded machine plans these new statements slowly the first time: more than the default 5 s.
  api = await startTestApi();
  await removeFixture();
  await writeGraph(api.db, toGraphBatch(readSeedDirectory(join(__dirname, '..', 'fixtures', 'corpus-time')), 'fixture'));
});
afterAll(async () => {
  await removeFixture();
  await api.close();
});

async function data(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await api.query(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const ids = (list: { actor: { id: string } }[]) => list.map((tie) => tie.actor.id);

describe('ties are read as of a date, today by default', () => {
  it('leaves out by default a membership that has ended, and shows it with its dates at a date when it held', async () => {
    const { today, in2020 } = await data(`{
      today: actor(id: "fx-alpha") { memberOf { actor { id } } }
      in2020: actor(id: "fx-alpha") { memberOf(asOf: "2020-01-15") { actor { id } since until } }
    }`);
    expect(today.memberOf).toEqual([]);
    expect(in2020.memberOf).toEqual([{ actor: { id: 'fx-cluster' }, since: '2017', until: '2022-06' }]);
  });

  it('compares partial dates at the precision both have: a tie since 2017 holds in 2017-03, one until 2022-06 no longer holds in 2022-06', async () => {
    const read = async (asOf: string) =>
      ids((await data(`query($d: Date) { actor(id: "fx-alpha") { memberOf(asOf: $d) { actor { id } } } }`, { d: asOf })).actor.memberOf);
    expect(await read('2016-12')).toEqual([]);
    expect(await read('2017-03')).toEqual(['fx-cluster']);
    expect(await read('2017')).toEqual(['fx-cluster']);
    expect(await read('2022-05-31')).toEqual(['fx-cluster']);
    expect(await read('2022-06')).toEqual([]);
    expect(await read('2022')).toEqual([]);
  });

  it('shows a takeover from its month on, from both ends, and an incubation only while it lasted', async () => {
    const { alpha, beta, before } = await data(`{
      alpha: actor(id: "fx-alpha") { tookOver { actor { id } since } incubatedBy { actor { id } } spunOffFrom { actor { id } } }
      beta: actor(id: "fx-beta") { takenOverBy { actor { id } } }
      before: actor(id: "fx-alpha") { tookOver(asOf: "2021-02") { actor { id } } incubatedBy(asOf: "2016") { actor { id } until } }
    }`);
    expect(alpha.tookOver).toEqual([{ actor: { id: 'fx-beta' }, since: '2021-03' }]);
    expect(alpha.incubatedBy).toEqual([]);
    expect(ids(alpha.spunOffFrom)).toEqual(['fx-lab']);
    expect(ids(beta.takenOverBy)).toEqual(['fx-alpha']);
    expect(before.tookOver).toEqual([]);
    expect(before.incubatedBy).toEqual([{ actor: { id: 'fx-incubator' }, until: '2018' }]);
  });

  it('checks the dates of a kind of tie from the first one dated: a tie written with an end is left out at the next read', async () => {
    // No co-pilot tie of the seeds or the fixture carries a date: reads leave their check out until one does.
    const coPiloted = async (asOf?: string) =>
      (
        await data(`query($d: Date) { actor(id: "fx-alpha") { programmes(roles: [CO_PILOTS], asOf: $d) { programme { id } } } }`, {
          d: asOf,
        })
      ).actor.programmes.map((tie: { programme: { id: string } }) => tie.programme.id);
    expect(await coPiloted()).toEqual([]);
    await api.db.write(
      cypher(
        'test.endedCoPilot',
        "MATCH (a:Actor {id: 'fx-alpha'}), (p:Programme {id: 'contrat-filiere-sante'}) CREATE (a)-[:CO_PILOTS {since: '2018', until: '2020'}]->(p)",
      ),
    );
    try {
      expect(await coPiloted()).toEqual([]);
      expect(await coPiloted('2019')).toEqual(['contrat-filiere-sante']);
    } finally {
      // An uncited tie: the export test below must not meet it.
      await api.db.write(cypher('test.removeEndedCoPilot', "MATCH (:Actor {id: 'fx-alpha'})-[r:CO_PILOTS]->() DELETE r"));
    }
  });

  it('refuses a date that is not a year, a month or a day', async () => {
    const response = await api.query(`query($d: Date) { actor(id: "fx-alpha") { memberOf(asOf: $d) { since } } }`, { d: '2022-13' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('2023-05');
  });
});

describe('the actor list is read at a date, today by default', () => {
  const inFixville = (activeAt?: string) =>
    data(`query($d: Date) { actors(filter: { place: "fx-city", activeAt: $d }, first: 50) { nodes { id } } }`, { d: activeAt });

  it('leaves out an actor founded after the date, and one not yet in the place then', async () => {
    const listed = async (activeAt?: string) => (await inFixville(activeAt)).actors.nodes.map((n: { id: string }) => n.id);
    expect(await listed('2019')).not.toContain('fx-gamma');
    expect(await listed('2019')).toContain('fx-alpha');
    expect(await listed()).toContain('fx-gamma');
    expect(await listed('2014')).not.toContain('fx-alpha');
    expect(await listed('2014')).toContain('fx-beta');
  });

  it('applies the date to a list without a place filter too', async () => {
    const { before, now } = await data(`{
      before: actors(filter: { kinds: [COMPANY], text: "Fixture", activeAt: "2019-06" }) { nodes { id } }
      now: actors(filter: { kinds: [COMPANY], text: "Fixture" }) { nodes { id } }
    }`);
    expect(before.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['fx-alpha', 'fx-beta']);
    expect(now.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['fx-alpha', 'fx-beta', 'fx-gamma']);
  });
});

describe("an actor's timeline", () => {
  it('lists its dated events oldest first, events of one date in a fixed order, each with what it concerns', async () => {
    const { actor } = await data(`{
      actor(id: "fx-alpha") {
        foundedIn
        timeline { date kind actor { id } place { id } funding { id amountEur funder { id } } figure { value date } }
      }
    }`);
    expect(actor.foundedIn).toBe('2015');
    const events = actor.timeline.map((e: Record<string, any>) => [
      e.date,
      e.kind,
      e.actor?.id ?? e.place?.id ?? e.funding?.id ?? e.figure?.value ?? null,
    ]);
    expect(events).toEqual([
      ['2015', 'FOUNDED', null],
      ['2015', 'LOCATED', 'fx-city'],
      ['2015', 'SPUN_OFF', 'fx-lab'],
      ['2015-09', 'INCUBATED', 'fx-incubator'],
      ['2017', 'JOINED', 'fx-cluster'],
      ['2019-06', 'FUNDED', 'fx-round-2019'],
      ['2019-06', 'RAISED_FUNDS', 5_000_000],
      ['2020-02', 'FUNDED', 'fx-advance-2020'],
      ['2021', 'RAISED_FUNDS', 8_000_000],
      ['2021-03', 'TOOK_OVER', 'fx-beta'],
      ['2022-06', 'LEFT', 'fx-cluster'],
    ]);
    const funded = actor.timeline.find((e: Record<string, any>) => e.kind === 'FUNDED');
    expect(funded.funding).toEqual({ id: 'fx-round-2019', amountEur: 5_000_000, funder: { id: 'fx-fund-a' } });
  });

  it('shows the takeover from the other side, and every event with the summary it rests on', async () => {
    const { actor } = await data(`{ actor(id: "fx-beta") { timeline { date kind actor { id } sources { kind source { id url } } } } }`);
    expect(actor.timeline.map((e: Record<string, any>) => [e.date, e.kind, e.actor?.id ?? null])).toEqual([
      ['2010', 'FOUNDED', null],
      ['2021-03', 'TAKEN_OVER', 'fx-alpha'],
    ]);
    for (const event of actor.timeline) expect(event.sources.length).toBeGreaterThan(0);
    expect(actor.timeline[1].sources).toEqual([
      { kind: 'SUMMARY', source: { id: 'fx-doc-company', url: 'https://example.org/fixture/alpha' } },
    ]);
  });
});

describe('citations say whether they quote or summarise', () => {
  it('a summarised public document gives our note as `quote` and the document as `source.url`', async () => {
    const { actor } = await data(`{ actor(id: "fx-alpha") { sources { kind quote source { kind url publisher published } } } }`);
    expect(actor.sources).toEqual([
      {
        kind: 'SUMMARY',
        quote: expect.stringContaining('Fixture Alpha was founded in 2015'),
        source: { kind: 'SUMMARY', url: 'https://example.org/fixture/alpha', publisher: 'Example Press', published: '2022-07' },
      },
    ]);
  });

  it('a passage of a kept document is a quote', async () => {
    const { actor } = await data(`{ actor(id: "immun4cure") { founders { sources { kind source { kind } } } } }`);
    expect(actor.founders[0].sources[0]).toEqual({ kind: 'QUOTE', source: { kind: 'DOCUMENT' } });
  });
});

describe('fundings with a date, an instrument and co-funders', () => {
  it('tells the lead funder from the co-funders', async () => {
    const { funding } = await data(`{
      funding(id: "fx-round-2019") { date instrument funder { id } cofunders { id } recipients { id } name }
    }`);
    expect(funding).toEqual({
      date: '2019-06',
      instrument: 'EQUITY',
      funder: { id: 'fx-fund-a' },
      cofunders: [{ id: 'fx-bank' }, { id: 'fx-fund-b' }],
      recipients: [{ id: 'fx-alpha' }],
      name: '5 million euros (Fixture Fund A)',
    });
  });

  it('counts a co-funded amount once: on its recipient, and on its lead funder only among funders', async () => {
    const { byRecipient, byFunder } = await data(`{
      byRecipient: fundingSummary(by: RECIPIENT, filter: { recipient: "fx-alpha" }) { group { id } totalEur fundingCount }
      byFunder: fundingSummary(by: FUNDER, filter: { recipient: "fx-alpha" }) { group { id } totalEur fundingCount }
    }`);
    expect(byRecipient).toEqual([{ group: { id: 'fx-alpha' }, totalEur: 5_300_000, fundingCount: 2 }]);
    expect(byFunder).toEqual([
      { group: { id: 'fx-fund-a' }, totalEur: 5_000_000, fundingCount: 1 },
      { group: { id: 'fx-bank' }, totalEur: 300_000, fundingCount: 1 },
    ]);
  });

  it("lists a co-funded round among a co-funder's fundings given", async () => {
    const { actor } = await data(`{ actor(id: "fx-fund-b") { fundingGiven { id funder { id } } } }`);
    expect(actor.fundingGiven).toEqual([{ id: 'fx-round-2019', funder: { id: 'fx-fund-a' } }]);
  });

  it('gives each figure the date it refers to: one metric at two dates is two figures', async () => {
    const { actor } = await data(`{ actor(id: "fx-alpha") { figures { metric value date } } }`);
    expect(actor.figures).toEqual(
      expect.arrayContaining([
        { metric: 'FUNDS_RAISED_EUR', value: 5_000_000, date: '2019-06' },
        { metric: 'FUNDS_RAISED_EUR', value: 8_000_000, date: '2021' },
      ]),
    );
    expect(actor.figures).toHaveLength(2);
  });
});

describe('the new fields go through export and import unchanged', () => {
  it('exports founded, since/until, date, instrument and co-funders, and importing the export changes nothing', async () => {
    const directory = await exportDirectory(api.db);
    const alpha = directory.actors.find((a) => a.id === 'fx-alpha');
    expect(alpha?.founded).toBe('2015');
    expect(directory.ties).toContainEqual({
      kind: 'MEMBER_OF',
      from: 'fx-alpha',
      to: 'fx-cluster',
      since: '2017',
      until: '2022-06',
      passages: ['fx-alpha-cluster'],
    });
    expect(directory.fundings.find((f) => f.id === 'fx-round-2019')).toMatchObject({
      funder: 'fx-fund-a',
      cofunders: ['fx-bank', 'fx-fund-b'],
      date: '2019-06',
      instrument: 'EQUITY',
    });
    const report = await runImport(api.db, parseJsonText(JSON.stringify(directory)), { dryRun: true, curator: 'test' });
    expect(report.changesAnything).toBe(false);
  });

  it('sees a changed founding date, tie end or co-funder in an import file', async () => {
    const directory = await exportDirectory(api.db);
    const file = {
      ...directory,
      actors: directory.actors.filter((a) => a.id === 'fx-alpha').map((a) => ({ ...a, founded: '2016' })),
      ties: directory.ties.filter((t) => t.from === 'fx-alpha' && t.kind === 'MEMBER_OF').map((t) => ({ ...t, until: '2023' })),
      fundings: directory.fundings.filter((f) => f.id === 'fx-round-2019').map((f) => ({ ...f, cofunders: ['fx-bank'] })),
    };
    const report = await runImport(api.db, parseJsonText(JSON.stringify(file)), { dryRun: true, curator: 'test' });
    expect(report.actors).toEqual([{ id: 'fx-alpha', status: 'changed', changes: ['founded'] }]);
    expect(report.ties).toEqual([{ id: 'fx-alpha|MEMBER_OF|fx-cluster', status: 'changed', changes: ['until'] }]);
    expect(report.fundings).toEqual([{ id: 'fx-round-2019', status: 'changed', changes: ['cofunders'] }]);
  });
});
