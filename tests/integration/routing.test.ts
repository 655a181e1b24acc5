import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { startTestApi, type TestApi } from '../support/testApi';

/**
 * The API over a `neo4j://` routing URI (what a cluster or Aura needs): the driver fetches a routing
 * table, sends reads to read transactions and writes to the leader, and bookmarks keep a curator's
 * reads after their writes. Against the single local server the routing table names it for every role.
 * `TEST_NEO4J_SCHEME=neo4j npm test` runs the whole suite this way.
 */
const CURATOR = 'routing-curator-key-00000000';
let api: TestApi;

beforeAll(async () => {
  const uri = process.env.TEST_NEO4J_URI!.replace(/^bolt:/, 'neo4j:');
  const routed = new Database(createDriver({ uri, user: process.env.TEST_NEO4J_USER!, password: process.env.TEST_NEO4J_PASSWORD! }), {
    database: 'neo4j',
    timeoutMs: 10_000,
  });
  api = await startTestApi({}, { API_KEYS: `lee:curator:${CURATOR}` }, Object.assign(routed, { queries: [] }));
});
afterAll(async () => {
  await api.db.write({
    name: 'test.cleanRouting',
    text: "MATCH (n) WHERE n.id = 'routing-probe' OR (n:Change AND n.targetId = 'routing-probe') DETACH DELETE n",
  });
  await api.close();
});

describe('over a neo4j:// routing URI', () => {
  it('answers directory reads and graph search', async () => {
    const { data, errors } = await api.query(`{
      actors(filter: { departmentCode: "34" }) { totalCount }
      tiedTo(actor: "medvallee", filter: { kinds: [COMPANY], domains: ["bioproduction"] }) { actor { id } }
      search(text: "ipsophene") { node { id } }
    }`);
    expect(errors).toBeUndefined();
    // Over the grown graph: 83 actors in the Hérault; Inits among the firms tied to MedVallée; Ipsophène found first.
    const answer = data as { actors: { totalCount: number }; tiedTo: { actor: { id: string } }[]; search: { node: { id: string } }[] };
    expect(answer.actors.totalCount).toBe(83);
    expect(answer.tiedTo.map((t) => t.actor.id)).toContain('inits');
    expect(answer.search[0]!.node.id).toBe('ipsophene');
  });

  it('lets a curator read what they just wrote', async () => {
    const write = await api.query(
      `mutation { createActor(input: { id: "routing-probe", name: "Routing probe", kind: COMPANY, place: "toulouse", source: { passageId: "pepites" } }) { id } }`,
      {},
      { authorization: `Bearer ${CURATOR}` },
    );
    expect(write.errors).toBeUndefined();
    const read = await api.query(`{ actor(id: "routing-probe") { name location { city { id } } } }`);
    expect(read.data).toEqual({ actor: { name: 'Routing probe', location: { city: { id: 'toulouse' } } } });
  });
});
