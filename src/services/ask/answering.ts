import type { ActorFilterInput } from '../../db/directory';
import type { FundingFilterInput, FundingPeriodInput } from '../../db/cypher/funding';
import type { ActorRow, EntityRow, FigureRow, FundingRow, FundingTotalRow, PartnerSuggestionRow, TiedActorRow } from '../../db/rows';
import { ACTOR_FIGURES, ACTOR_TIES, PROGRAMME_FIGURES } from '../../db/ties';
import { ACTOR_KINDS, type ActorKind, PROGRAMME_KINDS, SEARCHABLE_TIE_TYPES, type TieType } from '../../domain/model';
import type { ServiceContext } from '../context';
import { actorsMatching } from '../directory';
import { type FundingOverview, fundingOverview, fundingProgramme, fundingSharing, narrowedFundingOverview, sharingNote } from '../funding';
import { sameAmount } from './askedAmount';
import { type AskedPeriod, type FundingConstraints, PUBLIC_FUNDER_KINDS, projectWordsOf, saysFunderNature } from './fundingConstraints';
import { PAGE_SIZE, PATH_HOPS, TIED_TO_HOPS } from '../../domain/limits';
import { findPartners, findPaths, findTied, search, type SearchLabel } from '../graphSearch';
import type { AskOperationName, AskResultRow } from './interpretation';
import { asksForParts, asksHistory, asksWholeHistory, MOVE_WORDS, type QuestionReader, WHEN_WORDS } from './reading';
import { phraseKey } from './text';
import { enumValue, int, list, object, printOneLine, query, selection, string, type Value } from './structuredQuery';

/** Answering a question once read: runs its operation through the services and shows the structured query giving the same result. */

/** Hops used when a question asks for actors tied to a node (as tiedTo's default). */
export const TIED_HOPS = TIED_TO_HOPS.default;
/** Hops used when a list comes back empty and is widened to actors tied to its place or domain. */
export const WIDENED_HOPS = 2;
/** Hops of a path between two names (as paths' default). */
const ALL_LABELS: SearchLabel[] = ['Actor', 'Programme', 'Domain', 'Place'];

/** The fixed selections of each structured query. */
const SELECTIONS = {
  search: selection('{ score node { id name } }'),
  actors: selection('{ nodes { id name kind } }'),
  tiedTo: selection('{ actor { id name } score path { nodes { id name } edges { label sources { quote } } } }'),
  paths: selection('{ length nodes { id name } edges { label sources { quote } } }'),
  fundingSummary: selection(
    '{ group { id name } totalEur undatedExcluded noInstrumentExcluded fundings { amountEur sharingNote date period programme { name } sources { quote } } }',
  ),
  partnerSuggestions: selection('{ actor { id name } score reasons { text } }'),
  location: selection('{ id name location { place { id name } department { name } sources { quote } } }'),
  figures: selection('{ id name figures { metric value qualifier date sources { quote } } }'),
};

/** What running a question's operation gave. */
export interface Answer {
  understood: boolean;
  /** The operation that answered, when not the one the question was read as (an investor question answered by fundings). */
  operation?: AskOperationName;
  /** The structured query giving the same result, when there is one. */
  graphql: string | null;
  rows: Partial<AskResultRow>;
}

interface Asked {
  sc: ServiceContext;
  reader: QuestionReader;
  first: number;
  /** The periods and instruments the question names: FUNDING applies them, other operations leave them unapplied. */
  constraints: FundingConstraints;
}

const NOT_UNDERSTOOD: Answer = { understood: false, graphql: null, rows: {} };

/** Runs the operation a question was read as; not understood when there is none or a name was ambiguous. */
export function answer(
  sc: ServiceContext,
  reader: QuestionReader,
  operation: AskOperationName | null,
  first: number,
  constraints: FundingConstraints = { periods: [], instruments: [] },
): Promise<Answer> {
  if (operation === null) return Promise.resolve(NOT_UNDERSTOOD);
  if (reader.ambiguities.length > 0)
    return operation === 'FUNDING' ? fundingOfFunderAmong({ sc, reader, first, constraints }) : Promise.resolve(NOT_UNDERSTOOD);
  return OPERATIONS[operation]({ sc, reader, first, constraints });
}

/**
 * `combien le département a donné à LFB`: a funder named vaguely (several départements) with its recipient named; when only
 * one of the bodies it may be funded the recipient, that one is meant, and the answer says so. Otherwise the choice stays.
 */
async function fundingOfFunderAmong(asked: Asked): Promise<Answer> {
  const { sc, reader } = asked;
  const ambiguity = reader.ambiguities[0];
  const subject = reader.subject;
  if (reader.ambiguities.length !== 1 || ambiguity?.role !== 'FUNDER' || !subject || reader.everyRecipient) return NOT_UNDERSTOOD;
  const funders = await Promise.all(
    ambiguity.candidates.map(async (candidate) => {
      const given = await fundingOverview(sc, { node: subject, funder: candidate.id, first: 1 });
      return given && given.fundings.length > 0 ? candidate : null;
    }),
  );
  const funding = funders.filter((funder) => funder !== null);
  if (funding.length !== 1) return NOT_UNDERSTOOD;
  reader.ambiguities.splice(0, 1);
  reader.fundedBy = funding[0]!;
  reader.note('funderAmongCandidates', { words: ambiguity.text, name: nameOf(funding[0]!), recipient: nameOf(subject) });
  return answerFunding(asked);
}

const OPERATIONS: Record<AskOperationName, (asked: Asked) => Promise<Answer>> = {
  SEARCH: answerSearch,
  ACTORS: answerActors,
  TIED_TO: answerTiedTo,
  PATHS: answerPaths,
  FUNDING: answerFunding,
  PARTNER_SUGGESTIONS: answerPartners,
  RELATED: answerRelated,
  LOCATION: answerLocation,
  FIGURES: answerFigures,
};

/** How many actors of a kind a RELATED question about the kind (`qui a labellisé les IHU`) starts from. */
const MAX_RELATED_SUBJECTS = 20;

/** `qui copilote le contrat de filière`, `members of Eurobiomed`: the actors with the asked ties to the node, each with its sourced tie. */
async function answerRelated(asked: Asked): Promise<Answer> {
  const { sc, reader, first } = asked;
  const relation = reader.relation ? programmeParticipation(reader, reader.relation) : null;
  if (!relation) return NOT_UNDERSTOOD;
  const subjects: EntityRow[] = reader.subjectFilter
    ? await actorsMatching(sc, { filter: reader.subjectFilter, first: MAX_RELATED_SUBJECTS })
    : reader.subject
      ? [reader.subject]
      : [];
  if (subjects.length === 0) return NOT_UNDERSTOOD;
  // `de quels fonds se compose le fonds X`: parts named by the whole's own kind are described, not narrowed (a fund's
  // parts may be an agency); any other kind (`quelles entreprises composent le cluster X`) stays a filter.
  const whole = reader.subject && !reader.subjectFilter && 'kind' in reader.subject ? (reader.subject.kind as string) : null;
  const partsAsked = relation.ties.some((type) => type === 'PART_OF' || type === 'MEMBER_OF') && relation.direction !== 'OUT';
  if (whole && partsAsked && reader.kinds.length === 1 && reader.kinds[0] === whole) {
    reader.kinds.length = 0;
    reader.note('partsNamedByKind', { name: nameOf(reader.subject!) });
  }
  // `les sites Pierre Fabre du Tarn`, `les sites Sanofi du Gard`: a place said beside the group (whether it is there itself
  // or only through its sites) narrows the parts asked for to those located there.
  if (asksForParts(relation)) reader.applyPlacesBesideSubject();
  const allTied = await tiedActors({ sc, reader, relation, subjects, first });
  if (reader.places.length > 0 && !asksForParts(relation)) await noteTiedNowhere({ ...asked, relation, subjects });
  // `qui a investi dans X`: investors are its shareholders and its funders; with no shareholder recorded, the funders answer.
  const investorsOf = asksForInvestors(reader) ? reader.subject : null;
  // `historique de X`, `history of X`: its dated ties and the fundings it received are the history the sources give (A23p).
  const historyOf =
    asksWholeHistory(relation) && reader.subject && isActor(reader.subject) && !reader.subjectFilter ? reader.subject : null;
  // `qui a racheté X en 2017`: one period asked filters the ties by the date they began (and the fundings by theirs).
  const period = askedPeriod(asked.constraints);
  const moneyOf = investorsOf ?? historyOf;
  const funders = moneyOf ? await fundersOf(asked, moneyOf, period?.period) : null;
  let tied = period
    ? tiesInPeriod({ reader, tied: allTied, asked: period, investedWithin: await investorsIn(sc, funders?.rows.funding ?? []) })
    : allTied;
  if (historyOf) {
    if (tied.length === 0 && !funders) {
      reader.note('historyNotRecorded', { name: nameOf(historyOf) });
      return NOT_UNDERSTOOD;
    }
    reader.note('historyRead', { name: nameOf(historyOf) });
  }
  if (funders && investorsOf && tied.length === 0) {
    // `quels investisseurs américains ont misé sur X`: the funders are not narrowed by the place the shares were: said back.
    for (const said of reader.readings.filter((r) => r.role === 'PLACE' && r.position >= 0))
      if (!reader.unplaced.includes(said.text)) reader.unplaced.push(said.text);
    reader.note('fundersForInvestors', { name: nameOf(investorsOf!) });
    return funders;
  }
  // `quels IHU ont été labellisés en 2023`: the subjects holding the ties kept (in the period) answer, not the labeller.
  if (relation.holders) tied = holdersOf(tied, subjects);
  const about = reader.subject ? nameOf(reader.subject) : subjects.map(nameOf).join(', ');
  if (asksForParts(relation)) tied = siteKindOfParts(reader, tied);
  // `dans quoi Bpifrance a investi`, `where did Bpifrance invest`: its stakes and the fundings it gave (totals per recipient).
  const given = asksForPortfolio(reader) ? await fundingsGivenBy(asked, reader.subject!, period?.period, reader.kinds) : null;
  if (given && tied.length === 0) {
    reader.note('fundingsForPortfolio', { name: about });
    return given;
  }
  // `qui a investi dans des medtechs`: only the first actors of a wide filter were looked at; finding none among them says
  // nothing of the others, so no empty answer is given as if it were the whole answer.
  if (tied.length === 0 && reader.subjectFilter && subjects.length >= MAX_RELATED_SUBJECTS) {
    reader.note('tooManyToRelate', { count: MAX_RELATED_SUBJECTS });
    return NOT_UNDERSTOOD;
  }
  if (tied.length === 0 && reader.kinds.length > 0 && !reader.subjectFilter && !period && !historyOf)
    tied = await tiedOfAnyKind({ sc, reader, relation, subjects, first });
  if (tied.length === 0) reader.note('noRelated', { name: about });
  // `depuis quand X est membre de Y` with no such tie between the two: no date can answer, so the when-words are said back
  // (PARTIAL), never an empty answer as if the date were given (A23l).
  if (tied.length === 0 && reader.target && reader.whenWords.length > 0 && !period) {
    reader.note('noTieToDate', { name: nameOf(reader.target), other: about });
    reader.unplaced.push(...reader.whenWords.filter((word) => !reader.unplaced.includes(word)));
  }
  if (funders && investorsOf) reader.note('fundersToo', { name: about });
  if (given) reader.note('fundingsGivenToo', { name: about });
  // `depuis quand Sofinnova est actionnaire de Micropep`: the date of each tie listed, or said missing (never another date).
  if (tied.length > 0 && (reader.whenWords.length > 0 || reader.sinceTakeover) && !reader.subjectFilter) noteTieDates(reader, tied, about);
  else if (tied.length > 0 && asksHistory(relation)) noteTimeline(reader, tied, about);
  // `combien de membres compte Eurobiomed`: the ties are counted, and the node's own count figures said beside them.
  const counted = reader.asksCount && reader.subject ? await countFiguresOf(sc, reader.subject) : [];
  if (reader.asksCount && tied.length > 0)
    reader.note(tied.length >= first ? 'tiesCountedAtLeast' : 'tiesCounted', { count: tied.length, name: about });
  // `Nubbo a fait naître combien de startups`: the node's own count figure answers how many (the ties its sources name are
  // most often fewer), the tied actors listed beside it.
  if (reader.asksCount && counted.length > 0 && reader.subject) {
    if (tied.length === 0) reader.note('countFromFigures', { name: about });
    const graphql = printOneLine(query('actor', { id: string(reader.subject.id) }, SELECTIONS.figures));
    return { understood: true, operation: 'FIGURES', graphql, rows: { figures: counted, tied } };
  }
  const rows = { ...funders?.rows, ...given?.rows, tied, ...(counted.length > 0 ? { figures: counted } : {}) };
  return { understood: true, graphql: relatedQuery(reader, relation, first), rows };
}

/**
 * `quel cluster a labellisé X` when X's label came from a pôle: a kind said that leaves no tie may be the asker's word for
 * another kind, or may describe the other end than the one read. The ties of any kind are given with the kind words said
 * back (PARTIAL), never an empty answer as if the sources held none.
 */
async function tiedOfAnyKind(args: Parameters<typeof tiedActors>[0]): Promise<TiedActorRow[]> {
  const { reader, relation, subjects } = args;
  const kinds = reader.kinds.splice(0);
  let tied = await tiedActors(args);
  if (relation.holders) tied = holdersOf(tied, subjects);
  if (tied.length === 0) {
    reader.kinds.push(...kinds);
    return tied;
  }
  const said = reader.readings.filter((r) => r.role === 'KIND' && r.position >= 0).map((r) => r.text);
  for (const word of said) if (!reader.unplaced.includes(word)) reader.unplaced.push(word);
  reader.note('noneOfKindTied', { kinds: said.join(', ') });
  return tied;
}

/**
 * Kinds of site a group's parts are named by (`le centre de recherche de X à Toulouse`, `X's distribution centre`): the words a
 * question asks them with, and the stems a part's name holds when it is one (`Centre de recherche Pierre Fabre de l'Oncopole`).
 * The graph gives a site no kind of its own, so its name is the only evidence; plants are not told apart (most sites make
 * something), so `usines` keeps every part, as before (A23l).
 */
const SITE_KINDS: readonly { asked: readonly string[]; named: readonly string[] }[] = [
  {
    asked: ['centre de recherche', 'centres de recherche', 'centre de r d', 'centre r d', 'site de recherche', 'sites de recherche']
      .concat(['laboratoire de recherche', 'labo de recherche', 'research centre', 'research center', 'research centres'])
      .concat(['research centers', 'r d centre', 'r d center', 'research site', 'research sites', 'lab', 'laboratory']),
    named: ['recherche', 'research', 'r d', 'laborato', 'labo'],
  },
  {
    asked: ['centre de distribution', 'centres de distribution', 'plateforme logistique', 'distribution centre', 'distribution center'],
    named: ['distribution', 'logisti'],
  },
];

/**
 * A group's parts narrowed by the kind of site the question names, read in the parts' names; none named so: every part, the
 * kind said back as not applied (PARTIAL), never another site passed for the one asked.
 */
function siteKindOfParts(reader: QuestionReader, tied: TiedActorRow[]): TiedActorRow[] {
  const said = ` ${phraseKey(
    reader.readings
      .filter((r) => r.role === 'QUESTION')
      .map((r) => r.text)
      .join(' '),
  )} `;
  const kind = SITE_KINDS.find((site) => site.asked.some((words) => said.includes(` ${words} `)));
  if (!kind || tied.length === 0) return tied;
  const named = tied.filter((row) => {
    const name = ` ${phraseKey(nameOf(row.actor))}`;
    return kind.named.some((stem) => name.includes(` ${stem}`));
  });
  if (named.length > 0) return named;
  const words = kind.asked.find((asked) => said.includes(` ${asked} `))!;
  reader.note('siteKindNotNamed', { words });
  reader.unplaced.push(words);
  return tied;
}

/** Words asking what a whole is made of (D23i's composition shapes), not who takes part in it. */
const COMPOSITION_WORDS: ReadonlySet<string> = new Set(
  'volets volet composantes composants compartiments parties briques piliers elements sous compose composent composee comprend consist consists components parts made makes'.split(
    ' ',
  ),
);

/**
 * The subjects at the near end of the ties kept, each once with its tie as the path (a relation asking for `holders`):
 * `IHU labellisés en 2023` lists the IHUs whose LABELLED tie the period kept. Subjects that are no actor are left out.
 */
export function holdersOf(tied: readonly TiedActorRow[], subjects: readonly EntityRow[]): TiedActorRow[] {
  const actors = new Map(
    subjects.filter((s): s is ActorRow => (ACTOR_KINDS as readonly string[]).includes((s as ActorRow).kind)).map((s) => [s.id, s]),
  );
  const held = new Map<string, TiedActorRow>();
  for (const row of tied) {
    const edge = row.path.edges[0];
    if (!edge) continue;
    const subject = actors.get(edge.from === row.actor.id ? edge.to : edge.from);
    if (subject && !held.has(subject.id)) held.set(subject.id, { ...row, actor: subject });
  }
  return [...held.values()];
}

/** The ties by which an actor takes part in a programme: what `participer à`, `take part in`, `membres de` ask of one (A23l). */
/** The ties by which an actor runs a programme: what `who runs`, `qui gère`, `who leads` ask of one. */
const RUNNER_TIES: readonly TieType[] = ['RUNS', 'PILOTS', 'CO_PILOTS', 'LEADS'];

const PROGRAMME_ROLES: readonly TieType[] = ['TAKES_PART_IN', 'PARTNER_IN', 'CARRIES', 'PILOTS', 'CO_PILOTS', 'RUNS'];

/**
 * `qui fait partie de France Relance`, `members of France 2030`: a programme has no members or parts in the graph; those
 * who take part in it are its participants, partners, carriers, pilots and runners, so a members question about a programme
 * asks for those roles (A23l). Any other relation, or a subject that is no programme, is kept.
 */
function programmeParticipation(
  reader: QuestionReader,
  relation: NonNullable<QuestionReader['relation']>,
): NonNullable<QuestionReader['relation']> {
  const subject = reader.subject;
  const isProgramme = subject !== null && 'kind' in subject && (PROGRAMME_KINDS as readonly string[]).includes(subject.kind as string);
  if (!isProgramme || relation.direction === 'OUT' || reader.subjectFilter) return relation;
  // `les volets de France 2030`, `what does X consist of`: its components, not who takes part in it.
  const said = reader.readings.filter((r) => r.role === 'QUESTION').flatMap((r) => phraseKey(r.text).split(' '));
  return programmeRelation(relation, { composition: said.some((word) => COMPOSITION_WORDS.has(word)) });
}

/**
 * The ties a relation asks of a programme (programmeParticipation), pure so that the warm-up plans the same statements:
 * `who runs IA pour la santé`, `qui gère le programme X`, `qui pilote France 2030`: a programme is run by whoever runs or
 * pilots it (its pilot is ANITI), never headed by a person only; runners, pilots and co-pilots all answer (`qui copilote X`
 * alone stays a question about its co-pilots). Its members are those taking part in it in any role, unless its components
 * are asked (`composition`).
 */
export function programmeRelation<R extends { ties: TieType[]; direction: string }>(
  relation: R,
  { composition }: { composition: boolean },
): R {
  if (relation.direction === 'OUT') return relation;
  if (relation.ties.every((type) => RUNNER_TIES.includes(type)) && relation.ties.some((type) => type !== 'CO_PILOTS'))
    return { ...relation, ties: [...new Set([...relation.ties, ...RUNNER_TIES])], direction: 'IN' };
  const membership = (type: TieType) => type === 'MEMBER_OF' || type === 'PART_OF';
  if (!relation.ties.some(membership) || !relation.ties.every((type) => membership(type) || PROGRAMME_ROLES.includes(type)))
    return relation;
  if (composition) return relation;
  return { ...relation, ties: [...new Set([...relation.ties, ...PROGRAMME_ROLES])], direction: 'IN' };
}

/**
 * `partenaires chinois de X`, `X's partners in China`: the place filters the tied actors by where they are located; those the
 * graph places nowhere can be said neither in nor out of it, so when there are some the place is said back (PARTIAL), with a
 * note naming them (A23j).
 */
async function noteTiedNowhere(
  args: Asked & { relation: NonNullable<QuestionReader['relation']>; subjects: readonly EntityRow[] },
): Promise<void> {
  const { sc, reader, relation, subjects, first } = args;
  const places = reader.places.splice(0);
  const notes = reader.notes.length;
  const everywhere = await tiedActors({ sc, reader, relation, subjects, first });
  reader.notes.splice(notes);
  reader.places.push(...places);
  const located = await sc.loaders.locations.loadMany(everywhere.map((row) => row.actor.id));
  const nowhere = everywhere.filter((_, i) => {
    const locations = located[i];
    return locations !== undefined && !(locations instanceof Error) && locations.length === 0;
  });
  if (nowhere.length === 0) return;
  reader.note('tiedWithoutPlace', { place: nameOf(places[0]!), list: nowhere.map((row) => nameOf(row.actor)).join(', ') });
  const said = reader.readings.find((r) => r.role === 'PLACE')?.text;
  if (said && !reader.unplaced.includes(said)) reader.unplaced.push(said);
}

/**
 * A RELATED question asking when (`depuis quand`, `en quelle année`, `when did`): each tie listed with the date its sources
 * give; when none gives one, the question's when-words are said back as not applied, with a note saying no date is recorded.
 */
function noteTieDates(reader: QuestionReader, tied: readonly TiedActorRow[], about: string): void {
  const tie = (row: TiedActorRow) => {
    const edge = row.path.edges[0]!;
    const from = edge.from === row.actor.id ? nameOf(row.actor) : about;
    const to = edge.from === row.actor.id ? about : nameOf(row.actor);
    return { edge, text: `${from} → ${to} (${edge.type})` };
  };
  const ties = tied.filter((row) => row.path.edges[0]).map(tie);
  const dated = ties.filter(({ edge }) => edge.since || edge.until);
  if (dated.length > 0) {
    const list = dated.map(({ edge, text }) => `${text}${edge.since ? ` : ${edge.since}` : ''}${edge.until ? ` – ${edge.until}` : ''}`);
    reader.note('tieDates', { list: list.join(' ; ') });
    // `depuis son rachat`: the date the owner took the node is given, so the words are applied.
    const since = reader.sinceTakeover === null ? -1 : reader.unplaced.indexOf(reader.sinceTakeover);
    if (since >= 0) reader.unplaced.splice(since, 1);
    return;
  }
  reader.note('noTieDate', { list: ties.map(({ text }) => text).join(' ; ') });
  reader.unplaced.push(...reader.whenWords);
}

/**
 * `qu'est devenu X`, `what happened to X's Toulouse site`: the takeovers and groups of X in the order of their dates (undated
 * last), each with when it began and ended; the ties themselves are the answer's rows (A23k).
 */
function noteTimeline(reader: QuestionReader, tied: readonly TiedActorRow[], about: string): void {
  const events = tied.flatMap((row) => {
    const edge = row.path.edges[0];
    if (!edge) return [];
    const from = edge.from === row.actor.id ? nameOf(row.actor) : about;
    const to = edge.from === row.actor.id ? about : nameOf(row.actor);
    const when = edge.since ?? edge.until ?? '';
    const dates = edge.since || edge.until ? ` : ${edge.since ?? ''}${edge.until ? ` – ${edge.until}` : ''}` : '';
    return [{ when, text: `${from} → ${to} (${edge.type})${dates}` }];
  });
  events.sort((a, b) => (a.when === '' ? 1 : b.when === '' ? -1 : a.when.localeCompare(b.when)));
  reader.note('timeline', { name: about, list: events.map((event) => event.text).join(' ; ') });
}

/** The one period a question names, when its years can be read (two periods, `depuis 2017 … en 2021`, stay unapplied). */
function askedPeriod(constraints: FundingConstraints): (AskedPeriod & { period: FundingPeriodInput }) | null {
  const only = constraints.periods.length === 1 ? constraints.periods[0]! : null;
  return only?.period ? { text: only.text, period: only.period } : null;
}

/**
 * `qui a racheté Vexim en 2017`, `who took a stake in Micropep since 2020`: the ties that began within the period, by the
 * date their sources give (`since`). No tie dated: every tie, the period said back (PARTIAL). Dated ties but none within it:
 * the undated ones, the period said back, or none (the dates said in a note). `fundingsApply`: fundings answered beside the
 * ties applied the period already (investors), so the period counts as applied even when no tie passes.
 */
function tiesInPeriod(args: {
  reader: QuestionReader;
  tied: readonly TiedActorRow[];
  asked: AskedPeriod & { period: FundingPeriodInput };
  /** The funders and co-funders of the fundings dated within the period (investors): an undated stake of theirs counts as within. */
  investedWithin: ReadonlySet<string>;
}): TiedActorRow[] {
  const { reader, tied, asked, investedWithin } = args;
  const fundingsApply = investedWithin.size > 0;
  const began = (row: TiedActorRow) => row.path.edges[0]?.since;
  const dated = tied.filter((row) => began(row));
  // `which group has owned Vexim since 2010`: an owner now asked since a date held it from then on; a tie begun later does
  // not answer (never ANSWERED as if Stryker, owner since 2017, had owned it since 2010).
  const from = asked.period.from;
  const heldSince = reader.relation?.reversed && from && !asked.period.to;
  const answers = (since: string) => (heldSince ? since.slice(0, from.length) <= from : dateWithin(since, asked.period));
  const within = tied.filter((row) => (began(row) ? answers(began(row)!) : investedWithin.has(row.actor.id)));
  const undated = tied.filter((row) => !began(row) && !within.includes(row));
  const describe = (rows: readonly TiedActorRow[]) =>
    rows.map((row) => `${nameOf(row.actor)} (${row.path.edges[0]!.type}${began(row) ? ` : ${began(row)}` : ''})`).join(' ; ');
  const applied = () => {
    const at = reader.unplaced.indexOf(asked.text);
    if (at >= 0) reader.unplaced.splice(at, 1);
  };
  if (fundingsApply) applied();
  if (tied.length === 0) return [];
  if (dated.length === 0 && !fundingsApply) {
    reader.note('tiePeriodNotRecorded', { period: asked.text });
    return [...tied];
  }
  if (within.length > 0 || fundingsApply) {
    applied();
    if (within.length > 0) reader.note('tiePeriodApplied', { period: asked.text });
    if (undated.length > 0) reader.note('tieUndatedExcluded', { count: undated.length, list: describe(undated) });
    return within;
  }
  // No tie within the period: the sources' dates may be an announcement's or a closing's, so the ties are given with their
  // dates in a note and the period said back as not applied (PARTIAL), never an empty answer as if none had been.
  reader.note(undated.length > 0 ? 'tiePeriodNoneUndated' : 'tiePeriodNone', { period: asked.text, list: describe(dated) });
  return [...tied];
}

/** The ids of the funders and co-funders of some fundings (`Redmile Group`, with `Invus` and `Sofinnova Partners`). */
async function investorsIn(sc: ServiceContext, fundings: readonly FundingRow[]): Promise<ReadonlySet<string>> {
  const sharings = await Promise.all(fundings.map((funding) => fundingSharing(sc, funding)));
  return new Set(
    sharings.flatMap((sharing) => [...(sharing.funder ? [sharing.funder.id] : []), ...sharing.cofunders.map((actor) => actor.id)]),
  );
}

/** Figures that count the actors a node gathers (companies, organisations), said beside the ties a count question lists. */
const COUNT_METRICS: ReadonlySet<string> = new Set(['COMPANIES', 'STRUCTURES', 'NEW_COMPANIES']);

async function countFiguresOf(sc: ServiceContext, node: EntityRow): Promise<FigureRow[]> {
  return (await figuresOf(sc, node)).filter((figure) => COUNT_METRICS.has(figure.metric));
}

/** The actors tied to the subjects as a RELATED question asks (ties, direction, the other end when named). */
async function tiedActors(args: {
  sc: ServiceContext;
  reader: QuestionReader;
  relation: NonNullable<QuestionReader['relation']>;
  subjects: readonly EntityRow[];
  first: number;
}): Promise<TiedActorRow[]> {
  const { sc, reader, relation, subjects, first } = args;
  const excludeTies = excludedTies(relation);
  const byActor = new Map<string, TiedActorRow>();
  const present = reader.asksPresent();
  const ended = new Set<string>();
  // `les sites de Sanofi`: asked in the present (no when-word), a part or member whose tie has ended is no longer one.
  const partsNow = asksForParts(relation) && reader.whenWords.length === 0;
  const former: string[] = [];
  for (const subject of subjects) {
    const tied = await findTied(sc, { anchor: subject.id, filter: reader.filter(), excludeTies, maxHops: 1, first: first * 4 });
    for (const row of tied) {
      const edge = row.path.edges[0];
      const pointsAtSubject = edge?.to === subject.id;
      if (!edge) continue;
      // A reversed tie points the other way (`à qui appartient {a}`: {a} is PART_OF its owner).
      const reversed = relation.reversed?.includes(edge.type) ?? false;
      // A partnership is recorded from one side only: `travaille avec qui` reads it either way.
      if (relation.direction !== 'BOTH' && pointsAtSubject !== ((relation.direction === 'IN') !== reversed)) continue;
      // Questions with reversed ties ask who owns {a}: a tie that has ended is a former owner, not an answer. So with a
      // word asking for the present (`hébergées aujourd'hui`): a tie that has ended is history.
      // `X a cédé quoi`: only what X no longer holds.
      if (relation.ended) {
        if (!edge.until) continue;
      } else if (edge.until && (relation.reversed || present)) {
        if (present) ended.add(row.actor.id);
        continue;
      } else if (partsNow && pointsAtSubject && edge.until && (edge.type === 'PART_OF' || edge.type === 'MEMBER_OF')) {
        former.push(`${nameOf(row.actor)} (${edge.until})`);
        continue;
      }
      // Two ties to one actor (`date du rachat de X par Y`: a takeover and a stake): the one the relation names first.
      // Holders asked (`IHU labellisés`): one labeller ties several subjects, each of them an answer.
      const key = relation.holders ? `${subject.id}|${row.actor.id}` : row.actor.id;
      const known = byActor.get(key);
      if (!known || tieRank(relation, edge.type) < tieRank(relation, known.path.edges[0]!.type)) byActor.set(key, row);
    }
  }
  for (const row of byActor.values()) ended.delete(row.actor.id);
  if (ended.size > 0) reader.note('endedTiesLeftOut', { count: ended.size });
  if (former.length > 0) reader.note('formerParts', { list: [...new Set(former)].join(', ') });
  // `depuis quand Evotec possède …`: only the actor named as the other end.
  const target = reader.target;
  return [...byActor.values()].filter((row) => !target || row.actor.id === target.id).slice(0, first);
}

/** Where a tie type stands among those a relation asks about (its own ties first, then those read the other way). */
function tieRank(relation: NonNullable<QuestionReader['relation']>, type: TieType): number {
  const at = [...relation.ties, ...(relation.reversed ?? [])].indexOf(type);
  return at < 0 ? Number.MAX_SAFE_INTEGER : at;
}

/** Every tie type but those a relation asks about. */
function excludedTies(relation: NonNullable<QuestionReader['relation']>): string[] {
  const asked = [...relation.ties, ...(relation.reversed ?? [])];
  return SEARCHABLE_TIE_TYPES.filter((type) => !asked.includes(type as TieType));
}

/** The tiedTo query giving a RELATED answer about one named node; null for a kind of actors. */
function relatedQuery(reader: QuestionReader, relation: NonNullable<QuestionReader['relation']>, first: number): string | null {
  if (!reader.subject || reader.subjectFilter) return null;
  const excludeTies = excludedTies(relation);
  return printOneLine(
    query(
      'tiedTo',
      { ...anchorArgument(reader.subject), maxHops: int(1), excludeTies: list(excludeTies.map(enumValue)), first: int(first) },
      SELECTIONS.tiedTo,
    ),
  );
}

/**
 * True when the question asks who put money into one actor (`qui a investi dans`, `qui a mis des sous dans`, `who backs`):
 * shares held in it (HOLDS_SHARES_IN pointing at it) and fundings it received both answer, whichever the question's words lean to.
 */
function asksForInvestors(reader: QuestionReader): boolean {
  const relation = reader.relation;
  return (
    relation !== undefined &&
    relation.direction === 'IN' &&
    !relation.reversed &&
    relation.ties.length === 1 &&
    relation.ties[0] === 'HOLDS_SHARES_IN' &&
    reader.subject !== null &&
    isActor(reader.subject) &&
    !reader.subjectFilter &&
    !reader.target &&
    !reader.fundedBy &&
    !reader.everyRecipient &&
    reader.kinds.length === 0
  );
}

/**
 * True when the question asks where an actor put its money (`dans quoi X a investi`, `X's portfolio`): its stakes
 * (HOLDS_SHARES_IN from it) and the fundings it gave both answer. Not with a kind asked of the companies (`quelles boîtes`):
 * fundings go to bodies of every kind.
 */
function asksForPortfolio(reader: QuestionReader): boolean {
  const relation = reader.relation;
  return (
    relation !== undefined &&
    relation.direction === 'OUT' &&
    !relation.reversed &&
    relation.ties.join() === 'HOLDS_SHARES_IN' &&
    reader.subject !== null &&
    isActor(reader.subject) &&
    !reader.subjectFilter &&
    !reader.target &&
    reader.domains.length === 0 &&
    reader.places.length === 0
  );
}

/** The fundings an actor gave, with the totals per recipient (within a period when one is asked, to the kinds asked); null when none is recorded. */
async function fundingsGivenBy(
  asked: Asked,
  funder: EntityRow,
  period?: FundingPeriodInput | null,
  recipientKinds: readonly ActorKind[] = [],
): Promise<Answer | null> {
  // `which start-ups has X backed`: the kind asked keeps the fundings granted to an actor of that kind, as the stakes are kept.
  const overview = await fundingOverview(asked.sc, {
    node: funder,
    given: true,
    period,
    first: Math.min(asked.first * 5, 100),
    ...(recipientKinds.length > 0 ? { recipientKinds } : {}),
  });
  if (!overview || overview.fundings.length === 0) return null;
  return {
    understood: true,
    operation: 'FUNDING',
    graphql: printOneLine(
      query('fundingSummary', { by: enumValue('RECIPIENT'), filter: fundingFilterValue(overview.filter) }, SELECTIONS.fundingSummary),
    ),
    rows: { funding: overview.fundings, fundingByRecipient: overview.byRecipient ?? [], fundingTotalEur: overview.totalEur },
  };
}

/** The funding answer of an investor question about an actor (within a period when one is asked); null when none is recorded. */
async function fundersOf(asked: Asked, subject: EntityRow, period?: FundingPeriodInput | null): Promise<Answer | null> {
  const overview = await fundingOverview(asked.sc, { node: subject, period, first: Math.min(asked.first * 5, 100) });
  if (!overview || overview.fundings.length === 0) return null;
  return {
    understood: true,
    operation: 'FUNDING',
    graphql: printOneLine(
      query('fundingSummary', { by: enumValue('FUNDER'), filter: fundingFilterValue(overview.filter) }, SELECTIONS.fundingSummary),
    ),
    rows: { funding: overview.fundings, fundingByFunder: overview.byFunder, fundingTotalEur: overview.totalEur },
  };
}

/** `où est installé Inits ?`: the actor, whose location says where, with its sources. */
async function answerLocation({ sc, reader, constraints }: Asked): Promise<Answer> {
  const subject = reader.subject;
  if (!subject) return NOT_UNDERSTOOD;
  if (!isActor(subject)) {
    reader.note('locationNeedsActor', { name: nameOf(subject) });
    return NOT_UNDERSTOOD;
  }
  // `X a déménagé ? il est où maintenant`: move words left over by a plain location shape ask for the moves too (A23l); read
  // before a yes-or-no about a past place says its own words back.
  const movesLeft = reader.unplaced.filter((words) =>
    phraseKey(words)
      .split(' ')
      .some((word) => MOVE_WORDS.has(word) && !WHEN_WORDS.has(word)),
  );
  const sitesThere = reader.placeAsked ? await sayWhetherIn({ sc, reader, subject, asked: reader.placeAsked }) : [];
  if (reader.asksMoves || movesLeft.length > 0) await sayMoves(sc, reader, subject, movesLeft);
  const period = askedPeriod(constraints);
  if (period) await sayWhereInPeriod({ sc, reader, subject, asked: period });
  const sinceWhen = reader.unplaced.filter((words) =>
    phraseKey(words)
      .split(' ')
      .every((word) => WHEN_WORDS.has(word)),
  );
  if (sinceWhen.length > 0) await saySince({ sc, reader, subject, words: sinceWhen });
  const graphql = printOneLine(query('actor', { id: string(subject.id) }, SELECTIONS.location));
  return { understood: true, graphql, rows: { actors: [subject, ...sitesThere] } };
}

/**
 * `TWB a déménagé où`, `history of X's sites`: the places the actor is recorded in, in the order of the dates the sources
 * give (came, left). None dated: the places said, and the move words said back (PARTIAL): the graph holds no move.
 */
async function sayMoves(sc: ServiceContext, reader: QuestionReader, subject: EntityRow, movesLeft: readonly string[] = []): Promise<void> {
  const locations = await sc.loaders.locations.load(subject.id);
  const place = (location: (typeof locations)[number]) => location.chain.map((p) => p.name).join(', ');
  const dated = locations.filter((location) => location.since || location.until);
  if (dated.length === 0) {
    reader.note('noMoveRecorded', { name: nameOf(subject), list: locations.map(place).join(' ; ') || '—' });
    reader.unplaced.push(...reader.moveWords.filter((words) => !reader.unplaced.includes(words)));
    return;
  }
  // The dated places answer the move words a plain location shape had left over.
  for (const words of movesLeft) reader.unplaced.splice(reader.unplaced.indexOf(words), 1);
  const when = (location: (typeof locations)[number]) => location.since ?? location.until ?? '';
  const timeline = [...locations]
    .sort((a, b) => (a.until && !b.until ? -1 : !a.until && b.until ? 1 : when(a).localeCompare(when(b))))
    .map((location) =>
      location.since || location.until ? `${place(location)} (${location.since ?? '…'} – ${location.until ?? '…'})` : place(location),
    );
  reader.note('locationTimeline', { name: nameOf(subject), list: timeline.join(' → ') });
}

/**
 * `where was TWB based in 2019` (A23l): the places the actor held within the period, by the dates its sources give (a place
 * with only a start is held from then on, with only an end until then); the period is then applied. No place dated, or none
 * held then by the dates given: said in a note, the period said back (PARTIAL), never a place passed for that year.
 */
async function sayWhereInPeriod(args: {
  sc: ServiceContext;
  reader: QuestionReader;
  subject: EntityRow;
  asked: AskedPeriod & { period: FundingPeriodInput };
}): Promise<void> {
  const { sc, reader, subject, asked } = args;
  const locations = await sc.loaders.locations.load(subject.id);
  const place = (location: (typeof locations)[number]) => location.chain.map((p) => p.name).join(', ');
  const year = (date: string | null | undefined) => (date ? date.slice(0, 4) : null);
  const [from, to] = [year(asked.period.from), year(asked.period.to)];
  const held = locations.filter((location) => {
    if (!location.since && !location.until) return false;
    const since = year(location.since);
    const until = year(location.until);
    return (!since || !to || since <= to) && (!until || !from || until >= from);
  });
  if (held.length === 0) {
    const dated = locations.filter((location) => location.since || location.until);
    reader.note('locationPeriodNotRecorded', {
      name: nameOf(subject),
      period: asked.text,
      list: dated.map((l) => `${place(l)} (${l.since ?? '…'} – ${l.until ?? '…'})`).join(' ; ') || '—',
    });
    return;
  }
  reader.note('locationInPeriod', {
    name: nameOf(subject),
    period: asked.text,
    list: held.map((l) => `${place(l)} (${l.since ?? '…'} – ${l.until ?? '…'})`).join(' ; '),
  });
  const at = reader.unplaced.indexOf(asked.text);
  if (at >= 0) reader.unplaced.splice(at, 1);
}

/**
 * `depuis quand Eurobiomed est installé à Montpellier`: the dates the sources give for the actor's locations (in the place
 * asked, when one is), the when-words then applied; none dated: said, and the words said back (PARTIAL).
 */
async function saySince(args: { sc: ServiceContext; reader: QuestionReader; subject: EntityRow; words: string[] }): Promise<void> {
  const { sc, reader, subject, words } = args;
  const asked = reader.placeAsked?.node.id;
  const locations = (await sc.loaders.locations.load(subject.id)).filter(
    (location) => !asked || location.chain.some((place) => place.id === asked),
  );
  const dated = locations.filter((location) => location.since);
  if (dated.length === 0) {
    reader.note('locationSinceNotRecorded', { name: nameOf(subject) });
    return;
  }
  const list = dated.map((location) => `${location.chain.map((place) => place.name).join(', ')} (${location.since})`).join(' ; ');
  reader.note('locationSince', { name: nameOf(subject), list });
  for (const word of words) reader.unplaced.splice(reader.unplaced.indexOf(word), 1);
}

/** `X est bien à Toulouse ?`: yes or no through the places' hierarchy (a commune is in its département); no place recorded: said. */
async function sayWhetherIn(args: {
  sc: ServiceContext;
  reader: QuestionReader;
  subject: EntityRow;
  asked: NonNullable<QuestionReader['placeAsked']>;
}): Promise<ActorRow[]> {
  const { sc, reader, subject, asked } = args;
  // Every place recorded (a company may be at two addresses): yes when one of them lies in the place asked.
  const locations = await sc.loaders.locations.load(subject.id);
  const values = { name: nameOf(subject), asked: asked.node.name };
  // `Sartorius a un site en Occitanie ?`: a group located elsewhere is there through a site of its own (PART_OF) in the place;
  // one located there has its sites there listed too (`Sanofi a des sites en Occitanie ?`).
  const sites = await sitesIn(sc, subject.id, asked.node.id);
  const locatedThere = locations.some((location) => location.chain.some((place) => place.id === asked.node.id));
  if (sites.length > 0 && !locatedThere) {
    reader.note('placeAskedYesThroughSites', { ...values, sites: sites.map(nameOf).join(', ') });
    return sites;
  }
  if (locations.length === 0) {
    reader.note('placeAskedUnknown', values);
    reader.unplaced.push(asked.text);
    return [];
  }
  const inside = locations.find((location) => location.chain.some((place) => place.id === asked.node.id));
  const where = (inside ?? locations[0]!).chain.map((place) => place.name).join(', ');
  // `X était à Marseille avant ?` (A23l): the sources record where an actor is and sometimes since when, seldom every place it
  // left; a past place not among them is no `no`: said, the past words said back (PARTIAL).
  const past = reader.readings
    .filter((r) => r.role === 'QUESTION')
    .flatMap((r) => r.text.split(/[\s'’-]+/))
    .filter((word) => PAST_WORDS.has(phraseKey(word)));
  if (!inside && past.length > 0) {
    reader.note('pastPlaceNotRecorded', { ...values, where });
    // The place asked, with the past words (one function word alone would be taken for a filler and dropped).
    reader.unplaced.push(`${past.join(' ')} ${asked.text}`);
    return [];
  }
  reader.note(inside ? 'placeAskedYes' : 'placeAskedNo', { ...values, where });
  if (sites.length > 0) reader.note('sitesThereToo', { ...values, sites: sites.map(nameOf).join(', ') });
  return sites;
}

/** The actor's own sites (actors PART_OF it) located in the place or in a place within it. */
async function sitesIn(sc: ServiceContext, actorId: string, placeId: string): Promise<ActorRow[]> {
  const tied = await findTied(sc, {
    anchor: actorId,
    filter: { place: placeId },
    excludeTies: SEARCHABLE_TIE_TYPES.filter((type) => type !== 'PART_OF'),
    maxHops: 1,
    first: PAGE_SIZE.actors,
  });
  return tied.filter((row) => row.path.edges[0]?.type === 'PART_OF' && row.path.edges[0]?.to === actorId).map((row) => row.actor);
}

/** Words asking where an actor was, not where it is (`était`, `avant`, `was`, `before`): A23l. */
const PAST_WORDS: ReadonlySet<string> = new Set(
  'etait etaient trouvait trouvaient avant auparavant precedemment anciennement autrefois was were used before previously originally formerly'.split(
    ' ',
  ),
);

/**
 * `combien de salariés chez Dedienne Santé`, `how big is Evotec`: the node's figures (metric, value, date, with sources),
 * those of the metrics asked when the question names some. Asked metrics the sources give no figure of: the node's other
 * figures, with the words not applied; no figure at all: not understood, with the reason.
 */
async function answerFigures(asked: Asked): Promise<Answer> {
  const { sc, reader } = asked;
  const subject = reader.subject;
  if (!subject) return NOT_UNDERSTOOD;
  // `combien d'emplois vont être créés chez X`: jobs to be created, not when X was created.
  if (reader.asksFounding && reader.futureWords.length === 0) return answerFounding(asked, subject);
  // `combien d'emplois dans la bioproduction en Occitanie`: a domain's figures are those of the sector node working in it.
  // `effectif et chiffre d'affaires de X` (family 41): both metrics asked.
  reader.readMetricsSaidApart();
  const sector = subject._labels?.includes('Domain') ? await sectorOfDomain(sc, subject) : null;
  if (subject._labels?.includes('Domain') && !sector) return noSectorFigures(reader, subject);
  if (sector) reader.note('sectorFigures', { domain: nameOf(subject), name: nameOf(sector) });
  const all = await figuresOf(sc, sector ?? subject);
  const metrics = reader.metrics;
  // `combien de personnes X va embaucher`: people hired are jobs, so its jobs figures answer as much as its headcount.
  const hiring = reader.asksHiring && metrics.some((metric) => metric.metric === 'EMPLOYEES');
  const ofMetric =
    metrics.length > 0
      ? all.filter((figure) => metrics.some((metric) => metric.metric === figure.metric) || (hiring && figure.metric === 'JOBS'))
      : all;
  // `Evotec jobs`, `emplois chez X`: an actor's jobs are its staff; with no jobs figure recorded, its headcount answers (A23p).
  const staffForJobs =
    ofMetric.length === 0 && isActor(subject) && metrics.some((metric) => metric.metric === 'JOBS')
      ? all.filter((figure) => figure.metric === 'EMPLOYEES')
      : [];
  if (staffForJobs.length > 0) reader.note('jobsAsStaff', { name: nameOf(subject) });
  const matching = staffForJobs.length > 0 ? staffForJobs : ofMetric;
  if (all.length === 0 && isSector(subject)) return noSectorFigures(reader, subject);
  if (all.length === 0) {
    reader.note('noFigures', { name: nameOf(subject) });
    return NOT_UNDERSTOOD;
  }
  if (matching.length === 0) {
    // The metric asked is not recorded: the other figures, with the metric's words said back as not applied.
    reader.note('noFigureOfMetric', { name: nameOf(subject), words: metrics.map((metric) => metric.text).join(', ') });
    for (const metric of metrics) reader.unplaced.push(metric.text);
  } else if (metrics.length > 1 && staffForJobs.length === 0 && !hiring) {
    // `effectif et chiffre d'affaires de X` (family 41): a metric asked beside another one, with no figure, is said missing.
    const none = metrics.filter((asked) => !matching.some((figure) => figure.metric === asked.metric));
    if (none.length > 0) reader.note('noFigureOfMetric', { name: nameOf(subject), words: none.map((asked) => asked.text).join(', ') });
    for (const asked of none) reader.unplaced.push(asked.text);
  }
  const period = askedPeriod(asked.constraints);
  const recorded = matching.length > 0 ? matching : all;
  // `emplois prévus` (A23p) and `va créer` (A23q): both ask for what the sources give as targets.
  const given = futureFigures(reader, reader.planned ? plannedFigures(reader, recorded, subject) : recorded);
  const figures = (period ? figuresInPeriod(reader, given, period) : [...given]).sort(
    (x, y) => x.metric.localeCompare(y.metric) || (y.date ?? '').localeCompare(x.date ?? ''),
  );
  const root = subject._labels?.includes('Programme') ? 'programme' : 'actor';
  const graphql = printOneLine(query(root, { id: string((sector ?? subject).id) }, SELECTIONS.figures));
  return { understood: true, graphql, rows: { figures } };
}

/**
 * `emplois prévus chez X`, `jobs to be created by X`: the figures the sources give as targets; none: every figure given, the plan
 * words said back (PARTIAL), never a recorded figure passed for a planned one (A23p).
 */
function plannedFigures(reader: QuestionReader, figures: readonly FigureRow[], subject: EntityRow): FigureRow[] {
  const words = reader.planned!;
  const targets = figures.filter((figure) => figure.qualifier === 'TARGET');
  if (targets.length === 0) {
    reader.note('plannedFigureNone', { name: nameOf(subject), words });
    return [...figures];
  }
  reader.unplaced.splice(reader.unplaced.indexOf(words), 1);
  reader.note('plannedFigureApplied', { name: nameOf(subject), words });
  return targets;
}

/**
 * `combien d'emplois Evotec va créer`: what is to come is a figure the sources give as a target (`qualifier` TARGET); those
 * answer. None: every figure, each of what was (a count is no promise), the future words said back (PARTIAL), with a note.
 */
function futureFigures(reader: QuestionReader, figures: readonly FigureRow[]): FigureRow[] {
  const future = reader.futureWords;
  if (future.length === 0) return [...figures];
  const { kept, notKept } = targetsOnly(figures);
  if (kept.length > 0) {
    reader.note('futureFromTargets');
    return kept;
  }
  // `combien d'emplois va créer Inits`: jobs given with no date are a project's jobs (the sources say what it creates, not
  // that the jobs were counted at a date), so they answer what is to come; a dated count says only what was.
  const undatedJobs = notKept.filter((figure) => figure.metric === 'JOBS' && !figure.date);
  if (undatedJobs.length > 0) {
    reader.note('futureFromUndatedJobs');
    return undatedJobs;
  }
  reader.note('futureNotRecorded');
  for (const word of future) if (!reader.unplaced.includes(word)) reader.unplaced.push(word);
  return notKept;
}

/** The figures the sources give as targets (what is to come), and the others. */
export function targetsOnly(figures: readonly FigureRow[]): { kept: FigureRow[]; notKept: FigureRow[] } {
  return { kept: figures.filter((f) => f.qualifier === 'TARGET'), notKept: figures.filter((f) => f.qualifier !== 'TARGET') };
}

/**
 * `CA de WeFight en 2022`: the figures dated within the period asked. None dated: all of them, the period said back
 * (PARTIAL); dated but none within: all with their dates in a note, the period said back, never an empty answer.
 */
function figuresInPeriod(
  reader: QuestionReader,
  figures: readonly FigureRow[],
  asked: AskedPeriod & { period: FundingPeriodInput },
): FigureRow[] {
  const within = figures.filter((figure) => figure.date && dateWithin(figure.date, asked.period));
  if (within.length > 0) {
    const at = reader.unplaced.indexOf(asked.text);
    if (at >= 0) reader.unplaced.splice(at, 1);
    reader.note('figurePeriodApplied', { period: asked.text });
    return within;
  }
  const dated = figures.filter((figure) => figure.date);
  if (dated.length === 0) reader.note('figurePeriodNotRecorded', { period: asked.text });
  else
    reader.note('figurePeriodNone', { period: asked.text, list: dated.map((figure) => `${figure.metric} : ${figure.date}`).join(' ; ') });
  return [...figures];
}

/**
 * `chiffre d'affaires du secteur numérique en santé`: a sector (or a domain) the sources give no figure for. The answer says
 * so, with the metric words (else the question's words) not applied: partial, never another figure.
 */
function noSectorFigures(reader: QuestionReader, subject: EntityRow): Answer {
  reader.note('noSectorFigures', { name: nameOf(subject) });
  const asked = reader.metrics.length > 0 ? reader.metrics.map((metric) => metric.text) : [];
  reader.unplaced.push(...(asked.length > 0 ? asked : reader.readings.filter((r) => r.role === 'QUESTION').map((r) => r.text)));
  return { understood: true, graphql: null, rows: { figures: [] } };
}

const isSector = (node: EntityRow): boolean => 'kind' in node && node.kind === 'INDUSTRY_SECTOR';

/** The one sector node (INDUSTRY_SECTOR) working in a domain, that holds figures; null when none or several. */
async function sectorOfDomain(sc: ServiceContext, domain: EntityRow): Promise<EntityRow | null> {
  const tied = await findTied(sc, { anchor: domain.id, filter: { kinds: ['INDUSTRY_SECTOR'] }, maxHops: 1, first: 5 });
  const sectors = tied.map((row) => row.actor);
  const withFigures = (await Promise.all(sectors.map(async (node) => ((await figuresOf(sc, node)).length > 0 ? node : null)))).filter(
    (node) => node !== null,
  );
  return withFigures.length === 1 ? withFigures[0]! : null;
}

/**
 * `quand a été créée Inits`, `how old is Evotec`: the date the sources give for the actor's founding (a programme's start),
 * said in a note with the node itself; with none recorded, the node with the founding words said back as not applied (never
 * another date).
 */
async function answerFounding({ reader }: Asked, subject: EntityRow): Promise<Answer> {
  const date = foundingDateOf(subject);
  const root = isActor(subject) ? 'actor' : subject._labels?.includes('Programme') ? 'programme' : null;
  const graphql = root
    ? printOneLine(
        query(root, { id: string(subject.id) }, selection(root === 'actor' ? '{ id name foundedIn }' : '{ id name since period }')),
      )
    : null;
  if (!date) {
    reader.note('noFoundingDate', { name: nameOf(subject) });
    for (const row of reader.readings) if (row.role === 'QUESTION') reader.unplaced.push(row.text);
    return { understood: true, graphql, rows: { actors: isActor(subject) ? [subject] : [] } };
  }
  // `fondé quand et par qui`: the date answers when, not who founded it.
  const who = reader.whoWord;
  if (who) reader.unplaced.push(who);
  const years = new Date().getUTCFullYear() - Number(date.slice(0, 4));
  reader.note('foundedIn', { name: nameOf(subject), date, years });
  return { understood: true, graphql, rows: { actors: isActor(subject) ? [subject] : [] } };
}

/** When a node was founded or started, as precise as the sources say: an actor's `founded`, a programme's `since`. */
function foundingDateOf(node: EntityRow): string | null {
  if ('founded' in node && typeof node.founded === 'string') return node.founded;
  if (node._labels?.includes('Programme') && 'since' in node && typeof node.since === 'string') return node.since;
  return null;
}

async function answerSearch({ sc, reader, first, constraints }: Asked): Promise<Answer> {
  const subject = reader.subject;
  if (!subject) return NOT_UNDERSTOOD;
  // `le nouveau site d'Evotec`: a name found among words naming an event; the event is no node, so it is said back.
  noteEventsNotApplied({ reader, events: constraints.events ?? [], named: [subject] });
  const text = nameOf(subject);
  const hits = await search(sc, { text, labels: ALL_LABELS, filter: {}, first });
  const types = list(['ACTOR', 'PROGRAMME', 'DOMAIN', 'PLACE'].map(enumValue));
  return {
    understood: true,
    graphql: printOneLine(query('search', { text: string(text), filter: object({ types }), first: int(first) }, SELECTIONS.search)),
    rows: { hits },
  };
}

async function answerActors({ sc, reader, first, constraints }: Asked): Promise<Answer> {
  const filter = reader.filter();
  const graphql = printOneLine(query('actors', { filter: filterValue(filter), first: int(first) }, SELECTIONS.actors));
  if (reader.sitesOnly) return answerSites({ sc, reader, filter, first, graphql });
  // `quelle entreprise a le plus de salariés`, `biggest employers in Toulouse`: the list ranked by the figure named.
  const ranking = reader.superlative || reader.rankBy ? reader.rankingMetric() : null;
  if (ranking) return answerRankedByFigure({ sc, reader, filter, first, graphql, ranking });
  // `entreprises financées par la Région en 2021`: the funder's recipients of that period only.
  const period = askedPeriod(constraints);
  if (reader.fundedBy && filter.fundedBy && period) return answerFundedWithin({ sc, reader, filter, first, graphql, period });
  const actors = await actorsMatching(sc, { filter, first });
  const anchor = reader.places[0] ?? reader.domains[0];
  if (actors.length > 0 || !anchor) return { understood: true, graphql, rows: { actors } };
  // Nothing sits there or works on it directly: the actors tied to it say who is involved.
  const widened = {
    ...filter,
    place: anchor === reader.places[0] ? undefined : filter.place,
    domains: anchor === reader.domains[0] ? filter.domains?.slice(1) : filter.domains,
  };
  const tied = await findTied(sc, { anchor: anchor.id, filter: widened, maxHops: WIDENED_HOPS, first });
  reader.note(tied.length > 0 ? 'widenedToTiedActors' : 'noneTiedEvenWidened', { anchor: anchor.name, hops: WIDENED_HOPS });
  return { understood: true, graphql, rows: { actors, tied } };
}

/**
 * `entreprises financées par la Région en 2021`, `start-ups funded by Bpifrance since 2020`: the actors of the list that the
 * funder's fundings dated within the period went to. Undated fundings cannot be placed in it: left out, counted in a note.
 */
async function answerFundedWithin(args: {
  sc: ServiceContext;
  reader: QuestionReader;
  filter: ActorFilterInput;
  first: number;
  graphql: string;
  period: AskedPeriod & { period: FundingPeriodInput };
}): Promise<Answer> {
  const { sc, reader, filter, first, graphql, period } = args;
  const funder = reader.fundedBy!;
  const given = await fundingOverview(sc, { node: funder, given: true, period: period.period, first: 1 });
  const recipients = new Set((given?.byRecipient ?? []).map((line) => line.group.id));
  const pool = recipients.size > 0 ? await actorsMatching(sc, { filter, first: RANKING_POOL }) : [];
  const actors = pool.filter((actor) => recipients.has(actor.id)).slice(0, first);
  reader.unplaced.splice(reader.unplaced.indexOf(period.text), 1);
  reader.note(actors.length > 0 ? 'fundedWithinPeriod' : 'noneFundedWithinPeriod', { funder: nameOf(funder), period: period.text });
  if ((given?.undatedExcluded ?? 0) > 0) reader.note('undatedExcluded', { count: given!.undatedExcluded });
  return { understood: true, graphql, rows: { actors } };
}

/** Actors looked at for a ranking by a figure (`le plus de salariés`): the list's actors, of which those with the figure are ranked. */
const RANKING_POOL = 500;

/**
 * `quelle entreprise a le plus de salariés`, `the 5 biggest employers in Toulouse`: the actors of the list that the sources give
 * the figure for, ranked by it, largest first (each actor's latest figure; targets are no figure reached), as many as asked
 * (`top 3`). The superlative and the metric are applied; the first values are said in a note. None with the figure: not
 * understood, said so (never an empty list, as if none ranked).
 */
async function answerRankedByFigure(args: {
  sc: ServiceContext;
  reader: QuestionReader;
  filter: ActorFilterInput;
  first: number;
  graphql: string;
  ranking: { metric: string; text: string };
}): Promise<Answer> {
  const { sc, reader, filter, first, graphql, ranking } = args;
  // A sector's figures are the whole sector's (its jobs, its firms): no rival of the actors it counts, unless sectors are asked.
  const pool = (await actorsMatching(sc, { filter, first: RANKING_POOL })).filter(
    (actor) => actor.kind !== 'INDUSTRY_SECTOR' || (filter.kinds ?? []).includes('INDUSTRY_SECTOR'),
  );
  const figures = await Promise.all(pool.map((actor) => sc.loaders.ties<FigureRow>(ACTOR_FIGURES, PAGE_SIZE.ties).load(actor.id)));
  const ranked = pool
    .map((actor, i) => ({ actor, figure: latestFigure(figures[i]!.map((tie) => tie.node).filter((f) => f.metric === ranking.metric)) }))
    .filter((row): row is { actor: ActorRow; figure: FigureRow } => row.figure !== null)
    .sort((x, y) => y.figure.value - x.figure.value || nameOf(x.actor).localeCompare(nameOf(y.actor)))
    .slice(0, Math.min(reader.rankLimit ?? first, first));
  for (const words of [reader.superlative, ranking.text]) {
    const at = words === null ? -1 : reader.unplaced.indexOf(words);
    if (at >= 0) reader.unplaced.splice(at, 1);
  }
  const locale = reader.lang === 'FR' ? 'fr-FR' : 'en-GB';
  const list = ranked
    .slice(0, 5)
    .map(({ actor, figure }) => `${nameOf(actor)} (${figure.value.toLocaleString(locale)}${figure.date ? `, ${figure.date}` : ''})`)
    .join(', ');
  // No actor of the list with the figure: the sources say nothing of who ranks first, which an empty list would not tell.
  if (ranked.length === 0) {
    reader.note('noneWithFigure', { words: ranking.text });
    return NOT_UNDERSTOOD;
  }
  reader.note('rankedByFigure', { words: ranking.text, list });
  if (pool.length >= RANKING_POOL) reader.note('rankedAmongFirst', { count: RANKING_POOL });
  return { understood: true, graphql, rows: { actors: ranked.map((row) => row.actor) } };
}

/** The figure a ranking compares for one actor: its latest dated one (the largest of that date), targets left out; null when none. */
export function latestFigure(figures: readonly FigureRow[]): FigureRow | null {
  const reached = figures.filter((figure) => figure.qualifier !== 'TARGET');
  return [...reached].sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || y.value - x.value)[0] ?? null;
}

/** Companies looked at for a list of sites (`usines dans le Tarn`): the list's companies, of which the sites are kept. */
const SITE_POOL = 300;

/**
 * `quelles usines dans le Tarn`, `factories near Castres`: the companies of the filter that are part of another company (a
 * group's site or subsidiary; PART_OF not ended), with a note saying how a site is told. The graph has no kind for a plant.
 */
async function answerSites(args: {
  sc: ServiceContext;
  reader: QuestionReader;
  filter: ActorFilterInput;
  first: number;
  graphql: string;
}): Promise<Answer> {
  const { sc, reader, filter, first, graphql } = args;
  const companies = await actorsMatching(sc, { filter, first: SITE_POOL });
  const groups = await Promise.all(companies.map((actor) => sc.loaders.ties<ActorRow>(ACTOR_TIES.partOf, PAGE_SIZE.ties).load(actor.id)));
  const sites = companies.filter((_, i) => groups[i]!.some((tie) => !tie.until && tie.node.kind === 'COMPANY')).slice(0, first);
  reader.note(companies.length >= SITE_POOL ? 'sitesAmongFirst' : 'sitesOfGroups', { count: SITE_POOL });
  return { understood: true, graphql, rows: { actors: sites } };
}

async function answerTiedTo({ sc, reader, first }: Asked): Promise<Answer> {
  const subject = reader.subject;
  if (!subject) return NOT_UNDERSTOOD;
  const filter = reader.filter();
  const excludeTies = placeNotTying(subject);
  const domains = filter.domains ?? [];
  // Twice as many read so that the paths left out through a filtered domain do not shorten the page.
  const walked = await findTied(sc, {
    anchor: subject.id,
    filter,
    excludeTies,
    maxHops: TIED_HOPS,
    first: domains.length > 0 ? first * 2 : first,
  });
  const tied = walked.filter((row) => !throughFilteredDomain(row, domains)).slice(0, first);
  const args = {
    ...anchorArgument(subject),
    filter: filterValue(filter),
    maxHops: int(TIED_HOPS),
    ...(excludeTies.length > 0 ? { excludeTies: list(excludeTies.map(enumValue)) } : {}),
    first: int(first),
  };
  return { understood: true, graphql: printOneLine(query('tiedTo', args, SELECTIONS.tiedTo)), rows: { tied } };
}

async function answerPaths({ sc, reader, first }: Asked): Promise<Answer> {
  const { subject, target } = reader;
  if (!subject || !target) return NOT_UNDERSTOOD;
  if (subject.id === target.id) {
    reader.note('sameNode');
    return NOT_UNDERSTOOD;
  }
  const found = await findPaths(sc, {
    from: subject.id,
    to: target.id,
    maxHops: PATH_HOPS.default,
    hubLimit: null,
    first: Math.min(first, 10),
  });
  if (found.length === 0) reader.note('noPath', { from: nameOf(subject), to: nameOf(target), hops: PATH_HOPS.default });
  const args = { from: string(subject.id), to: string(target.id), maxHops: int(PATH_HOPS.default) };
  return { understood: true, graphql: printOneLine(query('paths', args, SELECTIONS.paths)), rows: { paths: found } };
}

/** Ties to a place or a domain: sharing a city or a field with an organisation is not being tied to it. */
export const SHARING_TIES: readonly TieType[] = ['LOCATED_IN', 'WITHIN', 'ACTIVE_IN', 'SUBDOMAIN_OF'];

/** Ties between organisations (members, owners, funders, partners…): every searchable tie but the sharing ones. */
export const ORGANISATION_TIES: TieType[] = SEARCHABLE_TIE_TYPES.filter((type) => !SHARING_TIES.includes(type));

/** Ties to a place: walked through, a city ties an organisation to every actor located in it. */
export const PLACE_TIES: readonly TieType[] = ['LOCATED_IN', 'WITHIN'];

/**
 * `entreprises de bioproduction liées au Campus Santé du Futur`: actors tied to an organisation or a programme are never
 * reached through the city it is in (every firm of the city would follow); a place asked about still walks its ties.
 */
export function placeNotTying(subject: EntityRow): readonly TieType[] {
  return subject._labels?.includes('Place') ? [] : PLACE_TIES;
}

/**
 * Nor through a domain the question filters by: with `de bioproduction` asked, walking through the bioproduction node
 * would tie every bioproduction firm to anything one of them touches. Other domains stay walkable (MedVallée's Immun4Cure
 * works on biotherapies, a field some bioproduction firms share).
 */
function throughFilteredDomain(row: TiedActorRow, domains: readonly string[]): boolean {
  return row.path.nodes.slice(1, -1).some((node) => node._labels?.includes('Domain') && domains.includes(node.id));
}

/** Questions whose funder and recipient were swapped once (never twice). */
const reversedEnds = new WeakSet<QuestionReader>();

async function answerFunding({ sc, reader, first, constraints }: Asked): Promise<Answer> {
  // `combien la Région a mis dans la santé`: the funder's own grants, to every recipient.
  const subject = reader.everyRecipient ? reader.fundedBy : reader.subject;
  if (!subject) return NOT_UNDERSTOOD;
  // One period is applied (two, `depuis 2017 … en 2021`, stay unapplied); any instrument named is.
  const asked = constraints.periods.length === 1 && constraints.periods[0]!.period ? constraints.periods[0]! : null;
  const instruments = [...new Set(constraints.instruments.map((named) => named.instrument))];
  // `dans le cadre de France 2030`: one programme named as the frame of the money filters the fundings (not the programme asked about).
  const framing =
    constraints.programmes?.length === 1 && constraints.programmes[0]!.node.id !== subject.id
      ? constraints.programmes[0]!
      : (reader.fundingProgramme ?? null);
  const constrained = {
    node: subject,
    period: asked?.period,
    instruments,
    first: Math.min(first * 5, 100),
    ...(framing ? { programme: framing.node.id } : {}),
    ...(reader.everyRecipient && reader.recipientKinds.length > 0 ? { recipientKinds: reader.recipientKinds } : {}),
  };
  let overview = reader.everyRecipient
    ? await fundingOverview(sc, { ...constrained, given: true })
    : await fundingOverview(sc, { ...constrained, funder: reader.fundedBy?.id });
  // `subventions de Bpifrance`: an instrument of an actor that received none but gives some is what it gives.
  if (overview?.fundings.length === 0 && instruments.length > 0 && isActor(subject) && !reader.fundedBy) {
    const given = await fundingOverview(sc, { ...constrained, given: true });
    if (given && given.fundings.length > 0) {
      reader.note('fundingGivenInstead', { name: nameOf(subject) });
      overview = given;
    }
  }
  // `à qui la Région a donné de l'argent en 2019`: the subject said before an active giving verb gave; with nothing received, what it gave answers.
  if (overview?.fundings.length === 0 && isActor(subject) && !reader.fundedBy && !reader.everyRecipient && reader.subjectGives()) {
    const given = await fundingOverview(sc, { ...constrained, given: true });
    if (given && given.fundings.length > 0) {
      reader.note('fundingGivenInstead', { name: nameOf(subject) });
      overview = given;
    }
  }
  // `financements de la Région en 2020`: a money noun of an actor that received none, with nothing asking what it received,
  // is what it gave.
  if (overview?.fundings.length === 0 && isActor(subject) && !reader.fundedBy && !reader.everyRecipient && reader.subjectOwnsMoneyNoun()) {
    const given = await fundingOverview(sc, { ...constrained, given: true });
    if (given && given.fundings.length > 0) {
      reader.note('fundingGivenInstead', { name: nameOf(subject) });
      overview = given;
    }
  }
  // `who received the most money from the State`: the subject said as the source of what others received gave; with nothing
  // received, what it gave answers, per recipient (A23w).
  if (overview?.fundings.length === 0 && isActor(subject) && !reader.fundedBy && !reader.everyRecipient && reader.subjectIsSource()) {
    const given = await fundingOverview(sc, { ...constrained, given: true });
    if (given && given.fundings.length > 0) {
      reader.note('fundingGivenInstead', { name: nameOf(subject) });
      overview = given;
    }
  }
  if (!overview) {
    reader.note('fundingNeedsRecipient', { name: nameOf(subject) });
    return NOT_UNDERSTOOD;
  }
  // `combien A a mis dans B` read with the ends the other way round: none from B to A, but some from A to B answers it.
  const funder = reader.fundedBy;
  if (overview.fundings.length === 0 && funder && !reader.everyRecipient && !reversedEnds.has(reader)) {
    const otherWay = await fundingOverview(sc, { ...constrained, node: funder, funder: subject.id });
    if (otherWay && otherWay.fundings.length > 0) {
      reversedEnds.add(reader);
      reader.note('fundingOtherWay', { funder: nameOf(funder), name: nameOf(subject) });
      reader.subject = funder;
      reader.fundedBy = subject;
      return answerFunding({ sc, reader, first, constraints });
    }
  }
  if (framing) overview = await underProgramme({ sc, reader, overview, framing, constrained, subject });
  // `le prêt de l'État à Evotec` where the sources do not say how that funder's money was given: those fundings, the
  // instrument's words said back as not applied (never an empty answer as if none had been given). With no funder named
  // (`prêts pour Inits`), or for `subventions` (public aid of unrecorded form is mostly granted), the instrument stays
  // applied: an empty answer, the fundings of unknown form counted in a note.
  const formUnknown =
    reader.fundedBy !== null &&
    overview.fundings.length === 0 &&
    instruments.length > 0 &&
    !instruments.includes('GRANT') &&
    overview.noInstrumentExcluded > 0;
  if (formUnknown) {
    const anyForm = await fundingOverview(sc, { ...constrained, instruments: [], funder: reader.fundedBy?.id });
    if (anyForm) overview = await narrowedFundingOverview(sc, anyForm, (funding) => !funding.instrument);
    for (const named of constraints.instruments) if (!reader.unplaced.includes(named.text)) reader.unplaced.push(named.text);
    reader.note('instrumentNotRecorded', {
      words: constraints.instruments.map((named) => named.text).join(', '),
      count: overview.fundings.length,
    });
  }
  for (const applied of formUnknown ? [asked?.text] : [asked?.text, ...constraints.instruments.map((named) => named.text)]) {
    const at = applied === undefined ? -1 : reader.unplaced.indexOf(applied);
    if (at >= 0) reader.unplaced.splice(at, 1);
  }
  if (asked) reader.note('periodApplied', { period: asked.text });
  const amountSaid = await ofAmountSaid({ sc, reader, overview, constraints });
  // `la Région a soutenu X à hauteur de 10 millions ?`: with the funder named, an amount the sources do not hold is the very
  // fact asked, which the graph cannot confirm: not understood, never the other amounts as if they answered it.
  if (!amountSaid) return NOT_UNDERSTOOD;
  overview = amountSaid;
  overview = await ofFunderNature({ sc, reader, overview, constraints });
  // `qui a mis le plus d'argent dans X`: the totals come largest first (per recipient for what a funder gave, or gave to a
  // domain or programme: one funder's line would rank nothing); the first is named.
  const perRecipient = overview.byRecipient && (overview.grouping === 'FUNDER' || overview.filter.funder !== undefined);
  const lines = (perRecipient ? overview.byRecipient : null) ?? overview.byFunder;
  const largest = reader.superlative ? lines.find((line) => line.totalEur > 0) : undefined;
  if (reader.superlative && largest) {
    const amount = `${Math.round(largest.totalEur).toLocaleString(reader.lang === 'FR' ? 'fr-FR' : 'en-GB')} €`;
    // A round given with co-funders counts in full on its lead's line: the first is known to have given most only if it
    // stays first with those rounds taken from its line and added to every other line.
    const cofunded = perRecipient ? false : !(await firstWithoutCofundedRounds(sc, lines, largest));
    if (!cofunded) reader.unplaced.splice(reader.unplaced.indexOf(reader.superlative), 1);
    reader.note(perRecipient ? 'largestRecipient' : cofunded ? 'largestFunderCofunded' : 'largestFunder', {
      words: reader.superlative,
      name: nameOf(largest.group),
      amount,
    });
    // `top 3 funders of X`: the first lines only, as many as asked.
    const limit = reader.rankLimit;
    if (limit !== null && lines.length > limit) {
      const kept = lines.slice(0, limit);
      overview = perRecipient ? { ...overview, byRecipient: kept } : { ...overview, byFunder: kept };
      reader.note('rankLimited', { count: limit, total: lines.length });
    }
  }
  // `qui a payé le bâtiment de TWB`: the fundings the sources tie to that project, when some are; else the event is said back.
  const project = await fundingsOfProject({ sc, reader, overview, events: constraints.events ?? [], named: [subject, reader.fundedBy] });
  if (project) overview = project;
  else noteEventsNotApplied({ reader, events: constraints.events ?? [], named: [subject, reader.fundedBy] });
  if (overview.undatedExcluded > 0 && !formUnknown) reader.note('undatedExcluded', { count: overview.undatedExcluded });
  if (overview.noInstrumentExcluded > 0 && !formUnknown) reader.note('noInstrumentExcluded', { count: overview.noInstrumentExcluded });
  // `budget de la stratégie IA`: no funding recorded, but the node's own money figures answer (with a period asked, only
  // figures dated within it; figures carry no instrument, so only an equity word is answered, by funds raised).
  // Funds raised are equity: `Wefight fundraising amount` is answered by that figure.
  // Not when a funder was named: its figures say nothing of what that funder gave.
  const figuresAnswer =
    overview.fundings.length === 0 && !reader.fundedBy && !framing && instruments.every((instrument) => instrument === 'EQUITY');
  // `quel est le budget de X`: the node's budget figure answers as much as the fundings it received.
  const budgetAsked = reader.asksMetric('BUDGET_EUR');
  const money = figuresAnswer || budgetAsked ? await moneyFiguresOf(sc, subject) : [];
  const budgets = budgetAsked ? money.filter(isBudget) : [];
  const figures = [
    ...(figuresAnswer
      ? money.filter(
          (figure) =>
            !budgets.includes(figure) &&
            (instruments.length === 0 || figure.metric === 'FUNDS_RAISED_EUR') &&
            (!asked?.period || datedWithin(figure, asked.period)),
        )
      : []),
    ...budgets,
  ];
  // `le budget de X en 2020`: the budget figure is given whatever its date; the period is applied only when the figure is
  // dated within it, else said back as not applied (never a budget of another year passed off as that year's).
  if (asked?.period && budgets.length > 0 && !budgets.some((figure) => datedWithin(figure, asked.period!))) {
    if (!reader.unplaced.includes(asked.text)) reader.unplaced.push(asked.text);
    const dates = budgets.map((figure) => figure.date ?? (reader.lang === 'FR' ? 'sans date' : 'undated')).join(', ');
    reader.note('budgetOutsidePeriod', { name: nameOf(subject), period: asked.text, dates });
  }
  // `qui a mis des sous dans X`: the actors holding shares in it put money in too (not when a form of money other than equity
  // is asked: shares are equity, `levée de fonds` keeps them). With a period, only the stakes the sources date within it, and
  // those of the funders and co-funders of the fundings dated within it.
  const relation = reader.relation;
  const investors = relation && asksForInvestors(reader) && instruments.every((instrument) => instrument === 'EQUITY');
  const investedWithin = investors && asked?.period ? await investorsIn(sc, overview.fundings) : new Set<string>();
  const stakes = investors ? await tiedActors({ sc, reader, relation, subjects: [subject], first }) : [];
  const shareholders = stakes.filter((row) => {
    const since = row.path.edges[0]?.since;
    return !asked?.period || (since ? dateWithin(since, asked.period) : investedWithin.has(row.actor.id));
  });
  // `qui a investi dans X en 2019` with no funding then and no stake dated then: the stakes' dates may be an announcement's
  // or missing, so the stakes are given as a question of shareholders gives them (dates in a note, the period said back:
  // PARTIAL), never an empty answer as if none had invested (family 39). A round asked (`qui a participé à la levée de X en
  // 2019`) is answered by the rounds: none that year is the answer.
  if (asked?.period && overview.fundings.length === 0 && shareholders.length === 0 && stakes.length > 0 && !reader.namesARound()) {
    if (!reader.unplaced.includes(asked.text)) reader.unplaced.push(asked.text);
    reader.dropNote('periodApplied', { period: asked.text });
    const tied = tiesInPeriod({ reader, tied: stakes, asked: { ...asked, period: asked.period }, investedWithin: new Set() });
    return { understood: true, operation: 'RELATED', graphql: relatedQuery(reader, relation!, first), rows: { tied } };
  }
  if (overview.fundings.length === 0 && shareholders.length > 0) {
    reader.note('shareholdersForInvestors', { name: nameOf(subject) });
    return { understood: true, operation: 'RELATED', graphql: relatedQuery(reader, relation!, first), rows: { tied: shareholders } };
  }
  // Some left out for lacking a date or a form is not none at all: the notes on what was left out say so.
  const leftOut = overview.noInstrumentExcluded + overview.undatedExcluded > 0;
  if (overview.fundings.length === 0 && (figures.length > 0 || !leftOut)) {
    if (figures.length > 0) reader.note('figuresInsteadOfFunding', { name: nameOf(subject) });
    else if (reader.fundedBy) reader.note('noFundingFrom', { name: nameOf(subject), funder: nameOf(reader.fundedBy) });
    // `la levée de X en 2019`: none within the period is not none at all (A23k).
    else if (asked?.period) reader.note('noFundingInPeriod', { name: nameOf(subject), period: asked.text });
    else reader.note('noFunding', { name: nameOf(subject) });
  }
  if (shareholders.length > 0) reader.note('shareholdersToo', { name: nameOf(subject) });
  await noteSharedAmounts(sc, reader, overview.fundings);
  // `budget du programme Y`, `enveloppe de Y`: a question naming a budget stays FUNDING (money, as most askers pin it), its
  // budget figure in `figures`; only size words without money (`combien pèse Y`, `how big is Y`) are FIGURES.
  if (overview.fundings.length > 0 && figures.some(isBudget)) reader.note('budgetFigure', { name: nameOf(subject) });
  // `HealthAge's budget`: an actor's budget is not the money it received; with no budget figure in the sources, the fundings
  // are given and the budget words said back (PARTIAL). A programme's fundings are the money granted under it: its envelope.
  const budgetWords = reader.metricWords('BUDGET_EUR');
  if (budgetWords && budgets.length === 0 && isActor(subject)) {
    if (!reader.unplaced.includes(budgetWords)) reader.unplaced.push(budgetWords);
    reader.note('budgetNotRecorded', { name: nameOf(subject) });
  }
  return {
    understood: true,
    graphql: printOneLine(
      query('fundingSummary', { by: enumValue('FUNDER'), filter: fundingFilterValue(overview.filter) }, SELECTIONS.fundingSummary),
    ),
    rows: {
      funding: overview.fundings,
      fundingByFunder: overview.byFunder,
      fundingByRecipient: overview.byRecipient,
      fundingTotalEur: overview.totalEur,
      figures,
      ...(shareholders.length > 0 ? { tied: shareholders } : {}),
    },
  };
}

/**
 * `le tour de 5,2 M€ de X`, `X's 15 million euro round`: the fundings of the one amount said (give or take rounding), the
 * amount applied; with none of that amount, every funding, the amount said back as not applied (family 40); null when a funder
 * is named and none of its fundings is of that amount.
 */
async function ofAmountSaid(args: {
  sc: ServiceContext;
  reader: QuestionReader;
  overview: FundingOverview;
  constraints: FundingConstraints;
}): Promise<FundingOverview | null> {
  const { sc, reader, overview, constraints } = args;
  const said = constraints.amounts?.length === 1 ? constraints.amounts[0]! : null;
  if (!said || overview.fundings.length === 0) return overview;
  const kept = new Set(
    overview.fundings.filter((funding) => funding.amountEur !== undefined && sameAmount(funding.amountEur, said.eur)).map((f) => f.id),
  );
  if (kept.size === 0) {
    reader.note('amountNotFound', { words: said.text });
    return reader.fundedBy ? null : overview;
  }
  const at = reader.unplaced.indexOf(said.text);
  if (at >= 0) reader.unplaced.splice(at, 1);
  reader.note('amountApplied', { words: said.text });
  return narrowedFundingOverview(sc, overview, (funding) => kept.has(funding.id));
}

/**
 * `aides publiques reçues par Ciloa`, `private investors in X`: the fundings whose funder is of a public kind (public authority,
 * agency), or of another kind; the words applied, with a note saying what counts as public. None of that nature: every funding,
 * the words said back (a fund held by a public body is filed as a fund, so none found is no proof of none given).
 */
async function ofFunderNature(args: {
  sc: ServiceContext;
  reader: QuestionReader;
  overview: FundingOverview;
  constraints: FundingConstraints;
}): Promise<FundingOverview> {
  const { sc, reader, overview, constraints } = args;
  const asked = constraints.funderNature;
  if (!asked || overview.fundings.length === 0) return overview;
  const isPublic = (line: FundingTotalRow) => 'kind' in line.group && PUBLIC_FUNDER_KINDS.includes(String(line.group.kind));
  const lines = overview.byFunder.filter((line) => isPublic(line) === (asked.nature === 'PUBLIC'));
  if (lines.length === 0) {
    reader.note('funderNatureNone', { words: asked.text });
    return overview;
  }
  for (let at = reader.unplaced.length - 1; at >= 0; at--)
    if (phraseKey(reader.unplaced[at]!).split(' ').every(saysFunderNature)) reader.unplaced.splice(at, 1);
  reader.natureApplied = true;
  reader.note(asked.nature === 'PUBLIC' ? 'funderNatureApplied' : 'funderNaturePrivateApplied', {
    words: asked.text,
    names: lines.map((line) => nameOf(line.group)).join(', '),
  });
  const kept = new Set(lines.flatMap((line) => line.fundings.map((funding) => funding.id)));
  return narrowedFundingOverview(sc, overview, (funding) => kept.has(funding.id));
}

/**
 * `combien l'État a donné à Ciloa dans le cadre de France 2030`: the fundings under the programme named (the overview given
 * was read with it). None: when some of the node's fundings (read again without the programme) have no programme recorded,
 * those are the answer, the programme's words said back (PARTIAL); when all went through other programmes, none is the
 * answer and a note names the programmes they went through.
 */
async function underProgramme(args: {
  sc: ServiceContext;
  reader: QuestionReader;
  overview: FundingOverview;
  framing: { text: string; node: EntityRow };
  constrained: Parameters<typeof fundingOverview>[1];
  subject: EntityRow;
}): Promise<FundingOverview> {
  const { sc, reader, overview, framing, constrained, subject } = args;
  const applied = () => {
    const at = reader.unplaced.indexOf(framing.text);
    if (at >= 0) reader.unplaced.splice(at, 1);
  };
  const programme = nameOf(framing.node);
  if (overview.fundings.length > 0) {
    applied();
    reader.note('programmeApplied', { words: framing.text, name: programme });
    return overview;
  }
  const { programme: _programme, ...withoutProgramme } = constrained;
  const anyProgramme = await fundingOverview(sc, {
    ...withoutProgramme,
    ...(reader.everyRecipient ? { given: true } : { funder: reader.fundedBy?.id }),
  });
  if (!anyProgramme || anyProgramme.fundings.length === 0) {
    applied();
    return overview;
  }
  const programmes = await Promise.all(anyProgramme.fundings.map((funding) => fundingProgramme(sc, funding)));
  const unknown = new Set(anyProgramme.fundings.filter((_, i) => programmes[i] === null).map((funding) => funding.id));
  if (unknown.size > 0) {
    reader.note('programmeNotRecorded', { name: nameOf(subject), words: framing.text });
    return narrowedFundingOverview(sc, anyProgramme, (funding) => unknown.has(funding.id));
  }
  // Every funding went through another programme: they are given with their programmes in a note, the frame said back.
  const others = [...new Set(programmes.map((node) => (node ? nameOf(node) : '')))].join(', ');
  reader.note('programmeNoneUnder', { name: nameOf(subject), programme, list: others });
  return anyProgramme;
}

/**
 * `qui a payé le bâtiment de TWB`, `financement de l'extension de l'usine LFB`: the fundings whose id or note names the project
 * the event words name (`tls-region-incere-building`, a note on `the extension of the Alès plant`), the words then applied;
 * null when the question names no event, or none of the fundings is tied to it (the event is then said back).
 */
async function fundingsOfProject(args: {
  sc: ServiceContext;
  reader: QuestionReader;
  overview: FundingOverview;
  events: readonly string[];
  named: readonly (EntityRow | null)[];
}): Promise<FundingOverview | null> {
  const { sc, reader, overview, named } = args;
  const names = named.flatMap((node) => (node ? [phraseKey(nameOf(node))] : []));
  const events = args.events.filter((event) => !names.some((name) => ` ${name} `.includes(` ${phraseKey(event)} `)));
  if (events.length === 0) return null;
  const projects = events.map(projectWordsOf);
  if (projects.some((words) => words.size === 0)) return null;
  const isOfProject = (funding: FundingRow) => {
    const words = new Set(phraseKey(`${funding.id} ${funding.note ?? ''}`).split(' '));
    return projects.every((project) => [...project].some((word) => words.has(word)));
  };
  const narrowed = await narrowedFundingOverview(sc, overview, isOfProject);
  if (narrowed.fundings.length === 0) return null;
  // The event's words are applied, and so are words of it left unplaced by the linker (`bâtiment` of `le nouveau bâtiment de X`).
  const applied = events.map(phraseKey);
  for (let at = reader.unplaced.length - 1; at >= 0; at--) {
    const key = phraseKey(reader.unplaced[at]!);
    if (applied.some((event) => ` ${event} `.includes(` ${key} `))) reader.unplaced.splice(at, 1);
  }
  const about = named.find((node) => node !== null);
  reader.note('eventApplied', { words: events.join(', '), name: about ? nameOf(about) : '', count: narrowed.fundings.length });
  return narrowed;
}

/**
 * `combien a été investi lors de la reprise de X`: the graph ties no funding to an event, so the event's words are said
 * back as not applied (the answer lists all of X's fundings), unless they belong to a name the question linked.
 */
function noteEventsNotApplied(args: { reader: QuestionReader; events: readonly string[]; named: readonly (EntityRow | null)[] }): void {
  const { reader, events, named } = args;
  const names = named.flatMap((node) => (node ? [phraseKey(nameOf(node))] : []));
  const unplaced = reader.unplaced.map(phraseKey);
  const notApplied = events.filter((event) => {
    const key = phraseKey(event);
    const inside = (phrase: string) => ` ${phrase} `.includes(` ${key} `);
    return !names.some(inside) && !unplaced.some(inside);
  });
  if (notApplied.length === 0) return;
  reader.unplaced.push(...notApplied);
  const about = named.find((node) => node !== null);
  reader.note('eventNotApplied', { words: notApplied.join(', '), name: about ? nameOf(about) : '' });
}

/** A shared amount says so where it is shown: one note lists each shared funding of the answer with how it is shared. */
/** True when `first` gave more than any other line even if none of its co-funded rounds counted for it and all did for them. */
async function firstWithoutCofundedRounds(sc: ServiceContext, lines: readonly FundingTotalRow[], first: FundingTotalRow): Promise<boolean> {
  const sharings = await Promise.all(first.fundings.map((funding) => fundingSharing(sc, funding)));
  const cofunded = first.fundings
    .filter((_, i) => sharings[i]!.kinds.includes('COFUNDERS'))
    .reduce((sum, funding) => sum + (funding.amountEur ?? 0), 0);
  return lines.every((line) => line === first || first.totalEur - cofunded >= line.totalEur + cofunded);
}

async function noteSharedAmounts(sc: ServiceContext, reader: QuestionReader, fundings: readonly FundingRow[]): Promise<void> {
  // All at once, so the loaders read every funding's ties in one batch per kind of tie.
  const sharings = await Promise.all(fundings.map((funding) => fundingSharing(sc, funding)));
  const shared = fundings.flatMap((funding, i) => {
    const note = sharingNote(sharings[i]!, reader.lang);
    return note ? [`${funding.amountText ?? funding.id} : ${note}`] : [];
  });
  if (shared.length > 0) reader.note('sharedAmounts', { list: shared.join(' | ') });
}

/** The `filter` argument of fundingSummary for a funding filter. */
function fundingFilterValue(filter: FundingFilterInput): Value {
  // `ids` (an answer narrowed to some fundings) has no counterpart in the API's filter.
  const { period, instruments, statuses, recipientKinds, ids: _narrowedTo, ...ids } = filter;
  return object({
    ...Object.fromEntries(Object.entries(ids).map(([key, id]) => [key, id ? string(String(id)) : undefined])),
    period: period
      ? object({ from: period.from ? string(period.from) : undefined, to: period.to ? string(period.to) : undefined })
      : undefined,
    instruments: instruments?.length ? list(instruments.map(enumValue)) : undefined,
    statuses: statuses?.length ? list(statuses.map(enumValue)) : undefined,
    recipientKinds: recipientKinds?.length ? list(recipientKinds.map(enumValue)) : undefined,
  });
}

/** The figures (metric, value, date) of an actor or a programme; none for other nodes. */
async function figuresOf(sc: ServiceContext, node: EntityRow): Promise<FigureRow[]> {
  const labels = node._labels ?? [];
  const spec = labels.includes('Programme') ? PROGRAMME_FIGURES : labels.includes('Actor') ? ACTOR_FIGURES : null;
  if (!spec) return [];
  const ties = await sc.loaders.ties<FigureRow>(spec, PAGE_SIZE.ties).load(node.id);
  return ties.map((tie) => tie.node);
}

const isBudget = (figure: FigureRow): boolean => figure.metric === 'BUDGET_EUR';

/** Figures in euros (budget, investment, funds raised) of an actor or a programme. */
/** True when a figure's date overlaps the period, compared at the coarser of the two precisions (`2023` is within `2023-05`). */
function datedWithin(figure: FigureRow, period: FundingPeriodInput): boolean {
  return figure.date ? dateWithin(figure.date, period) : false;
}

/** True when a date (`2017`, `2017-10`, `2017-10-31`) lies within a period, compared at the coarser of the two precisions. */
function dateWithin(date: string, period: FundingPeriodInput): boolean {
  const compared = (bound: string) => {
    const precision = Math.min(date.length, bound.length);
    const [mine, theirs] = [date.slice(0, precision), bound.slice(0, precision)];
    return mine < theirs ? -1 : mine > theirs ? 1 : 0;
  };
  return (!period.from || compared(period.from) >= 0) && (!period.to || compared(period.to) <= 0);
}

async function moneyFiguresOf(sc: ServiceContext, node: EntityRow): Promise<FigureRow[]> {
  return (await figuresOf(sc, node)).filter((figure) => figure.metric.endsWith('_EUR'));
}

/** How many actors of a kind a partner question about the kind (`une start-up de robotique médicale`) starts from. */
const MAX_PARTNER_SUBJECTS = 10;

/** `quels hôpitaux pourraient s'associer avec une start-up de robotique médicale`: partners suggested for each actor of the kind, best score kept. */
async function answerPartnersOfKind({ sc, reader, first }: Asked, subjectFilter: ActorFilterInput): Promise<Answer> {
  const subjects = await actorsMatching(sc, { filter: subjectFilter, first: MAX_PARTNER_SUBJECTS });
  if (subjects.length === 0) return NOT_UNDERSTOOD;
  const subjectIds = new Set(subjects.map((s) => s.id));
  const best = new Map<string, PartnerSuggestionRow>();
  for (const subject of subjects) {
    for (const row of await findPartners(sc, { actor: subject.id, filter: reader.filter(), first })) {
      const known = best.get(row.actor.id);
      if (!subjectIds.has(row.actor.id) && (!known || known.score < row.score)) best.set(row.actor.id, row);
    }
  }
  const partners = [...best.values()].sort((x, y) => y.score - x.score).slice(0, first);
  reader.note('partnersOfKind', { names: subjects.map(nameOf).join(', ') });
  return { understood: true, graphql: null, rows: { partners } };
}

/**
 * `avec qui monter un projet sur le vieillissement`, `qui pour un consortium en bioproduction à Toulouse`: partners for a topic
 * (domains, a place) and no actor: the actors working on it or located there (and of the kinds asked, if any) are the
 * suggestions, each with the topic it shares as its reason.
 */
async function answerPartnersForTopic({ sc, reader, first }: Asked, topic: ActorFilterInput): Promise<Answer> {
  const asked = reader.filter();
  const filter: ActorFilterInput = {
    ...asked,
    domains: asked.domains || topic.domains ? [...new Set([...(asked.domains ?? []), ...(topic.domains ?? [])])] : undefined,
    place: topic.place ?? asked.place,
    kinds: asked.kinds ?? topic.kinds,
  };
  const actors = await actorsMatching(sc, { filter, first });
  const via = (
    await Promise.all([...(filter.domains ?? []), ...(filter.place ? [filter.place] : [])].map((id) => sc.loaders.entity.load(id)))
  ).filter((node): node is EntityRow => node !== null && node !== undefined);
  const reasons: PartnerSuggestionRow['reasons'] = via.map((node) => ({
    kind: node._labels?.includes('Place') ? 'SHARED_CITY' : 'SHARED_DOMAIN',
    via: node,
    weight: 1,
    passageIds: [],
  }));
  const partners = actors.map((actor) => ({ actor, score: reasons.length, reasons }));
  reader.note(partners.length > 0 ? 'partnersForTopic' : 'noPartnersForTopic', { names: via.map(nameOf).join(', ') });
  const graphql = printOneLine(query('actors', { filter: filterValue(filter), first: int(first) }, SELECTIONS.actors));
  return { understood: true, graphql, rows: { partners } };
}

async function answerPartners(asked: Asked): Promise<Answer> {
  const { sc, reader, first } = asked;
  if (reader.subjectFilter) return answerPartnersOfKind(asked, reader.subjectFilter);
  if (reader.partnerTopic) return answerPartnersForTopic(asked, reader.partnerTopic);
  const subject = reader.subject;
  if (!subject) return NOT_UNDERSTOOD;
  if (!isActor(subject)) {
    reader.note('partnersNeedActor', { name: nameOf(subject) });
    return NOT_UNDERSTOOD;
  }
  const filter = reader.filter();
  const partners = await findPartners(sc, { actor: subject.id, filter, first });
  const args = { actor: string(subject.id), filter: filterValue(filter), first: int(first) };
  return { understood: true, graphql: printOneLine(query('partnerSuggestions', args, SELECTIONS.partnerSuggestions)), rows: { partners } };
}

/** tiedTo's starting node: `actor` for an actor (as clients have long written it), `anchor` for a place, programme or domain. */
const anchorArgument = (node: EntityRow): Record<string, Value> =>
  isActor(node) ? { actor: string(node.id) } : { anchor: string(node.id) };

const isActor = (node: EntityRow | null): node is ActorRow => node?._labels?.includes('Actor') ?? false;

/** A node's name, or its id when it has none. */
export function nameOf(node: EntityRow): string {
  return 'name' in node && node.name ? node.name : node.id;
}

/** The `filter` argument of an actor filter read from a question; left out when it filters nothing. */
function filterValue(filter: ActorFilterInput): Value {
  return object({
    kinds: filter.kinds?.length ? list(filter.kinds.map(enumValue)) : undefined,
    domains: filter.domains?.length ? list(filter.domains.map(string)) : undefined,
    place: filter.place ? string(filter.place) : undefined,
    programme: filter.programme ? string(filter.programme) : undefined,
    fundedBy: filter.fundedBy ? string(filter.fundedBy) : undefined,
  });
}
