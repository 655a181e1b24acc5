import type { FundingPeriodInput } from '../../db/cypher/funding';
import type { ProgrammeRow } from '../../db/rows';
import type { FundingInstrument } from '../../domain/model';
import type { Lexicon } from './lexicon';
import { type Span, spanKey, spanText, type Token } from './text';

/**
 * What restricts a money question beyond who gives and who receives: its period (`depuis 2017`,
 * `en 2021`, `entre 2017 et 2020`) and its instrument (`subventions`, `avances remboursables`). FUNDING
 * answers apply them through the funding filter; other operations report them as not applied.
 */

/** A period named by a question: its words as typed, and the years it covers (null when it cannot be read). */
export interface AskedPeriod {
  text: string;
  period: FundingPeriodInput | null;
}

/** Words opening a period that starts at the year (`depuis 2017`: 2017 and after). */
const SINCE = new Set(['depuis', 'since', 'from']);
/** Words opening a period that starts after the year (`après 2017`: 2018 and after). */
const AFTER = new Set(['apres', 'after']);
/** Words opening a period that ends before the year. */
const BEFORE = new Set(['avant', 'before']);
/** Words opening a period that ends with the year. */
const UNTIL = new Set(['jusqu', 'until']);

/** The years a period span covers (`depuis 2017` → from 2017; `entre 2017 et 2020` → 2017 to 2020), or null. */
export function periodOfSpan(tokens: readonly Token[], span: Span): FundingPeriodInput | null {
  const words = tokens.slice(span.from, span.to).map((token) => token.folded);
  const years = words.filter((word) => /^\d{4}$/.test(word)).map(Number);
  const opening = words[0] ?? '';
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined || last < first) return null;
  // Two years (`entre 2017 et 2020`, `from 2017 to 2020`, `en 2021 et 2022`): the span between them.
  if (years.length > 1) return { from: String(first), to: String(last) };
  if (SINCE.has(opening)) return { from: String(first) };
  if (AFTER.has(opening)) return { from: String(first + 1) };
  if (BEFORE.has(opening)) return { to: String(first - 1) };
  if (UNTIL.has(opening)) return { to: String(first) };
  // `en 2021`, `in 2021`, `pendant 2021`, `during 2021`: the year itself.
  return { from: String(first), to: String(first) };
}

/** Phrases naming how money is given, as folded words. `contrat` is left out: it names programmes (`contrat de filière`). */
const INSTRUMENT_PHRASES: readonly { words: string[]; instrument: FundingInstrument }[] = [
  ...['subvention', 'subventions', 'grant', 'grants'].map((word) => ({ words: [word], instrument: 'GRANT' as const })),
  ...[
    ['avance', 'remboursable'],
    ['avances', 'remboursables'],
    ['repayable', 'advance'],
    ['repayable', 'advances'],
  ].map((words) => ({ words, instrument: 'REPAYABLE_ADVANCE' as const })),
  // `A a prêté combien à B`, `how much did A lend B`: lending is a loan, whether said by a noun or a verb.
  ...['pret', 'prets', 'loan', 'loans', 'prete', 'pretee', 'pretes', 'preter', 'pretent', 'lend', 'lends', 'lent', 'lending', 'loaned'].map(
    (word) => ({ words: [word], instrument: 'LOAN' as const }),
  ),
  // `l'avance de la Région à X` (after the two-word phrases: the first phrase matching wins).
  ...['avance', 'avances'].map((word) => ({ words: [word], instrument: 'REPAYABLE_ADVANCE' as const })),
  ...[['levee', 'de', 'fonds'], ['levees', 'de', 'fonds'], ['fundraising'], ['equity'], ['funding', 'round'], ['funding', 'rounds']].map(
    (words) => ({ words, instrument: 'EQUITY' as const }),
  ),
];

/** An instrument named by a question: its words as found, and the instrument. */
export interface AskedInstrument {
  span: Span;
  instrument: FundingInstrument;
}

/** The instruments a question names (`subventions de Bpifrance`, `avances remboursables`), in question order. */
export function instrumentSpans(tokens: readonly Token[]): AskedInstrument[] {
  const found: AskedInstrument[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = INSTRUMENT_PHRASES.find(({ words }) => words.every((word, k) => tokens[i + k]?.folded === word));
    if (!phrase) continue;
    found.push({ span: { from: i, to: i + phrase.words.length }, instrument: phrase.instrument });
    i += phrase.words.length - 1;
  }
  return found;
}

/**
 * Words naming an event money may have paid for (`lors de la reprise de X`, `le déménagement de X`, `X's new site`), as
 * folded words. The graph ties no funding to an event, so a money answer never applies them: it says them back.
 */
const EVENT_PHRASES: readonly (readonly string[])[] = [
  ...['reprise', 'rachat', 'acquisition', 'demenagement', 'extension', 'agrandissement', 'construction', 'implantation'].map((w) => [w]),
  ...['batiment', 'batiments', 'locaux', 'building', 'buildings', 'premises'].map((w) => [w]),
  ...['relocalisation', 'fusion', 'ouverture', 'inauguration', 'creation', 'lancement', 'modernisation', 'renovation'].map((w) => [w]),
  ...['takeover', 'buyout', 'relocation', 'move', 'expansion', 'merger', 'opening', 'launch', 'refurbishment'].map((w) => [w]),
  ...[
    ['nouveau', 'site'],
    ['nouvelle', 'usine'],
    ['nouveaux', 'locaux'],
    ['nouvelle', 'implantation'],
    ['nouveau', 'batiment'],
  ],
  ...[
    ['new', 'site'],
    ['new', 'plant'],
    ['new', 'factory'],
    ['new', 'building'],
    ['new', 'premises'],
    ['new', 'headquarters'],
  ],
].sort((a, b) => b.length - a.length);

/**
 * The words a funding's id or note uses for the project an event word names (folded): `bâtiment` is the `building` of
 * `tls-region-incere-building`, `déménagement` the `move` of a note. A funding holding one of them paid for that project.
 */
const EVENT_PROJECT_WORDS: readonly (readonly string[])[] = [
  ['batiment', 'batiments', 'locaux', 'building', 'buildings', 'premises', 'immeuble', 'built', 'construction', 'construire'],
  ['extension', 'agrandissement', 'expansion', 'extend', 'extended'],
  ['demenagement', 'move', 'moved', 'relocation', 'relocalisation'],
  ['construction', 'built', 'build', 'building', 'construire'],
  ['reprise', 'rachat', 'acquisition', 'takeover', 'buyout'],
  ['usine', 'usines', 'plant', 'plants', 'factory', 'factories'],
];

/** The words a funding's project may be written with for an event phrase (`le nouveau bâtiment` → building words); none when unknown. */
export function projectWordsOf(event: string): ReadonlySet<string> {
  const words = event
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return new Set(EVENT_PROJECT_WORDS.filter((group) => group.some((word) => words.includes(word))).flat());
}

/** The event phrases of a question (`la reprise`, `new site`), as typed, in question order. */
export function eventPhrases(question: string, tokens: readonly Token[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = EVENT_PHRASES.find((words) => words.every((word, k) => tokens[i + k]?.folded === word));
    if (!phrase) continue;
    found.push(spanText(question, tokens, { from: i, to: i + phrase.length }));
    i += phrase.length - 1;
  }
  return found;
}

/** `nouveaux investisseurs`, `new investors` (folded); beside an event (`the new Incere building`) they describe the event. */
export const NEW_WORDS: ReadonlySet<string> = new Set(['nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles', 'new', 'newest']);

/**
 * Words that single out some funders of a round by their role, their order or their nature (`qui a mené la levée`, `lead
 * investor`, `chef de file`, `premier financeur`, `latest round`, `nouveaux investisseurs`, `financeurs publics`), folded,
 * longest first. The graph records who gave and when, never who led a round, which round came first or last, nor which funder
 * is public or private, so a money or investor answer never applies them: it says them back (A23p).
 */
const ROUND_QUALIFIERS: readonly (readonly string[])[] = [
  ...[
    ['chef', 'de', 'file'],
    ['chefs', 'de', 'file'],
    ['co', 'led'],
    ['co', 'lead'],
    ['most', 'recent'],
    ['plus', 'recent'],
    ['plus', 'recente'],
  ],
  ...['mene', 'menee', 'menes', 'menees', 'mener', 'dirige', 'dirigee', 'pilote', 'pilotee', 'led', 'lead', 'leads'].map((w) => [w]),
  ...['leader', 'leaders', 'leading', 'meneur', 'meneurs'].map((w) => [w]),
  ...['premier', 'premiere', 'premiers', 'premieres', 'dernier', 'derniere', 'derniers', 'dernieres'].map((w) => [w]),
  ...['first', 'last', 'latest', 'recent', 'recente', 'initial', 'initiale'].map((w) => [w]),
  // `nouveaux investisseurs`, `financeurs publics`: which funders are new, public or private is not recorded with the money either.
  ...[...NEW_WORDS].map((w) => [w]),
  ...['public', 'publics', 'publique', 'publiques', 'prive', 'prives', 'privee', 'privees', 'private'].map((w) => [w]),
].sort((a, b) => b.length - a.length);

/** The words of a question that single out a funder by its role in a round or by order (`mené`, `lead investor`, `premier`), as typed. */
export function roundQualifiers(question: string, tokens: readonly Token[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = ROUND_QUALIFIERS.find((words) => words.every((word, k) => tokens[i + k]?.folded === word));
    if (!phrase) continue;
    found.push(spanText(question, tokens, { from: i, to: i + phrase.length }));
    i += phrase.length - 1;
  }
  return found;
}

/**
 * Words that put a programme as the frame of money (`dans le cadre de`, `au titre du`, `via`, `under`, `as part of`), folded,
 * longest first. Only followed by a programme's name do they frame anything (`via Bpifrance` is no programme).
 */
const FRAME_MARKERS: readonly (readonly string[])[] = [
  ...['dans le cadre', 'au titre', 'par le biais', 'par l intermediaire', 'sous l egide', 'a travers'].flatMap((opening) =>
    ['de', 'du', 'd', 'des'].map((of) => `${opening} ${of}`),
  ),
  ...['grace a', 'grace au', 'grace aux', 'via', 'sous', 'under', 'through', 'as part of', 'thanks to'],
]
  .map((words) => words.split(' '))
  .sort((a, b) => b.length - a.length);
/**
 * Words that say where money came from (`reçu de`, `get from`, `funded by`): they frame a programme too, but only one named
 * exactly (`from France Relance`), never loosely, being far commoner than the frame words above.
 */
const SOURCE_MARKERS: readonly (readonly string[])[] = [
  ...['de la part de', 'de la part du', 'de la part des', 'de', 'du', 'd', 'des', 'par', 'from', 'by'],
]
  .map((words) => words.split(' '))
  .sort((a, b) => b.length - a.length);
/** Articles and programme nouns that may stand between a frame word and the programme's name (`du plan France Relance`). */
const FRAME_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'l', 'les', 'the', 'un', 'une', 'a', 'an']);
/** Longest programme name looked for after a frame word, in words. */
const MAX_FRAME_NAME_WORDS = 7;

/** A programme named as the frame of money: the span of its words (frame word included) and the programme. */
export interface ProgrammeFrame {
  span: Span;
  node: ProgrammeRow;
}

/**
 * The programmes a question names as the frame of money (`dans le cadre de France 2030`, `au titre du plan de relance`,
 * `funding under France Relance`): a frame word, an article or a programme noun or two, then words naming exactly one
 * programme (a name or alias spelled as the graph has it, or named loosely with a programme noun: `le plan IA régional`).
 * These words are taken out of the reading; a FUNDING answer applies the programme, any other says it back.
 */
export function programmeFrames(tokens: readonly Token[], lexicon: Lexicon): ProgrammeFrame[] {
  const frames: ProgrammeFrame[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const startsWith = (words: readonly string[]) => words.every((word, k) => tokens[at + k]?.folded === word);
    const marker = FRAME_MARKERS.find(startsWith);
    const source = marker ? undefined : SOURCE_MARKERS.find(startsWith);
    if (!marker && !source) continue;
    let from = at + (marker ?? source)!.length;
    while (from < tokens.length && FRAME_ARTICLES.has(tokens[from]!.folded)) from++;
    const named = programmeNamedAt(tokens, from, lexicon, { loosely: marker !== undefined });
    if (!named) continue;
    frames.push({ span: { from: at, to: named.to }, node: named.node });
    at = named.to - 1;
  }
  return frames;
}

/** The programme the words at a position name, exactly or loosely, with where its words end; null when none or several. */
function programmeNamedAt(
  tokens: readonly Token[],
  from: number,
  lexicon: Lexicon,
  { loosely }: { loosely: boolean },
): { node: ProgrammeRow; to: number } | null {
  const limit = Math.min(tokens.length, from + MAX_FRAME_NAME_WORDS);
  // `du programme France 2030`: a programme noun before the name, when the name alone follows it.
  for (let start = from; start <= Math.min(from + 1, limit - 1); start++) {
    if (start > from && !lexicon.kindNoun(tokens[from]!.folded)) break;
    const exact = lexicon.contentAt(tokens, start, limit);
    if (exact?.kind === 'content' && exact.entry.role === 'PROGRAMME' && !exact.corrected)
      return { node: exact.entry.node, to: exact.span.to };
  }
  if (!loosely) return null;
  // `au titre du plan de relocalisation`: loosely, the longest run naming exactly one programme.
  for (let to = limit; to > from + 1; to--) {
    const named = lexicon.programmesNamedBy(spanKey(tokens, { from, to }).split(' '));
    if (named.length === 1) return { node: named[0]!, to };
  }
  return null;
}

/** The periods, instruments and events of a question, with their words as typed. */
/**
 * Public or private money asked (`aides publiques`, `public funding`, `financeurs privés`): the graph files funders by kind, and
 * public authorities and agencies (`PUBLIC_AUTHORITY`, `AGENCY`: the State, the Région, Bpifrance, ARIS) are public bodies, so a
 * money answer keeps the funders of those kinds (or the others); a fund is counted private whoever holds it (A23w).
 */
export type FunderNature = { text: string; nature: 'PUBLIC' | 'PRIVATE' };

export const PUBLIC_FUNDER_KINDS: readonly string[] = ['PUBLIC_AUTHORITY', 'AGENCY'];

const NATURE_WORDS: Readonly<Record<string, FunderNature['nature']>> = {
  ...Object.fromEntries(['public', 'publics', 'publique', 'publiques'].map((word) => [word, 'PUBLIC'])),
  ...Object.fromEntries(['prive', 'prives', 'privee', 'privees', 'private'].map((word) => [word, 'PRIVATE'])),
};

/** True for a word saying funders are public or private (folded). */
export const saysFunderNature = (folded: string): boolean => NATURE_WORDS[folded] !== undefined;

/** The one nature of funders a question asks (`aides publiques`), as typed; null when none or both. */
export function funderNature(question: string, tokens: readonly Token[]): FunderNature | null {
  const said = tokens.filter((token) => NATURE_WORDS[token.folded] !== undefined);
  const natures = new Set(said.map((token) => NATURE_WORDS[token.folded]!));
  if (natures.size !== 1) return null;
  return { text: said.map((token) => question.slice(token.start, token.end)).join(' … '), nature: [...natures][0]! };
}

export interface FundingConstraints {
  periods: AskedPeriod[];
  /** `aides publiques`, `private investors`: the nature of funders asked, applied by a money answer through the funders' kinds. */
  funderNature?: FunderNature | null;
  instruments: { text: string; instrument: FundingInstrument }[];
  /** Events named (`la reprise`): never applied by a money answer, always said back. */
  events?: string[];
  /** Programmes named as the frame of the money (`dans le cadre de France 2030`): a FUNDING answer applies one. */
  programmes?: { text: string; node: ProgrammeRow }[];
  /** Amounts said (`le tour de 5,2 M€`): a FUNDING answer keeps the fundings of the one amount said (family 40). */
  amounts?: { text: string; eur: number }[];
}

/** Reads a question's periods (spans found by periodSpans), instruments, events and programme frames. */
export function fundingConstraints(
  question: string,
  tokens: readonly Token[],
  periods: readonly Span[],
  frames: readonly ProgrammeFrame[] = [],
): FundingConstraints {
  return {
    periods: periods.map((span) => ({ text: spanText(question, tokens, span), period: periodOfSpan(tokens, span) })),
    instruments: instrumentSpans(tokens).map(({ span, instrument }) => ({ text: spanText(question, tokens, span), instrument })),
    // `au titre du plan de relocalisation`: a programme's words name no event.
    events: eventPhrases(question, tokens).filter(
      (event) => !frames.some((frame) => spanText(question, tokens, frame.span).includes(event)),
    ),
    programmes: frames.map((frame) => ({ text: spanText(question, tokens, frame.span), node: frame.node })),
    funderNature: funderNature(question, tokens),
  };
}
