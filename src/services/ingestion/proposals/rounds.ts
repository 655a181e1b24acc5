import { matchesOf } from '../reading/spans';
import { listFrom, mentionAfter, mentionBefore, textBetween } from './clauses';
import type { Mention, SentenceView } from './mentions';

/** A fundraising named as a noun: "le tour de table", "la levée de fonds", "the round". */
export const ROUND_NOUN = /\b(?:tour de table|tour de financement|levee(?: de fonds)?|round|funding round)\b/;

/** The investors of a fundraising a sentence names, lead first, and the company that raises when the sentence names it. */
export interface RoundInvestors {
  investors: Mention[];
  raiser?: Mention;
}

/** "Le tour de table réunit A et B", "investors include A and B": the verb and the names after it. */
const GATHERS = new RegExp(
  String.raw`${ROUND_NOUN.source}[^.;:]{0,80}?\b(?:reunit|reunissait|rassemble|regroupe|associe|comprend|inclut|compte|includes?|included|brings together|gathers)\s|\b(?:investors|investisseurs)\b[^.;:]{0,30}?\b(?:include|included|incluent|comprennent|sont)\s`,
  'g',
);
/** "A mène le tour (de table)", "A leads the round": the lead is the name before the verb. */
const LEADS =
  /\b(?:mene|menent|conduit|conduisent|pilote|pilotent|a mene|a conduit|a pilote|leads|led)\s+(?:le|la|this|the)\s*(?:tour|levee|round)\b/g;
/** "rejoint par B et C", "accompagné de B", "joined by B": the followers after the lead. */
const FOLLOWERS =
  /^[^.;]{0,60}?\b(?:rejointe?s? par|suivie? par|accompagnee? (?:par|de|du|des)|aux cotes (?:de|du|des|d')|avec|joined by|alongside|with)\s/;
/** "le tour de table, mené par A, …", "a round led by A": the lead after the passive verb. */
const LED_BY = new RegExp(String.raw`${ROUND_NOUN.source}[^.;:]{0,60}?\b(?:menee? par|conduite? par|pilotee? par|led by)\s`, 'g');

/** The investors a sentence names for a fundraising without an amount next to them (the amount may come in another sentence). */
export function roundInvestors(view: SentenceView): RoundInvestors | undefined {
  const at = (index: number) => view.reading.sentence.start + index;
  for (const match of matchesOf(GATHERS, view.folded)) {
    const first = mentionAfter(view, at(match.index + match[0].length), 40, 'ACTOR');
    if (first)
      return {
        investors: organisations(listFrom(view, first, 'ACTOR')),
        raiser: raiserIn(view, at(match.index), at(match.index + match[0].length)),
      };
  }
  for (const match of matchesOf(LEADS, view.folded)) {
    const lead = mentionBefore(view, at(match.index), 60, 'ACTOR');
    if (!lead) continue;
    const investors = [lead];
    const rest = view.folded.slice(match.index + match[0].length);
    const followers = FOLLOWERS.exec(rest);
    const first = followers && mentionAfter(view, at(match.index + match[0].length + followers.index + followers[0].length), 30, 'ACTOR');
    if (first) investors.push(...listFrom(view, first, 'ACTOR'));
    return { investors: organisations(investors), raiser: raiserIn(view, at(match.index), at(match.index + match[0].length)) };
  }
  for (const match of matchesOf(LED_BY, view.folded)) {
    const first = mentionAfter(view, at(match.index + match[0].length), 40, 'ACTOR');
    if (first)
      return {
        investors: organisations(listFrom(view, first, 'ACTOR')),
        raiser: raiserIn(view, at(match.index), at(match.index + match[0].length)),
      };
  }
  return undefined;
}

/** Whether a cue at this offset of the sentence speaks of a fundraising ("le tour de table réunit …"): its names are investors, not partners. */
export function aboutRound(view: SentenceView, offset: number): boolean {
  return ROUND_NOUN.test(textBetween(view, view.reading.sentence.start, offset)) || /\binvestisseurs|investors\b/.test(view.folded);
}

/** The company a round names as its own: "le tour de table de X", "la levée de X" (between the noun and the verb). */
function raiserIn(view: SentenceView, from: number, to: number): Mention | undefined {
  const named = view.mentions.find((m) => m.start >= from && m.end <= to && m.target === 'ACTOR' && m.kind !== 'PERSON');
  return named && /\b(?:de|du|d')\s*(?:la |le |l')?(?:\S+\s+){0,2}$/.test(textBetween(view, from, named.start)) ? named : undefined;
}

/** People are no investors of a round in the graph; their companies are. */
function organisations(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.kind !== 'PERSON');
}
