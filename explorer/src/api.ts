/** GraphQL over HTTP to the server that serves this page (same origin, JSON: passes CSRF prevention). */
// biome-ignore lint/suspicious/noExplicitAny: a caller that names no shape reads the answer as it came
export interface GraphQLResult<T = any> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

/** Fields the graph view needs on nodes and edges. */
export const NODE_FIELDS = '__typename id name ... on Actor { kind }';
export const EDGE_FIELDS = 'from to kind label sources { quote source { title } }';
