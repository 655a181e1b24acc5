import { projectedNodeQuery } from '../../src/db/cypher/projection';
import { projectionOf } from '../../src/graphql/lookahead';
import { recordingContext, resolveInfoOf, statementFor } from '../support/statements';

/**
 * actor(id) answers with one statement projected from the client's selection (src/graphql/lookahead.ts):
 * the GraphQL document in, the Cypher text and parameters out.
 */

const actorStatement = (document: string, variables?: Record<string, unknown>) => statementFor('read.projectedActor', document, variables);

describe('actor(id): the properties of the selected fields', () => {
  it('fetches only the properties the selected fields read: plain fields by their name, computed ones by their @reads', async () => {
    const { text, params } = await actorStatement(`{
      actor(id: "chu-toulouse") { __typename id name kind kindLabel(lang: EN) website sources { quote } location { city { name } } }
    }`);
    expect(text).toMatchInlineSnapshot(`
"MATCH (n0:Actor {id: $id})
RETURN n0{.id, .name, .kind, .website, .passageIds} AS node"
`);
    expect(params).toMatchInlineSnapshot(`
{
  "id": "chu-toulouse",
}
`);
  });
});

describe('actor(id): ties, nested', () => {
  it('fetches each selected tie in a subquery, nested as deep as asked, page sizes as parameters', async () => {
    const { text, params } = await actorStatement(
      `query($id: ID!) {
      actor(id: $id) {
        name
        founders(first: 2) { since actor { name partners(first: 3) { actor { id } } } }
        domains { domain { label } }
        programmes(roles: [RUNS]) { role programme { name } }
        fundingReceived { amountEur funder { name } }
      }
    }`,
      { id: 'immun4cure' },
    );
    expect(text).toMatchInlineSnapshot(`
"MATCH (n0:Actor {id: $id})
RETURN n0{.id, .name, _t0: COLLECT {
MATCH (n0)<-[r1:FOUNDED]-(n1:Actor) WHERE (coalesce(r1.since, '') <= $asOf0 AND coalesce(r1.until, '~') > $asOf0)
WITH r1, n1 ORDER BY n1.nameKey, n1.id LIMIT $first0
RETURN {node: n1{.id, .name, _t0: COLLECT {
MATCH (n1)-[r2:PARTNERS_WITH]-(n2:Actor) WHERE (coalesce(r2.since, '') <= $asOf0 AND coalesce(r2.until, '~') > $asOf0)
WITH n2 ORDER BY n2.nameKey, n2.id LIMIT $first1
RETURN n2{.id}
}}, since: r1.since}
}, _t1: COLLECT {
MATCH (n0)-[:ACTIVE_IN]->(n1:Domain)
WITH n1 ORDER BY n1.nameKey, n1.id LIMIT $first2
RETURN n1{.id, .name, .nameEn}
}, _t2: COLLECT {
MATCH (n0)-[r1:RUNS]->(n1:Programme) WHERE (coalesce(r1.since, '') <= $asOf0 AND coalesce(r1.until, '~') > $asOf0)
WITH r1, n1 ORDER BY n1.nameKey, n1.id LIMIT $first3
RETURN {node: n1{.id, .name}, type: type(r1)}
}, _t3: COLLECT {
MATCH (n0)<-[:GRANTED_TO]-(n1:Funding)
WITH n1 ORDER BY coalesce(n1.amountEur, -1) DESC, n1.id LIMIT $first4
RETURN n1{.id, .amountEur}
}} AS node"
`);
    expect(params).toMatchInlineSnapshot(`
{
  "asOf0": "(today)~",
  "first0": 2,
  "first1": 3,
  "first2": 100,
  "first3": 100,
  "first4": 100,
  "id": "immun4cure",
}
`);
  });
});

describe('actor(id): @skip and @include', () => {
  const document = `query($id: ID!, $brief: Boolean!, $withFounders: Boolean!) {
    actor(id: $id) {
      name
      description @skip(if: $brief)
      founders @include(if: $withFounders) { actor { name } }
      ... @include(if: $withFounders) { partOf { actor { name } } }
    }
  }`;

  it('leaves out fields, ties and fragments that @skip or @include leave out', async () => {
    const { text } = await actorStatement(document, { id: 'immun4cure', brief: true, withFounders: false });
    expect(text).toMatchInlineSnapshot(`
"MATCH (n0:Actor {id: $id})
RETURN n0{.id, .name} AS node"
`);
  });

  it('fetches them when the same document includes them (each value of the conditions has its own projection)', async () => {
    const { text } = await actorStatement(document, { id: 'immun4cure', brief: false, withFounders: true });
    expect(text).toMatchInlineSnapshot(`
"MATCH (n0:Actor {id: $id})
RETURN n0{.id, .name, .description, _t0: COLLECT {
MATCH (n0)<-[r1:FOUNDED]-(n1:Actor) WHERE (coalesce(r1.since, '') <= $asOf0 AND coalesce(r1.until, '~') > $asOf0)
WITH n1 ORDER BY n1.nameKey, n1.id LIMIT $first0
RETURN n1{.id, .name}
}, _t1: COLLECT {
MATCH (n0)-[r1:PART_OF]->(n1:Actor) WHERE (coalesce(r1.since, '') <= $asOf0 AND coalesce(r1.until, '~') > $asOf0)
WITH n1 ORDER BY n1.nameKey, n1.id LIMIT $first1
RETURN n1{.id, .name}
}} AS node"
`);
  });
});

describe('actor(id): fragments', () => {
  it('reads through named and inline fragments, on Actor and on the GraphNode interface it implements', async () => {
    const { text } = await actorStatement(`{
      actor(id: "immun4cure") { ...names ... on GraphNode { sources { quote } } ... on Actor { memberOf(first: 4) { actor { ...names } } } }
    }
    fragment names on Actor { name aliases }`);
    expect(text).toMatchInlineSnapshot(`
"MATCH (n0:Actor {id: $id})
RETURN n0{.id, .name, .aliases, .passageIds, _t0: COLLECT {
MATCH (n0)-[r1:MEMBER_OF]->(n1:Actor) WHERE (coalesce(r1.since, '') <= $asOf0 AND coalesce(r1.until, '~') > $asOf0)
WITH n1 ORDER BY n1.nameKey, n1.id LIMIT $first0
RETURN n1{.id, .name, .aliases}
}} AS node"
`);
  });

  it('leaves out fragments whose type condition the node does not meet', () => {
    const info = resolveInfoOf('node', `{ node(id: "immun4cure") { id ... on Actor { name } ... on Domain { aliases label } } }`);
    const { query, params } = projectedNodeQuery(projectionOf(recordingContext(), info, 'Actor'), new Set());
    expect(query.text).toMatchInlineSnapshot(`
"MATCH (n0:Actor {id: $id})
RETURN n0{.id, .name} AS node"
`);
    expect(params).toEqual({});
  });
});

describe('actor(id): aliases', () => {
  it('keeps one tie field asked with two page sizes apart, and shares one list between aliases asking the same', async () => {
    const { text, params } = await actorStatement(`{
      actor(id: "immun4cure") {
        few: founders(first: 1) { actor { name } }
        many: founders(first: 5) { actor { kind } }
        again: founders(first: 5) { since }
        en: kindLabel(lang: EN)
        fr: kindLabel(lang: FR)
      }
    }`);
    expect(text).toMatchInlineSnapshot(`
"MATCH (n0:Actor {id: $id})
RETURN n0{.id, .kind, _t0: COLLECT {
MATCH (n0)<-[r1:FOUNDED]-(n1:Actor) WHERE (coalesce(r1.since, '') <= $asOf0 AND coalesce(r1.until, '~') > $asOf0)
WITH n1 ORDER BY n1.nameKey, n1.id LIMIT $first0
RETURN n1{.id, .name}
}, _t1: COLLECT {
MATCH (n0)<-[r1:FOUNDED]-(n1:Actor) WHERE (coalesce(r1.since, '') <= $asOf0 AND coalesce(r1.until, '~') > $asOf0)
WITH r1, n1 ORDER BY n1.nameKey, n1.id LIMIT $first1
RETURN {node: n1{.id, .kind}, since: r1.since}
}} AS node"
`);
    expect(params).toMatchInlineSnapshot(`
{
  "asOf0": "(today)~",
  "first0": 1,
  "first1": 5,
  "id": "immun4cure",
}
`);
  });
});

describe('actor(id): ties read as of today', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reads the ties as of the new day once midnight has passed, with the same document and variables', async () => {
    const document = `query($id: ID!) { actor(id: $id) { memberOf { actor { id } } } }`;
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-03-01T23:59:00Z'));
    const before = await actorStatement(document, { id: 'immun4cure' });
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-03-02T00:01:00Z'));
    const after = await actorStatement(document, { id: 'immun4cure' });
    expect([before.params.asOf0, after.params.asOf0]).toEqual(['2026-03-01~', '2026-03-02~']);
  });
});
