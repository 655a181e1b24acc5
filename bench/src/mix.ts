/**
 * The query mix: what front-end apps and researchers send. Each query has this API's GraphQL
 * document, the Neo4j GraphQL Library's equivalent where it can express one, and the floor server's
 * endpoint. Requests rotate over a fixed sample drawn from the synthetic graph, the same for every contender.
 */

import { weightedFieldsQuery } from '../../dist/db/lucene';

/** The Lucene query this API's search sends (name x3, aliases x2, description x1), for the library to send as it is. */
export function equivalentLuceneQuery(text: string): string {
  return weightedFieldsQuery(text) ?? '';
}

export interface Sample {
  actorIds: string[];
  /** Words to search for: rare brand names and common domain words. */
  texts: string[];
  /** Filters with matches: a leaf domain and a département code. */
  listFilters: { domain: string; code: string }[];
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface MixQuery {
  name: string;
  ours(sample: Sample, i: number): GraphqlRequest;
  /** Absent where the library cannot express the query without hand-written @cypher. */
  library?(sample: Sample, i: number): GraphqlRequest;
  floor(sample: Sample, i: number): Record<string, unknown>;
}

const at = <T>(items: T[], i: number): T => items[i % items.length]!;
const pairAt = (ids: string[], i: number): [string, string] => [at(ids, i), at(ids, i + Math.floor(ids.length / 2))];

export const MIX: MixQuery[] = [
  {
    name: 'actorById',
    ours: (s, i) => ({
      query: `query ActorById($id: ID!) { actor(id: $id) { id name kind description
        domains { domain { id name } }
        memberOf(first: 10) { actor { id name kind domains { domain { id name } } } }
        partners(first: 10) { actor { id name kind partners(first: 10) { actor { id name } } } } } }`,
      variables: { id: at(s.actorIds, i) },
    }),
    library: (s, i) => ({
      query: `query ActorById($id: ID!) { actors(where: { id: { eq: $id } }) { id name kind description
        domains { id name }
        memberOf(limit: 10, sort: [{ nameKey: ASC }, { id: ASC }]) { id name kind domains { id name } }
        partners(limit: 10, sort: [{ nameKey: ASC }, { id: ASC }]) { id name kind partners(limit: 10, sort: [{ nameKey: ASC }, { id: ASC }]) { id name } } } }`,
      variables: { id: at(s.actorIds, i) },
    }),
    floor: (s, i) => ({ id: at(s.actorIds, i) }),
  },
  {
    name: 'actorsList',
    ours: (s, i) => ({
      query: `query ActorsList($domain: ID!, $code: String!) {
        actors(filter: { kinds: [COMPANY], domains: [$domain], departmentCode: $code }, first: 20) {
          totalCount edges { cursor node { id name kind } } pageInfo { hasNextPage endCursor } } }`,
      variables: at(s.listFilters, i),
    }),
    // The synthetic domains are two levels deep: "the domain or a sub-domain of it" is the API's filter.
    library: (s, i) => ({
      query: `query ActorsList($domain: ID!, $code: String!) {
        actorsConnection(first: 20, sort: [{ nameKey: ASC }, { id: ASC }], where: {
          kind: { eq: "COMPANY" }, retiredAt: { eq: null },
          domains: { some: { OR: [{ id: { eq: $domain } }, { parent: { some: { id: { eq: $domain } } } }] } },
          locatedIn: { some: { within: { some: { code: { eq: $code } } } } } }) {
          totalCount edges { cursor node { id name kind } } pageInfo { hasNextPage endCursor } } }`,
      variables: at(s.listFilters, i),
    }),
    floor: (s, i) => at(s.listFilters, i),
  },
  {
    // What a faceted front end sends: the filtered list and every facet of it, in one request.
    name: 'actorsFacets',
    ours: (s, i) => ({
      query: `query ActorsFacets($domain: ID!, $code: String!) {
        actors(filter: { kinds: [COMPANY], domains: [$domain], departmentCode: $code }, first: 20) {
          totalCount edges { cursor node { id name kind } } pageInfo { hasNextPage endCursor }
          facets { kinds { value count } domains { value count } departments { value count } cities { value count }
            programmes { value count } funders { value count } foundedYears { value count } } } }`,
      variables: at(s.listFilters, i),
    }),
    floor: (s, i) => at(s.listFilters, i),
  },
  {
    name: 'search',
    ours: (s, i) => ({
      query: `query Search($text: String!) { search(text: $text, first: 10) { score node { id name ... on Actor { kind } } } }`,
      variables: { text: at(s.texts, i) },
    }),
    // The library passes the phrase to Lucene as it is: a client wanting the same search (prefix and
    // typo matching, name over aliases over description) sends the query this API builds, in one string.
    library: (s, i) => ({
      query: `query Search($text: String!) { actorsByText(phrase: $text, first: 10) { edges { score node { id name kind } } } }`,
      variables: { text: equivalentLuceneQuery(at(s.texts, i)) },
    }),
    floor: (s, i) => ({ text: at(s.texts, i) }),
  },
  {
    name: 'tiedTo',
    ours: (s, i) => ({
      query: `query TiedTo($id: ID!) { tiedTo(actor: $id, maxHops: 3, first: 10) { score actor { id name kind } path { nodes { id name } edges { from to kind } } } }`,
      variables: { id: at(s.actorIds, i) },
    }),
    floor: (s, i) => ({ id: at(s.actorIds, i) }),
  },
  {
    name: 'paths',
    ours: (s, i) => {
      const [from, to] = pairAt(s.actorIds, i);
      return {
        query: `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 5) { length specificity nodes { id name } edges { from to kind } } }`,
        variables: { from, to },
      };
    },
    floor: (s, i) => {
      const [from, to] = pairAt(s.actorIds, i);
      return { from, to };
    },
  },
  {
    name: 'partnerSuggestions',
    ours: (s, i) => ({
      query: `query Partners($id: ID!) { partnerSuggestions(actor: $id, first: 10) { score actor { id name kind } reasons { kind } } }`,
      variables: { id: at(s.actorIds, i) },
    }),
    floor: (s, i) => ({ id: at(s.actorIds, i) }),
  },
];
