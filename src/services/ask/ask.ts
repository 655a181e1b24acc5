import type { FigureMetric } from '../../domain/model';
import type { Lang } from '../../domain/vocabulary';
import type { ServiceContext } from '../context';
import { answer, nameOf, ORGANISATION_TIES } from './answering';
import { closestExamples } from './examples';
import { answerComparison, readComparison } from './comparison';
import { metricsJoined } from './metricsJoined';
import { edgeName } from './edgeName';
import { matchShapeLoosely, type ShapeMatch, shapesOf } from './grammar';
import { type IntentModel, maskQuestion } from './intent';
import { matchIntent } from './intentSlots';
import { type InnerLink, linkInside, linkName } from './linker';
import intentModelJson from './intentModel.json';
import type { AskResultRow, AskStatusName } from './interpretation';
import {
  fundingConstraints,
  instrumentSpans,
  type ProgrammeFrame,
  programmeFrames,
  NEW_WORDS,
  roundQualifiers,
  saysFunderNature,
} from './fundingConstraints';
import { distance } from 'fastest-levenshtein';
import { compactKey, type NameIndex } from './nameIndex';
import { graphNames } from './graphNames';
import type { EntityRow } from '../../db/rows';
import { spellingCorrected } from './spelling';
import {
  appositionFirst,
  introduction,
  openingAt,
  preambleBeforeColon,
  scaffoldingPositions,
  topicFirst,
  regionAsArea,
  fromCodeQuery,
  withoutFieldNames,
  withoutPoliteness,
} from './scaffolding';
import { type Gazetteer, HOME_REGION_CODE, placeByCode, placesNamed } from '../ingestion/reading/places';
import { asksForParts, detectLanguage, fundsAPronoun, hasFunderCue, LOCATION_ANSWERS, QuestionReader } from './reading';
import type { Lexicon } from './lexicon';
import { message } from './messages';
import { askedAmounts } from './askedAmount';
import { classifierDoubt } from './classifierGuard';
import { splitAtTurn, splitBeforeBareQuestion, withNameForPronoun, withNamePutBack } from './pronouns';
import { telegraphicReading } from './telegraphic';
import {
  listCount,
  periodSpans,
  phraseKey,
  plannedSpan,
  sinceTakeoverSpan,
  type Span,
  spanText,
  superlativeSpans,
  trailingYearSpan,
  type Token,
  tokenize,
  tokenizeQuestion,
} from './text';

/**
 * `ask`: a plain-words question → one of the graph-search operations, run through the same services
 * as the structured queries. Deterministic: shapes and words come from seeds/vocabulary.yaml, names
 * from the graph; user words only ever travel as query parameters or escaped full-text terms.
 */

/** The intent classifier trained by `npm run train-ask` (scripts/trainAsk.js). */
const INTENT_MODEL = intentModelJson as unknown as IntentModel;
const MODEL_WORDS: ReadonlySet<string> = new Set(INTENT_MODEL.words);
/** The model without its classes naming a funder alone: for questions whose money verb has a pronoun for its object. */
const MODEL_WITHOUT_FUNDER_ALONE: IntentModel = {
  ...INTENT_MODEL,
  logPrior: INTENT_MODEL.logPrior.map((prior, c) => (INTENT_MODEL.classes[c]!.slots.join() === 'b' ? -Infinity : prior)),
};

/** Reads a question, answers it, and says how it was read (or, when it was not understood, which examples come close). */
type AskArgs = {
  question: string;
  lang?: Lang | null;
  first: number;
  choices?: readonly { text: string; id: string }[];
  /** A list read without its metric's words, ranked by that metric (`biggest employers in Toulouse`: `biggest actors in Toulouse`). */
  rankBy?: { metric: FigureMetric; text: string };
  /** Metrics asked beside the one the question is read with (`effectif et chiffre d'affaires de X`: family 41). */
  moreMetrics?: { metric: FigureMetric; text: string }[];
};

export async function answerQuestion(sc: ServiceContext, args: AskArgs): Promise<AskResultRow> {
  // `Bonjour, pouvez-vous me dire … ? merci` (A23x): the question is read as typed bare, then said back as the asker typed it.
  // `list incubators, place = Montpellier`: a filter typed as a field is read as its value.
  const { lexicon, names } = await graphNames(sc);
  // `les CHU de la région`: the region after a kind word is where the actors are, not the Région (the authority).
  // `GET fundings where recipient = X` (family 39): a query typed like code is read as the words it stands for.
  const bare = regionAsArea(withoutFieldNames(withoutPoliteness(fromCodeQuery(args.question) ?? args.question)), (tokens, from, to) => {
    const reading = lexicon.contentAt(tokens, from, to);
    return reading?.kind === 'content' && reading.entry.role === 'KIND' && reading.span.to === to;
  });
  const asTyped =
    bare === args.question ? await answerUnwrapped(sc, args) : saidAsTyped(await answerUnwrapped(sc, { ...args, question: bare }), args);
  if (asTyped.status === 'ANSWERED') return asTyped;
  // `Je prépare un briefing pour le cabinet : quels pôles …` (A23ac): a preamble of the asker's own before a colon, read apart.
  const preambled = await answerAfterPreamble(sc, args, bare, lexicon);
  if (preambled) return preambled;
  // `commnt X est relié à Y`: read again with the slip spelt right, kept when that reading goes further.
  const spelt = spellingCorrected(bare, { vocabulary: sc.vocabulary, lexicon, names });
  if (spelt === bare) return asTyped;
  const corrected = saidAsTyped(await answerUnwrapped(sc, { ...args, question: spelt }), args);
  return rank(corrected.status) > rank(asTyped.status) ? corrected : asTyped;
}

/** Operations whose answer is a list a kind, a domain or a place would narrow. */
const LIST_OPERATIONS: ReadonlySet<string> = new Set(['ACTORS', 'TIED_TO', 'PARTNER_SUGGESTIONS']);

/**
 * The question after a preamble closed by a colon (`Pour un papier sur l'usine X : qui a financé Y en 2022 ?`), answered
 * when the whole was not; with the topic said first when the question points back to it (`… sur Ciloa : quelles aides
 * a-t-elle reçues`). Not a list when the preamble names a kind, a domain or a place (`je travaille en oncologie : quels
 * labos ?`): the list read without it would be broader than asked. Null when there is no preamble or no answer.
 */
async function answerAfterPreamble(sc: ServiceContext, args: AskArgs, bare: string, lexicon: Lexicon): Promise<AskResultRow | null> {
  const found = preambleBeforeColon(bare);
  if (!found) return null;
  const restricts = lexicon
    .read(tokenize(bare), found.preamble)
    .some((r) => r.kind === 'content' && ['KIND', 'DOMAIN', 'PLACE'].includes(r.entry.role));
  // `… sur Ciloa : quelles aides a-t-elle reçues` is asked as `quelles aides Ciloa a-t-elle reçues` (the name before the verb
  // that carries the pronoun, as French puts it); other pronouns as `X : question` reads them.
  const inverted = /[\p{L}]+-t-(?:il|elle|ils|elles)(?=\s|$)/iu;
  const question = !found.topic
    ? found.question
    : inverted.test(found.question)
      ? found.question.replace(inverted, (verb) => `${found.topic} ${verb}`)
      : withNameForPronoun(found.question, found.topic);
  if (!question) return null;
  const answer = await answerUnwrapped(sc, { ...args, question });
  if (answer.status !== 'ANSWERED' || (restricts && LIST_OPERATIONS.has(answer.interpretation.operation ?? ''))) return null;
  return saidAsTyped(answer, args);
}

/** An answer to the question read otherwise, said back as the asker typed it. */
const saidAsTyped = (answer: AskResultRow, args: AskArgs): AskResultRow => ({ ...answer, question: args.question });

async function answerUnwrapped(sc: ServiceContext, args: AskArgs): Promise<AskResultRow> {
  // `X ou Y, lequel a le plus de salariés`, `Is X bigger than Y` (family 41): two actors compared, both values side by side.
  const comparison = await readComparison(sc, args.question);
  const compared = comparison ? await answerComparison(sc, args.question, comparison) : null;
  if (compared) return compared;
  // `quel est l'effectif et le chiffre d'affaires de X` (family 41): read with its first metric, the joined ones asked beside it.
  const joined = args.moreMetrics ? null : metricsJoined(args.question, (await graphNames(sc)).lexicon);
  if (joined) {
    const both = await answerUnwrapped(sc, { ...args, question: joined.question, moreMetrics: joined.more });
    // Only a reading by an exact shape: a classifier's guess gives way to the question read whole.
    if (both.interpretation.operation === 'FIGURES' && both.status === 'ANSWERED' && !readByClassifier(both))
      return saidAsTyped(both, args);
  }
  const answered = await answerFramed(sc, args);
  // `ciloa montant région`, `Ciloa montant`: a classifier's guess or a bare name gives way to the operation a keyword beside a name says (A23r).
  if (answered.status === 'ANSWERED' && (readByClassifier(answered) || answered.interpretation.operation === 'SEARCH')) {
    const telegraphic = await answerTelegraphic(sc, args);
    return telegraphic && telegraphic.status === 'ANSWERED' ? telegraphic : answered;
  }
  if (answered.status === 'ANSWERED') return answered;
  // `biggest employers in Toulouse`, `which company has the highest revenue`: a list ranked by a figure, read without its metric.
  const ranked = await answerRankedList(sc, args);
  if (ranked && ranked.status === 'ANSWERED') return ranked;
  // `je regarde Micropep : qui a investi dedans ?`: the pronoun read as the node named before it.
  const resolved = await answerWithPronounResolved(sc, args);
  const pronounOrNot = resolved && rank(resolved.status) > rank(answered.status) ? resolved : answered;
  if (pronounOrNot.status === 'ANSWERED') return pronounOrNot;
  // `usines pierre fabre`, `Bpifrance investments`: a name and a keyword, read as the question the keyword stands for (A23r).
  const telegraphic = await answerTelegraphic(sc, args);
  const whole = telegraphic && rank(telegraphic.status) > rank(pronounOrNot.status) ? telegraphic : pronounOrNot;
  if (whole.status === 'ANSWERED') return whole;
  // `qui finance X et pour combien`, `où est X et qui le dirige`: two questions in one. The first is answered; the second is
  // applied when the first's answer holds it (amounts in a money answer, dates of the ties listed), else said back (A23j).
  const two = twoQuestions(args.question, tokenize(args.question));
  if (!two) return whole;
  const first = await answerFramed(sc, { ...args, question: two.first });
  if (first.status === 'NOT_UNDERSTOOD') return whole;
  const held = secondHeldByFirst(two.second, first);
  const lang = first.lang;
  // The first answer's note listing its words not applied is written again with the second question among them.
  const unappliedPrefix = message(lang, 'unapplied', { words: '\u0000' }).split('\u0000')[0]!;
  const unapplied = held ? first.unapplied : [...first.unapplied, two.second];
  const status: AskStatusName = unapplied.length > 0 ? 'PARTIAL' : 'ANSWERED';
  const notes = [
    ...first.interpretation.notes.filter((note) => !note.startsWith(unappliedPrefix)),
    message(lang, held ? 'secondQuestionHeld' : 'secondQuestionNotAnswered', { words: two.second }),
    ...foundingNote(lang, held, first),
    ...(status === 'PARTIAL' ? [message(lang, 'unapplied', { words: unapplied.join(' … ') })] : []),
  ];
  const split = { ...first, question: args.question, status, unapplied, understood: status === 'ANSWERED' };
  split.interpretation = { ...first.interpretation, notes };
  return rank(split.status) > rank(whole.status) ? split : whole;
}

/** Question words that make the part before a pronoun a question of its own (family 39), folded. */
const FIRST_PART_QUESTION_WORDS: ReadonlySet<string> = new Set([
  'how',
  'what',
  'which',
  'who',
  'where',
  'combien',
  'quel',
  'quelle',
  'qui',
]);

/** The question read again with its pronoun replaced by the one node the words before it name exactly; null when none. */
async function answerWithPronounResolved(sc: ServiceContext, args: AskArgs): Promise<AskResultRow | null> {
  const split = splitAtTurn(args.question);
  if (!split) return answerWithNamePutBack(sc, args);
  const { lexicon, names } = await graphNames(sc);
  // `je suis pharmacien au CHU de Toulouse. on parle de X : qui met de l'argent dedans ?` (A23ai): the pronoun stands for a
  // node of the sentence just before it, not one of an earlier sentence (the asker's employer); earlier ones are read only
  // when the last names nothing.
  const sentences = split.named.split(/(?<=[.!?])\s+/u).filter((sentence) => tokenize(sentence).length > 0);
  let words: string[] = [];
  let link: InnerLink = { outcome: 'nothing' };
  for (let at = sentences.length - 1; at >= 0 && link.outcome !== 'found'; at--) {
    words = tokenize(sentences.slice(at).join(' ')).map((token) => token.folded);
    link = await linkInside(sc.db, words, ['Actor', 'Programme'], { names, known: (word) => lexicon.knows(word) });
  }
  if (link.outcome !== 'found' || link.corrected) return null;
  const name = 'name' in link.node && typeof link.node.name === 'string' ? link.node.name : null;
  // `Ciloa a déménagé ? elle est où`: a first part that is a question of its own is not just a name; two questions, not one.
  const nameWords = new Set(name ? tokenize(name).map((token) => token.folded) : []);
  if (split.mark === '?' && words.some((word) => !nameWords.has(word))) return null;
  // `How many employees does X have, and what about its revenue?`: a first part asking on its own is a question, not a name.
  if (words.some((word) => FIRST_PART_QUESTION_WORDS.has(word))) return null;
  // `la levée de 7 M€ de X, qui y était ?`, `X's 2021 round: who was in it?`: the pronoun stands for the money the first part
  // names, not for X; read as who took part in that money, X its recipient (family 40).
  const aboutMoney = await answerAboutMoneyNamed(sc, args, split, link.node.id);
  if (aboutMoney) return aboutMoney;
  const rewritten = name ? withNameForPronoun(split.asked, name) : null;
  if (!rewritten) return null;
  const answer = await answerFramed(sc, { ...args, question: rewritten });
  // `X's 2022 round: who was in it?` read `who was in X`: a question read as a name alone was not understood (family 39).
  if (answer.interpretation.operation === 'SEARCH') return null;
  const note = message(answer.lang, 'pronounRead', { name: name!, question: rewritten });
  return {
    ...answer,
    question: args.question,
    interpretation: { ...answer.interpretation, notes: [note, ...answer.interpretation.notes] },
  };
}

/** Nouns naming money given or raised (folded): a first part holding one names a funding, not only its recipient. */
const MONEY_NOUNS: ReadonlySet<string> = new Set([
  ...['levee', 'tour', 'subvention', 'pret', 'financement', 'aide', 'avance', 'investissement', 'serie'],
  ...['round', 'grant', 'loan', 'funding', 'investment', 'series'],
]);
/** Words of an English question after the turn (`who was in it`, `which funds joined them`). */
const ENGLISH_ASKED = /(?:^|\s)(?:who|which|what|it|them|they)(?=\s|$)/iu;

/**
 * A first part naming money (`la subvention de 2 M€ à X`, `X's 2021 round`) and a question with a pronoun for it: read as who
 * took part in that money, the whole first part kept (its amount, year and instrument applied or said back). Null when the
 * first part names no money, or that reading is not a money answer about the node named.
 */
async function answerAboutMoneyNamed(
  sc: ServiceContext,
  args: AskArgs,
  split: { named: string; asked: string },
  nodeId: string,
): Promise<AskResultRow | null> {
  const nouns = tokenize(split.named).map((token) => token.folded.replace(/s$/u, ''));
  if (!nouns.some((word) => MONEY_NOUNS.has(word) || MONEY_NOUNS.has(`${word}s`))) return null;
  // A round is taken part in; a grant or a loan is given: each way is tried in turn.
  const questions = ENGLISH_ASKED.test(split.asked)
    ? [`who took part in ${split.named}`, `who funded ${split.named}`]
    : [`qui a participé à ${split.named}`, `qui a financé ${split.named}`];
  for (const question of questions) {
    const answer = await answerFramed(sc, { ...args, question });
    if (answer.status === 'NOT_UNDERSTOOD' || answer.interpretation.operation !== 'FUNDING' || answer.interpretation.subject?.id !== nodeId)
      continue;
    const note = message(answer.lang, 'namePutBack', { question });
    return {
      ...answer,
      question: args.question,
      interpretation: { ...answer.interpretation, notes: [note, ...answer.interpretation.notes] },
    };
  }
  return null;
}

/**
 * `Antabio : qui a mis l'argent ?`, `Nubbo, qui dirige ?`: a name said first and a question that leaves it out. The question
 * is read again with the whole first part put back where a question names its node; a reading counts only when an exact
 * shape reads it (no classifier's guess) about the node the first part names, so every word of that part is applied or said
 * back (`Antabio série A 2017 : …` applies 2017). Null when none reads so.
 */
async function answerWithNamePutBack(sc: ServiceContext, args: AskArgs): Promise<AskResultRow | null> {
  const split = splitBeforeBareQuestion(args.question);
  if (!split) return null;
  const { lexicon, names } = await graphNames(sc);
  const words = tokenize(split.named).map((token) => token.folded);
  const link = await linkInside(sc.db, words, ['Actor', 'Programme'], { names, known: (word) => lexicon.knows(word) });
  if (link.outcome !== 'found' || link.corrected) return null;
  let best: AskResultRow | null = null;
  for (const rewritten of withNamePutBack(split.asked, split.named)) {
    const answer = await answerFramed(sc, { ...args, question: rewritten });
    if (answer.status === 'NOT_UNDERSTOOD' || readByClassifier(answer) || answer.interpretation.subject?.id !== link.node.id) continue;
    const note = message(answer.lang, 'namePutBack', { question: rewritten });
    const read = {
      ...answer,
      question: args.question,
      interpretation: { ...answer.interpretation, notes: [note, ...answer.interpretation.notes] },
    };
    if (read.status === 'ANSWERED') return read;
    best ??= read;
  }
  return best;
}

/**
 * `biggest employers in Toulouse`, `quelle entreprise a le plus gros chiffre d'affaires`, `which firm has the largest workforce`:
 * a superlative and one metric (no money a funding answer reads) ask for a list ranked by that figure. The question is read again
 * without the metric's words, as a list (`which firm has the largest`); an ACTORS answer ranks it by the metric. Null when it is no
 * such question or the words left are no list.
 */
async function answerRankedList(sc: ServiceContext, args: AskArgs): Promise<AskResultRow | null> {
  if (args.rankBy) return null;
  const tokens = tokenize(args.question);
  if (superlativeSpans(tokens).length === 0) return null;
  const { lexicon } = await graphNames(sc);
  const metrics = lexicon.metricsIn(tokens, { from: 0, to: tokens.length });
  if (metrics.length !== 1 || RANKED_ELSEWHERE.has(metrics[0]!.metric)) return null;
  const { span, metric } = metrics[0]!;
  const start = tokens[span.from]!.start;
  const end = tokens[span.to - 1]!.end;
  const text = args.question.slice(start, end);
  // Without the metric (`which company has the highest`), else with a plain list word in its place (`biggest employers`: the
  // employers are the actors listed, `biggest actors`).
  const listWord = detectLanguage(tokens, lexicon) === 'FR' ? 'acteurs' : 'actors';
  for (const instead of ['', listWord]) {
    const question = `${args.question.slice(0, start)}${instead}${args.question.slice(end)}`.replace(/\s+/gu, ' ').trim();
    const answer = await answerFramed(sc, { ...args, question, rankBy: { metric, text } });
    if (answer.interpretation.operation === 'ACTORS' && answer.status !== 'NOT_UNDERSTOOD') return { ...answer, question: args.question };
  }
  return null;
}

/** Money figures a funding answer ranks (budgets, funds raised): never a list's ranking. */
const RANKED_ELSEWHERE: ReadonlySet<FigureMetric> = new Set(['BUDGET_EUR', 'FUNDS_RAISED_EUR', 'INVESTMENT_EUR']);

/** True when the intent classifier, not a shape, read the question. */
function readByClassifier(answer: AskResultRow): boolean {
  const prefix = message(answer.lang, 'readByClassifier', { intent: '\u0000', confidence: '' }).split('\u0000')[0]!;
  return answer.interpretation.notes.some((note) => note.startsWith(prefix));
}

/** The question read as the plain question its keyword stands for, beside a name said exactly; null when it is no such query. */
async function answerTelegraphic(sc: ServiceContext, args: AskArgs): Promise<AskResultRow | null> {
  const tokens = tokenize(args.question);
  const { lexicon, names } = await graphNames(sc);
  const reading = await telegraphicReading({ db: sc.db, question: args.question, tokens, lexicon, names });
  if (!reading) return null;
  const answer = await answerFramed(sc, { ...args, question: reading.question });
  const note = message(answer.lang, 'telegraphicRead', { question: reading.question });
  if (answer.status === 'NOT_UNDERSTOOD' || reading.unapplied.length === 0)
    return {
      ...answer,
      question: args.question,
      interpretation: { ...answer.interpretation, notes: [note, ...answer.interpretation.notes] },
    };
  // Words the plain question could not carry are said back with the answer's own, never dropped.
  const unappliedPrefix = message(answer.lang, 'unapplied', { words: '\u0000' }).split('\u0000')[0]!;
  const unapplied = [...answer.unapplied, ...reading.unapplied];
  const notes = [
    note,
    ...answer.interpretation.notes.filter((line) => !line.startsWith(unappliedPrefix)),
    message(answer.lang, 'unapplied', { words: unapplied.join(' … ') }),
  ];
  return {
    ...answer,
    question: args.question,
    status: 'PARTIAL',
    unapplied,
    understood: false,
    interpretation: { ...answer.interpretation, notes },
  };
}

/** The founding date said beside the founders when it answers the second question (`… et en quelle année`). */
function foundingNote(lang: AskResultRow['lang'], held: boolean, first: AskResultRow): string[] {
  const date = held ? foundingAnswered(first) : null;
  const subject = first.interpretation.subject as { name?: unknown } | null | undefined;
  if (!date || !subject || typeof subject.name !== 'string') return [];
  const years = new Date().getUTCFullYear() - Number(date.slice(0, 4));
  return [message(lang, 'foundedIn', { name: subject.name, date, years })];
}

const rank = (status: AskStatusName) => (status === 'ANSWERED' ? 2 : status === 'PARTIAL' ? 1 : 0);

/** Words that open a second question after `et` / `and` (`et qui le dirige`, `and how much`, `et pour combien`). */
const SECOND_QUESTION_WORDS: ReadonlySet<string> = new Set([
  ...['qui', 'quoi', 'ou', 'quand', 'combien', 'comment', 'pour', 'quel', 'quelle', 'quels', 'quelles', 'depuis', 'a', 'c'],
  ...['who', 'what', 'where', 'when', 'how', 'which', 'since'],
]);

/** Prepositions that open a question about who gave (`et auprès de qui`, `and from whom`, `et par qui`, `et de qui`). */
const FUNDER_TURNS: ReadonlySet<string> = new Set(['aupres', 'par', 'avec', 'de', 'd', 'from', 'by', 'with']);
const QUESTION_AFTER_TURN: ReadonlySet<string> = new Set(['qui', 'quels', 'quelles', 'lesquels', 'who', 'whom', 'which']);

/** `et en quelle année`, `and in which year`: a preposition, then a question word, opens a question asking when (A23l). */
const YEAR_TURNS: ReadonlySet<string> = new Set(['en', 'in']);
const YEAR_QUESTION_WORDS: ReadonlySet<string> = new Set(['quelle', 'quel', 'what', 'which']);

/** The two questions of `Q1 et|and Q2` (`Q2` opened by a question word), as typed; null when the question holds no such turn. */
function twoQuestions(question: string, tokens: readonly Token[]): { first: string; second: string } | null {
  // `X a un site en Occitanie ? c'est où ?`: a short follow-up after a question mark is a second question.
  const mark = question.replace(/[\s?!.]+$/u, '').lastIndexOf('?');
  if (mark > 0) {
    const first = question.slice(0, mark).trim();
    const second = question
      .slice(mark + 1)
      .replace(/[\s?!.]+$/u, '')
      .trim();
    const secondTokens = tokenize(second);
    if (
      tokenize(first).length >= 2 &&
      secondTokens.length > 0 &&
      secondTokens.length <= FOLLOW_UP_MAX_WORDS &&
      secondTokens.some((token) => SECOND_QUESTION_WORDS.has(token.folded) || WHERE_ASKED.has(token.folded))
    )
      return { first, second };
  }
  for (let at = 2; at < tokens.length - 1; at++) {
    if (tokens[at]!.folded !== 'et' && tokens[at]!.folded !== 'and') continue;
    const next = tokens[at + 1]!;
    // `et auprès de qui`, `and from whom` (A23k): a preposition opens the second question when a question word follows it.
    const turned =
      (FUNDER_TURNS.has(next.folded) && [1, 2, 3].some((k) => QUESTION_AFTER_TURN.has(tokens[at + 1 + k]?.folded ?? ''))) ||
      // `et en quelle année`, `and in what year` (A23l): a preposition before a question word asking a date.
      (YEAR_TURNS.has(next.folded) && YEAR_QUESTION_WORDS.has(tokens[at + 2]?.folded ?? ''));
    if (!SECOND_QUESTION_WORDS.has(next.folded) && !turned) continue;
    // `et à qui` / `et a combien`: `a` only before a question word.
    if (next.folded === 'a' && !SECOND_QUESTION_WORDS.has(tokens[at + 2]?.folded ?? '')) continue;
    if (next.folded === 'c' && tokens[at + 2]?.folded !== 'est') continue;
    const first = question.slice(0, tokens[at]!.start).replace(/[\s,;]+$/u, '');
    const second = question.slice(next.start).replace(/[\s?!.]+$/u, '');
    return { first, second };
  }
  return null;
}

/** Words that ask an amount (`pour combien`, `and how much`, `quel montant`): a money answer gives the amounts. */
const AMOUNT_ASKED: ReadonlySet<string> = new Set(
  'pour combien how much quel quels montant montants amount amounts what is the was were a hauteur de for d argent money'.split(' '),
);
/** Words that ask when (`et quand`, `and when`, `en quelle année`): a tie's dates answer them. */
const WHEN_ASKED: ReadonlySet<string> = new Set(
  'quand when depuis since en quelle annee what which year date in did it was a t il elle'.split(' '),
);

/** Words that ask who gave (`auprès de qui`, `from whom`, `and which investors`): a money answer gives its funders. */
const FUNDERS_ASKED: ReadonlySet<string> = new Set(
  'aupres de d qui quels quelles lesquels investisseurs financeurs fonds par avec from whom who which investors funders backers by with'.split(
    ' ',
  ),
);

/** The most words a follow-up after a question mark has (`c'est où`, `where exactly`, `depuis quand`). */
const FOLLOW_UP_MAX_WORDS = 5;

/** Words that ask where (`c'est où`, `where is it`, `lesquels`): a location answer, which names the places, answers them. */
const WHERE_ASKED: ReadonlySet<string> = new Set(
  'c est ou ca se trouve trouvent situe situes situee situees exactement lesquels lesquelles lequel laquelle where is it are they exactly located which ones'.split(
    ' ',
  ),
);

/** True when the first question's answer holds what the second asks: amounts for a money answer, dates for dated ties. */
function secondHeldByFirst(second: string, first: AskResultRow): boolean {
  const words = phraseKey(second).split(' ');
  // `X a un site en Occitanie ? c'est où ?`: the location answer names the places (the sites' too).
  if (first.interpretation.operation === 'LOCATION' && first.status === 'ANSWERED') return words.every((word) => WHERE_ASKED.has(word));
  // `combien a levé X en 2020 et auprès de qui`: the funders are the money answer's own (A23k).
  if (first.interpretation.operation === 'FUNDING' && words.every((word) => FUNDERS_ASKED.has(word)))
    return (first.funding?.length ?? 0) > 0;
  if (
    first.interpretation.operation === 'FUNDING' &&
    words.some((word) => word === 'combien' || word === 'much' || word.startsWith('montant') || word.startsWith('amount'))
  )
    return words.every((word) => AMOUNT_ASKED.has(word)) && (first.funding?.length ?? 0) > 0;
  // `combien l'État a donné à X, et quand ?` (A23ai): the dates of the fundings listed, when every one carries its date or period.
  if (
    first.interpretation.operation === 'FUNDING' &&
    words.some((word) => word === 'quand' || word === 'when' || word === 'annee' || word === 'year')
  )
    return (
      words.every((word) => WHEN_ASKED.has(word)) &&
      (first.funding?.length ?? 0) > 0 &&
      (first.funding ?? []).every((row) => Boolean(row.date || row.period))
    );
  if (
    first.interpretation.operation === 'RELATED' &&
    words.some((word) => word === 'quand' || word === 'when' || word === 'annee' || word === 'year')
  )
    return (
      words.every((word) => WHEN_ASKED.has(word)) &&
      (first.tied ?? []).length > 0 &&
      ((first.tied ?? []).every((row) => row.path.edges.some((edge) => edge.since || edge.until)) || foundingAnswered(first) !== null)
    );
  return false;
}

/** Ties that say who founded a node or where it came from: their answer's `when` is the node's founding date. */
const FOUNDING_TIES: ReadonlySet<string> = new Set(['FOUNDED', 'SPUN_OFF_FROM']);

/**
 * `qui a créé X et en quelle année`, `who founded X and when` (A23l): the founders listed and the founding date the sources give
 * for X (an actor's `founded`, a programme's `since`) answer both questions, whether or not the founding ties carry a date.
 * Null when the answer lists no founder or the sources date no founding.
 */
function foundingAnswered(first: AskResultRow): string | null {
  const subject = first.interpretation.subject as (Record<string, unknown> & { id: string }) | null | undefined;
  if (!subject) return null;
  const founders = (first.tied ?? []).filter((row) => row.path.edges.some((edge) => FOUNDING_TIES.has(edge.type)));
  if (founders.length === 0) return null;
  const date = typeof subject.founded === 'string' ? subject.founded : typeof subject.since === 'string' ? subject.since : null;
  return date;
}

async function answerFramed(sc: ServiceContext, args: AskArgs): Promise<AskResultRow> {
  // `combien l'État a donné à Ciloa dans le cadre de France 2030`: a programme named as the frame of the money is read apart
  // and applied by a money answer. Read otherwise (`entreprises financées dans le cadre de France 2030`: a list filtered by
  // the programme), the question is read again with those words in it, as it was before frames were read.
  const { lexicon } = await graphNames(sc);
  const frames = programmeFrames(tokenize(args.question), lexicon);
  if (frames.length === 0) return answerRead(sc, args, []);
  const framed = await answerRead(sc, args, frames);
  return framed.status !== 'NOT_UNDERSTOOD' && framed.interpretation.operation === 'FUNDING' ? framed : answerRead(sc, args, []);
}

async function answerRead(sc: ServiceContext, args: AskArgs, frames: readonly ProgrammeFrame[]): Promise<AskResultRow> {
  const { question, first } = args;
  const allTokens = tokenizeQuestion(question, sc.vocabulary.questions.texted);
  // A period's words are left out of the reading; FUNDING answers apply it, others say it back as not applied.
  const periods = periodSpans(allTokens);
  // `le tour de 5,2 M€ de X`: an amount said is read apart too; a money answer keeps the fundings of that amount (family 40).
  const amounts = askedAmounts(question, allTokens).filter(
    (amount) => !periods.some((span) => span.from < amount.span.to && amount.span.from < span.to),
  );
  const inPeriod = new Set(
    [...periods, ...frames.map((frame) => frame.span), ...amounts.map((amount) => amount.span)].flatMap((span) =>
      Array.from({ length: span.to - span.from }, (_, i) => span.from + i),
    ),
  );
  const { lexicon, names } = await graphNames(sc);
  // `CA de X 2022`: a year ending a figures question dates the figure, as `en 2022` does.
  const bareYear =
    periods.length === 0 && lexicon.metricsIn(allTokens, { from: 0, to: allTokens.length }).length > 0
      ? trailingYearSpan(allTokens, (words) => names.has(compactKey(words.join(' '))))
      : null;
  if (bareYear) {
    periods.push(bareYear);
    inPeriod.add(bareYear.from);
  }
  // `bonjour, je voudrais savoir …`, `… merci`, `pour un article sur X, …`: words that ask nothing are left out too.
  const scaffolding = await scaffoldingOf({ sc, question, tokens: allTokens, names });
  // `Je dirige une start-up de robotique à Montpellier, quels partenaires …`: a sentence introducing the asker is read apart.
  let opening = 0;
  while (scaffolding.has(opening)) opening++;
  const intro = introduction(question, allTokens, opening);
  const introTokens = intro ? allTokens.slice(intro.from, intro.to) : [];
  // `Journaliste à La Dépêche, je voudrais savoir qui …`: a request to be told after the introduction asks nothing either.
  if (intro)
    for (
      let at = intro.to, length = openingAt(allTokens, at);
      length > 0 && at + length < allTokens.length;
      at += length, length = openingAt(allTokens, at)
    )
      for (let i = at; i < at + length; i++) scaffolding.add(i);
  // `Nubbo, l'incubateur de Toulouse, a reçu combien ?`: an apposition after a name said first describes that node.
  const apposition = await appositionFirst({
    question,
    tokens: allTokens,
    from: intro ? intro.to : opening,
    named: async (start, end) => {
      const link = await linkName(sc.db, spanText(question, allTokens, { from: start, to: end }), ['Actor', 'Programme'], names);
      return link.outcome === 'found' && link.exact ? link.node.id : null;
    },
  });
  const within = (span: Span | null, i: number) => span !== null && span.from <= i && i < span.to;
  // `Vexim appartient à quel groupe depuis son rachat`: when the owner took it, asked at the end; a RELATED answer's dates apply it.
  const kept = allTokens
    .map((_, i) => i)
    .filter((i) => !inPeriod.has(i) && !scaffolding.has(i) && !within(intro, i) && !within(apposition?.span ?? null, i));
  const since = sinceTakeoverSpan(kept.map((i) => allTokens[i]!));
  const sinceText = since ? spanText(question, allTokens, { from: kept[since.from]!, to: kept[since.to - 1]! + 1 }) : null;
  const inSince = new Set(since ? kept.slice(since.from, since.to) : []);
  const keptTokens = kept.filter((i) => !inSince.has(i)).map((i) => allTokens[i]!);
  // `qui a mis le plus d'argent dans X`, `biggest funder of X`: a superlative no exact shape's words hold (`actionnaire
  // principal` is one) is read apart, like a period.
  const matchedWith = matchShapeLoosely(shapesOf(sc.vocabulary), keptTokens);
  // `classement des financements de l'État par montant`: an ordering said twice is one request, read apart as one. An ordering
  // is never a shape's word (`par montant` is no `par {b}`).
  const superlatives = superlativeSpans(keptTokens).filter(
    (at) =>
      at.ordering ||
      !(matchedWith?.shape.operation !== 'SEARCH' && matchedWith?.shapeWords.some((span) => span.from < at.to && at.from < span.to)),
  );
  const superlative = superlatives.length > 0;
  const superlativeText = superlative ? superlatives.map((span) => spanText(question, keptTokens, span)).join(' … ') : null;
  const unsuperlative = keptTokens.filter((_, i) => !superlatives.some((span) => span.from <= i && i < span.to));
  // `emplois prévus chez X`, `jobs to be created by X`: a plan asked of a figure is read apart too, applied by target figures.
  const planned = plannedSpan(unsuperlative, lexicon.metricsIn(unsuperlative, { from: 0, to: unsuperlative.length }).length > 0);
  const plannedText = planned ? spanText(question, unsuperlative, planned) : null;
  const tokens = planned ? unsuperlative.filter((_, i) => i < planned.from || i >= planned.to) : unsuperlative;
  const shapeMatch = superlative || planned ? matchShapeLoosely(shapesOf(sc.vocabulary), tokens) : matchedWith;
  // Exact shapes win; where none matches, or only the catch-all `who is {a}`, the classifier may read the question.
  const classified = !(shapeMatch && shapeMatch.shape.operation !== 'SEARCH') && !hasFunderCue(tokens, lexicon);
  // `Ciloa c'est financé par qui ?`: a name said first (or last) with no shape around it is one NAME for the classifier.
  const edge = classified ? await edgeName({ db: sc.db, question, tokens, lexicon, names }) : null;
  const masked = classified
    ? maskQuestion({
        tokens,
        lexicon,
        known: MODEL_WORDS,
        names: edge ? (_, from) => (from === edge.span.from ? edge.span.to - edge.span.from : 0) : undefined,
      })
    : [];
  const isFunctionWord = (word: string) => lexicon.functionWord(word) !== undefined;
  // `Cartigen, qui les finance ?`, `who funds them`: the name a pronoun stands for received; never read as the funder alone.
  const model = fundsAPronoun(tokens) ? MODEL_WITHOUT_FUNDER_ALONE : INTENT_MODEL;
  const classify = (words: typeof masked) =>
    matchIntent({
      model,
      masked: words,
      lang: args.lang ?? shapeMatch?.shape.lang ?? detectLanguage(tokens, lexicon),
      isFunctionWord,
    });
  // With a name said first, the words around it (`c'est qui les …`) ask less than its content words (`membres`): those are
  // classified first, then the question as typed.
  const contentWords = masked.filter((word) => !isFunctionWord(word.text));
  const intent = classified ? ((edge ? classify(contentWords) : null) ?? classify(masked)) : null;
  const match = investedWithin(intent?.match ?? shapeMatch, periods.length > 0);
  const lang = args.lang ?? match?.shape.lang ?? detectLanguage(tokens, lexicon);
  const choices = new Map((args.choices ?? []).map((choice) => [phraseKey(choice.text), choice.id]));
  const reader = new QuestionReader(sc, question, tokens, lexicon, lang, choices, names);
  if (args.moreMetrics) reader.metricsJoined = args.moreMetrics;
  if (args.rankBy) {
    reader.rankBy = args.rankBy;
    reader.unplaced.push(args.rankBy.text);
  }
  // `X appartient à quel groupe aujourd'hui`: the present asked at the end is left out of the shapes, not of the answer.
  reader.presentSaid = [...scaffolding].some((at) => lexicon.presentWords.has(allTokens[at]!.folded));

  for (const span of [...periods, ...frames.map((frame) => frame.span)]) reader.unplaced.push(spanText(question, allTokens, span));
  for (const amount of amounts) reader.unplaced.push(amount.text);
  if (superlativeText) {
    reader.unplaced.push(superlativeText);
    reader.superlative = superlativeText;
    // `top 3 funders of X`, `les 5 plus gros`: how many rows the ranking asks for.
    const limits = superlatives.flatMap((span) => (span.limit ? [span.limit] : []));
    reader.rankLimit = limits.length > 0 ? Math.min(...limits) : null;
  }
  if (plannedText) {
    reader.unplaced.push(plannedText);
    reader.planned = plannedText;
  }
  if (sinceText) {
    reader.unplaced.push(sinceText);
    reader.sinceTakeover = sinceText;
  }
  if (intent) {
    reader.note('readByClassifier', { intent: intent.guess.intent.id, confidence: intent.guess.confidence.toFixed(2) });
    const operation = intent.match.shape.operation;
    let leftOver = intent.leftOver;
    if (intent.alternatives) {
      // Several runs for one slot: the one that names a node (`combien d'argent a touché Cilcare`: Cilcare).
      const { slot, runs } = intent.alternatives;
      const naming = await reader.namingRun(runs, operation);
      if (naming) {
        intent.match.slots[slot] = naming;
        leftOver = runs.filter((run) => run !== naming);
      }
    }
    // Runs the classified intent has no slot for: a filter where the operation takes one, else not applied.
    for (const span of leftOver) reader.readLeftOver(span, operation);
  }
  // `le meilleur CHU selon toi`, `pharmacie de garde ce soir`: an opinion asked of the service, or what happens tonight or
  // tomorrow, is nothing the graph records; a partial answer would only look like one.
  const outOfScope = outOfScopeCue(tokens);
  const questionRead = match ? await reader.readShape(match) : await reader.readFreePhrase();
  // What the introduction says of a kind, domain or place becomes the question's filters where the question filters actors.
  const read = intro ? await reader.readIntroduction(introTokens, questionRead) : questionRead;
  if (apposition) await reader.readApposition(allTokens.slice(apposition.span.from, apposition.span.to), apposition.node);
  // `… à Nîmes : quelles structures du coin …`, `what is there around here`: `here` is the place applied, when one is.
  if (reader.places.length > 0)
    for (let at = reader.unplaced.length - 1; at >= 0; at--)
      if (tokenize(reader.unplaced[at]!).every((token) => HERE_WORDS.has(token.folded) || lexicon.functionWord(token.folded)))
        reader.unplaced.splice(at, 1);
  let operation = outOfScope ? null : read;
  if (outOfScope) reader.note('outOfScope', { words: outOfScope });
  const constraints = {
    ...fundingConstraints(question, allTokens, periods, frames),
    amounts: amounts.map((amount) => ({ text: amount.text, eur: amount.eur })),
  };
  // `c'est où SeqOne ?`, `where can I find Cell Easy`: a name found, but the question asks where, when or how much.
  let answered = await answer(sc, reader, operation, first, constraints);
  // `les pépinières du BIC`, `fonds d'investissement qui ont misé sur Antabio`: a list left a known name over; the question
  // is about that actor, so the actors of the kinds asked directly tied to it answer (any tie between organisations), the
  // words no shape read (`misé`) said back as not applied.
  const aboutNamed =
    operation === 'ACTORS' && answered.understood && !reader.subject ? await namedLeftOver(sc, reader, question, names, lexicon) : null;
  if (aboutNamed) {
    reader.takeAsSubject(aboutNamed.words, aboutNamed.node);
    // `usines Sanofi occitanie`: a site word with a group's name asks for the group's sites, not for every tie it has.
    reader.relation = reader.siteWordSaid() ? { ties: ['PART_OF'], direction: 'IN' } : { ties: ORGANISATION_TIES, direction: 'BOTH' };
    const tied = await answer(sc, reader, 'RELATED', first, constraints);
    if (tied.understood && (tied.rows.tied?.length ?? 0) > 0) {
      operation = 'RELATED';
      answered = tied;
      reader.dropWordsDescribingSubject();
    } else {
      reader.subject = null;
      reader.relation = undefined;
      reader.unplaced.push(aboutNamed.words);
    }
  }
  // `les 3 CHU d'Occitanie`, `the two IHUs`: a count before a kind says how many the asker expects, no ranking (a superlative
  // is read apart): applied when the list holds that many actors, else said back with the number listed.
  if (operation === 'ACTORS' && answered.understood && answered.rows.actors)
    for (const words of [...reader.unplaced]) {
      const count = listCount(words);
      const at = allTokens.findIndex((token) => token.start === question.indexOf(words));
      const beforeKind = at >= 0 && lexicon.contentAt(allTokens, at + 1, allTokens.length)?.kind === 'content';
      if (count === null || !beforeKind) continue;
      const listed = answered.rows.actors.length;
      reader.note(count === listed ? 'listCountHeld' : 'listCountNotHeld', { words, count: String(listed) });
      if (count === listed) reader.unplaced.splice(reader.unplaced.indexOf(words), 1);
    }
  // Ties guessed by the classifier that hold no actor (`X, c'est qui les membres` read as what X is a member of) are
  // more likely a misreading than an empty answer: not understood rather than answered.
  // An investor question may be answered by the other of its two readings (fundings, shares held): that one is said.
  const answeredBy = answered.operation ?? operation;
  const guessedNothing = intent !== null && answeredBy === 'RELATED' && answered.understood && (answered.rows.tied?.length ?? 0) === 0;
  if (guessedNothing) reader.note('classifiedEmpty');
  // `quelles entreprises sont sorties du groupe X`: `sorties de` asks for spin-offs or incubated start-ups, but may ask what
  // left a group; with neither tie recorded, an empty answer would claim none came out: not understood, with a note.
  const cameOutOfNothing =
    !guessedNothing &&
    answeredBy === 'RELATED' &&
    answered.understood &&
    reader.relation?.ties.join() === 'SPUN_OFF_FROM,INCUBATED_BY' &&
    (answered.rows.tied?.length ?? 0) === 0;
  if (cameOutOfNothing) reader.note('cameOutOfNone');
  // `qui est le PDG de Sensorion`: every body has a head, so sources naming none say nothing of who it is, not that there is none.
  const headUnknown =
    !guessedNothing &&
    answeredBy === 'RELATED' &&
    answered.understood &&
    // `who runs ANITI` (RUNS or LEADS) asks for a head as much as `who leads ANITI` does.
    reader.relation?.ties.includes('LEADS') === true &&
    !reader.relation.reversed &&
    (answered.rows.tied?.length ?? 0) === 0;
  if (headUnknown) reader.note('headNotRecorded');
  // `qui sont les fondateurs de Evotec`: sources naming no founder say nothing of who founded it, not that no one did (A23p).
  const foundersUnknown =
    !guessedNothing &&
    answeredBy === 'RELATED' &&
    answered.understood &&
    (reader.relation?.ties.includes('FOUNDED') ?? false) &&
    !reader.relation?.reversed &&
    reader.relation?.direction === 'IN' &&
    !reader.subjectFilter &&
    reader.subject !== null &&
    (answered.rows.tied?.length ?? 0) === 0;
  if (foundersUnknown) reader.note('foundersNotRecorded', { name: nameOf(reader.subject!) });
  const result = guessedNothing || headUnknown || foundersUnknown || cameOutOfNothing ? { ...answered, understood: false } : answered;
  // `qui a mené la levée de X`, `lead investor of X`, `premier financeur de X`: who led a round, or which came first, is never
  // recorded; a money or investor answer gives every funder, so those words are said back, never dropped (A23p).
  // Only the investor relation: an owner question (`le nouveau propriétaire de X`) reads `nouveau` as the present asked.
  const investorAnswer = answeredBy === 'FUNDING' || (answeredBy === 'RELATED' && reader.relation?.ties.join() === 'HOLDS_SHARES_IN');
  // A word already said back, or applied as a kind, place, domain or name, is not said back again.
  const appliedWords = reader.readings
    .filter((r) => r.role !== 'QUESTION' && r.role !== 'FILLER')
    .flatMap((r) => phraseKey(r.text).split(' '));
  const qualifiers =
    investorAnswer && result.understood
      ? roundQualifiers(question, tokens).filter(
          (words) =>
            !reader.unplaced.some((said) => said.includes(words)) &&
            !(reader.natureApplied && phraseKey(words).split(' ').every(saysFunderNature)) &&
            !appliedWords.includes(phraseKey(words).split(' ')[0]!) &&
            // `Evotec's new plant`: `new` names the event the money paid for, which a money answer reads itself.
            !((constraints.events ?? []).length > 0 && NEW_WORDS.has(phraseKey(words))),
        )
      : [];
  if (qualifiers.length > 0) reader.note('roundQualifierNotRecorded', { words: qualifiers.join(', ') });
  // Words left unplaced restrict the meaning, unless they are a typo of a word that carries none (`whichh`).
  // Asking where, when or how much is never applied by a search by name, even though `where` carries no name itself.
  const asking = operation === 'SEARCH' ? askingWords(question, tokens) : [];
  const restricting = [
    // An instrument (`prêt`) is no typo of a function word (`près`).
    ...reader.unplaced.filter(
      (words) =>
        !asking.includes(words) &&
        !(answeredBy === 'LOCATION' && asksWhatLocationGives(words, lexicon)) &&
        (instrumentSpans(tokenize(words)).length > 0 || !lexicon.misspelledFunctionWord(phraseKey(words), lang)),
    ),
    ...asking,
    ...qualifiers,
  ];
  // `start-ups biotech à Bordeaux`: a place of France (the official geographic code) the graph holds no node for has no actor
  // of the graph located in it: the list is empty, the place applied, never the actors of Occitanie listed instead.
  const elsewhere =
    (operation === 'ACTORS' || (operation === 'RELATED' && asksForParts(reader.relation))) && answered.understood
      ? restricting.flatMap((words) => {
          const place = placeOfFranceAsked(question, allTokens, words, (word) => lexicon.functionWord(word)?.placeWord ?? false);
          return place ? [{ words, place }] : [];
        })
      : [];
  for (const { words, place } of elsewhere) {
    restricting.splice(restricting.indexOf(words), 1);
    const department = place.departmentCode ? placeByCode('DEPARTMENT', place.departmentCode)?.name : undefined;
    const region = place.regionCode ? placeByCode('REGION', place.regionCode)?.name : undefined;
    const where = [department, region].filter(Boolean).join(', ');
    reader.note(place.regionCode === HOME_REGION_CODE ? 'placeWithoutActors' : 'placeOutsideRegion', { words, where });
  }
  // Outside Occitanie the graph claims no coverage: `biotechs à Bordeaux` is out of its scope (not understood, the note
  // saying where the place is), while a commune of the region with no actor (`hôpitaux à Revel`) is an empty answer.
  const outsideRegion = elsewhere.some(({ place }) => place.regionCode !== HOME_REGION_CODE);
  // `les sites de Sanofi à Bordeaux`: none of a group's parts either.
  const rows =
    elsewhere.length === 0
      ? answered.rows
      : operation === 'ACTORS'
        ? { ...answered.rows, actors: [], tied: null }
        : { ...answered.rows, tied: [] };
  // `les hôpitaux de Barcelone`: a list narrowed by a name the graph does not hold (a place of another region, mostly) would
  // list the actors of Occitanie instead: not understood rather than partial.
  // A question typed all in capitals (`QUELLES START-UPS ONT LEVÉ …`) has no case to tell a name by.
  const unknownName =
    operation === 'ACTORS' && /\p{Ll}/u.test(question)
      ? restricting.find(
          (words) =>
            /^\p{Lu}/u.test(words) &&
            question.indexOf(words) > 0 &&
            !reader.introductionWords.includes(words) &&
            !saysAProperty(question, allTokens, words),
        )
      : undefined;
  if (unknownName) reader.note('unknownNameInList', { words: unknownName });
  // `les fondations qui financent la recherche`, `associations de patients à Toulouse`: a kind of body the graph does not
  // record (no actor kind of the seeds is one) is said so, never answered with other kinds (A23k).
  const kindless = tokens.find(
    (token) =>
      KINDS_NOT_RECORDED.has(token.folded) &&
      (!result.understood || restricting.some((words) => phraseKey(words).split(' ').includes(token.folded))),
  );
  if (kindless) reader.note('kindNotRecorded', { words: question.slice(kindless.start, kindless.end) });
  // `le meilleur hôpital de France`, `is Evotec a good stock`, `horaires du CHU`: a word left unapplied that asks for an opinion,
  // a price or a private or practical matter makes the rest of the reading no answer to the question, not a broader one.
  const offTopic = restricting.flatMap((words) => phraseKey(words).split(' ')).find((word) => OUT_OF_SCOPE_WORDS.has(word));
  if (offTopic) reader.note('outOfScope', { words: offTopic });
  // `prix d'un billet de train`, `score du match`: out of scope whatever else was read, so no operation is said (A23j).
  // `qui dirige le Japon`: a place where an actor was asked, and nothing else read as a subject: no operation applies either.
  const misfit = !result.understood && reader.misfitName !== null && !reader.subject;
  // `What is the capital of Australia`, `quelle heure est-il`: a search by name whose words name nothing of the graph is no
  // search it did; no operation is said, never one that happens to hold a word of the question.
  // A name of an actor or programme inside the words (`le directeur financier de Sanofi`) keeps the search said.
  const searchedNothing =
    !result.understood &&
    answeredBy === 'SEARCH' &&
    reader.nameNowhere !== null &&
    !reader.subject &&
    !holdsAName(reader.nameNowhere, names);
  // `combien de biotechs en Bretagne`: no coverage outside the region, so no operation is said to answer it either.
  const interpretation =
    offTopic || kindless || misfit || outsideRegion || searchedNothing
      ? reader.interpretation(null, null)
      : reader.interpretation(answeredBy, result.graphql);
  const statusRead: AskStatusName =
    !result.understood || reader.ambiguities.length > 0 || unknownName || offTopic || outsideRegion || kindless
      ? 'NOT_UNDERSTOOD'
      : restricting.length > 0
        ? 'PARTIAL'
        : 'ANSWERED';
  // A classifier's guess that gives the node named a role the words deny (`qui l'a financé` read as what it funded) is not
  // answered (family 40).
  const doubt = intent && statusRead !== 'NOT_UNDERSTOOD' ? classifierDoubt(intent.guess.intent, tokens) : null;
  if (doubt) reader.note('classifierRoleNotSaid');
  const status: AskStatusName = doubt ? 'NOT_UNDERSTOOD' : statusRead;
  // Never answer as if every word were applied: what was not is said, in words.
  if (status === 'PARTIAL') reader.note('unapplied', { words: restricting.join(' … ') });
  const understood = status === 'ANSWERED';
  return {
    question,
    lang,
    status,
    unapplied: status === 'PARTIAL' ? restricting : [],
    understood,
    interpretation,
    ambiguities: reader.ambiguities,
    suggestions: understood ? [] : closestExamples(sc.vocabulary, lang, tokens, operation),
    hits: null,
    actors: null,
    tied: null,
    paths: null,
    funding: null,
    fundingByFunder: null,
    fundingByRecipient: null,
    fundingTotalEur: null,
    partners: null,
    figures: null,
    ...(offTopic || kindless ? {} : elsewhere.length > 0 ? rows : result.rows),
  };
}

/**
 * Kinds of bodies people ask for that no actor kind of the graph is (`seeds/`: its kinds are companies, clusters, poles,
 * hospitals, research bodies, funds, incubators, …): associations, federations, unions, foundations, living labs, third places.
 * Folded words; `living` and `tiers` stand for `living labs` and `tiers-lieux`.
 */
const KINDS_NOT_RECORDED: ReadonlySet<string> = new Set([
  ...['association', 'associations', 'federation', 'federations', 'syndicat', 'syndicats', 'fondation', 'fondations'],
  ...['foundation', 'foundations', 'charity', 'charities', 'ong', 'ngo', 'ngos', 'living', 'tiers'],
]);

/** Words before a property asked of the listed actors (`with FDA approval`, `avec le marquage CE`), folded. */
const PROPERTY_WORDS: ReadonlySet<string> = new Set([
  ...['with', 'without', 'having', 'avec', 'sans', 'ayant'],
  // `certifiées ISO 13485`, `FDA-approved`, `CE certified`: a certification the graph does not record (A23w).
  ...['certifie', 'certifiee', 'certifies', 'certifiees', 'certified', 'homologue', 'homologuee', 'homologues', 'homologuees'],
  ...['approved', 'accredite', 'accreditee', 'accredites', 'accreditees', 'accredited', 'agreee', 'agreees'],
  // `listed on the Nasdaq`, `cotées sur Euronext` (A23ai): a stock-exchange listing, which the graph does not record.
  ...['listed', 'quoted', 'cotee', 'cotees', 'cote', 'cotes'],
]);
/** Words between a property's word and its name (`with the`, `listed on the`, `cotées en`). */
const PROPERTY_ARTICLES: ReadonlySet<string> = new Set([
  ...['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'the', 'a', 'an'],
  ...['on', 'sur', 'en', 'au', 'at'],
]);

/**
 * True when the capitalised words follow `with`, `avec` (an article between): a property of the actors listed, which the graph
 * may not record (`companies with FDA approval`: said back, `PARTIAL`), not a place or name it does not know.
 */
function saysAProperty(question: string, tokens: readonly Token[], words: string): boolean {
  const first = tokens.findIndex((token) => token.start === question.indexOf(words));
  // `certifiées B Corp`: the other capitalised words of the property's name stand between it and its word.
  const capitalised = (token: Token) => /^\p{Lu}/u.test(question.slice(token.start));
  let before = first - 1;
  while (before > 0 && (PROPERTY_ARTICLES.has(tokens[before]!.folded) || capitalised(tokens[before]!))) before--;
  if (before >= 0 && PROPERTY_WORDS.has(tokens[before]!.folded)) return true;
  // `B Corp certified start-ups`, `with a B Corp certification`: the property's word after its name.
  let after = first + 1;
  while (after < tokens.length && tokens[after]!.start < question.indexOf(words) + words.length) after++;
  while (after < tokens.length - 1 && capitalised(tokens[after]!)) after++;
  return after < tokens.length && (PROPERTY_WORDS.has(tokens[after]!.folded) || PROPERTY_NOUNS.has(tokens[after]!.folded));
}

/** Nouns naming a property after its name (`une certification B Corp`, `B Corp label`), folded. */
const PROPERTY_NOUNS: ReadonlySet<string> = new Set([
  ...['certification', 'certifications', 'label', 'labels', 'labellise', 'labellisee', 'labellises', 'labellisees'],
  ...['labelled', 'labeled', 'accreditation', 'approval', 'certificate', 'marquage'],
]);

/** The longest run of words a name is looked for in (`Laboratoires Pierre Fabre`). */
const MAX_NAME_RUN = 4;

/** True when a run of the words (up to four) is exactly a name or alias of an actor or a programme of the graph. */
function holdsAName(words: string, names: NameIndex): boolean {
  const tokens = tokenize(words);
  for (let from = 0; from < tokens.length; from++)
    for (let to = from + 1; to <= Math.min(tokens.length, from + MAX_NAME_RUN); to++) {
      const key = compactKey(
        tokens
          .slice(from, to)
          .map((token) => token.folded)
          .join(' '),
      );
      if (names.exact(key, ['Actor', 'Programme']).length > 0) return true;
    }
  return false;
}

/** Words standing for the place the asker is at or spoke of (`ici`, `du coin`, `around here`), folded. */
const HERE_WORDS: ReadonlySet<string> = new Set(['ici', 'coin', 'alentours', 'environs', 'here', 'nearby', 'locally', 'around']);

/** Articles between a place word and a place (`dans le Var`, `in the Rhône`). */
const PLACE_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l', 'the']);

/**
 * The place of France some unplaced words name, when a place word stands before them (`à Bordeaux`, `dans le Var`, `in
 * Lyon`): a commune, département or region of the official geographic code. Null when they name none, or stand after no
 * place word (`Bio`, a commune of the Lot, is no place in `start-ups bio`).
 */
function placeOfFranceAsked(
  question: string,
  tokens: readonly Token[],
  words: string,
  isPlaceWord: (word: string) => boolean,
): Gazetteer | null {
  const at = tokens.findIndex((token) => token.start === question.indexOf(words));
  let before = at - 1;
  while (before > 0 && PLACE_ARTICLES.has(tokens[before]!.folded)) before--;
  if (at <= 0 || before < 0 || !isPlaceWord(tokens[before]!.folded)) return null;
  return placesNamed(words)[0] ?? null;
}

/** Positions of the words around the question that ask nothing: openings, closings, and the preamble of a topic said first. */
async function scaffoldingOf(args: {
  sc: ServiceContext;
  question: string;
  tokens: readonly Token[];
  names: NameIndex;
}): Promise<Set<number>> {
  const { sc, question, tokens, names } = args;
  const dropped = scaffoldingPositions(tokens);
  let from = 0;
  while (dropped.has(from)) from++;
  const topic = await topicFirst({
    question,
    tokens,
    from,
    names: async (start, end) => {
      const link = await linkName(sc.db, spanText(question, tokens, { from: start, to: end }), ['Actor', 'Programme'], names);
      return link.outcome === 'found' && link.exact;
    },
  });
  for (const at of topic?.dropped ?? []) dropped.add(at);
  return dropped;
}

/** Words asking for a place, a time or an amount, which a search by name does not answer (`où` with its accent: `ou` is `or`). */
const ASKING_WORDS = new Set(['où', 'where', 'quand', 'when', 'combien', 'much']);
/** Asking words too close to common words (`much`: `such`, `must`) to be taken for their typo. */
const EXACT_ASKING_WORDS = new Set(['much']);

/** The words of a question that ask where, when or how much, as typed, one typo allowed (`were is X`). */
function askingWords(question: string, tokens: readonly Token[]): string[] {
  return tokens
    .map((token) => question.slice(token.start, token.end))
    .filter((word) => {
      const lower = word.toLowerCase();
      return (
        ASKING_WORDS.has(lower) ||
        (lower.length >= 4 &&
          [...ASKING_WORDS].some((asking) => asking.length >= 4 && !EXACT_ASKING_WORDS.has(asking) && distance(asking, lower) <= 1))
      );
    });
}

/** Words asking for an opinion of the service or for what happens soon (folded): no fact the graph records answers them. */
const OUT_OF_SCOPE_CUES: readonly (readonly string[])[] = [
  ['selon', 'toi'],
  ['selon', 'vous'],
  ['a', 'ton', 'avis'],
  ['a', 'votre', 'avis'],
  ['d', 'apres', 'toi'],
  ['d', 'apres', 'vous'],
  ['tu', 'penses'],
  ['vous', 'pensez'],
  ['in', 'your', 'opinion'],
  ['do', 'you', 'think'],
  ['would', 'you', 'recommend'],
  ['ce', 'soir'],
  ['demain'],
  ['tomorrow'],
  ['tonight'],
  ['meteo'],
  ['weather'],
  ['rugby'],
  ['football'],
  ['foot'],
  ['le', 'match'],
  ['the', 'match'],
  ['the', 'game'],
  // A task asked of the service rather than a fact of the graph (`translate X into German`, `write me a poem about Nîmes`,
  // `une recette de …`): whatever names it holds, no operation answers it.
  ['translate'],
  ['traduis'],
  ['traduire'],
  ['traduisez'],
  ['traduction'],
  ['translation'],
  ['poem'],
  ['poeme'],
  ['poesie'],
  ['haiku'],
  ['recipe'],
  ['recette'],
  ['calories'],
  ['joke'],
  ['blague'],
  ['cover', 'letter'],
  ['lettre', 'de', 'motivation'],
  ['write', 'me'],
  ['ecris', 'moi'],
  ['redige', 'moi'],
];

/**
 * Words (folded) that, when no operation applied them, ask for what the graph does not record: a ranking or opinion, a
 * price or a share price, opening hours or a phone number, private life, sport, medical advice. Only unapplied words
 * count: `les meilleurs partenaires pour X` is a partner question whose shape takes `meilleurs`.
 */
const OUT_OF_SCOPE_WORDS: ReadonlySet<string> = new Set([
  ...['meilleur', 'meilleure', 'meilleurs', 'meilleures', 'pire', 'pires', 'best', 'worst', 'top', 'good', 'bonne', 'bonnes'],
  ...['prix', 'price', 'prices', 'tarif', 'tarifs', 'coute', 'coutent', 'cost', 'costs', 'cher', 'chere', 'cheap', 'stock', 'stocks'],
  ...['horaires', 'hours', 'telephone', 'phone', 'rendez', 'appointment', 'appointments'],
  // How to apply or enrol somewhere (`how do I apply for a PhD at X`, `postuler au CHU`): a procedure, not a fact of the graph.
  ...['apply', 'postuler', 'candidater', 'inscrire', 'inscription', 'admission', 'admissions', 'enrol', 'enroll'],
  ...['marie', 'mariee', 'married', 'wife', 'husband', 'epouse', 'enfants', 'children', 'age', 'old', 'salaire', 'salary'],
  ...['derby', 'gagne', 'won', 'championnat', 'league', 'score', 'scored'],
  // Elections (`qui va gagner les municipales`): politics the graph does not record.
  ...['gagner', 'win', 'municipales', 'elections', 'election', 'presidentielle', 'legislatives', 'vote', 'voter', 'votes'],
  ...['symptomes', 'symptoms', 'medicament', 'medicaments', 'soigner', 'guerir', 'douleur', 'pain', 'posologie', 'ordonnance'],
]);

/** The first out-of-scope cue the question holds, as words; null when none. */
function outOfScopeCue(tokens: readonly Token[]): string | null {
  const words = tokens.map((token) => token.folded);
  for (const cue of OUT_OF_SCOPE_CUES)
    for (let at = 0; at + cue.length <= words.length; at++) if (cue.every((word, i) => words[at + i] === word)) return cue.join(' ');
  return null;
}

/**
 * A run left unplaced after the question's first word that names one actor or programme of the graph: capitalised, or typed
 * in lower case (`cliniques du groupe elsan`) when none of its words is one the reader knows and it names one node uncorrected.
 */
async function namedLeftOver(
  sc: ServiceContext,
  reader: QuestionReader,
  question: string,
  names: Awaited<ReturnType<typeof graphNames>>['names'],
  lexicon: Lexicon,
): Promise<{ words: string; node: EntityRow } | null> {
  const capitalised = (words: string) => /^\p{Lu}/u.test(words);
  // `Clinavenir, c'est quelles cliniques ?`: a name said first and set apart (a comma, a colon, `c'est`) is the topic too.
  const setApart = (words: string) => question.indexOf(words) === 0 && /^\s*([,:;]|c['’ ]?\s*est\b)/iu.test(question.slice(words.length));
  const after = reader.unplaced.filter((words) => question.indexOf(words) > 0 || setApart(words));
  // A capitalised run first (`les cliniques que Clinavenir gère`: `gère` is no name); only without one, a run in lower case.
  const upper = after.filter(capitalised);
  const named = upper.length > 0 ? upper : after.filter((words) => tokenize(words).every((token) => !lexicon.knows(token.folded)));
  if (named.length !== 1) return null;
  const link = await linkName(sc.db, named[0]!, ['Actor', 'Programme'], names);
  if (link.outcome !== 'found' || (!capitalised(named[0]!) && link.corrected)) return null;
  return { words: named[0]!, node: link.node };
}

/** `X's head office`, `les bureaux de X`: words a location answer gives anyway (a seat, offices), and function words. */
function asksWhatLocationGives(words: string, lexicon: Lexicon): boolean {
  return tokenize(words).every((token) => LOCATION_ANSWERS.has(token.folded) || lexicon.functionWord(token.folded) !== undefined);
}

/**
 * `who invested in Sensorion in 2024`: investors asked within a period are the money put in then, a FUNDING question (the
 * fundings dated within it and the stakes taken then), as `who invested in X's 2024 round` is; `qui sont les actionnaires
 * de X en 2024` stays a question of shareholders.
 */
export function investedWithin(match: ShapeMatch | null, periodAsked: boolean): ShapeMatch | null {
  const relation = match?.shape.relation;
  if (!match || !relation || !periodAsked || match.shape.operation !== 'RELATED') return match;
  // The slots said, not the shape's: an optional filter left empty (`les? {f} qui ont investi dans {a}`) asks no kind (family 39).
  if (Object.keys(match.slots).some((slot) => slot !== 'a') || relation.direction !== 'IN' || relation.reversed) return match;
  if (relation.ties.length !== 1 || relation.ties[0] !== 'HOLDS_SHARES_IN' || !/invest/.test(match.shape.shape)) return match;
  return { ...match, shape: { ...match.shape, operation: 'FUNDING' } };
}
