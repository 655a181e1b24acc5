import { gql, type TypedDocumentNode } from '@apollo/client';

/** What the list's filter may hold: the facets this page lets a visitor pick. */
export interface ActorFilter {
  kinds?: string[];
  domains?: string[];
  departmentCode?: string;
  place?: string;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  kinds: FacetValue[];
  domains: FacetValue[];
  departments: FacetValue[];
  cities: FacetValue[];
}

export interface ActorsPage {
  actors: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; kind: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets?: Facets;
  };
}

/**
 * One page of actors; the facets of the whole list come with the first page only (`withFacets`),
 * since every page of a list has the same ones.
 */
export const ACTORS_PAGE: TypedDocumentNode<
  ActorsPage,
  { filter: ActorFilter; first: number; after?: string | null; withFacets: boolean }
> = gql`
    query ActorsPage($filter: ActorFilter, $first: Int!, $after: String, $withFacets: Boolean!) {
      actors(filter: $filter, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            name
            kind
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        facets @include(if: $withFacets) {
          kinds { value label count }
          domains { value label count }
          departments { value label count }
          cities { value label count }
        }
      }
    }
  `;

export interface TieEdge {
  id: string;
  cursor: string;
  kind: string;
  direction: 'IN' | 'OUT';
  node: { __typename: string; id: string; name: string; kind?: string };
}

export interface ActorWithTies {
  actor: {
    id: string;
    name: string;
    kind: string;
    description: string | null;
    location: {
      id: string;
      city: { id: string; name: string } | null;
      department: { id: string; name: string; code: string | null } | null;
    } | null;
    ties: { totalCount: number; edges: TieEdge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  } | null;
}

/** An actor and one page of its ties (every kind, both ways), through the `ties` connection. */
export const ACTOR_WITH_TIES: TypedDocumentNode<ActorWithTies, { id: string; first: number; after?: string | null }> = gql`
  query ActorWithTies($id: ID!, $first: Int!, $after: String) {
    actor(id: $id) {
      id
      name
      kind
      description
      location {
        id
        city { id name }
        department { id name code }
      }
      ties(first: $first, after: $after) {
        totalCount
        edges {
          id
          cursor
          kind
          direction
          node {
            __typename
            id
            name
            ... on Actor { kind }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;
