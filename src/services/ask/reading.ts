import type { ActorFilterInput } from '../../db/directory';
import type { DomainRow, EntityRow, PlaceRow, ProgrammeRow } from '../../db/rows';
import type { ActorKind } from '../../domain/model';
import type { Lang } from '../../domain/vocabulary';
import type { ServiceContext } from '../context';
import type { ShapeMatch } from './grammar';
import type { AskAmbiguityRow, AskInterpretationRow, AskOperationName, AskReadingRow, AskRoleName } from './interpretation';
import type { Lexicon, PhraseReading } from './lexicon';
import { linkName } from './linker';
import { message, type MessageKey } from './messages';
import { type Span, spanText, type Token } from './text';

/** Reading a question: its words and shape → what it asks (the operation) and the nodes and filters it names. */

/** Accumulates how each part of the question was read. */
export class QuestionReader {
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
    private readonly sc: Pick<ServiceContext, 'db'>,
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
        this.ambiguities.push({
          text: this.text(reading.span),
          role: reading.entries[0]!.role,
          candidates: reading.entries.map((e) => (e as { node: EntityRow }).node),
        });
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
    const link = await linkName(this.sc.db, this.text({ from, to }), ['Actor']);
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
      this.note('missingName');
      return null;
    }
    const link = await linkName(this.sc.db, text);
    if (link.outcome === 'found') {
      this.addReading(name, role, { node: link.node, corrected: link.corrected });
      return link.node;
    }
    if (link.outcome === 'ambiguous') {
      this.ambiguities.push({ text, role, candidates: link.candidates });
      return null;
    }
    this.unplaced.push(text);
    this.note('noSuchName', { text });
    return null;
  }

  /** Adds a note, in the answer's language. */
  note(key: MessageKey, values: Record<string, string | number> = {}): void {
    this.notes.push(message(this.lang, key, values));
  }

  /** The filter the read kinds, domains, places and programmes make (one place and one programme). */
  filter(): ActorFilterInput {
    if (this.places.length > 1) this.note('onlyFirstPlace', { name: this.places[0]!.name });
    if (this.programmes.length > 1) this.note('onlyFirstProgramme', { name: this.programmes[0]!.name });
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
  return readings.some(
    (r, i) =>
      r.kind === 'content' &&
      r.entry.role === 'PLACE' &&
      i > 0 &&
      readings[i - 1]!.kind === 'function' &&
      (readings[i - 1] as { word: { placeWord: boolean } }).word.placeWord,
  );
}

/** French or English by the words found in one language's lists only (names tell nothing); French when nothing tells. */
export function detectLanguage(tokens: readonly Token[], lexicon: Lexicon): Lang {
  let french = 0;
  let english = 0;
  for (const token of tokens) {
    const word = lexicon.functionWord(token.folded);
    if (word?.langs.size !== 1) continue;
    if (word.langs.has('FR')) french++;
    else english++;
  }
  return english > french ? 'EN' : 'FR';
}
