import { distance } from 'fastest-levenshtein';
import type { Context } from '../../graphql/context';
import { actorListSpec, listFundings, listPage, ActorFilterInput, summariseFundings } from '../../db/directory';
import { findPaths, findTiedActors, listNamedNodes, searchEntities, suggestPartners } from '../../db/graphSearch';
import type { ActorRow, DomainRow, EntityRow, PlaceRow, ProgrammeRow } from '../../db/rows';
import type { ActorKind } from '../../domain/model';
import { HUB_LIMIT, PATH_HOPS, PATH_RESULTS, TIED_TO_HOPS } from '../../domain/limits';
import { reasonWeights, type Lang, type Vocabulary } from '../../domain/vocabulary';
import { walkableTies } from '../../graphql/arguments';
import { matchShape, shapesOf, ShapeMatch } from './grammar';
import type { AskAmbiguityRow, AskInterpretationRow, AskOperationName, AskReadingRow, AskResultRow, AskRoleName } from './interpretation';
import { Lexicon, PhraseReading } from './lexicon';
import { linkName } from './linker';
import { fold, Span, spanText, Token, tokenize } from './text';

/**
 * `ask`: a plain-words question → one of the graph-search operations, run with the same data-access
 * functions as the structured queries. Deterministic: shapes and words come from seeds/vocabulary.yaml,
 * names from the graph; user words only ever travel as query parameters or escaped full-text terms.
 */

/** Hops used when a list comes back empty and is widened to actors tied to its place or domain. */
const WIDENED_HOPS = 2;
const SUGGESTIONS = 3;

export async function answerQuestion(ctx: Context, question: string, langArgument: Lang | null | undefined, first: number): Promise<AskResultRow> {
  const tokens = tokenize(question);
  const lexicon = new Lexicon(ctx.vocabulary, await listNamedNodes(ctx.db));
  const match = matchShape(shapesOf(ctx.vocabulary), tokens);
  const lang = langArgument ?? match?.shape.lang ?? detectLanguage(tokens, lexicon);
  const reader = new QuestionReader(ctx, question, tokens, lexicon, lang);

  const operation = match ? await reader.readShape(match) : await reader.readFreePhrase();
  const result = await run(ctx, reader, operation, first);
  const interpretation = reader.interpretation(operation, result.graphql);
  const understood = result.understood && reader.ambiguities.length === 0;
  return {
    question,
    lang,
    understood,
    interpretation,
    ambiguities: reader.ambiguities,
    suggestions: understood ? [] : closestExamples(ctx.vocabulary, lang, tokens, operation),
    hits: null,
    actors: null,
    tied: null,
    paths: null,
    funding: null,
    fundingByFunder: null,
    fundingTotalEur: null,
    partners: null,
    ...result.rows,
  };
}

/** Accumulates how each part of the question was read. */
class QuestionReader {
  readonly readings: AskReadingRow[] = [];
  readonly ambiguities: AskAmbiguityRow[] = [];
  readonly notes: string[] = [];
  readonly unplaced: string[] = [];
  readonly kinds: ActorKind[] = [];
  readonly domains: DomainRow[] = [];
  readonly places: PlaceRow[] = [];
  readonly programmes: ProgrammeRow[] = [];
  subject: EntityRow | null = null;
  target: EntityRow | null = null;
  constructor(
    private readonly ctx: Context,
    private readonly question: string,
    private readonly tokens: readonly Token[],
    private readonly lexicon: Lexicon,
    readonly lang: Lang,
  ) {}

  private text(span: Span): string {
    return spanText(this.question, this.tokens, span);
  }

  private addReading(span: Span, role: AskRoleName, extra: Partial<AskReadingRow> = {}): void {
    this.readings.push({ text: this.text(span), role, corrected: false, position: span.from, ...extra });
  }

  async readShape(match: ShapeMatch): Promise<AskOperationName | null> {
    for (const span of match.shapeWords) this.addReading(span, 'QUESTION');
    const { a, b, f } = match.slots;
    if (f) this.readFilter(f);
    const operation = match.shape.operation;
    if (operation === 'SEARCH' && a) {
      // `who are the IHUs`: a list of actors, not one name.
      const readings = this.lexicon.read(this.tokens, a);
      if (this.describesActors(readings)) {
        this.applyFilter(readings);
        return 'ACTORS';
      }
    }
    if (a) this.subject = await this.link(a, 'SUBJECT');
    if (b) this.target = await this.link(b, 'TARGET');
    return operation;
  }

  /** No shape matched: a list of actors if the words describe one, else a name to find. */
  async readFreePhrase(): Promise<AskOperationName | null> {
    const whole = { from: 0, to: this.tokens.length };
    const readings = this.lexicon.read(this.tokens, whole);
    // `Université de Montpellier` is a name before it is `university` + `Montpellier`.
    if (this.describesActors(readings) && !(await this.namesAnActor(whole))) {
      this.applyFilter(readings);
      return 'ACTORS';
    }
    this.subject = await this.link(whole, 'SUBJECT');
    return this.subject || this.ambiguities.length > 0 ? 'SEARCH' : null;
  }

  /** A kind, words asking for actors, a marked place, or several filters: a list is asked for. */
  private describesActors(readings: PhraseReading[]): boolean {
    const content = readings.filter((r) => r.kind === 'content' || r.kind === 'ambiguous');
    const hasKind = readings.some((r) => r.kind === 'content' && r.entry.role === 'KIND');
    // `acteurs` always asks for actors; `who` / `qui` only with something to filter by (`who works on immunotherapies`).
    const asksForActors = readings.some((r) => r.kind === 'function' && r.word.actorWord && (!r.word.filler || content.length > 0));
    return hasKind || asksForActors || placeIsMarked(readings) || content.length >= 2;
  }

  readFilter(span: Span): void {
    this.applyFilter(this.lexicon.read(this.tokens, span));
  }

  private applyFilter(readings: PhraseReading[]): void {
    let fillers: Span | null = null;
    const flushFillers = () => {
      if (fillers) this.addReading(fillers, 'FILLER');
      fillers = null;
    };
    for (const reading of readings) {
      if (reading.kind === 'function') {
        fillers = fillers ? { from: fillers.from, to: reading.span.to } : { ...reading.span };
        continue;
      }
      flushFillers();
      if (reading.kind === 'unplaced') {
        this.unplaced.push(this.text(reading.span));
      } else if (reading.kind === 'ambiguous') {
        this.ambiguities.push({ text: this.text(reading.span), role: reading.entries[0]!.role, candidates: reading.entries.map((e) => (e as { node: EntityRow }).node) });
      } else {
        const entry = reading.entry;
        const corrected = reading.corrected;
        if (entry.role === 'KIND') {
          if (!this.kinds.includes(entry.kind)) this.kinds.push(entry.kind);
          this.addReading(reading.span, 'KIND', { kind: entry.kind, corrected });
        } else {
          const list: EntityRow[] = entry.role === 'DOMAIN' ? this.domains : entry.role === 'PLACE' ? this.places : this.programmes;
          if (!list.some((n) => n.id === entry.node.id)) list.push(entry.node);
          this.addReading(reading.span, entry.role, { node: entry.node, corrected });
        }
      }
    }
    flushFillers();
  }

  /** True when the words, without those at their edges, are exactly an actor's name or alias. */
  private async namesAnActor(span: Span): Promise<boolean> {
    const { from, to } = this.trimmed(span);
    if (from >= to) return false;
    const link = await linkName(this.ctx.db, this.text({ from, to }), ['Actor']);
    return link.outcome === 'found' && link.exact;
  }

  private trimmed(span: Span): Span {
    let { from, to } = span;
    while (from < to && this.lexicon.functionWord(this.tokens[from]!.folded)) from++;
    while (to > from && this.lexicon.functionWord(this.tokens[to - 1]!.folded)) to--;
    return { from, to };
  }

  /** Links the name in a span, leaving out function words at its edges (`the`, `le`, `and how much`). */
  async link(span: Span, role: 'SUBJECT' | 'TARGET'): Promise<EntityRow | null> {
    const { from, to } = this.trimmed(span);
    if (from > span.from) this.addReading({ from: span.from, to: from }, 'FILLER');
    if (to < span.to) this.addReading({ from: to, to: span.to }, 'FILLER');
    const name = { from, to };
    const text = this.text(name);
    if (!text) {
      this.notes.push(this.lang === 'FR' ? `Il manque un nom dans la question.` : `The question lacks a name.`);
      return null;
    }
    const link = await linkName(this.ctx.db, text);
    if (link.outcome === 'found') {
      this.addReading(name, role, { node: link.node, corrected: link.corrected });
      return link.node;
    }
    if (link.outcome === 'ambiguous') {
      this.ambiguities.push({ text, role, candidates: link.candidates });
      return null;
    }
    this.unplaced.push(text);
    this.notes.push(this.lang === 'FR' ? `Aucun acteur, programme, domaine ou lieu ne s’appelle « ${text} ».` : `No actor, programme, domain or place is called "${text}".`);
    return null;
  }

  note(fr: string, en: string): void {
    this.notes.push(this.lang === 'FR' ? fr : en);
  }

  /** The filter the read kinds, domains, places and programmes make (one place and one programme). */
  filter(): ActorFilterInput {
    if (this.places.length > 1) this.note(`Seul le premier lieu (${this.places[0]!.name}) filtre la liste.`, `Only the first place (${this.places[0]!.name}) filters the list.`);
    if (this.programmes.length > 1) this.note(`Seul le premier programme (${this.programmes[0]!.name}) filtre la liste.`, `Only the first programme (${this.programmes[0]!.name}) filters the list.`);
    return {
      kinds: this.kinds.length ? this.kinds : undefined,
      domains: this.domains.length ? this.domains.map((d) => d.id) : undefined,
      place: this.places[0]?.id,
      programme: this.programmes[0]?.id,
    };
  }

  interpretation(operation: AskOperationName | null, graphql: string | null): AskInterpretationRow {
    return {
      operation,
      subject: this.subject,
      target: this.target,
      kinds: this.kinds,
      domains: this.domains,
      places: this.places,
      programmes: this.programmes,
      readings: [...this.readings].sort((x, y) => x.position - y.position),
      unplacedWords: this.unplaced,
      graphql,
      notes: this.notes,
    };
  }
}

/** A place word (`à`, `in`) right before a place. */
function placeIsMarked(readings: PhraseReading[]): boolean {
  return readings.some((r, i) => r.kind === 'content' && r.entry.role === 'PLACE' && i > 0 && readings[i - 1]!.kind === 'function' && (readings[i - 1] as { word: { placeWord: boolean } }).word.placeWord);
}

interface RunResult {
  understood: boolean;
  graphql: string | null;
  rows: Partial<AskResultRow>;
}

const isActor = (node: EntityRow | null): node is ActorRow => node?._labels?.includes('Actor') ?? false;

async function run(ctx: Context, reader: QuestionReader, operation: AskOperationName | null, first: number): Promise<RunResult> {
  const nothing: RunResult = { understood: false, graphql: null, rows: {} };
  if (operation === null || reader.ambiguities.length > 0) return nothing;
  const { db } = ctx;
  const subject = reader.subject;
  switch (operation) {
    case 'SEARCH': {
      if (!subject) return nothing;
      const text = nameOf(subject);
      const hits = await searchEntities(db, { text, labels: ['Actor', 'Programme', 'Domain', 'Place'], filter: {}, first });
      return { understood: true, graphql: `{ search(text: ${str(text)}, filter: {types: [ACTOR, PROGRAMME, DOMAIN, PLACE]}, first: ${first}) { score node { id name } } }`, rows: { hits } };
    }
    case 'ACTORS': {
      const filter = reader.filter();
      const page = await listPage<ActorRow>(db, actorListSpec(filter, undefined), { first, order: 'NAME_ASC' });
      const actors = page.edges.map((edge) => edge.node);
      const graphql = `{ actors(${filterArgument(filter)}first: ${first}) { nodes { id name kind } } }`;
      const anchor = reader.places[0] ?? reader.domains[0];
      if (actors.length > 0 || !anchor) return { understood: true, graphql, rows: { actors } };
      // Nothing sits there or works on it directly: the actors tied to it say who is involved.
      const widened = { ...filter, place: anchor === reader.places[0] ? undefined : filter.place, domains: anchor === reader.domains[0] ? filter.domains?.slice(1) : filter.domains };
      const tied = await findTiedActors(db, { anchor: anchor.id, filter: widened, types: walkableTies([]), maxHops: WIDENED_HOPS, hubLimit: HUB_LIMIT.default, first });
      if (tied.length > 0) {
        reader.note(
          `Aucun acteur de la liste n’est directement rattaché à ${anchor.name} : voici ceux qui y sont liés en ${WIDENED_HOPS} étapes au plus, avec le chemin.`,
          `No actor of the list is tied directly to ${anchor.name}: these are tied to it within ${WIDENED_HOPS} steps, each with its path.`,
        );
      } else {
        reader.note(`Aucun acteur de ce genre n’est rattaché à ${anchor.name}, même en ${WIDENED_HOPS} étapes.`, `No such actor is tied to ${anchor.name}, even within ${WIDENED_HOPS} steps.`);
      }
      return { understood: true, graphql, rows: { actors, tied } };
    }
    case 'TIED_TO': {
      if (!subject) return nothing;
      const filter = reader.filter();
      const tied = await findTiedActors(db, { anchor: subject.id, filter, types: walkableTies([]), maxHops: TIED_TO_HOPS.default, hubLimit: HUB_LIMIT.default, first });
      const graphql = isActor(subject)
        ? `{ tiedTo(actor: ${str(subject.id)}, ${filterArgument(filter)}maxHops: ${TIED_TO_HOPS.default}, first: ${first}) { actor { id name } score path { nodes { id name } edges { label sources { quote } } } } }`
        : null;
      if (!graphql) reader.note(`La requête tiedTo part d’un acteur ; ici la recherche part de ${nameOf(subject)}.`, `The tiedTo query starts from an actor; this answer starts from ${nameOf(subject)}.`);
      return { understood: true, graphql, rows: { tied } };
    }
    case 'PATHS': {
      if (!subject || !reader.target) return nothing;
      if (subject.id === reader.target.id) {
        reader.note('Les deux noms désignent le même nœud.', 'Both names point to the same node.');
        return nothing;
      }
      const paths = await findPaths(db, { from: subject.id, to: reader.target.id, types: walkableTies([]), maxHops: PATH_HOPS.default, avoid: [], hubLimit: null, first: Math.min(first, PATH_RESULTS.max) });
      if (paths.length === 0) reader.note(`Rien ne relie ${nameOf(subject)} à ${nameOf(reader.target)} en ${PATH_HOPS.default} étapes au plus.`, `Nothing ties ${nameOf(subject)} to ${nameOf(reader.target)} within ${PATH_HOPS.default} steps.`);
      return {
        understood: true,
        graphql: `{ paths(from: ${str(subject.id)}, to: ${str(reader.target.id)}, maxHops: ${PATH_HOPS.default}) { length nodes { id name } edges { label sources { quote } } } }`,
        rows: { paths },
      };
    }
    case 'FUNDING': {
      if (!subject) return nothing;
      const labels = subject._labels ?? [];
      const filter = labels.includes('Actor') ? { recipient: subject.id } : labels.includes('Programme') ? { programme: subject.id } : labels.includes('Domain') ? { domain: subject.id } : null;
      if (!filter) {
        reader.note(`Les financements se cherchent par bénéficiaire, programme ou domaine ; ${nameOf(subject)} n’en est pas un.`, `Funding is looked up by recipient, programme or domain; ${nameOf(subject)} is none of these.`);
        return nothing;
      }
      const [funding, byFunder, total] = await Promise.all([
        listFundings(db, filter, Math.min(first * 5, 100)),
        summariseFundings(db, 'FUNDER', filter, 100),
        summariseFundings(db, labels.includes('Actor') ? 'RECIPIENT' : labels.includes('Programme') ? 'PROGRAMME' : 'DOMAIN', filter, 100),
      ]);
      const line = total.find((row) => row.group.id === subject.id);
      if (funding.length === 0) reader.note(`Les sources ne donnent aucun financement pour ${nameOf(subject)}.`, `The sources record no funding for ${nameOf(subject)}.`);
      const argument = Object.entries(filter).map(([key, value]) => `${key}: ${str(value)}`).join(', ');
      return {
        understood: true,
        graphql: `{ fundingSummary(by: FUNDER, filter: {${argument}}) { group { id name } totalEur fundings { amountEur period programme { name } sources { quote } } } }`,
        rows: { funding, fundingByFunder: byFunder, fundingTotalEur: line?.totalEur ?? 0 },
      };
    }
    case 'PARTNER_SUGGESTIONS': {
      if (!subject) return nothing;
      if (!isActor(subject)) {
        reader.note(`Les partenaires se suggèrent pour un acteur ; ${nameOf(subject)} n’en est pas un.`, `Partners are suggested for an actor; ${nameOf(subject)} is not one.`);
        return nothing;
      }
      const filter = reader.filter();
      const partners = await suggestPartners(db, {
        actor: subject.id,
        filter,
        searchableTypes: walkableTies([]),
        weights: reasonWeights(ctx.vocabulary),
        hubLimit: HUB_LIMIT.default,
        first,
      });
      return {
        understood: true,
        graphql: `{ partnerSuggestions(actor: ${str(subject.id)}, ${filterArgument(filter)}first: ${first}) { actor { id name } score reasons { text } } }`,
        rows: { partners },
      };
    }
  }
}

function nameOf(node: EntityRow): string {
  return 'name' in node && node.name ? node.name : node.id;
}

const str = (value: unknown) => JSON.stringify(value);

function filterArgument(filter: ActorFilterInput): string {
  const parts: string[] = [];
  if (filter.kinds?.length) parts.push(`kinds: [${filter.kinds.join(', ')}]`);
  if (filter.domains?.length) parts.push(`domains: [${filter.domains.map(str).join(', ')}]`);
  if (filter.place) parts.push(`place: ${str(filter.place)}`);
  if (filter.programme) parts.push(`programme: ${str(filter.programme)}`);
  return parts.length ? `filter: {${parts.join(', ')}}, ` : '';
}

/** French or English by the words found in one language's lists only (names tell nothing); French when nothing tells. */
function detectLanguage(tokens: readonly Token[], lexicon: Lexicon): Lang {
  let french = 0;
  let english = 0;
  for (const token of tokens) {
    const word = lexicon.functionWord(token.folded);
    if (!word || word.langs.size !== 1) continue;
    if (word.langs.has('FR')) french++;
    else english++;
  }
  return english > french ? 'EN' : 'FR';
}

/** The example questions nearest to this one: same operation first, then most shared words, then fewest edits. */
function closestExamples(vocabulary: Vocabulary, lang: Lang, tokens: readonly Token[], operation: AskOperationName | null): string[] {
  const words = new Set(tokens.map((t) => t.folded));
  const asked = tokens.map((t) => t.folded).join(' ');
  const shapes = shapesOf(vocabulary);
  return vocabulary.questions.examples[lang === 'FR' ? 'fr' : 'en']
    .map((example, order) => {
      const exampleTokens = tokenize(example);
      const sameOperation = operation !== null && matchShape(shapes, exampleTokens)?.shape.operation === operation ? 1 : 0;
      const shared = exampleTokens.filter((t) => words.has(t.folded)).length;
      return { example, sameOperation, shared, edits: distance(fold(example), asked), order };
    })
    .sort((x, y) => y.sameOperation - x.sameOperation || y.shared - x.shared || x.edits - y.edits || x.order - y.order)
    .slice(0, SUGGESTIONS)
    .map((entry) => entry.example);
}
