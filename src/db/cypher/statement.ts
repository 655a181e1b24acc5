/** A named, parameterised Cypher statement. Names appear in logs and in the query counts tests check. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

export function cypher(name: string, text: string): CypherQuery {
  return { name, text };
}

export type Params = Record<string, unknown>;
