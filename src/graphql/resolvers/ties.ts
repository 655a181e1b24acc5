import type { TieConnectionRow, TieEdgeRow, TieRow } from '../../db/rows';
import type { EntityLabel, TieType } from '../../domain/model';
import { PAGE_SIZE } from '../../domain/limits';
import { tiesOfNode } from '../../services/directory';
import type { Context } from '../context';
import type { Resolvers, TieDirection, TieKind } from '../generated';
import { pageSize } from '../arguments';
import { citations, connectionFields } from './common';

/** One tie connection on every node (GraphNode.ties), and the ids clients' normalised caches key objects by. */

interface TiesArgs {
  kinds?: readonly TieKind[] | null;
  direction?: TieDirection | null;
  first?: number | null;
  after?: string | null;
}

/** The `ties` field of a node type: a page of the node's ties, batched with the same field of other nodes. */
const tiesField =
  (label: EntityLabel) =>
  (node: { id: string }, args: TiesArgs, ctx: Context): Promise<TieConnectionRow> =>
    tiesOfNode(ctx.services, {
      label,
      id: node.id,
      kinds: args.kinds as readonly TieType[] | null | undefined,
      direction: args.direction ?? 'BOTH',
      first: pageSize(ctx, args.first, 'first', PAGE_SIZE.tieConnection),
      after: args.after,
    });

/** `<owner>|<kind>|<direction>|<other>`: unique per node the tie is seen from, so each end caches its own object. */
export function tieId(tie: { ownerId?: string; direction?: string; type?: TieType; kind?: TieType; node: { id: string } }): string {
  return `${tie.ownerId ?? ''}|${tie.type ?? tie.kind ?? ''}|${tie.direction ?? ''}|${tie.node.id}`;
}

const idOfTie = (tie: TieRow<{ id: string }>) => tieId(tie);

export const tieResolvers: Resolvers = {
  Actor: { ties: tiesField('Actor') },
  Programme: { ties: tiesField('Programme') },
  Domain: { ties: tiesField('Domain') },
  Place: { ties: tiesField('Place') },
  Funding: { ties: tiesField('Funding') },
  TieConnection: { pageInfo: connectionFields.pageInfo },
  TieEdge: {
    id: (edge: TieEdgeRow) => tieId(edge),
    kind: (edge) => edge.kind as TieKind,
    sources: (edge, _, ctx) => citations(ctx, edge.passageIds),
  },
  ActorTie: { id: idOfTie },
  ProgrammeTie: { id: idOfTie },
  ProgrammeActorTie: { id: idOfTie },
  DomainTie: { id: idOfTie },
  ProgrammeLink: { id: idOfTie },
  Location: { id: (location) => `${location.actorId}|LOCATED_IN|${location.place.id}` },
};
