import { distance } from 'fastest-levenshtein';
import type { DomainRow, EntityRow, PlaceRow, ProgrammeRow } from '../../db/rows';
import { ACTOR_KINDS, type ActorKind, FIGURE_METRICS, type FigureMetric, PLACE_KINDS } from '../../domain/model';
import { LANGS, type Lang, type Vocabulary } from '../../domain/vocabulary';
import { phraseKey, type Span, spanKey, type Token } from './text';

/**
 * The words a filter phrase (`firms in bioproduction`, `IHU à Montpellier`) is read with: kind words
 * from the vocabulary, and the names and aliases of domains, places and programmes from the graph.
 */

export type ContentEntry =
  | { role: 'KIND'; kind: ActorKind; site?: boolean }
  | { role: 'DOMAIN'; node: DomainRow }
  | { role: 'PLACE'; node: PlaceRow }
  | { role: 'PROGRAMME'; node: ProgrammeRow };

/** Words without content of their own; some say a list of actors, or a place, is asked for. */
export interface FunctionWord {
  filler: boolean;
  actorWord: boolean;
  placeWord: boolean;
  langs: Set<Lang>;
}

export type PhraseReading =
  | { span: Span; kind: 'content'; entry: ContentEntry; corrected: boolean; alsoKinds?: ActorKind[] }
  | { span: Span; kind: 'ambiguous'; entries: ContentEntry[] }
  | { span: Span; kind: 'function'; word: FunctionWord }
  | { span: Span; kind: 'unplaced' };

/**
 * Words for a group's sites as a kind of actors (`quelles usines dans le Tarn`, `factories near Castres`): plurals only, the
 * singular (`l'usine X`) only describes a name beside it. The graph tells no plant from another site: a site is a company
 * that is part of another company (PART_OF, not ended).
 */
const SITE_PHRASES: readonly string[] = [
  ...['usines', 'sites de production', 'sites industriels', 'sites de fabrication', 'unités de production', 'sites'],
  ...['plants', 'factories', 'production sites', 'manufacturing sites', 'production plants', 'industrial sites', 'sites'],
];

/** Longest phrase looked up, in words (`centre hospitalier universitaire de montpellier`). */
const MAX_PHRASE_WORDS = 6;
/** Words shorter than this are never corrected: too many short words are one letter apart. */
const MIN_CORRECTED_LENGTH = 5;

/**
 * Words naming the whole field the graph covers (`la santé`, `health`): every actor and funding is in it, so in a
 * list they restrict nothing, and as what money went into they mean every recipient.
 */
const FIELD_WORDS: ReadonlySet<string> = new Set(['sante', 'health', 'healthcare']);
/** How a field word reads in a filter: a word without content (it restricts nothing). */
const FIELD_WORD: FunctionWord = { filler: true, actorWord: false, placeWord: false, langs: new Set() };

/**
 * Endings of French adjectives of a place (`gersois`, `toulousaines`, `lozériens`, `montpelliérain`): masculine, feminine,
 * singular and plural. The adjective of each place of the graph is its name's stem with one of them (A23z).
 */
const PLACE_ADJECTIVE_ENDINGS = [
  ...['ain', 'aine', 'ains', 'aines', 'ais', 'aise', 'aises'],
  ...['ois', 'oise', 'oises', 'ien', 'ienne', 'iens', 'iennes'],
];

/**
 * The stems a place's adjective is built on: its folded one-word name, without a final `e`, `es` or `s` (Toulouse →
 * toulous-ain, Nîmes → nîm-ois, Gers → gers-ois), with its last consonant doubled (Aveyron → aveyronn-ais) or a linking
 * `n` after a vowel (Balma → balman-ais). Names of several words (Haute-Garonne) have their adjectives in the vocabulary.
 */
function placeAdjectiveStems(name: string): string[] {
  const key = phraseKey(name);
  if (!key || key.includes(' ')) return [];
  const stems = new Set([key, key.replace(/e?s$|e$/, ''), key.replace(/s$/, '')]);
  for (const stem of [...stems]) {
    if (/[bcdfglmnprst]$/.test(stem)) stems.add(stem + stem.at(-1));
    if (/[aeiou]$/.test(stem)) stems.add(`${stem}n`);
  }
  return [...stems].filter((stem) => stem.length >= 3);
}

const ROLE_ORDER: Record<ContentEntry['role'], number> = { KIND: 0, DOMAIN: 1, PLACE: 2, PROGRAMME: 3 };

/** A metric a question asks for (`salariés` → EMPLOYEES), with the words as typed. */
export interface AskedMetric {
  metric: FigureMetric;
  span: Span;
}

export class Lexicon {
  private readonly content = new Map<string, ContentEntry[]>();
  private readonly functionWords = new Map<string, FunctionWord>();
  /** One-word nouns of the actor and programme kinds (`consortium`, `réseau`, `groupe`): said beside a name, they name nothing. */
  /** Words asking for the present state (vocabulary `presentWords`), folded. */
  readonly presentWords = new Set<string>();
  private readonly kindNouns = new Set<string>(['groupe', 'group', 'societe', 'company', 'entreprise', 'startup']);
  /** Each programme with the folded words of its names and aliases: a programme named loosely is found by them. */
  private readonly programmeWords: { node: ProgrammeRow; words: Set<string>; names: Set<string> }[] = [];
  /** One-word nouns of the programme kinds (`stratégie`, `plan`, `programme`). */
  private readonly programmeNouns = new Set<string>();
  /** Words naming a figure's metric (`salariés`, `chiffre d'affaires`, `headcount`): read by FIGURES questions only. */
  private readonly metricWords = new Map<string, FigureMetric>();
  /** Adjectives of the graph's places (`gersoises`, `la filière occitane`), folded: the place each names. */
  private readonly placeAdjectives = new Map<string, PlaceRow>();

  constructor(vocabulary: Vocabulary, nodes: readonly EntityRow[]) {
    for (const kind of ACTOR_KINDS) {
      const term = vocabulary.actorKinds[kind];
      for (const words of [term.fr, term.en, ...term.words]) {
        // `centre hospitalier universitaire (CHU)`: the words before the parenthesis, and those in it.
        for (const part of words.split(/[()]/)) this.addContent(part, { role: 'KIND', kind });
      }
    }
    // `usines`, `sites de production`, `plants`: companies that are a site of a group (the list keeps those only).
    for (const words of SITE_PHRASES) this.addContent(words, { role: 'KIND', kind: 'COMPANY', site: true });
    for (const node of nodes) {
      const labels = node._labels ?? [];
      const entry: ContentEntry | null = labels.includes('Domain')
        ? { role: 'DOMAIN', node: node as DomainRow }
        : labels.includes('Place')
          ? { role: 'PLACE', node: node as PlaceRow }
          : labels.includes('Programme')
            ? { role: 'PROGRAMME', node: node as ProgrammeRow }
            : null;
      if (!entry) continue;
      for (const name of namesOf(node)) this.addContent(name, entry);
      if (entry.role === 'PROGRAMME')
        this.programmeWords.push({
          node: entry.node,
          words: new Set(namesOf(node).flatMap((name) => phraseKey(name).split(' '))),
          names: new Set(namesOf(node).map(phraseKey)),
        });
      // A département by its number: `entreprises dans le 34`.
      if (entry.role === 'PLACE' && entry.node.kind === 'DEPARTMENT' && entry.node.code) this.addContent(entry.node.code, entry);
      // `partenaires chinois`, `American partners`: a country by the words for its people or things (A23j).
      if (entry.role === 'PLACE' && entry.node.kind === 'COUNTRY' && entry.node.code)
        for (const words of vocabulary.questions.countryWords[entry.node.code] ?? []) this.addContent(words, entry);
      // `la biotech toulousaine`, `the Montpellier-based firm` is said with `montpelliérain`: a place by its adjective (A23k).
      if (entry.role === 'PLACE')
        for (const words of vocabulary.questions.placeAdjectives[entry.node.id] ?? []) {
          this.addContent(words, entry);
          this.placeAdjectives.set(phraseKey(words), entry.node);
        }
    }
    for (const kinds of [vocabulary.actorKinds, vocabulary.programmeKinds])
      for (const term of Object.values(kinds) as { fr: string; en: string; words: string[] }[])
        for (const words of [term.fr, term.en, ...term.words]) {
          const key = phraseKey(words);
          if (key && !key.includes(' ')) this.kindNouns.add(key);
          if (key && key.split(' ').length === 2) this.kindNouns.add(key);
          if (key && !key.includes(' ') && kinds === vocabulary.programmeKinds) this.programmeNouns.add(key);
        }
    for (const metric of FIGURE_METRICS) {
      const term = vocabulary.figureMetrics[metric];
      for (const words of [term.fr, term.en, ...term.words]) {
        const key = phraseKey(words);
        if (key && !this.metricWords.has(key)) this.metricWords.set(key, metric);
      }
    }
    const words = vocabulary.questions;
    for (const lang of LANGS) {
      const key = lang === 'FR' ? 'fr' : 'en';
      for (const word of words.fillers[key]) this.addFunction(word, lang, 'filler');
      for (const word of words.presentWords[key]) {
        this.addFunction(word, lang, 'filler');
        this.presentWords.add(phraseKey(word));
      }
      for (const word of words.actorWords[key]) this.addFunction(word, lang, 'actorWord');
      for (const word of words.placeWords[key]) this.addFunction(word, lang, 'placeWord');
    }
    this.addDerivedPlaceAdjectives(nodes);
  }

  /**
   * `entreprises gersoises`, `les start-ups lozériennes`: the adjective of every city, département and region of the graph,
   * derived by the regular endings; a derived form that is already a word of the lexicon (a kind, a name, a function
   * word) keeps its meaning. Irregular adjectives (`montalbanais`, `occitan`) are in the vocabulary's `placeAdjectives`.
   */
  private addDerivedPlaceAdjectives(nodes: readonly EntityRow[]): void {
    for (const node of nodes) {
      if (!(node._labels ?? []).includes('Place')) continue;
      const place = node as PlaceRow;
      if (place.kind === 'COUNTRY') continue;
      for (const stem of placeAdjectiveStems(place.name))
        for (const ending of PLACE_ADJECTIVE_ENDINGS) {
          const word = stem + ending;
          if (this.content.has(word) || this.functionWords.has(word) || this.placeAdjectives.has(word)) continue;
          this.addContent(word, { role: 'PLACE', node: place });
          this.placeAdjectives.set(word, place);
        }
    }
  }

  /** The place a word is the adjective of (`occitane`, `gersois`), if any. */
  placeOfAdjective(folded: string): PlaceRow | undefined {
    return this.placeAdjectives.get(folded);
  }

  private addContent(words: string, entry: ContentEntry): void {
    const key = phraseKey(words);
    if (!key) return;
    const entries = this.content.get(key) ?? [];
    const same = (e: ContentEntry) =>
      e.role === entry.role &&
      ('kind' in e ? e.kind === (entry as { kind?: string }).kind : e.node.id === (entry as { node?: EntityRow }).node?.id);
    if (!entries.some(same)) entries.push(entry);
    this.content.set(key, entries);
  }

  private addFunction(words: string, lang: Lang, flag: 'filler' | 'actorWord' | 'placeWord'): void {
    const key = phraseKey(words);
    if (!key) return;
    const word = this.functionWords.get(key) ?? { filler: false, actorWord: false, placeWord: false, langs: new Set<Lang>() };
    word[flag] = true;
    word.langs.add(lang);
    this.functionWords.set(key, word);
  }

  functionWord(folded: string): FunctionWord | undefined {
    return this.functionWords.get(folded);
  }

  /** The metrics a span's words name, longest phrase first (`chiffre d'affaires`, `salariés`), each once. */
  metricsIn(tokens: readonly Token[], span: Span): AskedMetric[] {
    const found: AskedMetric[] = [];
    let i = span.from;
    while (i < span.to) {
      let length = Math.min(MAX_PHRASE_WORDS, span.to - i);
      for (; length >= 1; length--) {
        const metric = this.metricWords.get(spanKey(tokens, { from: i, to: i + length }));
        if (metric) {
          if (!found.some((asked) => asked.metric === metric)) found.push({ metric, span: { from: i, to: i + length } });
          break;
        }
      }
      i += Math.max(1, length);
    }
    return found;
  }

  /** The single words of the reader's own language (function words, kind nouns, metric words), no name: what a typo may be read as. */
  ownWords(): string[] {
    return [...this.functionWords.keys(), ...this.kindNouns, ...this.metricWords.keys()].filter((key) => !key.includes(' '));
  }

  /** True for a word the reader knows (a function word, a kind, domain, place or programme word, a metric): no typo of a name. */
  knows(folded: string): boolean {
    return this.functionWords.has(folded) || this.content.has(folded) || this.kindNouns.has(folded) || this.metricWords.has(folded);
  }

  /**
   * The programmes a loose name points to (`le plan IA`, `la stratégie régionale d'intelligence artificielle`): the words
   * must hold a kind noun (`plan`, `stratégie`, `programme`) and every other word with content must be a word of the
   * programme's names, give or take a letter from five (`régional` for `régionale`). Empty when no such word is left.
   */
  programmesNamedBy(words: readonly string[]): ProgrammeRow[] {
    if (!words.some((word) => this.programmeNouns.has(word))) return [];
    const distinctive = words.filter((word) => !this.programmeNouns.has(word) && !this.functionWords.has(word));
    if (distinctive.length === 0) return [];
    const holds = (names: Set<string>, word: string) =>
      names.has(word) ||
      (word.length >= 5 && [...names].some((name) => Math.abs(name.length - word.length) <= 1 && distance(name, word) <= 1));
    const named = this.programmeWords.filter(({ words: names }) => distinctive.every((word) => holds(names, word)));
    // `le programme France 2030`: the words beside the kind noun are one programme's name exactly; that one, not every
    // programme whose name holds them (`IA Clusters France 2030`).
    const inner = words.filter((word) => !this.programmeNouns.has(word));
    while (inner.length > 0 && this.functionWords.has(inner[0]!)) inner.shift();
    while (inner.length > 0 && this.functionWords.has(inner[inner.length - 1]!)) inner.pop();
    const exactly = named.filter(({ names }) => names.has(inner.join(' ')));
    return (exactly.length === 1 ? exactly : named).map(({ node }) => node);
  }

  /** True for a kind noun of one word (`consortium`, `réseau`, `cluster`, `groupe`) or two (`start up`, `jeune pousse`), folded. */
  kindNoun(folded: string): boolean {
    return this.kindNouns.has(folded);
  }

  /** True for a word naming the whole field of the graph (`santé`, `health`). */
  fieldWord(folded: string): boolean {
    return FIELD_WORDS.has(folded);
  }

  /** True for a one-letter typo of a word without content (`whichh`): it restricts nothing. */
  misspelledFunctionWord(folded: string, lang: Lang): boolean {
    if (folded.length < MIN_CORRECTED_LENGTH - 1 || folded.includes(' ')) return false;
    // A function word of the question's language only: `listed` in English is no typo of the French `lister`.
    for (const [key, word] of this.functionWords)
      if (word.langs.has(lang) && Math.abs(key.length - folded.length) <= 1 && distance(key, folded) <= 1) return true;
    return false;
  }

  /**
   * Reads the words of a span left to right, longest known phrase first; a word nothing knows is
   * corrected to the nearest known phrase when it is long enough and close enough, else left unplaced.
   */
  read(tokens: readonly Token[], span: Span): PhraseReading[] {
    const readings: PhraseReading[] = [];
    let i = span.from;
    while (i < span.to) {
      const reading = this.readAt(tokens, i, span.to);
      readings.push(reading);
      i = reading.span.to;
    }
    return readings;
  }

  /** The longest known phrase (kind, domain, place, programme) starting at a word, spelled exactly; null when none. */
  contentAt(tokens: readonly Token[], from: number, limit: number): PhraseReading | null {
    for (let length = Math.min(MAX_PHRASE_WORDS, limit - from); length >= 1; length--) {
      const span = { from, to: from + length };
      const entries = this.content.get(spanKey(tokens, span));
      if (entries) return this.contentReading(span, entries, false);
    }
    return null;
  }

  /** A known phrase of one to three words within an edit or two of the words at a position; null when none or several. */
  correctedContentAt(tokens: readonly Token[], from: number, limit: number): PhraseReading | null {
    for (let length = Math.min(3, limit - from); length >= 1; length--) {
      const span = { from, to: from + length };
      const corrected = this.nearest(spanKey(tokens, span), length);
      if (corrected) return this.contentReading(span, corrected.entries, true);
    }
    return null;
  }

  private readAt(tokens: readonly Token[], from: number, limit: number): PhraseReading {
    const exact = this.contentAt(tokens, from, limit);
    if (exact) return this.longerKindMisspelt(tokens, exact, limit) ?? exact;
    const word = this.functionWords.get(tokens[from]!.folded);
    if (word) return { span: { from, to: from + 1 }, kind: 'function', word };
    if (this.fieldWord(tokens[from]!.folded)) return { span: { from, to: from + 1 }, kind: 'function', word: FIELD_WORD };
    return (
      this.correctedContentAt(tokens, from, limit) ?? this.clippedAt(tokens, from) ?? { span: { from, to: from + 1 }, kind: 'unplaced' }
    );
  }

  /**
   * `fonds d'investisement`: a kind or domain phrase misspelt after its first word, which alone is a known word (`fonds`):
   * the longer phrase when it is the single nearest one and starts with that word.
   */
  private longerKindMisspelt(tokens: readonly Token[], exact: PhraseReading, limit: number): PhraseReading | null {
    const head = tokens[exact.span.from]!.folded;
    for (let length = Math.min(3, limit - exact.span.from); length > exact.span.to - exact.span.from; length--) {
      const span = { from: exact.span.from, to: exact.span.from + length };
      const nearest = this.nearest(spanKey(tokens, span), length);
      if (nearest?.phrase.startsWith(`${head} `) && nearest.entries.every((e) => e.role === 'KIND' || e.role === 'DOMAIN'))
        return this.contentReading(span, nearest.entries, true);
    }
    return null;
  }

  /**
   * `bioprod` for `bioproduction`: a word of six letters or more that begins exactly one kind or domain word of at least
   * three letters more (clipped words are common in speech), read as that word.
   */
  private clippedAt(tokens: readonly Token[], from: number): PhraseReading | null {
    const word = tokens[from]!.folded;
    if (word.length < 6) return null;
    const completions = [...this.content].filter(
      ([key, entries]) =>
        !key.includes(' ') &&
        key.length >= word.length + 3 &&
        key.startsWith(word) &&
        entries.every((e) => e.role === 'KIND' || e.role === 'DOMAIN'),
    );
    const ids = new Set(completions.flatMap(([, entries]) => entries.map(entryId)));
    if (ids.size !== 1) return null;
    return this.contentReading({ from, to: from + 1 }, completions[0]![1], true);
  }

  private contentReading(span: Span, entries: ContentEntry[], corrected: boolean): PhraseReading {
    const best = Math.min(...entries.map((e) => ROLE_ORDER[e.role]));
    const top = entries.filter((e) => ROLE_ORDER[e.role] === best);
    // `Paris`: the city and the département of one name, one kind each; the widest holds the others, so it is the place read.
    const kinds = top.map((e) => (e.role === 'PLACE' ? e.node.kind : null));
    if (top.length > 1 && kinds.every((kind) => kind !== null) && new Set(kinds).size === kinds.length) {
      const widest = top.reduce((wide, e) => (placeRank(e) < placeRank(wide) ? e : wide));
      return { span, kind: 'content', entry: widest, corrected };
    }
    if (top.length > 1 && top[0]!.role !== 'KIND') return { span, kind: 'ambiguous', entries: top };
    // `labos`, `hôpitaux`: one word people use for several kinds stands for all of them.
    const alsoKinds = top.slice(1).flatMap((e) => (e.role === 'KIND' ? [e.kind] : []));
    return { span, kind: 'content', entry: top[0]!, corrected, ...(alsoKinds.length > 0 ? { alsoKinds } : {}) };
  }

  /** The known phrase of as many words within 1 edit (2 from 9 letters), with its entries; only a single nearest one counts. */
  private nearest(key: string, words: number): { phrase: string; entries: ContentEntry[] } | null {
    if (key.length < MIN_CORRECTED_LENGTH) return null;
    const allowed = key.length >= 9 ? 2 : 1;
    let best = allowed + 1;
    let found: { phrase: string; entries: ContentEntry[] } | null = null;
    let tie = false;
    for (const [candidate, entries] of this.content) {
      if (candidate.split(' ').length !== words || Math.abs(candidate.length - key.length) > allowed) continue;
      // `usine` is no typo of `usines`: the singular describes a name (5c), only the plural asks for sites.
      if (entries.every((entry) => entry.role === 'KIND' && entry.site)) continue;
      const d = distance(key, candidate);
      if (d < best) {
        best = d;
        found = { phrase: candidate, entries };
        tie = false;
      } else if (d === best && found && entryId(found.entries[0]!) !== entryId(entries[0]!)) {
        tie = true;
      }
    }
    return found && !tie ? found : null;
  }
}

function entryId(entry: ContentEntry): string {
  return entry.role === 'KIND' ? `KIND:${entry.kind}` : `${entry.role}:${entry.node.id}`;
}

/** Every name a node answers to: its name, English name and aliases. */
export function namesOf(node: EntityRow): string[] {
  const names: string[] = [];
  if ('name' in node && node.name) names.push(node.name);
  if ('nameEn' in node && node.nameEn) names.push(node.nameEn);
  if ('aliases' in node && node.aliases) names.push(...node.aliases);
  return names;
}

/** How wide a place entry is: its kind's rank in PLACE_KINDS (a country first); not a place: last. */
function placeRank(entry: ContentEntry): number {
  return entry.role === 'PLACE' ? PLACE_KINDS.indexOf(entry.node.kind) : PLACE_KINDS.length;
}
