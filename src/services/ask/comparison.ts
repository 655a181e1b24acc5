import type { EntityRow, FigureRow, FundingTotalRow } from '../../db/rows';
import { ACTOR_FIGURES } from '../../db/ties';
import { PAGE_SIZE } from '../../domain/limits';
import type { FigureMetric } from '../../domain/model';
import type { Lang } from '../../domain/vocabulary';
import type { ServiceContext } from '../context';
import { fundingOverview, narrowedFundingOverview } from '../funding';
import { latestFigure, nameOf } from './answering';
import { funderNature, instrumentSpans, PUBLIC_FUNDER_KINDS, periodOfSpan } from './fundingConstraints';
import { graphNames } from './graphNames';
import type { AskResultRow, AskStatusName } from './interpretation';
import type { Lexicon } from './lexicon';
import { message } from './messages';
import { compactKey, type NameIndex } from './nameIndex';
import { detectLanguage } from './reading';
import { periodSpans, type Span, spanText, type Token, tokenize } from './text';

/**
 * Family 41: two named actors compared (`X ou Y, lequel a le plus de salariés`, `qui emploie le plus, X ou Y`, `Is X bigger
 * than Y`, `X vs Y funding`). Both values are given side by side, from the facts, and the larger is said; when one side has
 * no figure the answer is PARTIAL and says so. Never one actor picked silently.
 */

/** What two actors are compared by: figures of some metrics (the first both have decides), or the money they received. */
type Compared = { by: 'FIGURES'; metrics: FigureMetric[]; words: Span | null } | { by: 'FUNDING'; words: Span | null };

/** A comparison read in a question: the two names, what they are compared by, and the words it left over. */
export interface ComparisonReading {
  first: Span;
  second: Span;
  compared: Compared;
  /** Words of the question no part of the comparison reads (a kind, a place…): said back, never dropped; a kind both are of is applied. */
  leftOver: { text: string; kind?: string }[];
  /** A period said (`en 2023`): applied to the money and the figures. */
  period: Span | null;
  /** A third actor named as the one who gave (`which got more money from the State, X or Y`): the money compared is its own. */
  funder?: Span;
  /**
   * A third actor named as the one who received, the two compared being who gave (`who put more money into X, the State or the
   * Région?`): the money each gave it is compared.
   */
  recipient?: Span;
}

/** Words joining two names that make them a comparison on their own (`X vs Y`, `X contre Y`, `X compared to Y`). */
const VERSUS: ReadonlySet<string> = new Set(['vs', 'versus', 'v', 'contre', 'face', 'compared', 'compare', 'comparee', 'rapport']);
/** `X ou Y`, `X or Y`: a comparison only with a word choosing one of them and a comparative. */
const OR: ReadonlySet<string> = new Set(['ou', 'or']);
/** `compare X and Y`, `entre X et Y`: a comparison only with a word of comparing before the first name. */
const AND: ReadonlySet<string> = new Set(['et', 'and', 'with', 'avec', 'a', 'to']);
const COMPARING: ReadonlySet<string> = new Set([
  ...['compare', 'comparer', 'comparez', 'comparaison', 'compares', 'comparing', 'comparison', 'entre', 'between'],
]);
/** `X a plus de salariés que Y`, `Is X bigger than Y`: the word before the second name. */
const THAN: ReadonlySet<string> = new Set(['que', 'qu', 'than']);
/** Words choosing one of two (`lequel`, `which`, `qui`). */
const CHOOSING: ReadonlySet<string> = new Set(['lequel', 'laquelle', 'lesquels', 'qui', 'which', 'who', 'whichever']);
/** Comparatives and superlatives (`plus`, `more`, `most`, `bigger`). */
const MORE: ReadonlySet<string> = new Set([
  ...['plus', 'moins', 'davantage', 'more', 'most', 'less', 'fewer', 'least', 'higher', 'highest', 'lower', 'larger', 'largest'],
  ...['bigger', 'biggest', 'greater', 'greatest', 'superieur', 'superieure', 'inferieur', 'inferieure', 'meilleur'],
]);
/** Words asking the size of an actor, compared by its staff first, then its revenue. */
const SIZE: ReadonlySet<string> = new Set([
  ...['gros', 'grosse', 'grand', 'grande', 'taille', 'important', 'importante', 'big', 'bigger', 'biggest', 'large', 'larger'],
  ...['largest', 'size', 'sized'],
]);
/** Words asking how much money an actor received or raised. */
const MONEY: ReadonlySet<string> = new Set([
  ...['argent', 'financement', 'financements', 'finance', 'financee', 'finances', 'financees', 'subvention', 'subventions'],
  ...['aides', 'fonds', 'leve', 'levee', 'levees', 'recu', 'recue', 'touche', 'touchee', 'money', 'funding', 'fundings', 'funded'],
  ...['financing', 'grants', 'grant', 'raised', 'received', 'cash', 'investi', 'invested', 'sous', 'thunes', 'fric'],
]);
/** Verbs of employing, which ask the staff (`qui emploie le plus`). */
const EMPLOYING: ReadonlySet<string> = new Set(['emploie', 'emploient', 'embauche', 'employs', 'employ', 'hires', 'hire']);
/** Figures that are no size of an actor's own (counts of the actors a body groups, targets): no comparison of two actors. */
const NOT_COMPARED: ReadonlySet<FigureMetric> = new Set(['COMPANIES', 'STRUCTURES', 'NEW_COMPANIES', 'RELOCATION_PROJECTS']);

/** The longest run of words a name is looked for in. */
const MAX_NAME_WORDS = 5;
/** The most words between the two names (`X a-t-il plus de salariés que Y`). */
const MAX_BETWEEN = 8;

/** The runs of words naming one actor exactly (name or alias), longest first, left to right, never overlapping. */
export function actorNamesIn(tokens: readonly Token[], isName: (key: string) => string | null, known: (word: string) => boolean) {
  const found: { span: Span; id: string }[] = [];
  for (let from = 0; from < tokens.length; from++) {
    for (let to = Math.min(tokens.length, from + MAX_NAME_WORDS); to > from; to--) {
      const words = tokens.slice(from, to).map((token) => token.folded);
      // One word the reader knows (`sante`, `region`) is no name said here; a longer run is.
      if (words.length === 1 && known(words[0]!)) continue;
      const id = isName(compactKey(words.join(' ')));
      if (!id) continue;
      found.push({ span: { from, to }, id });
      from = to - 1;
      break;
    }
  }
  return found;
}

/**
 * The comparison a question asks between two actors named exactly, or null: the two names joined by `ou|or` with a word
 * choosing one and a comparative, by `vs|versus|contre`, by `et|and` after a word of comparing, or the second after `que|than`
 * and a comparative; and something to compare them by (a metric, money, size, employing).
 */
export function comparisonIn(
  tokens: readonly Token[],
  names: readonly { span: Span; id: string }[],
  metricsIn: (span: Span) => { metric: FigureMetric; span: Span }[],
): Omit<ComparisonReading, 'leftOver' | 'period'> | null {
  const distinct = names.filter((name, i) => names.findIndex((other) => other.id === name.id) === i);
  if (distinct.length !== names.length || names.length < 2 || names.length > 3) return null;
  const funders = fundersCompared(tokens, names);
  if (funders) return funders;
  // A third name is the one who gave the money (`from the State`, `de la Région`), said before or after the two compared.
  const givers = names.length === 3 ? names.filter(({ span }) => GIVING.has(wordBefore(tokens, span.from))) : [];
  const compared = names.filter((name) => !givers.includes(name));
  if (compared.length !== 2 || givers.length !== names.length - 2) return null;
  const [first, second] = [compared[0]!.span, compared[1]!.span];
  const funder = givers[0]?.span;
  const between = tokens.slice(first.to, second.from).map((token) => token.folded);
  if (between.length === 0 || between.length > MAX_BETWEEN) return null;
  const words = tokens.map((token) => token.folded);
  const outside = [...words.slice(0, first.from), ...words.slice(second.to)];
  const joined =
    (between.length <= 3 && between.some((word) => VERSUS.has(word))) ||
    (between.length <= 2 &&
      between.some((word) => OR.has(word)) &&
      words.some((word) => CHOOSING.has(word)) &&
      words.some((word) => MORE.has(word) || SIZE.has(word))) ||
    (between.length <= 2 && AND.has(between[0]!) && words.slice(0, first.from).some((word) => COMPARING.has(word))) ||
    (THAN.has(between[between.length - 1]!) && between.some((word) => MORE.has(word) || SIZE.has(word)));
  if (!joined) return null;
  const spanOfRest = (test: (word: string) => boolean) => tokens.findIndex((token, at) => !inNames(at, names) && test(token.folded));
  const withFunder = funder ? { funder } : {};
  // What they are compared by: a metric said, else money, else employing, else size.
  const all = { from: 0, to: tokens.length };
  const metrics = metricsIn(all).filter((m) => !inNames(m.span.from, names) && !NOT_COMPARED.has(m.metric));
  const text = (at: number): Span | null => (at >= 0 ? { from: at, to: at + 1 } : null);
  if (metrics.length > 0 && !metrics.some((m) => m.metric === 'FUNDS_RAISED_EUR'))
    return funder ? null : { first, second, compared: { by: 'FIGURES', metrics: metrics.map((m) => m.metric), words: metrics[0]!.span } };
  const money = spanOfRest((word) => MONEY.has(word));
  if (money >= 0 || metrics.length > 0) return { first, second, compared: { by: 'FUNDING', words: text(money) }, ...withFunder };
  if (funder) return null;
  const employing = spanOfRest((word) => EMPLOYING.has(word));
  if (employing >= 0) return { first, second, compared: { by: 'FIGURES', metrics: ['EMPLOYEES'], words: text(employing) } };
  const size = spanOfRest((word) => SIZE.has(word));
  if (size >= 0 && outside.length + between.length > 0)
    return { first, second, compared: { by: 'FIGURES', metrics: ['EMPLOYEES', 'REVENUE_EUR'], words: text(size) } };
  return null;
}

/**
 * `who put more money into X, the State or the Région?`, `qui a le plus financé X, l'État ou la Région ?` (A23ai): three names,
 * two of them joined by `or|ou` and the third named apart, not as one who gave; a word choosing one, a comparative and a word of
 * money. The two joined are the funders compared, the third the one they gave to. Null otherwise.
 */
function fundersCompared(
  tokens: readonly Token[],
  names: readonly { span: Span; id: string }[],
): Omit<ComparisonReading, 'leftOver' | 'period'> | null {
  if (names.length !== 3) return null;
  const words = tokens.map((token) => token.folded);
  if (!words.some((word) => CHOOSING.has(word)) || !words.some((word) => MORE.has(word))) return null;
  for (let i = 0; i < 2; i++) {
    const [first, second] = [names[i]!.span, names[i + 1]!.span];
    const between = words.slice(first.to, second.from);
    if (between.length === 0 || between.length > 2 || !between.some((word) => OR.has(word))) continue;
    const recipient = names[i === 0 ? 2 : 0]!.span;
    if (GIVING.has(wordBefore(tokens, recipient.from))) return null;
    const money = tokens.findIndex((token, at) => !inNames(at, names) && (MONEY.has(token.folded) || FUNDING_VERBS.has(token.folded)));
    if (money < 0) return null;
    return { first, second, compared: { by: 'FUNDING', words: { from: money, to: money + 1 } }, recipient };
  }
  return null;
}

/** Verbs of giving money (folded) that ask who gave most when two givers are compared (`qui a le plus financé X`). */
const FUNDING_VERBS: ReadonlySet<string> = new Set([
  ...['finance', 'financent', 'subventionne', 'soutenu', 'investi', 'donne', 'verse', 'apporte', 'mis', 'injecte'],
  ...['funded', 'financed', 'invested', 'gave', 'given', 'put', 'backed', 'contributed', 'granted'],
]);

/** Words before the name of the one who gave (`from`, `de`, `par`), articles skipped by `wordBefore`. */
const GIVING: ReadonlySet<string> = new Set(['from', 'by', 'de', 'du', 'des', 'd', 'par', 'aupres']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'le', 'la', 'l', 'les']);

/** The word before a position, articles skipped; empty at the start. */
function wordBefore(tokens: readonly Token[], at: number): string {
  let before = at - 1;
  while (before >= 0 && ARTICLES.has(tokens[before]!.folded)) before--;
  return before >= 0 ? tokens[before]!.folded : '';
}

const inNames = (at: number, names: readonly { span: Span }[]) => names.some(({ span }) => span.from <= at && at < span.to);

/** Words a comparison reads whatever they are (joining, choosing, comparing, asking): never said back as not applied. */
const COMPARISON_WORDS: ReadonlySet<string> = new Set([
  ...VERSUS,
  ...OR,
  ...AND,
  ...COMPARING,
  ...THAN,
  ...CHOOSING,
  ...MORE,
  ...SIZE,
  ...MONEY,
  ...EMPLOYING,
]);

/**
 * The words of the question no part of the comparison reads and which restrict its meaning (a kind, a domain, a place, a
 * programme of the lexicon, or a capitalised word), as typed.
 */
function leftOverWords(
  question: string,
  tokens: readonly Token[],
  used: (at: number) => boolean,
  lexicon: Lexicon,
): { text: string; kind?: string }[] {
  const left: { text: string; kind?: string }[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (used(at) || COMPARISON_WORDS.has(tokens[at]!.folded)) continue;
    const content = lexicon.contentAt(tokens, at, tokens.length);
    if (content?.kind === 'content' && ['KIND', 'DOMAIN', 'PLACE', 'PROGRAMME'].includes(content.entry.role)) {
      const entry = content.entry as { role: string; kind?: string };
      left.push({ text: spanText(question, tokens, content.span), ...(entry.role === 'KIND' && entry.kind ? { kind: entry.kind } : {}) });
      at = content.span.to - 1;
    }
  }
  return left;
}

/** The comparison a question asks between two actors of the graph, read; null when it asks none. */
export async function readComparison(sc: ServiceContext, question: string): Promise<ComparisonReading | null> {
  const tokens = tokenize(question);
  if (tokens.length < 3) return null;
  const { lexicon, names } = await graphNames(sc);
  const found = actorNamesIn(tokens, actorIdOf(names), (word) => lexicon.knows(word));
  const reading = comparisonIn(tokens, found, (span) => lexicon.metricsIn(tokens, span));
  if (!reading) return null;
  const periods = periodSpans(tokens);
  const period = periods.length === 1 ? periods[0]! : null;
  const inPeriods = (at: number) => periods.some((span) => span.from <= at && at < span.to);
  const metricAt = new Set(lexicon.metricsIn(tokens, { from: 0, to: tokens.length }).flatMap((m) => range(m.span.from, m.span.to)));
  const leftOver = leftOverWords(question, tokens, (at) => inNames(at, found) || inPeriods(at) || metricAt.has(at), lexicon);
  // Two periods (`en 2020 et en 2023`) are no one period the values can be read in.
  if (periods.length > 1) leftOver.push(...periods.map((span) => ({ text: spanText(question, tokens, span) })));
  return { ...reading, leftOver, period };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** The id of the one actor a compact key names exactly; null when none or several. */
function actorIdOf(names: NameIndex): (key: string) => string | null {
  return (key) => {
    const nodes = names.exact(key, ['Actor']);
    return nodes.length === 1 ? nodes[0]!.id : null;
  };
}

/** Answers a comparison of two actors: both values side by side and the larger said; PARTIAL when one side has none. */
export async function answerComparison(sc: ServiceContext, question: string, reading: ComparisonReading): Promise<AskResultRow | null> {
  const tokens = tokenize(question);
  const { lexicon, names } = await graphNames(sc);
  const lang = detectLanguage(tokens, lexicon);
  const spanKeyOf = (span: Span) => compactKey(spanText(question, tokens, span));
  const ids = [reading.first, reading.second].map((span) => actorIdOf(names)(spanKeyOf(span)));
  if (!ids[0] || !ids[1]) return null;
  const nodes = await Promise.all(ids.map((id) => sc.loaders.entity.load(id!)));
  if (!nodes[0] || !nodes[1]) return null;
  const [first, second] = [nodes[0], nodes[1]];
  if (reading.recipient) return answerFundersCompared({ sc, question, tokens, lang, reading, funders: [first, second] });
  const period = reading.period ? periodOfSpan(tokens, reading.period) : null;
  const notes: string[] = [];
  // `Which IHU got more, X or Y`: a kind both actors are of describes them; any other word left over is said back.
  const kindOf = (node: object) => ('kind' in node ? String(node.kind) : '');
  const leftOver = reading.leftOver
    .filter((words) => !(words.kind && kindOf(first) === words.kind && kindOf(second) === words.kind))
    .map((words) => words.text);
  const unapplied = [...leftOver];
  if (reading.period && !period) unapplied.push(spanText(question, tokens, reading.period));
  const locale = lang === 'FR' ? 'fr-FR' : 'en-GB';
  const eur = (value: number) => `${value.toLocaleString(locale)} €`;
  let figures: FigureRow[] | null = null;
  let byRecipient: AskResultRow['fundingByRecipient'] = null;
  let funding: AskResultRow['funding'] = null;
  let funders: AskResultRow['fundingByFunder'] = null;
  let missing: string[] = [];
  let what = '';
  if (reading.compared.by === 'FUNDING') {
    what = lang === 'FR' ? 'financements reçus' : 'fundings received';
    // `lequel a reçu le plus de subventions`: the instruments said narrow the money compared.
    const instruments = [...new Set(instrumentSpans(tokens).map((asked) => asked.instrument))];
    // `which got more money from the State`: only that funder's money; `argent public`: only public funders' (their kinds).
    const funderId = reading.funder ? actorIdOf(names)(spanKeyOf(reading.funder)) : null;
    const nature = funderNature(question, tokens);
    const read = await Promise.all(
      [first, second].map((node) =>
        fundingOverview(sc, { node, first: PAGE_SIZE.ties, ...(period && { period }), instruments, ...(funderId && { funder: funderId }) }),
      ),
    );
    const overviews = await Promise.all(
      read.map((overview) => {
        if (!overview || !nature) return overview;
        const kept = new Set(
          overview.byFunder
            .filter(
              (line) => ('kind' in line.group && PUBLIC_FUNDER_KINDS.includes(String(line.group.kind))) === (nature.nature === 'PUBLIC'),
            )
            .flatMap((line) => line.fundings.map((funding) => funding.id)),
        );
        return narrowedFundingOverview(sc, overview, (funding) => kept.has(funding.id));
      }),
    );
    if (funderId) notes.push(message(lang, 'comparedFunderApplied', { name: spanText(question, tokens, reading.funder!) }));
    if (nature) notes.push(message(lang, 'comparedNatureApplied', { words: nature.text }));
    const sides = [first, second].map((node, i) => ({ node, overview: overviews[i] }));
    missing = sides.filter((side) => !side.overview || side.overview.fundings.length === 0).map((side) => nameOf(side.node));
    const totals = sides.map((side) => ({ name: nameOf(side.node), value: side.overview?.totalEur ?? 0 }));
    byRecipient = sides.flatMap((side) =>
      side.overview && side.overview.fundings.length > 0
        ? [
            {
              group: side.node,
              totalEur: side.overview.totalEur,
              fundingCount: side.overview.fundings.length,
              unknownAmountCount: side.overview.fundings.filter((row) => row.amountEur == null).length,
              includesSharedAmounts: false,
              undatedExcluded: side.overview.undatedExcluded,
              noInstrumentExcluded: side.overview.noInstrumentExcluded,
              fundings: side.overview.fundings,
            },
          ]
        : [],
    );
    funding = sides.flatMap((side) => side.overview?.fundings ?? []);
    // Who gave, both sides together (one line per funder, its totals summed).
    const byFunder = new Map<string, FundingTotalRow>();
    for (const line of sides.flatMap((side) => side.overview?.byFunder ?? [])) {
      const seen = byFunder.get(line.group.id);
      byFunder.set(
        line.group.id,
        seen
          ? {
              ...seen,
              totalEur: seen.totalEur + line.totalEur,
              fundingCount: seen.fundingCount + line.fundingCount,
              fundings: [...seen.fundings, ...line.fundings],
            }
          : line,
      );
    }
    funders = [...byFunder.values()].sort((x, y) => y.totalEur - x.totalEur);
    if (missing.length === 0) {
      notes.push(
        message(lang, 'comparedValues', {
          first: nameOf(first),
          second: nameOf(second),
          what,
          values: totals.map((t) => `${t.name} ${eur(t.value)}`).join(' ; '),
        }),
      );
      notes.push(largerNote(lang, totals));
      notes.push(message(lang, 'comparedSharedAmounts', {}));
    }
  } else {
    const loaded = await Promise.all(
      [first, second].map((node) => sc.loaders.ties<FigureRow>(ACTOR_FIGURES, PAGE_SIZE.ties).load(node.id)),
    );
    const within = (figure: FigureRow) => !period || (figure.date !== undefined && dateWithin(figure.date, period));
    const latest = (i: number, metric: FigureMetric) =>
      latestFigure(loaded[i]!.map((tie) => tie.node).filter((figure) => figure.metric === metric && within(figure)));
    const metric = reading.compared.metrics.find((m) => latest(0, m) && latest(1, m)) ?? reading.compared.metrics[0]!;
    what = metricLabel(sc, metric, lang);
    // None both have: every metric tried is said (`bigger`: staff or revenue).
    const tried = reading.compared.metrics.map((m) => metricLabel(sc, m, lang)).join(lang === 'FR' ? ' ou ' : ' or ');
    if (reading.compared.metrics.length > 1 && latest(0, metric) && latest(1, metric))
      notes.push(message(lang, 'comparedSizeBy', { what }));
    const pair = [latest(0, metric), latest(1, metric)];
    missing = [first, second].filter((_, i) => !pair[i]).map(nameOf);
    if (missing.length > 0) what = tried;
    figures = pair.filter((figure): figure is FigureRow => figure !== null);
    if (missing.length === 0) {
      const shown = (figure: FigureRow) =>
        `${figure.metric.endsWith('_EUR') ? eur(figure.value) : figure.value.toLocaleString(locale)}${figure.date ? ` (${figure.date})` : ''}`;
      notes.push(
        message(lang, 'comparedValues', {
          first: nameOf(first),
          second: nameOf(second),
          what,
          values: `${nameOf(first)} ${shown(pair[0]!)} ; ${nameOf(second)} ${shown(pair[1]!)}`,
        }),
      );
      notes.push(
        largerNote(lang, [
          { name: nameOf(first), value: pair[0]!.value },
          { name: nameOf(second), value: pair[1]!.value },
        ]),
      );
      if ((pair[0]!.date ?? '').slice(0, 4) !== (pair[1]!.date ?? '').slice(0, 4)) notes.push(message(lang, 'comparedDatesDiffer', {}));
    }
  }
  if (missing.length > 0) {
    notes.push(message(lang, 'comparedMissing', { what, names: missing.join(', ') }));
    unapplied.push(reading.compared.words ? spanText(question, tokens, reading.compared.words) : what);
  }
  if (period && reading.period) notes.push(message(lang, 'comparedPeriodApplied', { period: spanText(question, tokens, reading.period) }));
  const status: AskStatusName = unapplied.length > 0 ? 'PARTIAL' : 'ANSWERED';
  if (leftOver.length > 0) notes.push(message(lang, 'unapplied', { words: leftOver.join(' … ') }));
  return {
    question,
    lang,
    status,
    unapplied: status === 'PARTIAL' ? unapplied : [],
    understood: status === 'ANSWERED',
    interpretation: {
      operation: reading.compared.by,
      subject: first,
      target: second,
      kinds: [],
      domains: [],
      places: [],
      programmes: [],
      readings: [
        { text: spanText(question, tokens, reading.first), role: 'SUBJECT', node: first, corrected: false, position: reading.first.from },
        { text: spanText(question, tokens, reading.second), role: 'TARGET', node: second, corrected: false, position: reading.second.from },
      ],
      unplacedWords: unapplied,
      graphql: null,
      notes,
    },
    ambiguities: [],
    suggestions: [],
    hits: null,
    actors: [first, second] as AskResultRow['actors'],
    tied: null,
    paths: null,
    funding,
    fundingByFunder: funders,
    fundingByRecipient: byRecipient,
    fundingTotalEur: null,
    partners: null,
    figures,
  };
}

/**
 * Two funders of one actor compared (A23ai): what each gave it, side by side, and the larger said; a funder that gave it nothing
 * the sources record is named, and the money words said back (PARTIAL). The recipient is the subject.
 */
async function answerFundersCompared(args: {
  sc: ServiceContext;
  question: string;
  tokens: readonly Token[];
  lang: Lang;
  reading: ComparisonReading;
  funders: readonly [EntityRow, EntityRow];
}): Promise<AskResultRow | null> {
  const { sc, question, tokens, lang, reading, funders } = args;
  const { names } = await graphNames(sc);
  const recipientId = actorIdOf(names)(compactKey(spanText(question, tokens, reading.recipient!)));
  const recipient = recipientId ? await sc.loaders.entity.load(recipientId) : null;
  if (!recipient) return null;
  const period = reading.period ? periodOfSpan(tokens, reading.period) : null;
  const instruments = [...new Set(instrumentSpans(tokens).map((asked) => asked.instrument))];
  const overviews = await Promise.all(
    funders.map((funder) =>
      fundingOverview(sc, { node: recipient, first: PAGE_SIZE.ties, funder: funder.id, ...(period && { period }), instruments }),
    ),
  );
  const notes: string[] = [];
  const unapplied = reading.leftOver.map((words) => words.text);
  if (reading.period && !period) unapplied.push(spanText(question, tokens, reading.period));
  const what = lang === 'FR' ? `argent donné à ${nameOf(recipient)}` : `money given to ${nameOf(recipient)}`;
  const eur = (value: number) => `${value.toLocaleString(lang === 'FR' ? 'fr-FR' : 'en-GB')} €`;
  const missing = funders.filter((_, i) => !overviews[i] || overviews[i]!.fundings.length === 0).map(nameOf);
  const totals = funders.map((funder, i) => ({ name: nameOf(funder), value: overviews[i]?.totalEur ?? 0 }));
  if (missing.length === 0) {
    notes.push(
      message(lang, 'comparedValues', {
        first: nameOf(funders[0]),
        second: nameOf(funders[1]),
        what,
        values: totals.map((t) => `${t.name} ${eur(t.value)}`).join(' ; '),
      }),
    );
    notes.push(largerNote(lang, totals));
    notes.push(message(lang, 'comparedSharedAmounts', {}));
  } else {
    notes.push(message(lang, 'comparedMissing', { what, names: missing.join(', ') }));
    unapplied.push(reading.compared.words ? spanText(question, tokens, reading.compared.words) : what);
  }
  if (period && reading.period) notes.push(message(lang, 'comparedPeriodApplied', { period: spanText(question, tokens, reading.period) }));
  const status: AskStatusName = unapplied.length > 0 ? 'PARTIAL' : 'ANSWERED';
  if (reading.leftOver.length > 0) notes.push(message(lang, 'unapplied', { words: reading.leftOver.map((w) => w.text).join(' … ') }));
  const lines = overviews.flatMap((overview) => overview?.byFunder ?? []).sort((x, y) => y.totalEur - x.totalEur);
  const reads = (span: Span, role: 'SUBJECT' | 'TARGET', node: EntityRow) => ({
    text: spanText(question, tokens, span),
    role,
    node,
    corrected: false,
    position: span.from,
  });
  return {
    question,
    lang,
    status,
    unapplied: status === 'PARTIAL' ? unapplied : [],
    understood: status === 'ANSWERED',
    interpretation: {
      operation: 'FUNDING',
      subject: recipient,
      target: null,
      kinds: [],
      domains: [],
      places: [],
      programmes: [],
      readings: [
        reads(reading.recipient!, 'SUBJECT', recipient),
        reads(reading.first, 'TARGET', funders[0]),
        reads(reading.second, 'TARGET', funders[1]),
      ],
      unplacedWords: unapplied,
      graphql: null,
      notes,
    },
    ambiguities: [],
    suggestions: [],
    hits: null,
    actors: [...funders] as AskResultRow['actors'],
    tied: null,
    paths: null,
    funding: overviews.flatMap((overview) => overview?.fundings ?? []),
    fundingByFunder: lines,
    fundingByRecipient: null,
    fundingTotalEur: null,
    partners: null,
    figures: null,
  };
}

/** The note saying which of two values is larger, or that they are equal. */
function largerNote(lang: Lang, values: readonly { name: string; value: number }[]): string {
  const [a, b] = [values[0]!, values[1]!];
  if (a.value === b.value) return message(lang, 'comparedEqual', {});
  return message(lang, 'comparedLarger', { name: a.value > b.value ? a.name : b.name });
}

/** A metric's name in the asker's language (`salariés`, `revenue`). */
function metricLabel(sc: ServiceContext, metric: FigureMetric, lang: Lang): string {
  const term = sc.vocabulary.figureMetrics[metric];
  return lang === 'FR' ? term.fr : term.en;
}

/** True when a date (`2017`, `2017-10`) lies within a period, compared at the coarser of the two precisions. */
function dateWithin(date: string, period: { from?: string | null; to?: string | null }): boolean {
  const compared = (bound: string) => {
    const length = Math.min(bound.length, date.length);
    return date.slice(0, length).localeCompare(bound.slice(0, length));
  };
  return (!period.from || compared(period.from) >= 0) && (!period.to || compared(period.to) <= 0);
}
