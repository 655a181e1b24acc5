import { cypher } from '../../src/db/database';
import { DATED_TIE_TYPES } from '../../src/db/cypher/time';
import { startTestApi, type TestApi } from '../support/testApi';

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

/**
 * The statements of the last request, less the process's read of which tie types carry dates, made at most
 * once every few seconds whatever the requests (db/projection.ts, `remembered`).
 */
const requestStatements = () => api.db.queries.map((q) => q.name).filter((name) => name !== DATED_TIE_TYPES.name);

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
    expect(requestStatements()).toEqual(['read.projectedActor']);
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
      figures { metric value }
      more: programmes { programme { kindLabel(lang: EN) description period since } }
      gifts: fundingReceived { name amountText qualifier status shared period note }
      facts: figures { label(lang: EN) unit qualifier period sources { quote } }
      areas: domains { domain { aliases subdomains { id } } }`;
    const projected = await api.query(`{ actor(id: "immun4cure") { ${fields} } }`);
    // Through a list, the same fields resolve one by one through the loaders.
    const listed = await api.query(`{ actors(filter: { kinds: [HOSPITAL_UNIVERSITY_INSTITUTE] }) { nodes { ${fields} } } }`);
    expect(projected.errors).toBeUndefined();
    expect(listed.errors).toBeUndefined();
    const sameActor = listed.data!.actors.nodes.find((node: { id: string }) => node.id === 'immun4cure');
    expect(projected.data!.actor).toEqual(sameActor);
    expect(projected.data!.actor.founders.length).toBeGreaterThan(1);
  });

  it('projects one query text anew for each value of the page sizes it uses, in fragments too, one statement each time', async () => {
    const query = `query($id: ID!, $founders: Int, $partners: Int) {
      actor(id: $id) { name founders(first: $founders) { actor { id ...withPartners } } }
    }
    fragment withPartners on Actor { partners(first: $partners) { actor { id } } }`;
    const asked: [string, number, number][] = [
      ['immun4cure', 1, 1],
      ['immun4cure', 3, 2],
      ['healthage', 3, 2],
      ['immun4cure', 1, 1],
    ];
    for (const [id, founders, partners] of asked) {
      api.db.queries.length = 0;
      const projected = await api.query(query, { id, founders, partners });
      expect(projected.errors).toBeUndefined();
      expect(requestStatements()).toEqual(['read.projectedActor']);
      // The same selection through a list resolves field by field through the loaders.
      const listed = await api.query(
        `query($founders: Int, $partners: Int) { actors(filter: { kinds: [HOSPITAL_UNIVERSITY_INSTITUTE] }) { nodes { id name founders(first: $founders) { actor { id partners(first: $partners) { actor { id } } } } } } }`,
        { founders, partners },
      );
      const { id: _, ...sameActor } = listed.data!.actors.nodes.find((node: { id: string }) => node.id === id);
      expect(projected.data!.actor).toEqual(sameActor);
      expect(projected.data!.actor.founders.length).toBeLessThanOrEqual(founders);
      for (const founder of projected.data!.actor.founders) expect(founder.actor.partners.length).toBeLessThanOrEqual(partners);
    }
    expect((await api.query(query, { id: 'immun4cure', founders: 3, partners: 2 })).data!.actor.founders.length).toBeGreaterThan(1);
    const refused = await api.query(query, { id: 'immun4cure', founders: 1000, partners: 1 });
    expect(refused.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/first must be between 0 and 100/),
    });
  });

  it('projects a field selected twice, part of it under @include, for the parts each request includes', async () => {
    const query = `query($more: Boolean!) { actor(id: "immun4cure") { name } actor(id: "immun4cure") @include(if: $more) { partOf { actor { name } } } }`;
    for (const more of [false, true, false]) {
      api.db.queries.length = 0;
      const { data, errors } = await api.query(query, { more });
      expect(errors).toBeUndefined();
      expect(requestStatements()).toEqual(['read.projectedActor']);
      if (more) expect(data!.actor.partOf.map((t: { actor: { name: string } }) => t.actor.name)).toContain('MedVallée');
      else expect(data!.actor).toEqual({ name: 'Immun4Cure' });
    }
  });

  it("still refuses a bad argument of a selected tie field, with the field resolver's message", async () => {
    const { errors } = await api.query(`{ actor(id: "immun4cure") { founders(first: 1000) { actor { name } } } }`);
    expect(errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/first must be between 0 and 100/),
    });
  });
});
