import { cypher } from '../database';

/** One event kind of the timeline: a pattern from actor `a`, the event's date and what it concerns. */
interface EventPart {
  kind: string;
  match: string;
  date: string;
  actor?: string;
  place?: string;
  funding?: string;
  figure?: string;
  passageIds: string;
}

const PARTS: EventPart[] = [
  { kind: 'FOUNDED', match: 'WITH a WHERE a.founded IS NOT NULL', date: 'a.founded', passageIds: 'a.passageIds' },
  {
    kind: 'LOCATED',
    match: 'MATCH (a)-[r:LOCATED_IN]->(p:Place) WHERE r.since IS NOT NULL',
    date: 'r.since',
    place: 'p',
    passageIds: 'r.passageIds',
  },
  {
    kind: 'FUNDED',
    match: 'MATCH (a)<-[:GRANTED_TO]-(f:Funding) WHERE f.date IS NOT NULL',
    date: 'f.date',
    funding: 'f',
    passageIds: 'f.passageIds',
  },
  {
    kind: 'RAISED_FUNDS',
    match: "MATCH (a)-[:HAS_FIGURE]->(g:Figure {metric: 'FUNDS_RAISED_EUR'}) WHERE g.date IS NOT NULL",
    date: 'g.date',
    figure: 'g',
    passageIds: 'g.passageIds',
  },
  ...(
    [
      ['TOOK_OVER', '(a)-[r:TOOK_OVER]->(b:Actor)'],
      ['TAKEN_OVER', '(a)<-[r:TOOK_OVER]-(b:Actor)'],
      ['LABELLED', '(a)<-[r:LABELLED]-(b:Actor)'],
      ['JOINED', '(a)-[r:MEMBER_OF|PART_OF]->(b:Actor)'],
      ['SPUN_OFF', '(a)-[r:SPUN_OFF_FROM]->(b:Actor)'],
      ['INCUBATED', '(a)-[r:INCUBATED_BY]->(b:Actor)'],
    ] as const
  ).map(([kind, pattern]) => ({
    kind,
    match: `MATCH ${pattern} WHERE r.since IS NOT NULL`,
    date: 'r.since',
    actor: 'b',
    passageIds: 'r.passageIds',
  })),
  {
    kind: 'LEFT',
    match: 'MATCH (a)-[r:MEMBER_OF|PART_OF]->(b:Actor) WHERE r.until IS NOT NULL',
    date: 'r.until',
    actor: 'b',
    passageIds: 'r.passageIds',
  },
];

const node = (v: string | undefined) => (v ? `${v}{.*}` : 'null');

/**
 * The dated events of actors ($ids): one row per event {key, date, kind, actor, place, funding,
 * figure, passageIds}, unordered (the service orders them). Fixed text, the ids a parameter.
 */
export const ACTOR_TIMELINE = cypher(
  'timeline.actors',
  `UNWIND $ids AS id
   MATCH (a:Actor {id: id})
   CALL (a) {
     ${PARTS.map(
       (part) => `${part.match}
     RETURN ${part.date} AS date, '${part.kind}' AS kind, ${node(part.actor)} AS actor, ${node(part.place)} AS place,
            ${node(part.funding)} AS funding, ${node(part.figure)} AS figure, coalesce(${part.passageIds}, []) AS passageIds`,
     ).join('\n     UNION ALL\n     ')}
   }
   RETURN id AS key, date, kind, actor, place, funding, figure, passageIds`,
);
