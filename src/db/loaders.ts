import DataLoader from 'dataloader';
import type { Database } from './database';
import type { CypherQuery, Params } from './database';
import {
  ACTOR_LOCATIONS,
  DOMAIN_ACTORS,
  DOMAIN_ACTORS_DIRECT,
  PLACE_ACTORS,
  PLACE_ACTORS_DIRECT,
  SOURCE_ACTORS,
  SOURCE_PASSAGES,
  combinedReadQuery,
  type ReadPart,
  readPartKey,
  type TieSpec,
} from './cypher/nodes';
import { ACTOR_TIMELINE } from './cypher/timeline';
import type {
  ActorRow,
  DomainRow,
  EntityRow,
  FundingRow,
  LocationRow,
  PassageRow,
  PlaceRow,
  ProgrammeRow,
  SourceRow,
  TieConnectionRow,
  TieEdgeRow,
  TieRow,
  TimelineEventRow,
} from './rows';
import type { EntityLabel, NodeLabel, TieType } from '../domain/model';
import { tieConnectionQuery } from './cypher/tieConnection';
import { decodeCursor, encodeCursor } from './pagination';

/** What a page of a node's tie connection asks for: kinds already checked, `first` already capped. */
export interface TieConnectionArgs {
  kinds: readonly TieType[];
  direction: 'IN' | 'OUT' | 'BOTH';
  first: number;
  after?: string | null;
}

/** Names the order inside tie cursors (a cursor of an actor list is refused as `after`). */
const TIE_CURSOR_ORDER = 'TIES';

interface ReadKey {
  part: ReadPart;
  /** Page size of a tie part (0 for nodes). */
  first: number;
  id: string;
}

const partKey = (part: ReadPart, first: number) => `${readPartKey(part)}:${first}`;

/** Nodes of one label by id, batched with every other read of the same tick. */
export interface NodeLoader<T> {
  load(id: string): Promise<T | null>;
  loadMany(ids: readonly string[]): Promise<(T | null | Error)[]>;
}

/**
 * The DataLoaders of one request (created fresh per request, so nothing is cached across users).
 * Each batch runs one Cypher statement and returns results in key order, `null` or `[]` for misses.
 */
export class Loaders {
  readonly actor = this.byId<ActorRow>('Actor');
  readonly programme = this.byId<ProgrammeRow>('Programme');
  readonly domain = this.byId<DomainRow>('Domain');
  readonly place = this.byId<PlaceRow>('Place');
  readonly funding = this.byId<FundingRow>('Funding');
  readonly source = this.byId<SourceRow>('Source');
  readonly passage = this.byId<PassageRow>('Passage');
  /** Any entity by id, whatever its label. */
  readonly entity = this.byId<EntityRow>('Entity');

  /** Every place an actor is recorded in, each with the places containing it. */
  readonly locations = new DataLoader<string, LocationRow[]>(async (ids) => {
    const rows = await this.db.read<{
      key: string;
      place: PlaceRow;
      ancestors: PlaceRow[];
      passageIds: string[];
      since: string | null;
      until: string | null;
    }>(ACTOR_LOCATIONS, {
      ids,
    });
    const byActor = new Map<string, LocationRow[]>();
    for (const row of rows) {
      const location: LocationRow = {
        actorId: row.key,
        place: row.place,
        chain: [row.place, ...row.ancestors],
        passageIds: row.passageIds ?? [],
        ...(row.since ? { since: String(row.since) } : {}),
        ...(row.until ? { until: String(row.until) } : {}),
      };
      byActor.set(row.key, [...(byActor.get(row.key) ?? []), location]);
    }
    return ids.map((id) => byActor.get(id) ?? []);
  });

  /** An actor's most specific place (a city rather than a region) when it has several. */
  readonly location = new DataLoader<string, LocationRow | null>(async (ids) =>
    (await this.locations.loadMany(ids)).map((found) =>
      found instanceof Error
        ? found
        : found.reduce<LocationRow | null>((best, l) => (!best || l.chain.length > best.chain.length ? l : best), null),
    ),
  );

  readonly sourcePassages = this.grouped<PassageRow>(SOURCE_PASSAGES, {}, (row) => row.node as PassageRow);

  /** Actors' dated events, unordered (services/timeline orders them). */
  readonly timeline = this.grouped<TimelineEventRow>(ACTOR_TIMELINE, {}, (row) => {
    const { key: _key, ...event } = row;
    return Object.fromEntries(Object.entries(event).filter(([, v]) => v !== null)) as unknown as TimelineEventRow;
  });

  private readonly keyed = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly db: Database) {}

  /** The other ends of one kind of tie, at most `first` per node. */
  ties<T>(spec: TieSpec, first: number): { load(id: string): Promise<TieRow<T>[]> } {
    return { load: (id) => this.combined.load({ part: { ties: spec }, first, id }) as Promise<TieRow<T>[]> };
  }

  /**
   * Nodes by id and ties asked for in one tick, fetched in one statement: one part per label, or per
   * kind of tie and page size. Rows come back grouped per part and key, in row order.
   */
  private readonly combined = new DataLoader<ReadKey, unknown, string>(
    async (keys) => {
      const parts = new Map<string, { part: ReadPart; first: number; ids: string[] }>();
      for (const { part, first, id } of keys) {
        const key = partKey(part, first);
        const entry = parts.get(key) ?? parts.set(key, { part, first, ids: [] }).get(key)!;
        if (!entry.ids.includes(id)) entry.ids.push(id);
      }
      const list = [...parts.values()];
      const params: Params = {};
      list.forEach((entry, n) => {
        params[`ids${n}`] = entry.ids;
        params[`first${n}`] = entry.first;
        if ('ties' in entry.part && entry.part.ties.asOf !== undefined) params[`asOf${n}`] = entry.part.ties.asOf;
      });
      const rows = await this.db.read<Record<string, unknown>>(combinedReadQuery(list.map((entry) => entry.part)), params);
      const partKeys = [...parts.keys()];
      const groups = new Map<string, Record<string, unknown>[]>();
      for (const row of rows) {
        const groupKey = `${partKeys[row.part as number]}|${row.key as string}`;
        const group = groups.get(groupKey);
        if (group) group.push(row);
        else groups.set(groupKey, [row]);
      }
      return keys.map(({ part, first, id }) => {
        const found = groups.get(`${partKey(part, first)}|${id}`) ?? [];
        if ('nodesOf' in part) return found[0]?.node ?? null;
        return found.map((row) => ({
          node: row.node,
          type: row.type as TieRow<unknown>['type'],
          since: (row.since as string | null) ?? undefined,
          until: (row.until as string | null) ?? undefined,
          passageIds: (row.passageIds as string[] | null) ?? [],
        }));
      });
    },
    { cacheKeyFn: ({ part, first, id }) => `${partKey(part, first)}|${id}` },
  );

  /** A page of the ties of nodes of one label, every kind asked for in one list (see tieConnectionQuery). */
  tieConnection(label: EntityLabel, args: TieConnectionArgs): DataLoader<string, TieConnectionRow> {
    const after = args.after ? decodeCursor(args.after, TIE_CURSOR_ORDER).key : null;
    return this.memo(
      `tieConnection:${label}:${JSON.stringify([args.kinds, args.direction, args.first, after])}`,
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.db.read<{
            key: string;
            total: number;
            page: (Omit<TieEdgeRow, 'cursor' | 'ownerId'> & { sortKey: string; labels: string[] })[];
          }>(tieConnectionQuery(label), { ids, kinds: args.kinds, direction: args.direction, limit: args.first + 1, after });
          const byId = new Map(rows.map((row) => [row.key, row]));
          return ids.map((id): TieConnectionRow => {
            const row = byId.get(id);
            const edges = (row?.page ?? []).slice(0, args.first).map(({ sortKey, labels, ...tie }) => ({
              ...tie,
              node: { ...tie.node, _labels: labels },
              since: tie.since ?? undefined,
              until: tie.until ?? undefined,
              passageIds: tie.passageIds ?? [],
              ownerId: id,
              cursor: encodeCursor(TIE_CURSOR_ORDER, sortKey, ''),
            }));
            return { edges, hasNextPage: (row?.page.length ?? 0) > args.first, totalCount: row?.total ?? 0 };
          });
        }),
    );
  }

  placeActors(includeContained: boolean, first: number): DataLoader<string, ActorRow[]> {
    return this.memo(`placeActors:${includeContained}:${first}`, () =>
      this.grouped<ActorRow>(includeContained ? PLACE_ACTORS : PLACE_ACTORS_DIRECT, { first }, (row) => row.node as ActorRow),
    );
  }

  domainActors(includeSubdomains: boolean, first: number): DataLoader<string, ActorRow[]> {
    return this.memo(`domainActors:${includeSubdomains}:${first}`, () =>
      this.grouped<ActorRow>(includeSubdomains ? DOMAIN_ACTORS : DOMAIN_ACTORS_DIRECT, { first }, (row) => row.node as ActorRow),
    );
  }

  sourceActors(first: number): DataLoader<string, ActorRow[]> {
    return this.memo(`sourceActors:${first}`, () => this.grouped<ActorRow>(SOURCE_ACTORS, { first }, (row) => row.node as ActorRow));
  }

  /** Nodes of one label by id, through the combined loader (null for an unknown id). */
  private byId<T>(label: NodeLabel | 'Entity'): NodeLoader<T> {
    const part: ReadPart = { nodesOf: label };
    return {
      load: (id) => this.combined.load({ part, first: 0, id }) as Promise<T | null>,
      loadMany: (ids) => this.combined.loadMany(ids.map((id) => ({ part, first: 0, id }))) as Promise<(T | null | Error)[]>,
    };
  }

  /** A loader whose batch query returns rows with a `key` column; results grouped per key, in row order. */
  private grouped<T>(query: CypherQuery, params: Params, map: (row: Record<string, unknown>) => T): DataLoader<string, T[]> {
    return new DataLoader<string, T[]>(async (ids) => {
      const rows = await this.db.read<Record<string, unknown>>(query, { ...params, ids });
      const groups = new Map<string, T[]>();
      for (const row of rows) {
        const key = row.key as string;
        const list = groups.get(key);
        if (list) list.push(map(row));
        else groups.set(key, [map(row)]);
      }
      return ids.map((id) => groups.get(id) ?? []);
    });
  }

  private memo<T>(key: string, create: () => DataLoader<string, T>): DataLoader<string, T> {
    let loader = this.keyed.get(key) as DataLoader<string, T> | undefined;
    if (!loader) {
      loader = create();
      this.keyed.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
