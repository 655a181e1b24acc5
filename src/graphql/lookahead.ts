import {
  type FieldNode,
  getNamedType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  isLeafType,
  isObjectType,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues, getDirectiveValues } from 'graphql/execution/values';
import type { Config } from '../config';
import type { Context } from './context';
import { type Projection, type ProjectedTie, tieKey } from '../db/projection';
import type { TieSpec } from '../db/cypher/nodes';
import type { NodeLabel } from '../domain/model';
import { dateOrToday, pageSize } from './arguments';
import { today } from '../domain/dates';
import { ACTOR_TIE_FIELDS } from '../db/ties';

/**
 * Look-ahead: turns the selection under a field returning a node (an Actor for `actor(id)`) into a
 * Projection, so the node, the properties its fields show and its ties (and theirs, as deep as the
 * client asks) come in one statement. Field resolvers stay as they are: they take prefetched ties when
 * the row has them and ask the loaders otherwise, so anything not projected still resolves.
 *
 * Fields are collected by graphql-js's own rules (collectSubfields: @skip/@include, fragment type
 * conditions, one entry per response name), so the projection holds exactly what execution resolves.
 * What a field reads comes from the SDL: the property of its name, or what its `@reads` directive says
 * (schema/common.graphql). A directive rather than a table here: the field and what it reads are
 * declared side by side, and a new computed field cannot be forgotten in a second copy of the schema.
 */

/** The projection of the selection under the resolved field, for a node of `label` (the field's runtime type). */
export function projectionOf(ctx: Context, info: GraphQLResolveInfo, label: NodeLabel): Projection {
  return PROJECTIONS.get(ctx.config, info, label, () => project(ctx, info, label, info.fieldNodes));
}

/** Whether the client selected `field` directly under the resolved field (after @skip/@include and type conditions). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return false;
  for (const nodes of collectSubfields(info.schema, info.fragments, info.variableValues, type, info.fieldNodes).values()) {
    if (nodes[0]!.name.value === field) return true;
  }
  return false;
}

/** What a field reads of its row: some properties (or parts of a tie), or, saying nothing on an object type, everything. */
type FieldReads = readonly string[] | 'all';

const readsByField = new WeakMap<GraphQLField<unknown, unknown>, FieldReads>();

/** What a field reads: its @reads, else the property of its name for a scalar or enum, else every property (a safe default). */
function readsOf(info: GraphQLResolveInfo, field: GraphQLField<unknown, unknown>): FieldReads {
  let reads = readsByField.get(field);
  if (reads === undefined) {
    const directive = info.schema.getDirective('reads');
    const declared = directive && field.astNode ? getDirectiveValues(directive, field.astNode) : undefined;
    reads = declared ? (declared.properties as string[]) : isLeafType(getNamedType(field.type)) ? [field.name] : 'all';
    readsByField.set(field, reads);
  }
  return reads;
}

/** The fields selected under `nodes` on `type`, one entry per response name (aliases apart), with the nodes that make it. */
function subfields(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
): (readonly [GraphQLField<unknown, unknown>, readonly FieldNode[]])[] {
  const fields = type.getFields();
  const selected: (readonly [GraphQLField<unknown, unknown>, readonly FieldNode[]])[] = [];
  for (const fieldNodes of collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes).values()) {
    const field = fields[fieldNodes[0]!.name.value];
    if (field) selected.push([field, fieldNodes]); // __typename reads nothing
  }
  return selected;
}

function objectType(info: GraphQLResolveInfo, name: string): GraphQLObjectType | undefined {
  const type = info.schema.getType(name);
  return isObjectType(type) ? type : undefined;
}

function project(ctx: Context, info: GraphQLResolveInfo, label: NodeLabel, nodes: readonly FieldNode[]): Projection {
  const type = objectType(info, label);
  if (!type) return { label, properties: 'all', ties: [] };
  const properties = new Set(['id']);
  let everyProperty = false;
  const ties = new Map<string, { spec: TieSpec; first: number; type: GraphQLObjectType; nodes: FieldNode[] }>();
  for (const [field, fieldNodes] of subfields(info, type, nodes)) {
    const readTies = label === 'Actor' ? ACTOR_TIE_FIELDS[field.name] : undefined;
    if (readTies) {
      let spec: TieSpec;
      let first: number;
      try {
        // One response name has one set of arguments (validation sees to it); other aliases are other entries.
        const values = getArgumentValues(field, fieldNodes[0]!, info.variableValues) as { asOf?: string | null };
        const read = readTies({ ...values, asOf: dateOrToday(values.asOf, 'asOf') });
        spec = read.spec;
        first = pageSize(ctx, read.first, 'first', 100);
      } catch {
        continue; // a bad argument: the field resolver asks the loaders and reports it
      }
      // Aliases reading the same ties share one list, with every property any of them shows.
      const key = tieKey(spec, first);
      const entry =
        ties.get(key) ?? ties.set(key, { spec, first, type: getNamedType(field.type) as GraphQLObjectType, nodes: [] }).get(key)!;
      entry.nodes.push(...fieldNodes);
      continue;
    }
    const reads = readsOf(info, field);
    if (reads === 'all') everyProperty = true;
    else for (const property of reads) properties.add(property);
  }
  return {
    label,
    properties: everyProperty ? 'all' : properties,
    ties: [...ties.values()].map((tie) => projectTie(ctx, info, tie)),
  };
}

/**
 * A tie field's projection. The field shows either the nodes themselves (`fundingReceived: [Funding!]!`)
 * or a tie type (`ActorTie`) whose fields read the tie's parts: `node`, its `type`, `since`, `passageIds`.
 */
function projectTie(
  ctx: Context,
  info: GraphQLResolveInfo,
  tie: { spec: TieSpec; first: number; type: GraphQLObjectType; nodes: FieldNode[] },
): ProjectedTie {
  const { spec, first } = tie;
  const relationship = { type: false, since: false, until: false, passageIds: false };
  if (tie.type.name === spec.to) return { spec, first, relationship, of: project(ctx, info, spec.to, tie.nodes) };
  const nodeFields: FieldNode[] = [];
  for (const [field, fieldNodes] of subfields(info, tie.type, tie.nodes)) {
    const reads = readsOf(info, field);
    for (const part of reads === 'all' ? (['type', 'since', 'until', 'passageIds'] as const) : reads) {
      if (part === 'node') nodeFields.push(...fieldNodes);
      else if (part in relationship) relationship[part as keyof typeof relationship] = true;
    }
  }
  return { spec, first, relationship, of: project(ctx, info, spec.to, nodeFields) };
}

/** Projections kept per field, at most this many (one per value of the variables its selection uses). */
const PROJECTIONS_PER_FIELD = 64;

/**
 * Projections already worked out. Apollo hands the same parsed document for the same query text, so
 * a projection is keyed by the field's nodes in it and the values of the variables their selections
 * use (page sizes, @skip/@include conditions): a front-end asking for other ids with one query pays the
 * walk once. Per config, whose page limits the projection applies.
 */
class ProjectionCache {
  private readonly byConfig = new WeakMap<Config, WeakMap<FieldNode, Map<string, Projection>>>();
  private readonly variablesOf = new WeakMap<FieldNode, string[]>();
  private readonly nodeIds = new WeakMap<FieldNode, number>();
  private nextNodeId = 0;

  get(config: Config, info: GraphQLResolveInfo, label: NodeLabel, compute: () => Projection): Projection {
    const first = info.fieldNodes[0]!;
    let forConfig = this.byConfig.get(config);
    if (!forConfig) this.byConfig.set(config, (forConfig = new WeakMap()));
    let entries = forConfig.get(first);
    if (!entries) forConfig.set(first, (entries = new Map()));
    const key = this.key(info, label);
    let projection = entries.get(key);
    if (projection === undefined) {
      projection = compute();
      if (entries.size >= PROJECTIONS_PER_FIELD) entries.clear();
      entries.set(key, projection);
    }
    return projection;
  }

  /**
   * The label, today's date (the date ties are read at when no asOf is given), the field's other nodes (a
   * field selected twice, some of it under @include) and the values its selections read.
   */
  private key(info: GraphQLResolveInfo, label: NodeLabel): string {
    const values: unknown[] = [label, today()];
    for (const node of info.fieldNodes) {
      values.push(this.idOf(node));
      // An absent variable ([]) takes the argument's default, an explicit null the resolver's: keep them apart.
      for (const name of this.variables(node, info))
        values.push(Object.hasOwn(info.variableValues, name) ? [info.variableValues[name]] : []);
    }
    return JSON.stringify(values);
  }

  private idOf(node: FieldNode): number {
    let id = this.nodeIds.get(node);
    if (id === undefined) this.nodeIds.set(node, (id = this.nextNodeId++));
    return id;
  }

  /** Variables used anywhere under the node, fragments and directives included. */
  private variables(node: FieldNode, info: Pick<GraphQLResolveInfo, 'fragments'>): string[] {
    let names = this.variablesOf.get(node);
    if (names) return names;
    const found = new Set<string>();
    const seenFragments = new Set<string>();
    const walk = (set: SelectionSetNode | undefined): void => {
      if (!set) return;
      visit(set, {
        Variable: (variable) => void found.add(variable.name.value),
        FragmentSpread: (spread) => {
          if (seenFragments.has(spread.name.value)) return;
          seenFragments.add(spread.name.value);
          walk(info.fragments[spread.name.value]?.selectionSet);
        },
      });
    };
    walk(node.selectionSet);
    this.variablesOf.set(node, (names = [...found].sort()));
    return names;
  }
}

const PROJECTIONS = new ProjectionCache();
