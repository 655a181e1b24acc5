import { type EntityLabel, type NodeLabel, type TieType, nameKey } from '../../domain/model';
import type { GraphBatch, NodeRecord, PropertyValue, TieRecord } from '../../db/writeGraph';
import type { FigureSeed } from '../../domain/records';
import type { SeedSet } from './readSeeds';

/** Removes undefined values: Neo4j stores no nulls, an absent property is the absence of a fact. */
function defined(props: Record<string, PropertyValue | undefined>): Record<string, PropertyValue> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Record<string, PropertyValue>;
}

/** A figure's id: its owner and metric, and the date it refers to when it has one (one metric may be given at several dates). */
export function figureId(ownerId: string, metric: string, date?: string): string {
  return `${ownerId}--${metric.toLowerCase().replace(/_/g, '-')}${date ? `--${date}` : ''}`;
}

/** The Figure nodes of an owner and their HAS_FIGURE ties: one per metric and date; two values at the same date both stay, the second numbered. */
export function figureRecords(args: {
  ownerLabel: 'Actor' | 'Programme';
  ownerId: string;
  figures: FigureSeed[];
  origin: string;
}): GraphBatch {
  const { ownerLabel, ownerId, origin } = args;
  const nodes: NodeRecord[] = [];
  const ties: TieRecord[] = [];
  const used = new Set<string>();
  for (const figure of args.figures) {
    const base = figureId(ownerId, figure.metric, figure.date);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}--${n}`;
    used.add(id);
    nodes.push({ label: 'Figure', id, props: defined({ ...figure, cite: undefined, passageIds: figure.cite, origin }) });
    ties.push({ type: 'HAS_FIGURE', fromLabel: ownerLabel, from: ownerId, toLabel: 'Figure', to: id, props: { passageIds: figure.cite } });
  }
  return { nodes, ties };
}

/**
 * Turns validated seeds into the nodes and ties of the graph. `origin` marks where they came from
 * (seed, curation, import, synthetic); `stored` gives the labels of entities already in the database
 * that ties may point to.
 */
export function toGraphBatch(seeds: SeedSet, origin = 'seed', stored: ReadonlyMap<string, EntityLabel> = new Map()): GraphBatch {
  const nodes: NodeRecord[] = [];
  const ties: TieRecord[] = [];
  const labelOf = new Map<string, EntityLabel>(stored);
  const tie = (
    type: TieType,
    fromLabel: NodeLabel,
    from: string,
    toLabel: NodeLabel,
    to: string,
    passageIds: string[],
    extra: Omit<TieRecord['props'], 'passageIds'> = {},
  ) => ties.push({ type, fromLabel, from, toLabel, to, props: defined({ passageIds, ...extra }) as TieRecord['props'] });
  const named = (name: string, aliases: string[]) => ({ name, nameKey: nameKey(name), aliases });

  for (const source of seeds.sources) {
    const { passages, ...rest } = source;
    nodes.push({ label: 'Source', id: source.id, props: defined({ ...rest, text: seeds.documentTexts.get(source.id) }) });
    for (const [passageId, quote] of Object.entries(passages)) {
      nodes.push({
        label: 'Passage',
        id: passageId,
        props: defined({ sourceId: source.id, quote, offset: seeds.passageOffsets.get(passageId) }),
      });
      tie('QUOTED_FROM', 'Passage', passageId, 'Source', source.id, [passageId]);
    }
  }
  for (const place of seeds.places) {
    labelOf.set(place.id, 'Place');
    nodes.push({
      label: 'Place',
      id: place.id,
      props: defined({ ...named(place.name, place.aliases), kind: place.kind, code: place.code, passageIds: place.cite, origin }),
    });
  }
  for (const place of seeds.places) if (place.within) tie('WITHIN', 'Place', place.id, 'Place', place.within, place.cite);
  for (const domain of seeds.domains) {
    labelOf.set(domain.id, 'Domain');
    nodes.push({
      label: 'Domain',
      id: domain.id,
      props: defined({
        ...named(domain.name, domain.aliases),
        nameEn: domain.nameEn,
        excellence: domain.excellence,
        passageIds: domain.cite,
        origin,
      }),
    });
  }
  for (const domain of seeds.domains) if (domain.parent) tie('SUBDOMAIN_OF', 'Domain', domain.id, 'Domain', domain.parent, domain.cite);
  const addFigures = (ownerLabel: 'Actor' | 'Programme', ownerId: string, figures: FigureSeed[]) => {
    const records = figureRecords({ ownerLabel, ownerId, figures, origin });
    nodes.push(...records.nodes);
    ties.push(...records.ties);
  };
  for (const actor of seeds.actors) {
    labelOf.set(actor.id, 'Actor');
    nodes.push({
      label: 'Actor',
      id: actor.id,
      props: defined({
        ...named(actor.name, actor.aliases),
        kind: actor.kind,
        description: actor.description,
        website: actor.website,
        founded: actor.founded,
        passageIds: actor.cite,
        origin,
      }),
    });
    addFigures('Actor', actor.id, actor.figures);
  }
  for (const programme of seeds.programmes) {
    labelOf.set(programme.id, 'Programme');
    nodes.push({
      label: 'Programme',
      id: programme.id,
      props: defined({
        ...named(programme.name, programme.aliases),
        kind: programme.kind,
        description: programme.description,
        period: programme.period,
        since: programme.since,
        passageIds: programme.cite,
        origin,
      }),
    });
    addFigures('Programme', programme.id, programme.figures);
  }
  for (const funding of seeds.fundings) {
    labelOf.set(funding.id, 'Funding');
    nodes.push({
      label: 'Funding',
      id: funding.id,
      props: defined({
        amountEur: funding.amountEur,
        amountText: funding.amountText,
        qualifier: funding.qualifier,
        period: funding.period,
        date: funding.date,
        instrument: funding.instrument,
        status: funding.status,
        shared: funding.shared,
        note: funding.note,
        passageIds: funding.cite,
        origin,
      }),
    });
  }
  for (const funding of seeds.fundings) {
    tie('GRANTS', 'Actor', funding.funder, 'Funding', funding.id, funding.cite);
    // Co-funders give the same amount with the lead: their GRANTS tie says so, and totals count the amount on the lead only.
    for (const cofunder of funding.cofunders) tie('GRANTS', 'Actor', cofunder, 'Funding', funding.id, funding.cite, { cofunder: true });
    for (const recipient of funding.recipients) tie('GRANTED_TO', 'Funding', funding.id, 'Actor', recipient, funding.cite);
    if (funding.programme) tie('UNDER', 'Funding', funding.id, 'Programme', funding.programme, funding.cite);
    for (const domain of funding.domains) tie('FOR_DOMAIN', 'Funding', funding.id, 'Domain', domain, funding.cite);
    if (funding.partOf) tie('PART_OF', 'Funding', funding.id, 'Funding', funding.partOf, funding.cite);
  }
  for (const t of seeds.ties) {
    tie(t.type, labelOf.get(t.from)!, t.from, labelOf.get(t.to)!, t.to, t.cite, { since: t.since, until: t.until });
  }
  return { nodes, ties };
}
