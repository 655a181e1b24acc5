/** A named, parameterised Cypher statement. Names appear in logs and in the query counts tests check. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

export function cypher(name: string, text: string): CypherQuery {
  return { name, text };
}

export type Params = Record<string, unknown>;

/**
 * Neo4j 5 keys its plan cache on a statement's text, its parameters' types and, for a string or a list, the power of ten
 * its size falls in (1, 2–10, 11–100, 101–1,000…): one read given an id of 9 letters and then one of 12 is planned
 * twice, and the first question whose ids or words fall in a size no earlier run used pays a whole plan (docs/ASK.md,
 * Latency). Reads therefore pass their parameters in one map, `$p`, whose contents are not part of the key: one plan per
 * text, whatever the sizes (and the nulls) it is given.
 */
const PARAMETER_MAP = 'p';
const PARAMETER_REFERENCE = /\$([A-Za-z_][A-Za-z0-9_]*)/g;
const mapTexts = new WeakMap<CypherQuery, string>();

/** The statement's text reading every parameter from the one map, and the map. */
export function withParameterMap(query: CypherQuery, params: Params): { text: string; params: Params } {
  let text = mapTexts.get(query);
  if (text === undefined) mapTexts.set(query, (text = query.text.replace(PARAMETER_REFERENCE, `$${PARAMETER_MAP}.$1`)));
  return { text, params: { [PARAMETER_MAP]: params } };
}
