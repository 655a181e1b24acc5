import { cypher } from '../../src/db/database';
import { startTestApi, TestApi } from '../support/testApi';

/**
 * DataLoader batching: a list of actors with their relationships two levels deep must cost one
 * Cypher statement per field level, however many actors the page holds.
 */
let api: TestApi;
const PROBES = 60;

beforeAll(async () => {
  api = await startTestApi();
  // 60 temporary companies, each with a domain, a city, a membership and a funding of its own.
  await api.db.write(
    cypher(
      'test.createProbes',
      `UNWIND range(1, $count) AS i
       WITH i, 'qc-' + right('00' + toString(i), 3) AS id
       MATCH (d:Domain {id: 'biotherapies'}), (p:Place {id: 'toulouse'}), (c:Actor {id: 'bio-occ'}), (r:Actor {id: 'region-occitanie'})
       CREATE (a:Actor:Entity {id: id, name: 'QC probe ' + id, nameKey: 'qc probe ' + id, kind: 'COMPANY', aliases: [], passageIds: ['pepites']})
       CREATE (f:Funding:Entity {id: id + '-funding', amountEur: 1000.0 * i, qualifier: 'EXACT', status: 'PLANNED', passageIds: ['pepites']})
       CREATE (a)-[:ACTIVE_IN {passageIds: ['pepites']}]->(d),
              (a)-[:LOCATED_IN {passageIds: ['pepites']}]->(p),
              (a)-[:MEMBER_OF {passageIds: ['pepites']}]->(c),
              (r)-[:GRANTS {passageIds: ['pepites']}]->(f)-[:GRANTED_TO {passageIds: ['pepites']}]->(a)`,
    ),
    { count: PROBES },
  );
});

afterAll(async () => {
  await api.db.write(cypher('test.deleteProbes', "MATCH (n) WHERE n.id STARTS WITH 'qc-' DETACH DELETE n"));
  await api.close();
});

const LIST = `query($first: Int) {
  actors(filter: { text: "QC probe" }, first: $first) {
    nodes {
      id
      domains { domain { name } sources { quote } }
      location { city { name } department { code } }
      memberOf {
        actor { name fundingReceived { amountEur funder { name } } }
      }
      fundingReceived { amountEur funder { name } recipients { id } }
    }
  }
}`;

async function statementsFor(first: number): Promise<string[]> {
  api.db.queries.length = 0;
  const { data, errors } = await api.query(LIST, { first });
  expect(errors).toBeUndefined();
  expect(data!.actors.nodes).toHaveLength(first);
  expect(data!.actors.nodes[0].memberOf[0].actor.name).toBe('Bio’Occ');
  expect(data!.actors.nodes[0].fundingReceived[0].funder.name).toBe('Région Occitanie');
  return api.db.queries.map((q) => q.name);
}

describe('listing 50 actors with domains, location, memberOf and fundingReceived, two levels deep', () => {
  it('sends one statement per field level, not one per actor', async () => {
    const names = await statementsFor(50);
    // page, domains, citations, location, memberOf, fundingReceived (twice: two depths), funders, recipients
    expect(names.length).toBeLessThanOrEqual(12);
    const perName = new Map<string, number>();
    for (const name of names) perName.set(name, (perName.get(name) ?? 0) + 1);
    for (const [name, count] of perName) expect([name, count <= 2]).toEqual([name, true]);
  });

  it('sends the same number of statements for 5 actors as for 50', async () => {
    expect((await statementsFor(5)).length).toBe((await statementsFor(50)).length);
  });
});

describe('one actor with its ties two levels deep', () => {
  it('costs one statement: the actor, the ties it selects and their ties, projected from the selection (look-ahead)', async () => {
    api.db.queries.length = 0;
    const { data, errors } = await api.query(`{
      actor(id: "immun4cure") {
        name
        domains { domain { name } }
        founders(first: 5) { actor { name partners(first: 3) { actor { name } } domains { domain { id } } } }
        ...more
      }
    }
    fragment more on Actor { partOf { actor { name } } }`);
    expect(errors).toBeUndefined();
    expect(data!.actor.founders.length).toBeGreaterThan(1);
    expect(data!.actor.partOf.map((t: { actor: { name: string } }) => t.actor.name)).toContain('MedVallée');
    expect(api.db.queries.map((q) => q.name)).toEqual(['read.projectedActor']);
  });

  it('answers exactly as the field-by-field path does, for every kind of Actor field', async () => {
    const fields = `id name aliases kind kindLabel(lang: EN) description website retiredAt
      sources { quote } location { city { name } department { code } }
      domains { domain { id label(lang: EN) excellence parent { id } } sources { quote } }
      founders(first: 5) { since sources { quote } actor { name memberOf(first: 2) { actor { id kind } } } }
      partOf { actor { id domains { domain { name } } } }
      byRole: programmes(roles: [RUNS, PARTNER_IN]) { role since programme { id name } }
      programmes { role programme { id } }
      fundingReceived { amountEur funder { name } }
      figures { metric value }`;
    const projected = await api.query(`{ actor(id: "immun4cure") { ${fields} } }`);
    // Through a list, the same fields resolve one by one through the loaders.
    const listed = await api.query(`{ actors(filter: { kinds: [HOSPITAL_UNIVERSITY_INSTITUTE] }) { nodes { ${fields} } } }`);
    expect(projected.errors).toBeUndefined();
    expect(listed.errors).toBeUndefined();
    const sameActor = listed.data!.actors.nodes.find((node: { id: string }) => node.id === 'immun4cure');
    expect(projected.data!.actor).toEqual(sameActor);
    expect(projected.data!.actor.founders.length).toBeGreaterThan(1);
  });

  it('still refuses a bad argument of a selected tie field, with the field resolver\'s message', async () => {
    const { errors } = await api.query(`{ actor(id: "immun4cure") { founders(first: 1000) { actor { name } } } }`);
    expect(errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/first must be between 0 and 100/) });
  });
});
