import type { ActorFilterInput } from '../../db/directory';
import type { SearchLabel } from '../../db/graphSearch';
import type { DomainRow, EntityRow, PlaceRow, ProgrammeRow } from '../../db/rows';
import type { ActorKind, FigureMetric } from '../../domain/model';
import type { Lang } from '../../domain/vocabulary';
import type { ServiceContext } from '../context';
import type { ShapeMatch } from './grammar';
import type { AskAmbiguityRow, AskInterpretationRow, AskOperationName, AskReadingRow, AskRoleName } from './interpretation';
import type { ContentEntry, Lexicon, PhraseReading } from './lexicon';
import type { CompiledShape } from './grammar';
import { linkChosen, linkInside, linkName, linkOfKind } from './linker';
import { actorsMatching } from '../directory';
import { findTied } from '../graphSearch';
import { SEARCHABLE_TIE_TYPES } from '../../domain/model';
import { message, type MessageKey } from './messages';
import { compactKey, type NameIndex } from './nameIndex';
import { ASKER_WORDS } from './scaffolding';
import { namesARound, phraseKey, type Span, spanText, type Token, tokenize } from './text';

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
  /**
   * Places read as where the subject itself is (`les sites Pierre Fabre du Tarn`, `le CRCT de Toulouse`): they name it, so
   * they filter nothing, except a group's parts, which are then the ones located there.
   */
  readonly placesOfSubject: PlaceRow[] = [];
  /** Places said beside the subject where it is not (`les sites Sanofi du Gard`): unplaced, unless its parts are asked. */
  private readonly placesBesideSubject: { node: PlaceRow; span: Span }[] = [];

  /** RELATED asking for a group's parts: the places said beside it (placesOfSubject, placesBesideSubject) filter the parts. */
  applyPlacesBesideSubject(): void {
    if (this.places.length > 0) return;
    this.places.push(...this.placesOfSubject);
    for (const beside of this.placesBesideSubject) {
      const at = this.unplaced.indexOf(this.text(beside.span));
      if (at < 0) continue;
      this.unplaced.splice(at, 1);
      this.places.push(beside.node);
      this.addReading(beside.span, 'PLACE', { node: beside.node });
    }
  }
  readonly programmes: ProgrammeRow[] = [];
  subject: EntityRow | null = null;
  target: EntityRow | null = null;
  /** An actor the listed actors must be funded by (`soutenues par la Région`). */
  fundedBy: EntityRow | null = null;
  /** FUNDING from a funder into the whole field (`combien la Région a mis dans la santé`): all it gave. */
  everyRecipient = false;
  /** FUNDING of a funder to recipients of a kind asked (`quelles entreprises la Région a aidées`): those kinds. */
  recipientKinds: ActorKind[] = [];
  /** RELATED: the ties asked about, and which way they point. */
  relation: CompiledShape['relation'] = undefined;
  /** RELATED about a kind rather than a name (`qui a labellisé les IHU`): the actors of that filter are the subjects. */
  subjectFilter: ActorFilterInput | null = null;
  /** ACTORS of a site kind (`usines`, `plants`): only the companies that are a site of a group are listed. */
  sitesOnly = false;
  /** RELATED: a site word (`sites`, `plants`) says the ties asked for, not a kind of actors. */
  private sitesAreParts = false;
  /** PARTNER_SUGGESTIONS for a topic rather than an actor (`avec qui monter un projet sur le vieillissement`): its filter. */
  partnerTopic: ActorFilterInput | null = null;
  /** LOCATION asked yes or no (`X c'est à Toulouse ou pas`): the place named, and its words as typed. */
  placeAsked: { node: PlaceRow; text: string } | null = null;
  /** `depuis son rachat`, `since it was bought`, as typed: said back unless a RELATED answer gives its ties' dates. */
  sinceTakeover: string | null = null;
  /** `le plus`, `biggest`, as typed: applied by a money answer (its funders largest first), else said back. */
  superlative: string | null = null;
  /** The figure a list is ranked by when its words were taken out to read the list (`biggest employers in Toulouse`). */
  rankBy: { metric: FigureMetric; text: string } | null = null;
  /** How many rows a ranking asks for (`top 3`, `les 5 plus gros`); null when it says no count. */
  rankLimit: number | null = null;
  /** `emplois prévus`, `jobs to be created`: the words asking a planned figure, as typed; applied by target figures (A23p). */
  planned: string | null = null;
  /** FIGURES: the metrics asked (`salariés` → EMPLOYEES), with the words as typed; none asks for every figure. */
  metrics: { metric: FigureMetric; text: string }[] = [];
  /** FIGURES: metrics joined after the one the question was read with (family 41), asked beside it. */
  metricsJoined: { metric: FigureMetric; text: string }[] = [];
  /**
   * A name the question asks about as one kind of node while the graph holds it as another (`qui dirige le Japon`: a country
   * where an organisation is asked): no operation answers it, so none is said.
   */
  misfitName: { text: string; node: EntityRow } | null = null;
  /** The words read as a name that name no node of any kind (`capital of Australia`), as typed; null when every name was found. */
  nameNowhere: string | null = null;
  /** FUNDING: the funders' nature asked (`aides publiques`) was applied by their kinds, so its words are not said back. */
  natureApplied = false;
  /** FUNDING: the programme named where the funder is (`what did X get from France Relance`): the money's frame. */
  fundingProgramme: { text: string; node: ProgrammeRow } | null = null;
  constructor(
    private readonly sc: Pick<ServiceContext, 'db' | 'loaders'>,
    private readonly question: string,
    private readonly tokens: readonly Token[],
    private readonly lexicon: Lexicon,
    readonly lang: Lang,
    /** Nodes the asker chose for phrases that named several (`Toulouse` → the city). */
    private readonly choices: ReadonlyMap<string, string> = new Map(),
    /** The graph's names by compact key (`bio occ` for `Bio'Occ`); without it, names are found by the full-text index only. */
    private readonly names?: NameIndex,
  ) {}

  private text(span: Span): string {
    return spanText(this.question, this.tokens, span);
  }

  /**
   * True when the subject is said before an active giving verb (`à qui la Région a donné de l'argent`, `Bpifrance a financé
   * qui`): it gave the money rather than received it. Not for a passive (`X a été financé`, `X was funded by`).
   */
  subjectGives(): boolean {
    const said = this.readings.find((reading) => reading.role === 'SUBJECT' && reading.position >= 0);
    if (!said) return false;
    return this.tokens.some(
      (token, at) =>
        at > said.position &&
        GIVING_VERBS.has(token.folded) &&
        !PASSIVE_MARKERS.has(this.tokens[at - 1]?.folded ?? '') &&
        !PASSIVE_MARKERS.has(this.tokens[at - 2]?.folded ?? '') &&
        !AGENT_WORDS.has(this.tokens[at + 1]?.folded ?? ''),
    );
  }

  /** True when the words just before a span are a receiving verb and `par` or `by` (`reçu par X`, `received by X`). */
  private receivedBy(span: Span): boolean {
    let at = span.from - 1;
    while (at >= 0 && ARTICLES.has(this.tokens[at]!.folded)) at--;
    return AGENT_WORDS.has(this.tokens[at]?.folded ?? '') && RECEIVING_VERBS.has(this.tokens[at - 1]?.folded ?? '');
  }

  /**
   * True when a receiving verb comes before the subject and the subject is said after a source word (`who received the most
   * money from the State`, `qui a touché le plus de la Région`): the subject is where the money came from (A23w).
   */
  subjectIsSource(): boolean {
    const said = this.readings.find((reading) => reading.role === 'SUBJECT' && reading.position >= 0);
    if (!said) return false;
    const words = this.tokens.map((token) => token.folded);
    let at = said.position - 1;
    while (at >= 0 && ARTICLES.has(words[at]!)) at--;
    if (!SOURCE_WORDS.has(words[at] ?? '')) return false;
    return words.slice(0, at).some((word) => RECEIVING_VERBS.has(word));
  }

  /**
   * True when the subject owns a money noun and no word asks what it received (`financements de la Région`, `les aides de
   * la Région en 2020`, `the Région's fundings`): for an actor that received nothing, the money it gave is meant.
   */
  subjectOwnsMoneyNoun(): boolean {
    const said = this.readings.find((reading) => reading.role === 'SUBJECT' && reading.position >= 0);
    if (!said) return false;
    const words = this.tokens.map((token) => token.folded);
    if (words.some((word) => RECEIVING_WORDS.has(word))) return false;
    let at = said.position - 1;
    while (at >= 0 && ARTICLES.has(words[at]!)) at--;
    const before = OF_WORDS.has(words[at] ?? '') && MONEY_NOUNS.has(words[at - 1] ?? '');
    const end = said.position + said.text.split(/\s+/).length;
    const after = words[end] === 's' && MONEY_NOUNS.has(words[end + 1] ?? '');
    return before || after;
  }

  /** True when a word of the question names sites (`usines`, `sites`, `plants`), whatever role it was read in. */
  siteWordSaid(): boolean {
    return this.lexicon
      .read(this.tokens, { from: 0, to: this.tokens.length })
      .some((r) => r.kind === 'content' && r.entry.role === 'KIND' && r.entry.site === true);
  }

  /** True when the question asks for the present state (`aujourd'hui`, `now`): ties that have ended do not answer it. */
  asksPresent(): boolean {
    return this.presentSaid || this.tokens.some((token) => this.lexicon.presentWords.has(token.folded));
  }

  /** A word asking for the present said last (`… aujourd'hui`), left out of the words read as scaffolding (scaffolding.ts). */
  presentSaid = false;

  private addReading(span: Span, role: AskRoleName, extra: Partial<AskReadingRow> = {}): void {
    this.readings.push({ text: this.text(span), role, corrected: false, position: span.from, ...extra });
  }

  async readShape(match: ShapeMatch): Promise<AskOperationName | null> {
    // `sites de production en Occitanie`: a shape (`sites de {a}`) that cuts a kind phrase in two is not the question's shape.
    if (this.splitsASitePhrase(match)) return this.readFreePhrase();
    // `startups basées à Toulouse`, `qui est à Montpellier`: a yes-or-no place shape around a kind of actors is a list.
    if (match.shape.operation === 'LOCATION' && match.slots.a && match.slots.b && (await this.asksForActorsAt(match.slots.a)))
      return this.readFreePhrase();
    for (const span of match.shapeWords)
      this.addReading(span, 'QUESTION', { corrected: (match.corrected ?? []).some((at) => span.from <= at && at < span.to) });
    const { a, b, f } = match.slots;
    // `what sites does Ramsay Santé operate`: the sites of a group are its parts whatever their kind (clinics too).
    this.sitesAreParts = match.shape.operation === 'RELATED';
    if (f) await this.readFilter(f);
    const operation = match.shape.operation;
    this.relation = match.shape.relation;
    if ((operation === 'RELATED' || operation === 'PARTNER_SUGGESTIONS') && a) {
      // `qui a labellisé les IHU`, `hôpitaux qui pourraient s'associer avec une start-up de robotique`:
      // the question is about every actor of a kind, not about one name.
      // Words the lexicon does not know (`le site de recherche de Sanofi`) make it a name, not a kind.
      const readings = this.lexicon.read(this.tokens, a);
      const describesKind =
        (readings.some((r) => r.kind === 'content' && r.entry.role === 'KIND') || this.fieldInPlural(readings)) &&
        !readings.some((r) => r.kind === 'unplaced');
      if (describesKind && !(await this.namesAnActor(a))) {
        // `l'hôpital de Mende a absorbé quelle clinique`, `le labo toulousain`, `the Castres drugmaker's takeovers`: one actor of a
        // kind and a place, said in the singular, is the one actor of that kind there (several: the choice), not every one.
        const one =
          operation === 'RELATED' && this.saysOneOfAKind(a) ? await this.kindAtPlace(this.trimmed(a), 'SUBJECT', ['Actor']) : undefined;
        if (one !== undefined) {
          this.subject = one;
          return operation;
        }
        this.subjectFilter = this.filterApart(readings);
        return operation;
      }
      // `avec qui monter un projet sur le vieillissement`, `partners for a medical robotics project`: partners for a topic (a
      // domain, a place), no kind named: the actors working on it or there are the suggestions. Words naming none of these
      // are said back as not applied (PARTIAL).
      const topical = readings.some((r) => r.kind === 'content' && (r.entry.role === 'DOMAIN' || r.entry.role === 'PLACE'));
      if (operation === 'PARTNER_SUGGESTIONS' && topical && !(await this.namesAnActor(a))) {
        this.partnerTopic = this.filterApart(readings);
        return operation;
      }
    }
    if (operation === 'TIED_TO' && a && this.saysAround(match.shapeWords)) {
      // `firms doing biomanufacturing around Toulouse`, `acteurs autour de Montpellier`: around a place are the actors there
      // (a list), not the ties of a node; `firms tied to Toulouse` still offers the city or a node named after it.
      const readings = this.lexicon.read(this.tokens, a);
      const isPlace = (r: PhraseReading) => r.kind === 'content' && r.entry.role === 'PLACE';
      const placeAlone = readings.some(isPlace) && readings.every((r) => r.kind === 'function' || isPlace(r));
      if (placeAlone && !(await this.namesAnActor(a))) return this.listOf(readings);
    }
    if (operation === 'PATHS' && a && b) {
      // `quelles entreprises ont un lien avec le CHU`: a kind on one side asks for the actors of that kind tied to the other,
      // not for a path from a node the kind word only resembles.
      const readings = this.lexicon.read(this.tokens, a);
      const other = this.trimmed(b);
      const anchored = other.from < other.to && (await linkName(this.sc.db, this.text(other), ['Actor'], this.names)).outcome === 'found';
      if (anchored && this.namesAKind(a) && !readings.some((r) => r.kind === 'unplaced') && !(await this.namesAnActor(a))) {
        this.applyFilter(readings);
        this.subject = await this.link(b, 'SUBJECT', LINKED_LABELS.TIED_TO);
        return 'TIED_TO';
      }
    }
    if (operation === 'FUNDING' && b && a) {
      // `what did X get from France Relance`: a programme where the funder is named is the money's frame.
      const programme = await this.programmeRatherThanActor(b);
      if (programme) {
        this.fundingProgramme = programme;
        this.subject = await this.link(a, 'SUBJECT', LINKED_LABELS.FUNDING);
        return operation;
      }
    }
    if (operation === 'FUNDING' && b && !a && (await this.programmeNamedOnly(b))) {
      // `what did France Relance pay for`, `qu'a financé France 2030`: what a programme paid for is the money granted under it.
      this.subject = await this.link(b, 'SUBJECT', LINKED_LABELS.FUNDING);
      return operation;
    }
    if (operation === 'FUNDING' && b) {
      // `combien la Région a mis dans X`: {b} is the funder.
      const funder = await this.link(b, 'FUNDER', ['Actor']);
      if (funder) this.fundedBy = funder;
      const funderName = funder && 'name' in funder && funder.name ? funder.name : funder?.id;
      if (a && funder && (this.namesTheField(a) || this.namesTheRegion(a))) {
        // Every funding is in the field and in the region: what the funder gave, to anyone.
        this.addReading(a, 'FILLER');
        this.everyRecipient = true;
        this.note(this.namesTheField(a) ? 'wholeField' : 'wholeRegion', { words: this.text(a), name: funderName ?? '' });
      } else if (a) this.subject = await this.link(a, 'SUBJECT', LINKED_LABELS.FUNDING);
      else if (funder && this.receivedBy(b)) {
        // `montant reçu par X`, `money received by X` read with X alone: X is who received, never the funder (A23w).
        this.fundedBy = null;
        this.subject = funder;
        const at = this.readings.findIndex((reading) => reading.role === 'FUNDER');
        if (at >= 0) this.readings[at] = { ...this.readings[at]!, role: 'SUBJECT' };
      } else if (funder) {
        // `combien la Région a donné au total`: no recipient named, so every funding the funder gave; to the kind of
        // recipient asked (`quelles entreprises la Région a aidées`, `which labs got a grant from X`) when one is.
        this.everyRecipient = true;
        const asked = this.recipientKindAsked(b);
        if (asked) {
          this.recipientKinds = asked.kinds;
          this.note('fundingGivenToKind', { name: funderName ?? '', words: asked.words });
        } else this.note('everyFundingGiven', { name: funderName ?? '' });
      }
      return operation;
    }
    if (operation === 'LOCATION' && b) {
      // `X est bien basé à Montpellier ?`: where X is, said against the place named.
      if (a) this.subject = await this.link(a, 'SUBJECT', LINKED_LABELS.LOCATION);
      this.placeAsked = await this.readPlaceAsked(b);
      return operation;
    }
    if (operation === 'SEARCH' && a) {
      // `who are the IHUs`: a list of actors, not one name.
      const readings = this.lexicon.read(this.tokens, a);
      // `tell me about hi lab`: a name holding a kind word (`Hi-Lab`) is the name.
      if (this.describesActors(readings) && !(await this.namesAnActor(a))) return this.nameCutShortOrList(a, readings, operation);
    }
    if (operation === 'RELATED' && a && asksForParts(match.shape.relation) && (await this.sitesAt(a))) return this.readFreePhrase();
    if (operation === 'RELATED' && a && match.shape.relation?.ties.includes('MEMBER_OF')) {
      // `who is in Montpellier`, `which firms are in biotech`: members of a place or a domain are the actors there or
      // working on it, a list rather than ties of a node.
      const readings = this.lexicon.read(this.tokens, a);
      const isFilter = (r: PhraseReading) => r.kind === 'content' && (r.entry.role === 'PLACE' || r.entry.role === 'DOMAIN');
      const placeAlone = readings.some(isFilter) && readings.every((r) => r.kind === 'function' || isFilter(r));
      if (placeAlone && !(await this.namesAnActor(a))) return this.listOf(readings);
    }
    if (operation === 'RELATED' && a && b && match.shape.relation?.soldBy) {
      // `à qui Pierre Fabre a vendu son site d'Idron`: the seller helps find what it sold and restricts nothing (never the target).
      const seller = await this.link(b, 'TARGET', ['Actor']);
      const sold = seller ? await this.partOfAt(a, seller, 'SUBJECT') : undefined;
      this.subject = sold !== undefined ? sold : await this.link(a, 'SUBJECT', LINKED_LABELS.RELATED);
      return operation;
    }
    // `chiffre d'affaires de la filière cosmétique en Occitanie`, `emplois dans la bioproduction en Occitanie`: a sector.
    const sector = operation === 'FIGURES' && a ? await this.sectorOf(a) : null;
    if (sector) this.subject = sector;
    else if (a && !(operation !== 'SEARCH' && this.opensWithFieldInPlural(a)))
      this.subject = await this.link(a, 'SUBJECT', LINKED_LABELS[operation], {
        searching: operation === 'SEARCH',
        placeFiltersTied: operation === 'RELATED' && asksForParts(match.shape.relation),
      });
    // The other end of a tie (`depuis quand Medtech fait partie de X`) is an actor or a programme, never a domain (A23k).
    if (b) this.target = await this.link(b, 'TARGET', operation === 'RELATED' ? LINKED_LABELS.RELATED : undefined);
    if (operation === 'FIGURES') this.readMetrics(a);
    // `how big is X's budget`: a question naming a budget is FUNDING (its answer carries the budget figure), whatever its shape.
    if (operation === 'FIGURES' && this.metrics.length > 0 && this.metrics.every((asked) => asked.metric === 'BUDGET_EUR'))
      return 'FUNDING';
    // `qui finance les hôpitaux en Bretagne`: a kind of actors with words the graph does not know is no name it holds.
    if (a && !this.subject && this.ambiguities.length === 0 && this.namesAKind(a)) return null;
    return operation;
  }

  /**
   * True when a question with a site word (`les usines du Gard`, `sites in Toulouse`) names a place alone where a shape takes
   * the group: the sites located there are asked for, not the parts of a body named after the place (Département du Gard).
   */
  private async sitesAt(span: Span): Promise<boolean> {
    const whole = this.lexicon.read(this.tokens, { from: 0, to: this.tokens.length });
    if (!whole.some((r) => r.kind === 'content' && r.entry.role === 'KIND' && r.entry.site)) return false;
    const readings = this.lexicon.read(this.tokens, span);
    const isPlace = (r: PhraseReading) => r.kind === 'content' && r.entry.role === 'PLACE';
    return readings.some(isPlace) && readings.every((r) => r.kind === 'function' || isPlace(r));
  }

  /** True when a site kind phrase of the question (`sites de production`) runs across the start or end of one of the shape's slots. */
  private splitsASitePhrase(match: ShapeMatch): boolean {
    const readings = this.lexicon.read(this.tokens, { from: 0, to: this.tokens.length });
    const sites = readings.filter((r) => r.kind === 'content' && r.entry.role === 'KIND' && r.entry.site);
    const cuts = Object.values(match.slots).flatMap((slot) => [slot.from, slot.to]);
    return sites.some((r) => cuts.some((cut) => r.span.from < cut && cut < r.span.to));
  }

  /** The programme some words name exactly when they name no actor (`France Relance`, not `Bpifrance`); read as PROGRAMME. */
  private async programmeRatherThanActor(span: Span): Promise<{ text: string; node: ProgrammeRow } | null> {
    const name = this.trimmed(span);
    const text = this.text(name);
    const programme = await this.programmeNamedOnly(span);
    if (!programme) return null;
    if (name.from > span.from) this.addReading({ from: span.from, to: name.from }, 'FILLER');
    this.addReading(name, 'PROGRAMME', { node: programme, corrected: false });
    return { text, node: programme };
  }

  /** The programme the span names exactly, no actor bearing that name; null otherwise. */
  private async programmeNamedOnly(span: Span): Promise<ProgrammeRow | null> {
    const text = this.text(this.trimmed(span));
    if (!text) return null;
    const programme = await linkName(this.sc.db, text, ['Programme'], this.names);
    if (programme.outcome !== 'found' || !programme.exact) return null;
    const actor = await linkName(this.sc.db, text, ['Actor'], this.names);
    return actor.outcome === 'nothing' ? (programme.node as ProgrammeRow) : null;
  }

  /**
   * A sentence introducing the asker, said before the question (`Je dirige une start-up de robotique médicale à Montpellier,
   * quels partenaires …`, `I'm a hospital buyer looking for medical devices, which companies in Toulouse?`; its words are not
   * among the question's). The asker's own kind is not the kind looked for, and their role (`buyer`, `étudiant`) restricts
   * nothing. Where the question filters actors, the domains and places the introduction names filter them too, and its
   * other words are said back as not applied; a partner question naming no actor asks for partners of the asker's kind,
   * domain and place. Otherwise the introduction only introduces the asker: left out.
   */
  async readIntroduction(intro: readonly Token[], operation: AskOperationName | null): Promise<AskOperationName | null> {
    const readings = this.lexicon.read(intro, { from: 0, to: intro.length });
    const text = (span: Span) => spanText(this.question, intro, span);
    const filters = readings.filter(
      (r): r is Extract<PhraseReading, { kind: 'content' }> =>
        r.kind === 'content' && (r.entry.role === 'DOMAIN' || r.entry.role === 'PLACE'),
    );
    const kinds = readings.flatMap((r) => (r.kind === 'content' && r.entry.role === 'KIND' ? [r.entry.kind, ...(r.alsoKinds ?? [])] : []));
    // `Je dirige SkillCell, une start-up de …`: the asker's own organisation, named; its name restricts nothing.
    const own = await this.actorNamedIn(intro);
    const unknown = readings.filter(
      (r) =>
        r.kind === 'unplaced' &&
        !ASKER_WORDS.has(intro[r.span.from]!.folded) &&
        !(own && own.span.from <= r.span.from && r.span.to <= own.span.to),
    );
    // `…, avec qui pourrions-nous nous associer ?`: partners of the asker's organisation, when it is in the graph.
    if (operation === 'PARTNER_SUGGESTIONS' && own && !this.subject && !this.partnerTopic) {
      // `…, avec quelles entreprises pourrions-nous nous associer ?`: the kind the question names is the partners' kind.
      if (this.subjectFilter) {
        for (const kind of (this.subjectFilter.kinds ?? []) as ActorKind[]) if (!this.kinds.includes(kind)) this.kinds.push(kind);
        this.subjectFilter = null;
      }
      this.subject = own.node;
      this.readings.push({ text: text(own.span), role: 'SUBJECT', node: own.node, corrected: false, position: -1 });
      this.dropNoSubjectNote();
      return operation;
    }
    const partnersOfAsker =
      operation === 'PARTNER_SUGGESTIONS' &&
      !this.subject &&
      !this.subjectFilter &&
      !this.partnerTopic &&
      (filters.length > 0 || kinds.length > 0);
    const filtering = partnersOfAsker || (operation !== null && FILTERED_OPERATIONS.has(operation) && operation !== 'PARTNER_SUGGESTIONS');
    if (!filtering && !(operation === 'PARTNER_SUGGESTIONS' && (this.subjectFilter || this.partnerTopic))) return operation;
    // The asker's field and place narrow a list of actors (`Étudiant en pharma, quelles entreprises …`), not the ties of a named
    // node (`Consultante en stratégie, qui a racheté Vexim ?`, `We're a US fund: who invested in X?`): there they only
    // introduce the asker.
    if (operation === 'RELATED' && this.subject) return operation;
    const domains = filters.flatMap((r) => (r.entry.role === 'DOMAIN' ? [r.entry.node] : []));
    const places = filters.flatMap((r) => (r.entry.role === 'PLACE' ? [r.entry.node] : []));
    // Other words of the introduction (`Doctorant en immunologie, quels labos …`) may say the field the asker wants: said back
    // as not applied. Not when the question names its own field (`Étudiante en biologie, les labos sur le vieillissement`):
    // then they only describe the asker, said in a note.
    for (const r of unknown) this.introductionWords.push(text(r.span));
    if (this.introductionWords.length > 0 && this.domains.length > 0)
      this.note('introductionLeftOut', { words: this.introductionWords.join(' … ') });
    else this.unplaced.push(...this.introductionWords);
    // `Acheteur au CHU de Nîmes : quels fabricants dans le Gard ?`: a place or field the question names itself wins over the
    // asker's own.
    const ownPlaces = this.places.length > 0;
    const ownDomains = this.domains.length > 0;
    for (const r of filters) {
      const node = r.entry.role === 'DOMAIN' || r.entry.role === 'PLACE' ? r.entry.node : undefined;
      this.readings.push({ text: text(r.span), role: r.entry.role, node, corrected: r.corrected, position: -1 });
    }
    if (partnersOfAsker) {
      // `quels partenaires me conseillez-vous ?` after the asker said what they run: partners for actors like theirs.
      this.subjectFilter = {
        kinds: kinds.length > 0 ? [...new Set(kinds)] : undefined,
        domains: domains.length > 0 ? domains.map((d) => d.id) : undefined,
        place: places[0]?.id,
      };
      if (kinds.length === 0) {
        this.partnerTopic = this.subjectFilter;
        this.subjectFilter = null;
      }
      this.dropNoSubjectNote();
      return 'PARTNER_SUGGESTIONS';
    }
    // A topic already read (`quelles entreprises pour un projet sur …`) takes them; else the question's own filter does.
    const topic = this.partnerTopic;
    if (topic)
      this.partnerTopic = {
        ...topic,
        domains: [...new Set([...(topic.domains ?? []), ...domains.map((d) => d.id)])],
        place: topic.place ?? places[0]?.id,
      };
    else {
      if (!ownDomains) for (const domain of domains) if (!this.domains.some((d) => d.id === domain.id)) this.domains.push(domain);
      if (!ownPlaces) for (const place of places) if (!this.places.some((p) => p.id === place.id)) this.places.push(place);
    }
    return operation;
  }

  /** Words of the asker's introduction that name nothing the graph holds: never read as an unknown name narrowing a list. */
  readonly introductionWords: string[] = [];

  /** The actor an introduction names exactly (`Je dirige SkillCell`, `I work at Hygia`): a capitalised run of one to five words. */
  private async actorNamedIn(intro: readonly Token[]): Promise<{ node: EntityRow; span: Span } | null> {
    for (let from = 0; from < intro.length; from++) {
      if (!/^\p{Lu}/u.test(this.question.slice(intro[from]!.start))) continue;
      for (let to = Math.min(intro.length, from + 5); to > from; to--) {
        const link = await linkName(this.sc.db, spanText(this.question, intro, { from, to }), ['Actor'], this.names);
        if (link.outcome === 'found' && link.exact) return { node: link.node, span: { from, to } };
      }
    }
    return null;
  }

  /**
   * An apposition after a name said first (`Nubbo, l'incubateur de Toulouse, …`; its words are not among the question's): read
   * against the node asked about when it is the node named (its kind and place applied when they are the node's, other words
   * said back, as words beside a name are), else said back whole.
   */
  async readApposition(words: readonly Token[], named: string): Promise<void> {
    const text = spanText(this.question, words, { from: 0, to: words.length });
    if (this.subject?.id !== named) {
      this.unplaced.push(text);
      return;
    }
    const beside = new QuestionReader(this.sc, this.question, words, this.lexicon, this.lang, this.choices, this.names);
    await beside.readBeside({ from: 0, to: words.length }, this.subject, 'SUBJECT');
    this.unplaced.push(...beside.unplaced);
    this.placesOfSubject.push(...beside.placesOfSubject);
    this.readings.push(...beside.readings.map((reading) => ({ ...reading, position: -1 })));
  }

  /** The note saying a name is missing, once the question's subject was found elsewhere (in an introduction). */
  private dropNoSubjectNote(): void {
    const missing = message(this.lang, 'missingName');
    const at = this.notes.indexOf(missing);
    if (at >= 0) this.notes.splice(at, 1);
  }

  /** True when the words before a yes-or-no place shape ask for actors (`les start-ups`, `qui`) rather than name one. */
  private async asksForActorsAt(span: Span): Promise<boolean> {
    const { from, to } = this.trimmed(span);
    if (from >= to) return true;
    return this.describesActors(this.lexicon.read(this.tokens, span)) && !(await this.namesAnActor(span));
  }

  /**
   * The place a yes-or-no LOCATION question names (`à Toulouse`, `dans l'Hérault`, `dans le 34`): read with the lexicon,
   * else linked among places; words naming no place are left unplaced (the answer then says where the actor is, PARTIAL).
   */
  private async readPlaceAsked(whole: Span): Promise<{ node: PlaceRow; text: string } | null> {
    // `X est à Montpellier depuis quand` (A23ai): when-words said after the place ask since when X is there; read apart, they
    // are left for the location answer's dates (`saySince`), the place before them read alone.
    let span = whole;
    let whenFrom = whole.to;
    while (whenFrom > whole.from + 1 && WHEN_WORDS.has(this.tokens[whenFrom - 1]!.folded)) whenFrom--;
    if (whenFrom < whole.to && this.tokens.slice(whenFrom, whole.to).some((t) => t.folded === 'quand' || t.folded === 'when')) {
      this.unplaced.push(this.text({ from: whenFrom, to: whole.to }));
      span = { from: whole.from, to: whenFrom };
    }
    const readings = this.lexicon.read(this.tokens, span);
    const content = readings.filter((r) => r.kind !== 'function');
    const only = content.length === 1 ? content[0]! : null;
    if (only?.kind === 'content' && only.entry.role === 'PLACE') {
      this.applyFilter(readings);
      return { node: only.entry.node, text: this.text(only.span) };
    }
    const { from, to } = this.trimmed(span);
    const link = from < to ? await linkName(this.sc.db, this.text({ from, to }), ['Place'], this.names) : null;
    if (link?.outcome === 'found' && link.node._labels?.includes('Place')) {
      const place = link.node as PlaceRow;
      this.addReading({ from, to }, 'PLACE', { node: place, corrected: link.corrected });
      if (!this.places.some((known) => known.id === place.id)) this.places.push(place);
      return { node: place, text: this.text({ from, to }) };
    }
    this.unplaced.push(this.text(span));
    return null;
  }

  /**
   * FIGURES about a sector rather than a named actor (`la filière cosmétique en Occitanie`, `la bioproduction dans la région`,
   * `the health industry in the region`): the words naming it, without sector nouns (`filière`, `secteur`, `industry`) and the
   * region (`en Occitanie`, `régional`, `in the region`), name the graph's sector node (`filière …`, `… industry`), else a
   * domain (whose sector, if any, the answer looks up). Null when the words hold neither a sector noun nor the region, or when
   * they are an actor's name as they stand (`Filière Santé d'Occitanie` is read by the linker).
   */
  private async sectorOf(span: Span): Promise<EntityRow | null> {
    const { from, to } = this.trimmed(span);
    if (from >= to || (await this.namesAnActor({ from, to }))) return null;
    const words = this.tokens.slice(from, to).map((token) => token.folded);
    const sectorWords = words.filter((word) => SECTOR_NOUNS.has(word));
    const regionAt = words.findIndex((word, i) => this.namesRegion(word) && (word !== 'region' || i > 0));
    if (sectorWords.length === 0 && regionAt < 0) return null;
    // The words naming the sector: those before the region, without sector nouns and words without content at their edges.
    const named = this.tokens
      .slice(from, regionAt < 0 ? to : from + regionAt)
      .filter((token) => !SECTOR_NOUNS.has(token.folded))
      .map((token) => token.folded);
    while (named.length > 0 && this.lexicon.functionWord(named[0]!) && !this.lexicon.fieldWord(named[0]!)) named.shift();
    while (named.length > 0 && this.lexicon.functionWord(named[named.length - 1]!) && !this.lexicon.fieldWord(named[named.length - 1]!))
      named.pop();
    if (named.length === 0) return null;
    const rest = named.join(' ');
    for (const phrase of [`filiere ${rest}`, `${rest} industry`, rest]) {
      const link = await linkName(this.sc.db, phrase, ['Actor'], this.names);
      if (link.outcome === 'found' && 'kind' in link.node && link.node.kind === 'INDUSTRY_SECTOR') return this.readSector(span, link.node);
    }
    const domain = await linkName(this.sc.db, rest, ['Domain'], this.names);
    return domain.outcome === 'found' ? this.readSector(span, domain.node) : null;
  }

  /** The words of a sector phrase read: the node as subject, the region applied when the node is located in it, else said back. */
  private async readSector(span: Span, node: EntityRow): Promise<EntityRow> {
    const isActor = node._labels?.includes('Actor') ?? false;
    // A domain has no location: the sector node the answer finds for it says where (each one the graph holds is regional).
    const inRegion = !isActor || (await this.isLocatedIn(node.id, REGION_ID));
    this.addReading(span, 'SUBJECT', { node, corrected: false });
    if (!inRegion)
      for (let at = span.from; at < span.to; at++)
        if (this.namesRegion(this.tokens[at]!.folded)) this.unplaced.push(this.text({ from: at, to: at + 1 }));
    this.note('sectorRead', { words: this.text(span), name: 'name' in node && node.name ? node.name : node.id });
    return node;
  }

  /** FIGURES: the metrics the words around the subject name (`combien de salariés chez …`, `chiffre d'affaires de …`). */
  private readMetrics(subject: Span | undefined): void {
    const around = subject
      ? [
          { from: 0, to: subject.from },
          { from: subject.to, to: this.tokens.length },
        ]
      : [{ from: 0, to: this.tokens.length }];
    for (const span of around)
      for (const asked of this.lexicon.metricsIn(this.tokens, span))
        this.metrics.push({ metric: asked.metric, text: this.text(asked.span) });
  }

  /**
   * FIGURES (family 41): a second metric said apart from the one read (`effectif et chiffre d'affaires de X`, `X, combien de
   * salariés et quel CA`) is asked too; its words leave the unplaced ones (only entries holding nothing else).
   */
  readMetricsSaidApart(): void {
    for (const joined of this.metricsJoined) if (!this.metrics.some((said) => said.metric === joined.metric)) this.metrics.push(joined);
    const bare = (words: string) => tokenize(words).filter((token) => !this.lexicon.functionWord(token.folded));
    const unplacedWords = new Set(this.unplaced.flatMap((words) => bare(words).map((token) => token.folded)));
    for (const asked of this.lexicon.metricsIn(this.tokens, { from: 0, to: this.tokens.length })) {
      if (this.metrics.some((said) => said.metric === asked.metric)) continue;
      const words = this.tokens
        .slice(asked.span.from, asked.span.to)
        .map((token) => token.folded)
        .filter((word) => !this.lexicon.functionWord(word));
      if (words.length === 0 || !words.every((word) => unplacedWords.has(word))) continue;
      this.metrics.push({ metric: asked.metric, text: this.text(asked.span) });
      for (let at = this.unplaced.length - 1; at >= 0; at--)
        if (bare(this.unplaced[at]!).length > 0 && bare(this.unplaced[at]!).every((token) => words.includes(token.folded)))
          this.unplaced.splice(at, 1);
    }
  }

  /**
   * True when a span says one actor of a kind: its kind word after a singular article (`le labo`, `l'hôpital`, `the … drugmaker`
   * in English when the word is not a plural in -s), never a plural (`les labos`, `the Toulouse labs`).
   */
  private saysOneOfAKind(span: Span): boolean {
    const kind = this.lexicon.read(this.tokens, span).find((r) => r.kind === 'content' && r.entry.role === 'KIND');
    if (!kind) return false;
    const before = this.tokens.slice(span.from, kind.span.from).map((token) => token.folded);
    const last = this.tokens[kind.span.to - 1]!.folded;
    if (this.lang === 'EN') return before.some((word) => SINGULAR_DETERMINERS.has(word)) && !/[^s]s$/.test(last);
    return before.some((word) => SINGULAR_DETERMINERS.has(word) && word !== 'a');
  }

  /** True when the first word with content of a span is a kind of actors (`les hôpitaux en …`), not a name. */
  private namesAKind(span: Span): boolean {
    const first = this.lexicon.read(this.tokens, span).find((r) => r.kind !== 'function');
    return (first?.kind === 'content' && first.entry.role === 'KIND') || this.opensWithFieldInPlural(span);
  }

  /** `qui finance des medtechs`: the first word with content is a field after a plural article (the actors in it). */
  private opensWithFieldInPlural(span: Span): boolean {
    const first = this.lexicon.read(this.tokens, span).find((r) => r.kind !== 'function');
    return first !== undefined && this.fieldInPlural([first]);
  }

  /** The first of several runs (last first) that names a node of the operation's labels; null when none does. */
  async namingRun(runs: readonly Span[], operation: AskOperationName): Promise<Span | null> {
    for (const run of [...runs].reverse()) {
      const { from, to } = this.trimmed(run);
      if (from >= to) continue;
      const link = await linkName(this.sc.db, this.text({ from, to }), LINKED_LABELS[operation], this.names);
      if (link.outcome === 'found') return run;
    }
    return null;
  }

  /**
   * Words a classified question has no slot for: a filter (`quels fonds ont investi dans …`) where the operation
   * filters its actors, else not applied.
   */
  readLeftOver(span: Span, operation: AskOperationName): void {
    // A metric's words (`salariés`) are what a FIGURES question asks: read with the subject, not left over.
    if (operation === 'FIGURES' && this.lexicon.metricsIn(this.tokens, span).length > 0) return;
    // `à hauteur de combien`, `auprès de qui`: what a funding answer gives anyway (amounts, funders).
    if (
      operation === 'FUNDING' &&
      this.tokens.slice(span.from, span.to).every((t) => FUNDING_ANSWERS.has(t.folded) || this.lexicon.functionWord(t.folded))
    ) {
      this.addReading(span, 'FILLER');
      return;
    }
    // `qu'est-ce que Sanofi a financé en Occitanie`: the region is the whole graph, so its money is all there.
    if (operation === 'FUNDING' && this.namesTheRegion(span)) {
      this.addReading(span, 'FILLER');
      this.note('regionIsTheGraph', { words: this.text(span) });
      return;
    }
    const readings = this.lexicon.read(this.tokens, span);
    const filters = readings.every((r) => r.kind === 'function' || (r.kind === 'content' && r.entry.role !== 'PROGRAMME'));
    if (filters && FILTERED_OPERATIONS.has(operation)) this.applyFilter(readings);
    else this.unplaced.push(this.text(span));
  }

  /** No shape matched: a list of actors if the words describe one, else a name to find. */
  async readFreePhrase(): Promise<AskOperationName | null> {
    const whole = await this.withoutFunder({ from: 0, to: this.tokens.length });
    if (this.fundedBy) {
      this.applyFilter(this.lexicon.read(this.tokens, whole));
      return 'ACTORS';
    }
    const readings = this.lexicon.read(this.tokens, whole);
    // `Université de Montpellier` is a name before it is `university` + `Montpellier`.
    if (this.describesActors(readings) && !(await this.namesAnActor(whole))) return this.nameCutShortOrList(whole, readings, 'SEARCH');
    this.subject = await this.link(whole, 'SUBJECT', undefined, { searching: true });
    return this.subject || this.ambiguities.length > 0 ? 'SEARCH' : null;
  }

  /**
   * A list of the actors the words describe; none (not understood) when most of them are unknown: a list read from a few
   * of many words (`la meilleure fac de médecine de France selon toi`) is no answer to the question.
   */
  private listOf(readings: PhraseReading[]): AskOperationName | null {
    // Numbers are no words to know (`plus de 100 salariés`): only unknown words count.
    const unread = readings.filter((r) => r.kind === 'unplaced' && !/\d/.test(this.text(r.span)));
    const read = readings.filter((r) => r.kind === 'content' || r.kind === 'ambiguous');
    // `oncology labs in Toulouse open to school visits on weekends` (A23ai): a kind and what narrows it read first, the unknown
    // words all after them are a restriction of that list the graph does not record: said back (PARTIAL), the list given.
    const lastRead = Math.max(...read.map((r) => r.span.to));
    const listFirst =
      read.length >= 2 && read.some((r) => r.kind === 'content' && r.entry.role === 'KIND') && unread.every((r) => r.span.from >= lastRead);
    if (unread.length >= MOST_WORDS_UNREAD && unread.length > read.length && !listFirst) {
      this.note('mostWordsUnread', { words: unread.map((r) => this.text(r.span)).join(', ') });
      return null;
    }
    this.applyFilter(readings);
    return 'ACTORS';
  }

  /** A kind, words asking for actors, a marked place, or several filters: a list is asked for. */
  private describesActors(readings: PhraseReading[]): boolean {
    const content = readings.filter((r) => r.kind === 'content' || r.kind === 'ambiguous');
    const hasKind = readings.some((r) => r.kind === 'content' && r.entry.role === 'KIND');
    // `acteurs` always asks for actors; `who` / `qui` only with something to filter by (`who works on immunotherapies`).
    const asksForActors = readings.some((r) => r.kind === 'function' && r.word.actorWord && (!r.word.filler || content.length > 0));
    // `quel temps fait-il à Toulouse`: a place alone, among unknown words, does not ask for a list.
    const unknownWords = readings.some((r) => r.kind === 'unplaced');
    return hasKind || asksForActors || (placeIsMarked(readings) && !unknownWords) || content.length >= 2 || this.fieldInPlural(readings);
  }

  /** `investi dans des medtechs`: a field after a plural article stands for the actors in it, not for a name it shares. */
  private fieldInPlural(readings: PhraseReading[]): boolean {
    return readings.some(
      (r) =>
        r.kind === 'content' &&
        r.entry.role === 'DOMAIN' &&
        r.span.from > 0 &&
        PLURAL_DETERMINERS.has(this.tokens[r.span.from - 1]!.folded),
    );
  }

  async readFilter(span: Span): Promise<void> {
    this.applyFilter(this.lexicon.read(this.tokens, await this.withoutFunder(span)));
  }

  /**
   * `start-ups soutenues par la Région`: a funder cue and the actor named after it become the `fundedBy`
   * filter; returns the words before the cue. The name is the longest run of words after it that names one actor.
   */
  private async withoutFunder(span: Span): Promise<Span> {
    for (let at = span.from; at < span.to; at++) {
      const cue = funderCueLength(this.tokens, at);
      if (cue === 0) continue;
      for (let end = span.to; end > at + cue; end--) {
        const name = this.trimmed({ from: at + cue, to: end });
        if (name.from >= name.to) break;
        const link = await linkName(this.sc.db, this.text(name), ['Actor'], this.names);
        if (link.outcome !== 'found') continue;
        this.fundedBy = link.node;
        this.addReading({ from: at, to: name.from }, 'QUESTION');
        this.addReading(name, 'FUNDER', { node: link.node, corrected: link.corrected });
        // `startups supported by the Region in bioproduction`: words after the funder filter the list too.
        // `funded by the State through France Relance`: a programme cue there too.
        if (end < span.to) {
          const rest = this.withoutProgrammeCue({ from: end, to: span.to });
          if (rest.from < rest.to) this.applyFilter(this.lexicon.read(this.tokens, rest));
        }
        return { from: span.from, to: at };
      }
    }
    return this.withoutProgrammeCue(span);
  }

  /**
   * The kind of recipient a funder-side question asks for, said right after its question word (`quelles entreprises la
   * Région a aidées`, `which labs got a grant from X`, `à quelles start-ups X a donné`), outside the funder's name; null when
   * none. `fonds` / `funds` there is the money, not the kind FUND.
   */
  private recipientKindAsked(funder: Span): { kinds: ActorKind[]; words: string } | null {
    for (let at = 0; at < this.tokens.length - 1; at++) {
      if (at >= funder.from && at < funder.to) continue;
      if (!RECIPIENT_QUESTION_WORDS.has(this.tokens[at]!.folded)) continue;
      const end = at < funder.from ? Math.min(funder.from, at + 4) : Math.min(this.tokens.length, at + 4);
      const first = this.lexicon.read(this.tokens, { from: at + 1, to: end }).find((r) => r.kind !== 'function');
      if (first?.kind !== 'content' || first.entry.role !== 'KIND' || first.entry.site || first.span.from !== at + 1) return null;
      const kinds = [first.entry.kind, ...(first.alsoKinds ?? [])].filter((kind) => kind !== 'FUND');
      return kinds.length > 0 ? { kinds: [...new Set(kinds)], words: this.text(first.span) } : null;
    }
    return null;
  }

  /**
   * `entreprises soutenues par France Relance`, `companies that got support under X`: a support cue before a programme says
   * what the programme filter says already (its actors), so the cue is read as part of the question, the programme as a filter.
   */
  private withoutProgrammeCue(span: Span): Span {
    for (let at = span.from; at < span.to; at++) {
      const cue = Math.max(funderCueLength(this.tokens, at), programmeCueLength(this.tokens, at));
      if (cue === 0 || at + cue >= span.to) continue;
      const after = this.lexicon.read(this.tokens, { from: at + cue, to: span.to });
      // `bénéficié du plan France Relance`: a kind word (`plan`) may stand before the programme's name, nothing else.
      const first = after.find((r) => r.kind !== 'function' && !(r.kind === 'content' && r.entry.role === 'KIND'));
      if (!(first?.kind === 'content' && first.entry.role === 'PROGRAMME')) continue;
      this.addReading({ from: at, to: at + cue }, 'QUESTION');
      this.applyFilter(after);
      return { from: span.from, to: at };
    }
    return span;
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
        if (entry.role === 'KIND' && entry.site && this.sitesAreParts) {
          this.addReading(reading.span, 'FILLER');
        } else if (entry.role === 'KIND') {
          if (entry.site) this.sitesOnly = true;
          for (const kind of [entry.kind, ...(reading.alsoKinds ?? [])]) if (!this.kinds.includes(kind)) this.kinds.push(kind);
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

  /** The filter some words make on their own, leaving the filter already read (from {f}) as it was. */
  private filterApart(readings: PhraseReading[]): ActorFilterInput {
    const kept = { kinds: [...this.kinds], domains: [...this.domains], places: [...this.places], programmes: [...this.programmes] };
    this.kinds.length = 0;
    this.domains.length = 0;
    this.places.length = 0;
    this.programmes.length = 0;
    this.applyFilter(readings);
    const filter = this.filter();
    this.kinds.splice(0, this.kinds.length, ...kept.kinds);
    this.domains.splice(0, this.domains.length, ...kept.domains);
    this.places.splice(0, this.places.length, ...kept.places);
    this.programmes.splice(0, this.programmes.length, ...kept.programmes);
    return filter;
  }

  /** True when the words name the region the whole graph covers (`en Occitanie`), with nothing else but words without content. */
  private namesTheRegion(span: Span): boolean {
    const readings = this.lexicon.read(this.tokens, span);
    const isRegion = (r: PhraseReading) => r.kind === 'content' && r.entry.role === 'PLACE' && r.entry.node.id === REGION_ID;
    return readings.some(isRegion) && readings.every((r) => r.kind === 'function' || isRegion(r));
  }

  /** True when the words are the field's name (`la santé`, `health`), with nothing else but words without content. */
  private namesTheField(span: Span): boolean {
    const words = this.tokens.slice(span.from, span.to).map((token) => token.folded);
    return (
      words.some((word) => this.lexicon.fieldWord(word)) &&
      words.every((word) => this.lexicon.fieldWord(word) || this.lexicon.functionWord(word))
    );
  }

  /**
   * `tell me about Toulouse White Biotech`: two words or more that one actor's name begins with, its last word cut short
   * (`Biotech` for `Biotechnology`), name that actor, though the cut word reads as a kind: it is read as the SUBJECT.
   */
  private async linkCutShort(span: Span): Promise<EntityRow | null> {
    const name = this.trimmed(span);
    if (name.to - name.from < 2 || !this.names) return null;
    const matches = this.names.cutShort(this.text(name), ['Actor']);
    const [node] = matches.length === 1 ? await this.names.nodes(matches) : [];
    if (!node) return null;
    if (name.from > span.from) this.addReading({ from: span.from, to: name.from }, 'FILLER');
    this.addReading(name, 'SUBJECT', { node, corrected: true });
    return node;
  }

  /** Words that would read as a list: the actor they name cut short (linkCutShort), asked with the operation; else the list. */
  private async nameCutShortOrList(span: Span, readings: PhraseReading[], operation: AskOperationName): Promise<AskOperationName | null> {
    this.subject = await this.linkCutShort(span);
    return this.subject ? operation : this.listOf(readings);
  }

  /** True when the words, without those at their edges, are exactly an actor's name or alias. */
  private async namesAnActor(span: Span): Promise<boolean> {
    const { from, to } = this.trimmed(span);
    if (from >= to) return false;
    const link = await linkName(this.sc.db, this.text({ from, to }), ['Actor'], this.names);
    if (link.outcome === 'found' && link.exact) return true;
    // `le consortium Toulouse Santé Numérique`: a kind word before a name is the name's kind, not a list of that kind.
    const kind = this.lexicon.contentAt(this.tokens, from, to);
    if (kind?.kind !== 'content' || kind.entry.role !== 'KIND' || kind.span.to >= to) return false;
    // `la PME Medtech`, not `les boîtes de medtech` (a kind of a domain): the name follows the kind word at once.
    if (this.lexicon.functionWord(this.tokens[kind.span.to]!.folded)) return false;
    // `les start-up medtech à Montpellier`: a field's name that is also an actor's (Medtech) is the field after a kind
    // word, unless one actor is pointed at (`la PME Medtech`).
    if (this.namesAField(kind.span.to, to) && !SINGULAR_DETERMINERS.has(this.tokens[from - 1]?.folded ?? '')) return false;
    const named = await linkName(this.sc.db, this.text({ from: kind.span.to, to }), ['Actor'], this.names);
    if (named.outcome === 'found' && named.exact) return true;
    // `la PME Medtech de Castelnau-le-Lez`: the name with the place it is at after it.
    const placed = this.trailingPlace({ from: kind.span.to, to });
    if (!placed) return false;
    const name = this.trimmed({ from: kind.span.to, to: placed.at });
    if (name.from >= name.to) return false;
    const before = await linkName(this.sc.db, this.text(name), ['Actor'], this.names);
    return before.outcome === 'found' && before.exact;
  }

  /** True when the shape's words say `around` (`autour`, `near`): a place cue, as `à` or `in` are. */
  private saysAround(shapeWords: readonly Span[]): boolean {
    return shapeWords.some((span) => this.tokens.slice(span.from, span.to).some((token) => AROUND_WORDS.has(token.folded)));
  }

  /** True when the words from {from} to {to}, or to a place ending them, are a field's name (`medtech`, `biotech`). */
  private namesAField(from: number, to: number): boolean {
    const reading = this.lexicon.contentAt(this.tokens, from, to);
    if (!reading || (reading.span.to !== to && this.trailingPlace({ from, to })?.at !== reading.span.to)) return false;
    const entries = reading.kind === 'content' ? [reading.entry] : reading.kind === 'ambiguous' ? reading.entries : [];
    return entries.some((entry) => entry.role === 'DOMAIN');
  }

  /**
   * A span ending with a place word and a place (`… à Montpellier`, `… de Toulouse`, `… dans le Gard`): where the place
   * word stands and the place; null when the span does not end so.
   */
  private trailingPlace(span: Span): { at: number; place: PlaceRow } | null {
    for (let at = span.to - 2; at > span.from; at--) {
      // `le CRCT de Toulouse`, `the IUCT of Toulouse`: `de` before a place says where the name is, as `à` does.
      const word = this.tokens[at]!.folded;
      if (!this.lexicon.functionWord(word)?.placeWord && !OF_WORDS.has(word)) continue;
      // `dans le Gard`, `in the Tarn`: articles between the place word and the place.
      let placeAt = at + 1;
      while (placeAt < span.to - 1 && ARTICLES.has(this.tokens[placeAt]!.folded)) placeAt++;
      const place = this.lexicon.contentAt(this.tokens, placeAt, span.to);
      if (place?.kind !== 'content' || place.entry.role !== 'PLACE' || place.span.to !== span.to) continue;
      return { at, place: place.entry.node };
    }
    return null;
  }

  /** A span ending with a place's adjective (`… occitane`, `… toulousain`): where it stands and the place; else null. */
  private trailingPlaceAdjective(span: Span): { at: number; place: PlaceRow } | null {
    const at = span.to - 1;
    const place = at > span.from ? this.lexicon.placeOfAdjective(this.tokens[at]!.folded) : undefined;
    return place ? { at, place } : null;
  }

  /** The name before a comma (`X, the Y biotech`), exactly a name of the graph, with the words after it read beside it; else null. */
  private async nameBeforeComma(span: Span, role: 'SUBJECT' | 'TARGET' | 'FUNDER', labels?: SearchLabel[]): Promise<EntityRow | null> {
    for (let at = span.from + 1; at < span.to; at++) {
      if (!this.question.slice(this.tokens[at - 1]!.end, this.tokens[at]!.start).includes(',')) continue;
      const head = this.trimmed({ from: span.from, to: at });
      if (head.from >= head.to) return null;
      const named = await linkName(this.sc.db, this.text(head), labels, this.names);
      if (named.outcome !== 'found' || !named.exact) return null;
      this.addReading(head, role, { node: named.node, corrected: false });
      await this.readBeside({ from: at, to: span.to }, named.node, role);
      return named.node;
    }
    return null;
  }

  /**
   * A name followed by a place word and a place (`Pierre Fabre dans le Tarn`, `Sanofi in the Hérault`, `Pierre Fabre dans le
   * 81`) in a question about the node's parts or members: the place filters the actors tied to it (applied to the answer's
   * ties), whether or not the node itself is there. Null when the words are not so made. `de` / `of` are not read so: `le CRCT
   * de Toulouse` names where the node is.
   */
  private async nameThenPlaceFilter(span: Span, role: 'SUBJECT' | 'TARGET' | 'FUNDER', labels?: SearchLabel[]): Promise<EntityRow | null> {
    for (let at = span.to - 2; at > span.from; at--) {
      if (!this.lexicon.functionWord(this.tokens[at]!.folded)?.placeWord) continue;
      let placeAt = at + 1;
      while (placeAt < span.to - 1 && ARTICLES.has(this.tokens[placeAt]!.folded)) placeAt++;
      const place = this.lexicon.contentAt(this.tokens, placeAt, span.to);
      if (place?.kind !== 'content' || place.entry.role !== 'PLACE' || place.span.to !== span.to) continue;
      const name = this.trimmed({ from: span.from, to: at });
      if (name.from >= name.to) return null;
      const named = await linkName(this.sc.db, this.text(name), labels, this.names);
      if (named.outcome !== 'found') return null;
      this.addReading(name, role, { node: named.node, corrected: named.corrected });
      const placeNode = place.entry.node;
      this.addReading({ from: at, to: span.to }, 'PLACE', { node: placeNode });
      if (!this.places.some((known) => known.id === placeNode.id)) this.places.push(placeNode);
      return named.node;
    }
    // `usines Sanofi occitanie`, `sites Pierre Fabre Tarn`: telegraphic, the place right after the name with no place word (A23p).
    for (let at = span.to - 1; at > span.from; at--) {
      const place = this.lexicon.contentAt(this.tokens, at, span.to);
      if (place?.kind !== 'content' || place.entry.role !== 'PLACE' || place.span.to !== span.to) continue;
      const name = this.trimmed({ from: span.from, to: at });
      if (name.from >= name.to) return null;
      const named = await linkName(this.sc.db, this.text(name), labels, this.names);
      if (named.outcome !== 'found' || !named.exact) return null;
      this.addReading(name, role, { node: named.node, corrected: named.corrected });
      const placeNode = place.entry.node;
      this.addReading({ from: at, to: span.to }, 'PLACE', { node: placeNode });
      if (!this.places.some((known) => known.id === placeNode.id)) this.places.push(placeNode);
      return named.node;
    }
    return null;
  }

  /**
   * A name followed by a place word and a place (`Cyborg à Montpellier`): the node named, with the place read as applied
   * when the node is located in it (or in a place within it), else left unplaced. Null when the words are not so made.
   */
  private async nameAtPlace(span: Span, role: 'SUBJECT' | 'TARGET' | 'FUNDER', labels?: SearchLabel[]): Promise<EntityRow | null> {
    const placed = this.trailingPlace(span) ?? this.trailingPlaceAdjective(span);
    if (!placed) return null;
    const { at, place } = placed;
    const name = this.trimmed({ from: span.from, to: at });
    if (name.from >= name.to) return null;
    const named = await linkName(this.sc.db, this.text(name), labels, this.names);
    if (named.outcome !== 'found' || named.corrected) return null;
    this.addReading(name, role, { node: named.node, corrected: false });
    // The region is the whole graph: every node of it is there (`la filière santé occitane`).
    if (place.id === REGION_ID || (await this.isLocatedIn(named.node.id, place.id))) {
      this.addReading({ from: at, to: span.to }, 'PLACE', { node: place });
      if (role === 'SUBJECT') this.placesOfSubject.push(place);
    } else {
      this.unplaced.push(this.text({ from: at, to: span.to }));
      if (role === 'SUBJECT') this.placesBesideSubject.push({ node: place, span: { from: at, to: span.to } });
    }
    return named.node;
  }

  /**
   * The name inside longer words (linkInside), with the words beside it read as what they say of it: a kind it is, a
   * place it is in, a word that only describes an actor (`usine`, `maker`), another name of it (`ex-Y`) are applied;
   * any other word is left unplaced (the answer is then PARTIAL; for a search, the name is not taken). Undefined when no
   * name is inside; null when several are.
   */
  private async nameInside(
    span: Span,
    role: 'SUBJECT' | 'TARGET' | 'FUNDER',
    labels: SearchLabel[] | undefined,
    searching: boolean,
  ): Promise<EntityRow | null | undefined> {
    const words = this.tokens.slice(span.from, span.to).map((token) => token.folded);
    if (words.length < 2) return undefined;
    const inner = await linkInside(
      this.sc.db,
      words,
      labels,
      this.names ? { names: this.names, known: (word) => this.lexicon.knows(word) } : undefined,
    );
    if (inner.outcome === 'nothing') return undefined;
    if (inner.outcome === 'ambiguous') {
      this.ambiguities.push({ text: this.text(span), role, candidates: inner.candidates });
      return null;
    }
    const name = { from: span.from + inner.from, to: span.from + inner.to };
    const read = { readings: this.readings.length, unplaced: this.unplaced.length };
    this.addReading(name, role, { node: inner.node, corrected: inner.corrected });
    await this.readBeside({ from: span.from, to: name.from }, inner.node, role);
    await this.readBeside({ from: name.to, to: span.to }, inner.node, role);
    // A search answers with the node alone: other words beside it (`est-elle mariée`, `PDG de`) ask what the graph does
    // not hold, so the question is not taken for a search of the name.
    if (searching && this.unplaced.length > read.unplaced) {
      this.readings.length = read.readings;
      this.unplaced.length = read.unplaced;
      return undefined;
    }
    return inner.node;
  }

  /**
   * A kind and a place with only function words around them (`l'IHU de Montpellier`, `le CHU de Nîmes`, `the Toulouse
   * cancer centre` when its words are a kind): the actors of that kind located there. One: it, said in a note; several: the
   * choice; none: undefined (the words are then read as the other rules read them).
   */
  private async kindAtPlace(
    span: Span,
    role: 'SUBJECT' | 'TARGET' | 'FUNDER',
    labels?: SearchLabel[],
  ): Promise<EntityRow | null | undefined> {
    if (labels && !labels.includes('Actor')) return undefined;
    const readings = this.lexicon.read(this.tokens, span);
    const kinds = readings.filter((r) => r.kind === 'content' && r.entry.role === 'KIND' && !r.entry.site);
    const places = readings.filter((r) => r.kind === 'content' && r.entry.role === 'PLACE');
    if (kinds.length !== 1 || places.length !== 1 || readings.some((r) => r.kind !== 'function' && r.kind !== 'content')) return undefined;
    if (readings.length !== kinds.length + places.length + readings.filter((r) => r.kind === 'function').length) return undefined;
    const kind = kinds[0] as Extract<PhraseReading, { kind: 'content' }>;
    const place = places[0] as Extract<PhraseReading, { kind: 'content' }>;
    const kindEntry = kind.entry as Extract<ContentEntry, { role: 'KIND' }>;
    const placeNode = (place.entry as Extract<ContentEntry, { role: 'PLACE' }>).node;
    const actors = await actorsMatching(this.sc, {
      filter: { kinds: [kindEntry.kind, ...(kind.alsoKinds ?? [])], place: placeNode.id },
      first: 6,
    });
    if (actors.length === 0) return undefined;
    const text = this.text(span);
    // Loaded as entities: a node of an answer names its labels.
    const nodes = (await this.sc.loaders.entity.loadMany(actors.slice(0, 5).map((row) => row.id))).filter(
      (node): node is EntityRow => node !== null && !(node instanceof Error),
    );
    if (nodes.length > 1) {
      this.ambiguities.push({ text, role, candidates: nodes });
      return null;
    }
    const actor = nodes[0];
    if (!actor) return undefined;
    this.addReading(span, role, { node: actor, corrected: true });
    this.note('describedByKindAndPlace', { text, name: 'name' in actor ? String(actor.name) : actor.id });
    return actor;
  }

  /** True when the words are a kind word naming the node's kind, or no kind word at all (`groupe`, `consortium` as said). */
  private kindWordFits(span: Span, node: EntityRow): boolean {
    const reading = this.lexicon.contentAt(this.tokens, span.from, span.to);
    if (reading?.kind !== 'content' || reading.entry.role !== 'KIND' || !('kind' in node)) return true;
    return [reading.entry.kind, ...(reading.alsoKinds ?? [])].includes(node.kind as ActorKind);
  }

  /**
   * A kind word and a run of words the reader does not know (`l'incubateur Pierre Potier`, `the UPVD incubator in Perpignan`):
   * the one actor of that kind whose name holds the run (`Centre Pierre Potier`, `UPVD In Cube`), the words around it read as
   * words beside a name (its kind applied, its place applied when it is there, else said back). Several: the choice; none, or
   * not so made: undefined (the other rules read the words).
   */
  private async kindAndNamePart(
    span: Span,
    role: 'SUBJECT' | 'TARGET' | 'FUNDER',
    labels?: SearchLabel[],
  ): Promise<EntityRow | null | undefined> {
    if (labels && !labels.includes('Actor')) return undefined;
    const readings = this.lexicon.read(this.tokens, span);
    const kinds = readings.filter((r) => r.kind === 'content' && r.entry.role === 'KIND' && !r.entry.site && !r.corrected);
    const unknown = readings.filter((r) => r.kind === 'unplaced');
    if (kinds.length !== 1 || unknown.length === 0) return undefined;
    const run = { from: unknown[0]!.span.from, to: unknown[unknown.length - 1]!.span.to };
    // The run is one name: nothing but unknown words in it.
    if (readings.some((r) => r.kind !== 'unplaced' && r.span.from >= run.from && r.span.to <= run.to)) return undefined;
    const kind = kinds[0] as Extract<PhraseReading, { kind: 'content' }>;
    const kindEntry = kind.entry as Extract<ContentEntry, { role: 'KIND' }>;
    const link = await linkOfKind(this.sc.db, this.text(run), [kindEntry.kind, ...(kind.alsoKinds ?? [])]);
    if (link.outcome === 'nothing') return undefined;
    if (link.outcome === 'ambiguous') {
      this.ambiguities.push({ text: this.text(span), role, candidates: link.candidates });
      return null;
    }
    this.addReading(run, role, { node: link.node, corrected: true });
    this.note('describedByKind', {
      text: this.text(span),
      name: 'name' in link.node ? String(link.node.name) : link.node.id,
    });
    await this.readBeside({ from: span.from, to: run.from }, link.node, role);
    await this.readBeside({ from: run.to, to: span.to }, link.node, role);
    return link.node;
  }

  /** Words beside a name found inside a phrase: applied when they only say what the node is or where; else unplaced. */
  private async readBeside(span: Span, node: EntityRow, role: AskRoleName): Promise<void> {
    if (span.from >= span.to) return;
    const bare = this.trimmed(span);
    // `X (ex-Y)`, `X alias Y`: another name of the same node.
    const other = this.withoutFormerWord(bare);
    if (other.from < other.to) {
      const again = await linkName(this.sc.db, this.text(other), undefined, this.names);
      if (again.outcome === 'found' && again.node.id === node.id) {
        this.addReading(span, 'FILLER');
        return;
      }
    }
    const locations = await this.sc.loaders.locations.load(node.id);
    const kind = 'kind' in node ? (node.kind as string) : null;
    for (const reading of this.lexicon.read(this.tokens, span)) {
      const word = this.tokens[reading.span.from]!.folded;
      if (reading.kind === 'function' || (reading.span.to - reading.span.from === 1 && DESCRIBING_WORDS.has(word))) {
        this.addReading(reading.span, 'FILLER');
      } else if (
        reading.kind === 'content' &&
        reading.entry.role === 'KIND' &&
        // `les usines Pierre Fabre dans le Tarn`: a site kind asks for the group's sites, never only says what it is.
        !reading.entry.site &&
        [reading.entry.kind, ...(reading.alsoKinds ?? [])].includes(kind as ActorKind)
      ) {
        this.addReading(reading.span, 'KIND', { kind: kind as ActorKind, corrected: reading.corrected });
      } else if (reading.kind === 'content' && reading.entry.role === 'PLACE' && this.isWithin(locations, reading.entry.node.id)) {
        this.addReading(reading.span, 'PLACE', { node: reading.entry.node, corrected: reading.corrected });
        if (role === 'SUBJECT') this.placesOfSubject.push(reading.entry.node);
      } else {
        this.unplaced.push(this.text(reading.span));
        if (role === 'SUBJECT' && reading.kind === 'content' && reading.entry.role === 'PLACE')
          this.placesBesideSubject.push({ node: reading.entry.node, span: reading.span });
      }
    }
  }

  /** True when one of a node's locations (a company may be at two addresses) is the place or lies within it. */
  private isWithin(locations: readonly { chain: readonly { id: string }[] }[], placeId: string): boolean {
    return locations.some((location) => location.chain.some((within) => within.id === placeId));
  }

  /** True for a word naming the region (`Occitanie`, `régional`) or its adjective (`occitane`). */
  private namesRegion(folded: string): boolean {
    return REGION_WORDS.has(folded) || this.lexicon.placeOfAdjective(folded)?.id === REGION_ID;
  }

  private async isLocatedIn(nodeId: string, placeId: string): Promise<boolean> {
    return this.isWithin(await this.sc.loaders.locations.load(nodeId), placeId);
  }

  /** A span without a word saying the name after it is a former or other one (`ex`, `anciennement`, `formerly`). */
  private withoutFormerWord(span: Span): Span {
    let { from } = span;
    while (from < span.to && FORMER_WORDS.has(this.tokens[from]!.folded)) from++;
    return this.trimmed({ from, to: span.to });
  }

  /** A name without the kind word at its start or end (`consortium`, `réseau`, `groupe`), or null when it has none. */
  private withoutKindWord(span: Span): Span | null {
    const last = this.tokens[span.to - 1]?.folded ?? '';
    const first = this.tokens[span.from]?.folded ?? '';
    const inner = (s: Span) => this.trimmed(s);
    // `la start-up PredictCan`: a kind of two words.
    const words = (from: number, to: number) =>
      this.tokens
        .slice(from, to)
        .map((token) => token.folded)
        .join(' ');
    if (span.to - span.from >= 3 && this.lexicon.kindNoun(words(span.to - 2, span.to))) return inner({ from: span.from, to: span.to - 2 });
    if (span.to - span.from >= 3 && this.lexicon.kindNoun(words(span.from, span.from + 2)))
      return inner({ from: span.from + 2, to: span.to });
    if (span.to - span.from >= 2 && this.lexicon.kindNoun(last)) return inner({ from: span.from, to: span.to - 1 });
    if (span.to - span.from >= 2 && this.lexicon.kindNoun(first)) return inner({ from: span.from + 1, to: span.to });
    return null;
  }

  private trimmed(span: Span): Span {
    let { from, to } = span;
    while (from < to && this.lexicon.functionWord(this.tokens[from]!.folded)) from++;
    while (to > from && this.lexicon.functionWord(this.tokens[to - 1]!.folded)) to--;
    return { from, to };
  }

  /** Links the name in a span, leaving out function words at its edges (`the`, `le`, `and how much`). */
  /**
   * `fonds qui ont misé sur Antabio`: a name left over by a list that takes none, read as the node the question is about.
   * Its words leave the ones not applied.
   */
  takeAsSubject(words: string, node: EntityRow): void {
    this.unplaced.splice(this.unplaced.indexOf(words), 1);
    this.subject = node;
    this.readings.push({ text: words, role: 'SUBJECT', node, corrected: false, position: -1 });
  }

  /** `les cliniques du groupe X` once X answers as the subject: words left over that only describe it (`groupe`) are applied. */
  dropWordsDescribingSubject(): void {
    for (let at = this.unplaced.length - 1; at >= 0; at--) {
      const words = tokenize(this.unplaced[at]!).map((token) => token.folded);
      if (
        words.some((word) => DESCRIBING_WORDS.has(word)) &&
        words.every((word) => DESCRIBING_WORDS.has(word) || this.lexicon.functionWord(word))
      )
        this.unplaced.splice(at, 1);
    }
  }

  async link(
    span: Span,
    role: 'SUBJECT' | 'TARGET' | 'FUNDER',
    labels?: SearchLabel[],
    options: { searching?: boolean; placeFiltersTied?: boolean } = {},
  ): Promise<EntityRow | null> {
    const { from, to } = this.trimmed(span);
    if (from > span.from) this.addReading({ from: span.from, to: from }, 'FILLER');
    if (to < span.to) this.addReading({ from: to, to: span.to }, 'FILLER');
    const cue = placeCueLength(this.tokens, { from, to });
    if (cue > 0) this.addReading({ from, to: from + cue }, 'QUESTION');
    const name = { from: from + cue, to };
    const text = this.text(name);
    if (!text) {
      this.note('missingName');
      return null;
    }
    const chosen = this.choices.get(phraseKey(text));
    const link = chosen
      ? await linkChosen(this.sc.loaders, chosen)
      : await linkName(this.sc.db, text, cue > 0 ? ['Place'] : labels, this.names);
    // `predict can`, `phost in`: a name ending in words that are function words elsewhere, cut off by the trimming.
    const whole =
      link.outcome === 'nothing' && cue === 0 && to < span.to ? await this.compactName({ from: name.from, to: span.to }, labels) : null;
    if (whole) {
      const trailing = this.readings.findIndex((r) => r.role === 'FILLER' && r.position === to);
      if (trailing >= 0) this.readings.splice(trailing, 1);
      this.addReading({ from: name.from, to: span.to }, role, { node: whole, corrected: false });
      return whole;
    }
    // `le plan IA`: a programme kind noun says a programme is meant, not the domain or actor the other words only resemble.
    // Names the phrase may mean already offered as a choice stay the choice.
    const loose = link.outcome === 'nothing' || (link.outcome === 'found' && !link.exact);
    const programmes = cue === 0 && loose ? this.programmesNamed(name, labels) : [];
    if (programmes.length === 1) {
      this.addReading(name, role, { node: programmes[0]!, corrected: true });
      return programmes[0]!;
    }
    if (programmes.length > 1) {
      this.ambiguities.push({ text, role, candidates: programmes.slice(0, 5) });
      return null;
    }
    // `les sites de Pierre Fabre dans le Tarn`: where the parts asked for are, not where the group is.
    const filtered = cue === 0 && loose && !chosen && options.placeFiltersTied ? await this.nameThenPlaceFilter(name, role, labels) : null;
    if (filtered) return filtered;
    // `le site d'Aramon de Sanofi`, `the Sartorius plant in Lourdes`: a group and a place name the group's site there.
    const site = cue === 0 && loose && !chosen ? await this.siteOfOwner(name, role, labels) : undefined;
    if (site !== undefined) return site;
    // `l'IHU de Montpellier`, `the Toulouse IHU`: a kind and a place describe the one actor of that kind there (before a
    // loose match of the place's name alone).
    const described = cue === 0 && loose && !chosen ? await this.kindAtPlace(name, role, labels) : undefined;
    if (described !== undefined) return described;
    if (link.outcome === 'found') {
      this.addReading(name, role, { node: link.node, corrected: link.corrected });
      return link.node;
    }
    // `the SIRIC Montpellier Cancer consortium`, `le réseau Occitanie Angels`: a kind word beside the name says what it is.
    const bare = link.outcome === 'nothing' && cue === 0 ? this.withoutKindWord(name) : null;
    if (bare) {
      const named = await linkName(this.sc.db, this.text(bare), labels, this.names);
      // `l'incubateur UPVD`: the university is named, but the kind word asks for its incubator (`UPVD In Cube`).
      const kindSpan = bare.from > name.from ? { from: name.from, to: bare.from } : { from: bare.to, to: name.to };
      if (named.outcome === 'found' && named.exact && !this.kindWordFits(kindSpan, named.node)) {
        const ofKind = await this.kindAndNamePart(name, role, labels);
        if (ofKind !== undefined) return ofKind;
      }
      if (named.outcome === 'found' && named.exact) {
        this.addReading(bare.from > name.from ? { from: name.from, to: bare.from } : { from: bare.to, to: name.to }, 'KIND');
        this.addReading(bare, role, { node: named.node, corrected: false });
        return named.node;
      }
      // `le fonds Inn'Vest PME Occitanie Est`: the name's last words are function words elsewhere, cut off by the trimming.
      const kindFirst = bare.from > name.from;
      const fuller = kindFirst && to < span.to ? await this.compactName({ from: bare.from, to: span.to }, labels) : null;
      if (fuller) {
        const trailing = this.readings.findIndex((r) => r.role === 'FILLER' && r.position === to);
        if (trailing >= 0) this.readings.splice(trailing, 1);
        this.addReading({ from: name.from, to: bare.from }, 'KIND');
        this.addReading({ from: bare.from, to: span.to }, role, { node: fuller, corrected: false });
        return fuller;
      }
    }
    // `l'incubateur Pierre Potier`, `the UPVD incubator in Perpignan`: a kind word and words of the name of one actor of that kind.
    const ofKind = link.outcome === 'nothing' && cue === 0 ? await this.kindAndNamePart(name, role, labels) : undefined;
    if (ofKind !== undefined) return ofKind;
    // `Phost'in Therapeutics, the Montpellier start-up`: a name, then after a comma what it is; the words after it are read as
    // what they say of it (applied, or said back), never as a second name.
    const appositive = cue === 0 ? await this.nameBeforeComma(name, role, labels) : null;
    if (appositive) return appositive;
    // `le Cyborg à Montpellier`: a name and where it is; the place is applied when the actor is located there.
    const located = link.outcome === 'nothing' && cue === 0 ? await this.nameAtPlace(name, role, labels) : null;
    if (located) return located;
    // `l'usine du X`, `X, the vaccine maker`, `le labo X de Toulouse`: a name among words that say what or where it is.
    if (link.outcome === 'nothing' && cue === 0) {
      const inner = await this.nameInside(name, role, labels, options.searching ?? false);
      if (inner !== undefined) return inner;
    }
    if (link.outcome === 'ambiguous') {
      this.ambiguities.push({ text, role, candidates: link.candidates });
      return null;
    }
    this.unplaced.push(text);
    const otherKind =
      labels && !labels.includes('Place') && link.outcome === 'nothing' ? await linkName(this.sc.db, text, ['Place'], this.names) : null;
    if (otherKind?.outcome === 'found' && otherKind.exact) {
      this.misfitName = { text, node: otherKind.node };
      this.note('placeWhereActorAsked', { text });
    } else {
      this.note('noSuchName', { text });
      if (link.outcome === 'nothing') this.nameNowhere ??= text;
    }
    return null;
  }

  /** The one place a span names, when it is a town (`son site d'Idron`, `l'usine X de Soual`): its words and node; else undefined. */
  private onlyCityIn(span: Span): { span: Span; node: PlaceRow } | undefined {
    const places = this.lexicon.read(this.tokens, span).filter((r) => r.kind === 'content' && r.entry.role === 'PLACE');
    if (places.length !== 1) return undefined;
    const place = places[0]! as Extract<PhraseReading, { kind: 'content' }>;
    const node = (place.entry as Extract<ContentEntry, { role: 'PLACE' }>).node;
    return node.kind === 'CITY' ? { span: place.span, node } : undefined;
  }

  /**
   * A site named with its owner and its place (`l'usine Pierre Fabre de Soual`, `le site d'Aramon de Sanofi`, `the Sartorius
   * plant in Lourdes`, `Sanofi à Aramon`): the words are one place, words saying a site (`usine`, `plant`), function words,
   * and one run naming an actor exactly; the actor's parts (PART_OF) located in the place are the site. One part: that node;
   * several: the choice. None, with the owner not there itself: said in a note, and undefined (the place is then read as
   * the other rules read it, never applied to the owner). Undefined too when the words are not so made.
   */
  private async siteOfOwner(
    span: Span,
    role: 'SUBJECT' | 'TARGET' | 'FUNDER',
    labels?: SearchLabel[],
  ): Promise<EntityRow | null | undefined> {
    if (labels && !labels.includes('Actor')) return undefined;
    // A site is in a town (`l'usine X de Soual`); `X en Occitanie` names the group and where to look (`quels sites a X en Occitanie`).
    const place = this.onlyCityIn(span);
    if (!place) return undefined;
    const owner = this.ownerRun(span, place.span);
    if (!owner) return undefined;
    const named = await linkName(this.sc.db, this.text(owner), ['Actor'], this.names);
    if (named.outcome !== 'found' || !named.exact) return undefined;
    const tied = await findTied(this.sc, {
      anchor: named.node.id,
      filter: { place: place.node.id },
      excludeTies: SEARCHABLE_TIE_TYPES.filter((type) => type !== 'PART_OF'),
      maxHops: 1,
      first: SITE_CANDIDATES,
    });
    const parts = tied.filter((row) => row.path.edges[0]?.type === 'PART_OF' && row.path.edges[0]?.to === named.node.id);
    const sites = ofSiteKindSaid(
      this.tokens.slice(span.from, span.to).map((token) => token.folded),
      parts,
    );
    if (sites.length > 1) {
      // `Evotec à Toulouse` says no site word: the group itself, with its money and ties, may be what is meant, so it is offered too.
      const siteSaid = this.tokens.slice(span.from, span.to).some((token) => SITE_WORDS.has(token.folded));
      const group = siteSaid ? [] : [named.node];
      this.ambiguities.push({
        text: this.text(span),
        role,
        candidates: [...group, ...sites.map((row) => ({ ...row.actor, _labels: row.actor._labels ?? ['Actor'] }))],
      });
      return null;
    }
    if (sites.length === 1) {
      const site = { ...sites[0]!.actor, _labels: sites[0]!.actor._labels ?? ['Actor'] };
      this.addReading(span, role, { node: site, corrected: false });
      return site;
    }
    if (await this.isLocatedIn(named.node.id, place.node.id)) return undefined;
    // No site of the owner there: the owner is answered about, the place said back as not applied (never dropped).
    this.note('noSiteAt', { name: 'name' in named.node && named.node.name ? named.node.name : named.node.id, place: place.node.name });
    this.addReading(owner, role, { node: named.node, corrected: false });
    this.unplaced.push(this.text(place.span));
    return named.node;
  }

  /**
   * What a seller sold said as one of its sites (`son site d'Idron`, `its Idron plant`): the words are one town, site words and
   * function words; the owner's parts (PART_OF, ended or not) located there. One: that node; several: the choice; none, or the
   * words not so made: undefined.
   */
  private async partOfAt(span: Span, owner: EntityRow, role: 'SUBJECT'): Promise<EntityRow | null | undefined> {
    const place = this.onlyCityIn(span);
    if (!place) return undefined;
    for (let at = span.from; at < span.to; at++) {
      const word = this.tokens[at]!.folded;
      const aside = (at >= place.span.from && at < place.span.to) || SITE_WORDS.has(word) || DESCRIBING_WORDS.has(word);
      if (!aside && this.lexicon.functionWord(word) === undefined) return undefined;
    }
    const tied = await findTied(this.sc, {
      anchor: owner.id,
      filter: { place: place.node.id },
      excludeTies: SEARCHABLE_TIE_TYPES.filter((type) => type !== 'PART_OF'),
      maxHops: 1,
      first: SITE_CANDIDATES,
    });
    const parts = tied.filter((row) => row.path.edges[0]?.type === 'PART_OF' && row.path.edges[0]?.to === owner.id);
    const nodes = parts.map((row) => ({ ...row.actor, _labels: row.actor._labels ?? ['Actor'] }));
    if (nodes.length > 1) {
      this.ambiguities.push({ text: this.text(span), role, candidates: nodes });
      return null;
    }
    if (nodes.length === 0) return undefined;
    this.addReading(span, role, { node: nodes[0]!, corrected: false });
    this.note('soldPartRead', { text: this.text(span), name: nodes[0]!.name ?? nodes[0]!.id });
    return nodes[0]!;
  }

  /** The one run of words left once a place, site words and function words are set aside; null when none or several. */
  private ownerRun(span: Span, place: Span): Span | null {
    let run: Span | null = null;
    for (let at = span.from; at < span.to; at++) {
      const word = this.tokens[at]!.folded;
      const aside = (at >= place.from && at < place.to) || SITE_WORDS.has(word) || this.lexicon.functionWord(word) !== undefined;
      if (aside) continue;
      if (run && run.to !== at) return null;
      run = run ? { from: run.from, to: at + 1 } : { from: at, to: at + 1 };
    }
    return run;
  }

  /** The programmes a span names loosely (`le plan IA`, `la stratégie régionale d'IA`), when the labels take programmes. */
  private programmesNamed(name: Span, labels: SearchLabel[] | undefined): ProgrammeRow[] {
    if (labels && !labels.includes('Programme')) return [];
    return this.lexicon.programmesNamedBy(this.tokens.slice(name.from, name.to).map((token) => token.folded));
  }

  /** The one node whose name or alias is exactly the span's letters, spaces and marks aside; null when none or several. */
  private async compactName(span: Span, labels: SearchLabel[] | undefined): Promise<EntityRow | null> {
    if (!this.names) return null;
    const nodes = await this.names.nodes(this.names.exact(compactKey(this.text(span)), labels));
    return nodes.length === 1 ? nodes[0]! : null;
  }

  /** FIGURES: true when the question's own words (not its names) ask when the subject was founded or how old it is. */
  get asksFounding(): boolean {
    // `jobs to be created at X`: `created` says the jobs are planned (read apart), not that X was founded; `emplois créés grâce
    // à X`, `start-ups créées par X`: what X's work created is counted, asked with no when-word (A23s).
    if (this.planned || !this.questionSays(FOUNDING_WORDS)) return false;
    return this.lexicon.metricsIn(this.tokens, { from: 0, to: this.tokens.length }).length === 0 || this.whenWords.length > 0;
  }

  /** LOCATION: true when the question's own words ask where the actor moved, or the history of its places (A23j). */
  get asksMoves(): boolean {
    return this.questionSays(MOVE_WORDS);
  }

  /** The question's own words that ask for moves (`a déménagé`, `history of … sites`), as typed, to say back when none is dated. */
  get moveWords(): string[] {
    return this.readings
      .filter(
        (r) =>
          r.role === 'QUESTION' &&
          phraseKey(r.text)
            .split(' ')
            .some((word) => MOVE_WORDS.has(word)),
      )
      .map((r) => r.text);
  }

  /** True when the question's own words ask how many (`combien de membres compte`, `how many startups`, `nombre de`). */
  get asksCount(): boolean {
    // `combien de jeunes boîtes accompagnées par X`: `combien de` may be read as a filler of the list's words.
    // `a combien de boîtes en portefeuille`: read by the classifier as one KIND slot, its `combien` still asks how many.
    const said = this.readings
      .filter((r) => r.role === 'QUESTION' || r.role === 'FILLER' || r.role === 'KIND')
      .flatMap((r) => phraseKey(r.text).split(' '));
    return said.some((word) => COUNT_WORDS.has(word));
  }

  /** The question's own words asking when (`depuis quand`, `en quelle année`, `when`, `date du rachat`), as typed; none when it asks no date. */
  get whenWords(): string[] {
    return this.readings
      .filter((r) => r.role === 'QUESTION')
      .flatMap((r) => r.text.split(/[\s'’-]+/))
      .filter((word) => WHEN_WORDS.has(phraseKey(word)));
  }

  /** The question's own words asking about the future (`va créer`, `will create`, `prévus`), as typed; none when it asks no future. */
  get futureWords(): string[] {
    return this.readings
      .filter((r) => r.role === 'QUESTION')
      .flatMap((r) => r.text.split(/[\s'’-]+/))
      .filter((word) => FUTURE_WORDS.has(phraseKey(word)))
      .filter((word) => !INTENTION_WORDS.has(phraseKey(word)) || this.intentionSaid(phraseKey(word)));
  }

  /** True when an intention word is followed by a verb (`compte embaucher`), not a count (`compte combien de chercheurs`). */
  private intentionSaid(folded: string): boolean {
    return this.tokens.some((token, at) => token.folded === folded && /(?:er|ir|re)$/.test(this.tokens[at + 1]?.folded ?? ''));
  }

  /** A word asking who (`qui`, `who`, `whom`), as typed; null when none (a founding date answers when, not by whom). */
  get whoWord(): string | null {
    const at = this.tokens.findIndex((token) => WHO_WORDS.has(token.folded));
    return at >= 0 ? this.text({ from: at, to: at + 1 }) : null;
  }

  /** True when the question's own words hire (`embaucher`, `recruter`, `hire`): the people asked are jobs to fill (A23w). */
  get asksHiring(): boolean {
    return this.questionSays(HIRING_WORDS);
  }

  /** True when a word of the question's own words (a shape's or a class's, not its names) is one of these. */
  private questionSays(words: ReadonlySet<string>): boolean {
    const said = this.readings.filter((r) => r.role === 'QUESTION').flatMap((r) => phraseKey(r.text).split(' '));
    return said.some((word) => words.has(word));
  }

  /** True when the question's words name a metric (`budget` → BUDGET_EUR), wherever they stand. */
  asksMetric(metric: FigureMetric): boolean {
    return this.metricWords(metric) !== null;
  }

  /**
   * The one metric a list's ranking compares (`le plus de salariés`, `biggest employers`): the metric words the question says and
   * no reading placed, when they name exactly one metric and it is no money a funding answer reads (budget, funds raised).
   */
  rankingMetric(): { metric: FigureMetric; text: string } | null {
    if (this.rankBy) return this.rankBy;
    const named = this.lexicon
      .metricsIn(this.tokens, { from: 0, to: this.tokens.length })
      .map((asked) => ({ metric: asked.metric, text: this.text(asked.span) }))
      .filter((asked) => this.unplaced.includes(asked.text));
    if (named.length !== 1 || named[0]!.metric === 'BUDGET_EUR' || named[0]!.metric === 'FUNDS_RAISED_EUR') return null;
    return named[0]!;
  }

  /** The words naming a metric (`budget`, `enveloppe`) as typed, or null when the question names none. */
  metricWords(metric: FigureMetric): string | null {
    const asked = this.lexicon.metricsIn(this.tokens, { from: 0, to: this.tokens.length }).find((m) => m.metric === metric);
    return asked ? this.text(asked.span) : null;
  }

  /** Adds a note, in the answer's language. */
  note(key: MessageKey, values: Record<string, string | number> = {}): void {
    this.notes.push(message(this.lang, key, values));
  }

  /** True when the question names a round of money (`la levée de X`, `X's round`), not every stake of X. */
  namesARound(): boolean {
    return namesARound(this.tokens);
  }

  /** Takes back a note given earlier, when what it said turned out not to hold (a period that could not be applied). */
  dropNote(key: MessageKey, values: Record<string, string | number> = {}): void {
    const at = this.notes.indexOf(message(this.lang, key, values));
    if (at >= 0) this.notes.splice(at, 1);
  }

  /** The filter the read kinds, domains, places and programmes make (one place and one programme). */
  filter(): ActorFilterInput {
    if (this.places.length > 1) this.note('onlyFirstPlace', { name: this.places[0]!.name });
    if (this.programmes.length > 1) this.note('onlyFirstProgramme', { name: this.programmes[0]!.name });
    return {
      kinds: this.kinds.length ? [...this.kinds] : undefined,
      domains: this.domains.length ? this.domains.map((d) => d.id) : undefined,
      place: this.places[0]?.id,
      programme: this.programmes[0]?.id,
      fundedBy: this.fundedBy?.id,
    };
  }

  interpretation(operation: AskOperationName | null, graphql: string | null): AskInterpretationRow {
    return {
      operation,
      // `what did the Région fund`: the funder is what the question is about; so it is of `combien la Région a mis dans les
      // biothérapies` (family 39): a domain only narrows the funder's recipients, no node of its own received the money.
      subject:
        this.fundedBy && this.subject?._labels?.includes('Domain')
          ? this.fundedBy
          : (this.subject ?? (this.everyRecipient ? this.fundedBy : null)),
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

/**
 * Words that only describe an actor already named, beside its name (`l'usine du X`, `X, the maker of …`): they restrict
 * nothing once the name is found. Never read as fillers elsewhere (`usines à Toulouse` is no list of every actor there).
 * Not `sites`, `usines` (R23b): in the plural they ask for a group's sites (`quels sites a X`), never describe X itself.
 */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  'usine',
  'siege',
  'site',
  'boite',
  'boites',
  'societe',
  'entreprise',
  'firme',
  'groupe',
  'equipe',
  'fabricant',
  'fabriquant',
  'editeur',
  'specialiste',
  'pepite',
  'factory',
  'plant',
  // S23f: a campus is the site it names (`le campus de l'Oncopole`).
  'campus',
  // A23k: a round of a company (`la levée 2018 d'Antabio`, `Micropep's round`): its year, when said, is applied as a period.
  'levee',
  'round',
  'raise',
  'headquarters',
  'hq',
  'company',
  'firm',
  'group',
  'team',
  'maker',
  'manufacturer',
  'developer',
  'specialist',
  'outfit',
  // A pharmaceutical company is a `labo` as much as a research unit is.
  'labo',
  'laboratoire',
  'lab',
  // A23r: a grouping of actors named with its name (`le groupement Clinavenir`, `the Clinavenir alliance`).
  'groupement',
  'alliance',
  'federation',
]);

/** Words saying a site of a group (`l'usine X de Soual`, `the X plant in Lourdes`): set aside when the group is named with a place. */
const SITE_WORDS: ReadonlySet<string> = new Set(
  // A23ad: the kind of site said before it (`X's Toulouse research site`, `le site de production de X à Y`) is no owner's word.
  'site sites usine usines plant plants factory factories campus etablissement antenne implantation unite centre center facility branch groupe group research recherche production manufacturing'.split(
    ' ',
  ),
);

/** A kind of site said (either language) and the stems a site's name says it with (`Site de recherche X de Toulouse`). */
const SITE_KIND_STEMS: Readonly<Record<string, readonly string[]>> = {
  research: ['recherche', 'research'],
  recherche: ['recherche', 'research'],
  production: ['production', 'manufactur'],
  manufacturing: ['production', 'manufactur'],
};

/**
 * Several sites of a group in one town narrowed by the kind of site said (`X's Toulouse research site`, `le site de production
 * de X à Y`) to those whose name says it (A23ad); none so named, or no kind said: all of them.
 */
export function ofSiteKindSaid<T extends { actor: { name?: string | null } }>(words: readonly string[], sites: T[]): T[] {
  if (sites.length < 2) return sites;
  const said = new Set(words.flatMap((word) => SITE_KIND_STEMS[word] ?? []));
  if (said.size === 0) return sites;
  const named = sites.filter((row) => {
    const name = phraseKey(row.actor.name ?? '');
    return [...said].some((stem) => name.includes(stem));
  });
  return named.length > 0 ? named : sites;
}

/** At most this many parts of a group in one place are offered as the choice. */
const SITE_CANDIDATES = 10;

/** Words before another name of a node: `X (ex-Y)`, `X, anciennement Y`, `X, formerly Y`. */
const FORMER_WORDS: ReadonlySet<string> = new Set([
  'ex',
  'anciennement',
  'ancien',
  'ancienne',
  'formerly',
  'former',
  'aka',
  'alias',
  'dit',
  'dite',
]);

/** A list is not answered when at least this many of its words are unknown, and more than those known. */
const MOST_WORDS_UNREAD = 4;

/** Words of the move shapes (`X a déménagé où`, `where did X move`, `history of X's sites`): a timeline of places is asked. */
export const MOVE_WORDS: ReadonlySet<string> = new Set([
  ...'demenage demenagee demenages demenagees demenagement demenagements historique histoire move moved moves relocate relocated relocation relocations history quand when'.split(
    ' ',
  ),
  // A23l: where an actor was before (`X était où avant`, `where was X previously`).
  ...'avant auparavant precedemment anciennement autrefois before previously originally formerly'.split(' '),
]);

/** Words of the founding shapes (`quand a été créée`, `how old is`, `date de création`): the question asks a founding date. */
const FOUNDING_WORDS: ReadonlySet<string> = new Set(
  [
    'cree creee crees creees fonde fondee fondes fondees lance lancee ne nee monte montee existe existent existe-t-il creation fondation',
    'naissance age date datent founded created established set started launched formed born incorporated begin start existed exist',
    'around existence founding foundation establishment old',
  ]
    .join(' ')
    .split(' '),
);

/** Words that, before a place after a name (`le CRCT de Toulouse`), say where the named node is. */
const OF_WORDS: ReadonlySet<string> = new Set(['de', 'd', 'du', 'of']);
/** Words that point at one thing: `la PME Medtech` names a company, `les start-up medtech` a field. */
const AROUND_WORDS: ReadonlySet<string> = new Set(['around', 'autour', 'near', 'nearby', 'alentours', 'environs', 'pres']);
const PLURAL_DETERMINERS: ReadonlySet<string> = new Set(['des', 'les', 'aux', 'ces', 'quelques', 'plusieurs']);
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', 'l', 'un', 'une', 'cette', 'ce', 'cet', 'the', 'a', 'an', 'this']);

/** Articles between a word and the name after it (`dans le Gard`, `in the Tarn`, `financements de la Région`). */
const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l', 'the']);

/** Words asking when a tie began (folded): `depuis quand`, `en quelle année`, `date du rachat`, `since when`, `how long`. */
/** Words of a question's own asking about what is to come (`combien d'emplois X va créer`, `how many jobs will X create`). */
export const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'va',
  'vont',
  'devrait',
  'devraient',
  'prevoit',
  'prevoient',
  // `X compte embaucher combien`, `X veut recruter combien de personnes` (A23w): an intention is what is to come.
  'compte',
  'comptent',
  'veut',
  'veulent',
  'seront',
  'prevus',
  'prevues',
  'attendus',
  'futurs',
  'futures',
  'will',
  'would',
  'going',
  'expected',
  'planned',
  'plans',
  'planning',
  'future',
  'terme',
]);

/** Future words saying an intention only before a verb (`X compte recruter`): `X compte combien de chercheurs` counts (A23z). */
const INTENTION_WORDS: ReadonlySet<string> = new Set(['compte', 'comptent', 'veut', 'veulent']);

/** Verbs of hiring (folded): people hired are jobs (`X va embaucher combien de personnes` asks its jobs to come). */
const HIRING_WORDS: ReadonlySet<string> = new Set(['embaucher', 'recruter', 'engager', 'hire', 'recruit', 'take']);

export const WHEN_WORDS: ReadonlySet<string> = new Set(['quand', 'depuis', 'annee', 'date', 'when', 'since', 'year', 'long']);

/** Nouns naming an economic sector (folded): `la filière cosmétique`, `le secteur de la bioproduction`, `the health industry`. */
const SECTOR_NOUNS: ReadonlySet<string> = new Set([
  'filiere',
  'filieres',
  'secteur',
  'secteurs',
  'industrie',
  'industries',
  'industry',
  'sector',
  'branche',
]);

/** Words naming the region the graph covers (folded): `en Occitanie`, `régional`, `in the region`. */
const REGION_WORDS: ReadonlySet<string> = new Set(['occitanie', 'region', 'regional', 'regionale', 'regionaux', 'regionales', 'regions']);

/** The region the graph covers, as a place id. */
const REGION_ID = 'occitanie';

/** Words asking who. */
const WHO_WORDS: ReadonlySet<string> = new Set(['qui', 'who', 'whom']);

/** Words asking how many (`combien`, `how many`, `nombre de`). */
const COUNT_WORDS: ReadonlySet<string> = new Set(['combien', 'nombre', 'nb', 'many', 'number']);

/**
 * True when a RELATED question asks what became of its node (`qu'est devenu X`, `what happened to X's Toulouse site`): its
 * takeovers and groups read both ways, given as a timeline of their dates (A23k).
 */
export function asksHistory(relation: CompiledShape['relation']): boolean {
  return (
    relation !== undefined && relation.direction === 'BOTH' && relation.ties.includes('TOOK_OVER') && relation.ties.includes('PART_OF')
  );
}

/** True when a RELATED question asks the whole history of its node (`historique de X`): founders among its ties both ways (A23p). */
export function asksWholeHistory(relation: CompiledShape['relation']): boolean {
  return asksHistory(relation) && relation!.ties.includes('FOUNDED');
}

/**
 * True when a RELATED question asks for what is part of, or a member of, its node (`les sites de X`, `membres de X`): a place
 * named after the node then filters those actors, and parts whose tie has ended are no longer its parts.
 */
export function asksForParts(relation: CompiledShape['relation']): boolean {
  return (
    relation !== undefined &&
    relation.direction === 'IN' &&
    !relation.reversed &&
    relation.ties.some((tie) => tie === 'PART_OF' || tie === 'MEMBER_OF')
  );
}

/** Operations whose actors a filter of kinds, domains and places restricts. */
const FILTERED_OPERATIONS = new Set<AskOperationName>(['ACTORS', 'RELATED', 'TIED_TO', 'PARTNER_SUGGESTIONS']);

/** The nodes the subject of each operation can be (`who took over Medtech`: the company, not the domain). */
const LINKED_LABELS: Record<AskOperationName, SearchLabel[] | undefined> = {
  SEARCH: undefined,
  ACTORS: undefined,
  TIED_TO: undefined,
  PATHS: undefined,
  FUNDING: ['Actor', 'Programme', 'Domain'],
  PARTNER_SUGGESTIONS: ['Actor'],
  RELATED: ['Actor', 'Programme'],
  LOCATION: ['Actor'],
  FIGURES: ['Actor', 'Programme'],
};

/**
 * Words a funding answer answers by itself: it gives the amounts and the funders (`à hauteur de combien`, `auprès de qui`,
 * `and how much`, `from whom`), so asking for them restricts nothing.
 */
const FUNDING_ANSWERS: ReadonlySet<string> = new Set([
  'hauteur',
  'montant',
  'montants',
  'somme',
  'sommes',
  'total',
  'aupres',
  'financeurs',
  'financeur',
  'amount',
  'amounts',
  'sum',
  'whom',
  'funders',
  'funder',
]);

/**
 * Words a location answer answers by itself (`X's head office`, `les locaux de X`, `the offices of X`): where an actor
 * is, its sites included, so asking for its seat or offices restricts nothing.
 */
export const LOCATION_ANSWERS: ReadonlySet<string> = new Set([
  'siege',
  'sieges',
  'social',
  'bureaux',
  'bureau',
  'locaux',
  'adresse',
  'head',
  'office',
  'offices',
  'headquarters',
  'hq',
  'headquartered',
  'address',
  'premises',
]);

/** Words that say the name after them is a place: `la ville de Toulouse`, `the city of Toulouse`, `le département du Gard`. */
const PLACE_CUES = [
  'la ville de',
  'la ville d',
  'ville de',
  'ville d',
  'la commune de',
  'commune de',
  'le departement de',
  'le departement du',
  'le departement des',
  'departement de',
  'departement du',
  'the city of',
  'city of',
  'the town of',
  'town of',
  'the department of',
  'department of',
].map((cue) => cue.split(' '));

/** Words that say the actor after them funds the actors asked for. */
const FUNDER_CUES = [
  'soutenu par',
  'soutenue par',
  'soutenus par',
  'soutenues par',
  'finance par',
  'financee par',
  'finances par',
  'financees par',
  'subventionne par',
  'subventionnee par',
  'subventionnes par',
  'subventionnees par',
  'aide par',
  'aidee par',
  'aides par',
  'aidees par',
  'accompagne par',
  'accompagnee par',
  'accompagnes par',
  'accompagnees par',
  'funded by',
  'financed by',
  'backed by',
  'supported by',
  'subsidised by',
  'subsidized by',
].map((cue) => cue.split(' '));

/**
 * True when the question names a funder of the actors it lists (`soutenues par la Région`): the free reading handles it.
 * A cue followed by function words only (`financé par qui`) asks for the funder, it names none.
 */
export function hasFunderCue(tokens: readonly Token[], lexicon: Lexicon): boolean {
  return tokens.some((_, at) => {
    const cue = funderCueLength(tokens, at);
    return cue > 0 && tokens.slice(at + cue).some((token) => !lexicon.functionWord(token.folded));
  });
}

/** How many words at a position are a funder cue (0 when none). */
function funderCueLength(tokens: readonly Token[], at: number): number {
  for (const cue of FUNDER_CUES) if (cue.every((word, i) => tokens[at + i]?.folded === word)) return cue.length;
  return 0;
}

/** Question words a kind of recipient follows (`quelles entreprises`, `which labs`). */
const RECIPIENT_QUESTION_WORDS: ReadonlySet<string> = new Set(['quel', 'quels', 'quelle', 'quelles', 'which', 'what']);

/** Words that say the programme after them supported the actors asked for (beside FUNDER_CUES, which an actor follows). */
const PROGRAMME_CUES = [
  // Not `bénéficié de`, `benefited from`: a question said so asks the programme's beneficiaries, its ties (RELATED, the
  // programme as subject), which a list filtered by the programme does not say (heldout18 counted it wrong).
  ...['aidees via', 'aides via', 'soutenues via', 'soutenus via', 'financees via', 'finances via'],
  ...['soutenues dans le cadre de', 'soutenus dans le cadre de', 'financees dans le cadre de', 'finances dans le cadre de'],
  ...['got support under', 'got support from', 'received support under', 'received support from', 'got funding under'],
  ...['received funding under', 'supported under', 'supported through', 'funded under', 'funded through', 'backed under'],
  ...['through', 'under', 'via'],
].map((cue) => cue.split(' '));

/** How many words at a position are a programme cue (0 when none), the longest that matches. */
export function programmeCueLength(tokens: readonly Token[], at: number): number {
  let longest = 0;
  for (const cue of PROGRAMME_CUES)
    if (cue.length > longest && cue.every((word, i) => tokens[at + i]?.folded === word)) longest = cue.length;
  return longest;
}

/** How many words at the start of a span are a place cue (0 when none). */
function placeCueLength(tokens: readonly Token[], span: Span): number {
  for (const cue of PLACE_CUES) {
    if (span.to - span.from <= cue.length) continue;
    if (cue.every((word, i) => tokens[span.from + i]!.folded === word)) return cue.length;
  }
  return 0;
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

/** Active verbs of giving money, folded (`donné`, `versé`, `gave`, `funded`): their subject is the funder. */
const GIVING_VERBS: ReadonlySet<string> = new Set([
  ...['donne', 'verse', 'accorde', 'attribue', 'alloue', 'octroye', 'finance', 'subventionne', 'investi', 'injecte', 'apporte'],
  ...['gave', 'granted', 'funded', 'financed', 'awarded', 'invested', 'paid', 'backed', 'subsidised', 'subsidized'],
]);
/** Nouns of money an actor may give or receive (folded): `financements de X`, `X's grants`. */
const MONEY_NOUNS: ReadonlySet<string> = new Set([
  ...['financement', 'financements', 'aide', 'aides', 'subvention', 'subventions', 'investissement', 'investissements'],
  ...['funding', 'fundings', 'grant', 'grants', 'investment', 'investments', 'subsidies'],
]);
/** Words asking what an actor received (folded): then its own fundings are meant, even when there are none. */
const RECEIVING_WORDS: ReadonlySet<string> = new Set([
  ...['recu', 'recus', 'recue', 'recues', 'recoit', 'obtenu', 'obtient', 'leve', 'levee', 'beneficie', 'touche', 'finance', 'financent'],
  ...['received', 'receive', 'receives', 'got', 'get', 'obtained', 'raised', 'raise', 'funds', 'fund', 'backs', 'who'],
  'qui',
]);
/** Verbs saying money was received (folded), without the question words of RECEIVING_WORDS. */
const RECEIVING_VERBS: ReadonlySet<string> = new Set([
  ...['recu', 'recus', 'recue', 'recues', 'recoit', 'obtenu', 'obtient', 'touche', 'percu', 'beneficie', 'empoche', 'decroche'],
  ...['received', 'receive', 'receives', 'got', 'get', 'gets', 'obtained', 'secured', 'won'],
]);
/** Words saying where money came from, before its giver (`from the State`, `de la Région`, `de la part de X`, `auprès de X`). */
const SOURCE_WORDS: ReadonlySet<string> = new Set(['from', 'de', 'du', 'd', 'des', 'aupres', 'part']);
/** Words before a participle that make it passive (`a été financé`, `was funded`). */
const PASSIVE_MARKERS: ReadonlySet<string> = new Set(['ete', 'etait', 'etaient', 'been', 'was', 'were', 'is', 'are', 'get', 'got']);
/** Words after a participle that name its agent (`financé par`, `funded by`): the subject before it received. */
const AGENT_WORDS: ReadonlySet<string> = new Set(['par', 'by']);

/** Auxiliaries between an object pronoun and its participle (`qui l'a financé`, `qui les ont soutenus`). */
const OBJECT_AUXILIARIES: ReadonlySet<string> = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait']);

/**
 * True when a money verb has a pronoun for its object (`qui les finance`, `qui le soutient`, `who funds them`, `who backs it`),
 * in a compound tense too (`qui l'a financé`, `qui les ont aidées`).
 */
export function fundsAPronoun(tokens: readonly Token[]): boolean {
  const moneyVerb = (word: string) =>
    /^(financ|fund|soutien|soutient|soutenu|support|subvention|subsidi|aide|aid|back|pai|pay|verse|sponsor)/.test(word);
  const objectPronoun = (word: string | undefined) => ['le', 'la', 'les', 'l', 'lui', 'leur'].includes(word ?? '');
  return tokens.some(
    (token, at) =>
      moneyVerb(token.folded) &&
      (objectPronoun(tokens[at - 1]?.folded) ||
        (OBJECT_AUXILIARIES.has(tokens[at - 1]?.folded ?? '') && objectPronoun(tokens[at - 2]?.folded)) ||
        ['it', 'them', 'him', 'her'].includes(tokens[at + 1]?.folded ?? '')),
  );
}
