import { FieldNode, GraphQLObjectType, GraphQLResolveInfo, SelectionSetNode, visit } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import type { Config } from '../config';
import type { Context } from './context';
import type { Projection } from '../db/cypher/projection';
import type { TieSpec } from '../db/cypher/nodes';
import { tieKey } from '../db/projection';
import type { NodeLabel } from '../domain/model';
import { fieldsIn, pageSize } from './arguments';
import { ACTOR_TIE_FIELDS } from '../db/ties';

/**
 * Look-ahead: turns the selection under a field returning an Actor into a Projection, so the actor,
 * the properties its fields show and its ties (and theirs, as deep as the client asks) come in one
 * statement. Field resolvers stay as they are: they take prefetched ties when the row has them and
 * ask the loaders otherwise, so anything not projected still resolves.
 */

/** Fields and the node properties they read, per type; a field missing here (and from ACTOR_TIE_FIELDS) fetches every property. */
const FIELD_PROPERTIES: Partial<Record<NodeLabel, Record<string, readonly string[]>>> = {
  Actor: {
    __typename: [],
    id: [],
    name: ['name'],
    aliases: ['aliases'],
    kind: ['kind'],
    kindLabel: ['kind'],
    description: ['description'],
    website: ['website'],
    retiredAt: ['retiredAt'],
    sources: ['passageIds'],
    location: [], // its own loader, by id
  },
  Domain: {
    __typename: [],
    id: [],
    name: ['name'],
    label: ['name', 'nameEn'],
    aliases: ['aliases'],
    excellence: ['excellence'],
    sources: ['passageIds'],
    // the rest read the loaders, by id
    parent: [],
    subdomains: [],
    actors: [],
    programmes: [],
    funding: [],
  },
};

/** Tie wrapper types (ActorTie, DomainTie, ProgrammeTie): the field holding the node, per label at the other end. */
const WRAPPER_NODE_FIELD: Partial<Record<NodeLabel, string>> = { Actor: 'actor', Domain: 'domain', Programme: 'programme' };
/** Fields of tie wrappers read from the relationship: role its type, since and sources its properties. */
type RelationshipField = 'role' | 'since' | 'sources';

export function actorProjection(ctx: Context, info: GraphQLResolveInfo): Projection {
  return PROJECTIONS.get(ctx.config, info, () => project(ctx, info, 'Actor', info.fieldNodes.map((node) => node.selectionSet)));
}

/** Projections kept per field, at most this many (one per value of the variables its selection uses). */
const PROJECTIONS_PER_FIELD = 64;

/**
 * Projections already worked out. Apollo hands the same parsed document for the same query text, so
 * a projection is keyed by the field's nodes in it and the values of the variables their selections
 * use (page sizes): a front-end asking for other ids with one query pays the walk once. Per config,
 * whose page limits the projection applies.
 */
class ProjectionCache {
  private readonly byConfig = new WeakMap<Config, WeakMap<FieldNode, Map<string, Projection>>>();
  private readonly variablesOf = new WeakMap<FieldNode, string[]>();
  private readonly nodeIds = new WeakMap<FieldNode, number>();
  private nextNodeId = 0;

  get(config: Config, info: GraphQLResolveInfo, compute: () => Projection): Projection {
    const first = info.fieldNodes[0]!;
    let forConfig = this.byConfig.get(config);
    if (!forConfig) this.byConfig.set(config, (forConfig = new WeakMap()));
    let entries = forConfig.get(first);
    if (!entries) forConfig.set(first, (entries = new Map()));
    const key = this.key(info);
    let projection = entries.get(key);
    if (projection === undefined) {
      projection = compute();
      if (entries.size >= PROJECTIONS_PER_FIELD) entries.clear();
      entries.set(key, projection);
    }
    return projection;
  }

  /** The field's other nodes (a field selected twice, some of it under @include) and the values its selections read. */
  private key(info: GraphQLResolveInfo): string {
    const values: unknown[] = [];
    for (const node of info.fieldNodes) {
      values.push(this.idOf(node));
      // An absent variable ([]) takes the argument's default, an explicit null the resolver's: keep them apart.
      for (const name of this.variables(node, info)) values.push(Object.hasOwn(info.variableValues, name) ? [info.variableValues[name]] : []);
    }
    return JSON.stringify(values);
  }

  private idOf(node: FieldNode): number {
    let id = this.nodeIds.get(node);
    if (id === undefined) this.nodeIds.set(node, (id = this.nextNodeId++));
    return id;
  }

  /** Variables used anywhere under the node, fragments included. */
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

function project(ctx: Context, info: GraphQLResolveInfo, label: NodeLabel, sets: readonly (SelectionSetNode | undefined)[]): Projection {
  const fieldProperties = FIELD_PROPERTIES[label];
  if (!fieldProperties) return { label, properties: 'all', ties: [] };
  const properties = new Set(['id']);
  let everyProperty = false;
  const ties = new Map<string, { spec: TieSpec; first: number; sets: (SelectionSetNode | undefined)[] }>();
  for (const field of fieldsIn(info, sets)) {
    const name = field.name.value;
    const readTies = label === 'Actor' ? ACTOR_TIE_FIELDS[name] : undefined;
    if (readTies) {
      let spec: TieSpec;
      let first: number;
      try {
        const definition = (info.schema.getType('Actor') as GraphQLObjectType).getFields()[name]!;
        const read = readTies(getArgumentValues(definition, field, info.variableValues));
        spec = read.spec;
        first = pageSize(ctx, read.first, 'first', 100);
      } catch {
        continue; // a bad argument: the field resolver asks the loaders and reports it
      }
      const key = tieKey(spec, first);
      const entry = ties.get(key) ?? ties.set(key, { spec, first, sets: [] }).get(key)!;
      entry.sets.push(field.selectionSet);
      continue;
    }
    const read = fieldProperties[name];
    if (read) read.forEach((property) => properties.add(property));
    else everyProperty = true;
  }
  return {
    label,
    properties: everyProperty ? 'all' : properties,
    ties: [...ties.values()].map(({ spec, first, sets: tieSets }) => {
      const nodeField = WRAPPER_NODE_FIELD[spec.to];
      if (!nodeField) return { spec, first, relationship: { type: false, since: false, passageIds: false }, of: project(ctx, info, spec.to, tieSets) };
      const wrapperFields = fieldsIn(info, tieSets);
      const reads = (field: RelationshipField) => wrapperFields.some((selected) => selected.name.value === field);
      const nodeSets = wrapperFields.filter((selected) => selected.name.value === nodeField).map((selected) => selected.selectionSet);
      return { spec, first, relationship: { type: reads('role'), since: reads('since'), passageIds: reads('sources') }, of: project(ctx, info, spec.to, nodeSets) };
    }),
  };
}
