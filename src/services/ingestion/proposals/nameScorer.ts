import { compactKey } from '../linking/names';
import { isStopName, isTradeWord } from '../reading/nameRules';
import { findPlaces } from '../reading/places';
import { isDateline } from '../reading/sentences';
import { fold } from '../reading/spans';
import type { Mention, SentenceView } from './mentions';
import { isNumberWords } from '../reading/numbers';
import { namesNoOneByShape } from '../reading/organisations';
import { NAME_SCORER, type NameScorerWeights } from './nameScorerWeights';

/**
 * Which names read in a document are organisations or people to propose: every name the rules read (mentions) and
 * every capitalised sequence or acronym they did not, each described by generic features (its cue words and kind,
 * its shape, the single lower-case word before and after it, where it stands, how often the document names it) and
 * scored by a logistic model fitted on the corpus's tuning half (`npm run fit-names`). No feature is a name's own
 * words: the weights say how much a shape or a context counts, never which organisation exists.
 */
export interface ActorCandidate {
  name: string;
  key: string;
  /** The first mention of the name by the rules; undefined for a capitalised sequence no rule read. */
  mention?: Mention;
  view: SentenceView;
  /** Binary features, by name (the union over the document's occurrences of the name). */
  features: Set<string>;
}

/** Determiners and sentence openers that a capitalised sequence drops ("Le", "Dans", "Pour"). */
const OPENERS =
  /^(?:(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|D['’]|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|En|Dans|Pour|Par|Avec|Sur|Chez|Selon|Après|Avant|Depuis|Au|Aux|À|Et|Mais|Ou|Il|Elle|Ils|Elles|On|Nous|The|A|An|In|For|With|By|On|At|Its|This|These)\s+|[LDld]['’](?=\p{Lu}))+/u;
/** A capitalised sequence: capitalised words, with de/du/des/d'/la/le/et/& (or a surname's van/von/der/den) or "-" between them. */
const CAPITALISED_SEQUENCE =
  /(?<![\p{L}\d'’])(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\d'’&.+-]*(?:(?:\s+(?:de|du|des|de la|la|le|et|en|for|of|and|&|van|von|der|den|van der|van den|von der)\s+|\s+d['’]|\s+|\s*-\s*)(?:\p{Lu}|\d)[\p{L}\d'’&.+-]*)*/gu;
/** An acronym opening a longer sequence ("ABCD Lab", "XYZ Hall"): the acronym alone may be the name. */
const LEADING_ACRONYM = /^\p{Lu}{2,}[\p{Lu}\d&]*(?=\s+\p{Lu})/u;
/** Two acronyms sharing one complement ("la CCI et la CMA du Tarn"): the first one takes the complement too. */
const SHARED_COMPLEMENT =
  /(?<![\p{L}\d])(?<first>\p{Lu}{2,}[\p{Lu}\d]*)\s+(?:et|and)\s+(?:(?:la|le|les|l['’]|the)\s*)?\p{Lu}{2,}[\p{Lu}\d]*\s+(?<complement>(?:de la|de l['’]|du|des|de|d['’]|of)\s*\p{Lu}[\p{L}-]+)/gu;
/** Heads that open organisations' names; a generic noun, not a name. */
const HEADS = new Set(
  'agence association banque caisse centre chu chru cluster clinique college conseil ecole federation fondation fonds groupe hopital institut laboratoire laboratoires maison metropole observatoire office pole region syndicat universite unite communaute departement prefecture ministere campus technopole incubateur reseau societe'.split(
    ' ',
  ),
);
/** The ends of health companies' and funds' names ("-tech", "-bio", "Pharma", "Lab", "Capital"). */
const BRAND_END = /(?:tech|bio|med|pharma|pharm|diag|cell|gen|gene|thera|vax|care|sense|omics|lab|labs|health|medical|sante)$/u;
const CORPORATE_END =
  /\s(?:Therapeutics|Pharma|Pharmaceuticals|Biotech|Biologics|Biosciences?|Medical|Diagnostics|Technologies|Technology|Systems|Solutions|Labs?|Group|Groupe|Industries|Holdings?|Capital|Partners|Ventures|Invest|Investissement|Gestion|Angels|Institute|University|Foundation|France|International|Santé|Health)$/u;
/** Lower-case words a context feature may be (letters, an apostrophe or a hyphen): never a name, which starts with a capital. */
const LOWER_WORD = /^[\p{Ll}][\p{Ll}'’-]*$/u;

/** A context word as a feature says it: a lower-case word folded, "Cap" for a capitalised one, "digit", or the mark. */
function contextWord(word: string): string {
  if (LOWER_WORD.test(word)) return fold(word);
  return /^\p{Lu}/u.test(word) ? 'Cap' : /^\d/u.test(word) ? 'digit' : word;
}

/** The single word right before a span: lower-case word, "Cap" for a capitalised one, "^" at the start. */
function wordBefore(text: string, at: number): string {
  const before = /([\p{L}\d]+['’]?|[^\s\p{L}\d])\s*$/u.exec(text.slice(Math.max(0, at - 40), at));
  return before ? contextWord(before[1]!) : '^';
}

/** The single word right after a span, as wordBefore says it; "$" at the end. */
function wordAfter(text: string, at: number): string {
  const after = /^\s*([\p{L}\d]+['’]?|[^\s\p{L}\d])/u.exec(text.slice(at, at + 40));
  return after ? contextWord(after[1]!) : '$';
}

/** Features of a name's own shape: capitals, acronym, digits, apostrophe, hyphen, length, head noun, company ends. */
function shapeFeatures(name: string, features: Set<string>): void {
  const words = name.split(/\s+/u);
  features.add(`words:${Math.min(words.length, 4)}`);
  if (/^[\p{Lu}\d&-]{2,}$/u.test(name)) features.add('shape:acronym');
  else if (/^\p{Lu}[\p{Lu}\d&'’ -]+$/u.test(name)) features.add('shape:all capitals');
  if (/\p{Ll}\p{Lu}/u.test(name)) features.add('shape:capital inside');
  if (/^\p{Ll}/u.test(name)) features.add('shape:lower-case start');
  if (/\d/u.test(name)) features.add('shape:digit');
  if (/['’]/u.test(name)) features.add('shape:apostrophe');
  if (/-/u.test(name)) features.add('shape:hyphen');
  if (/\s(?:de|du|des|d['’]|la|le|et|en|of|and|for)\s/u.test(` ${name} `)) features.add('shape:linking word');
  if (name.length <= 3) features.add('shape:short');
  const head = fold(words[0]!);
  if (HEADS.has(head)) features.add(`head:${head}`);
  if (BRAND_END.test(fold(words[words.length - 1]!)) && words.length === 1) features.add('shape:brand end');
  if (CORPORATE_END.test(name)) features.add('shape:corporate end');
}

/** The place features: the name is a commune/département/region of the code, or holds one. */
function placeFeatures(name: string, features: Set<string>): void {
  const places = findPlaces({ start: 0, end: name.length + 2, text: `à ${name}` });
  if (places.some((p) => p.text === name)) features.add('place:is a place');
  else if (places.length > 0 || findPlaces({ start: 0, end: name.length, text: name }).length > 0) features.add('place:holds a place');
}

/** The words of a cue ("la biotech toulousaine" -> cue:biotech, cue:toulousaine), its kind and the rule's confidence. */
function cueFeatures(mention: Mention, features: Set<string>): void {
  // Lower-case cue words and head nouns only: a capitalised word of a cue may be a name ("le site X").
  for (const written of mention.cue.split(/[\s:]+/u)) {
    const word = fold(written);
    if (!/^[a-z][a-z'-]+$/u.test(word) || /^(?:la|le|les|l'|de|du|des|d'|un|une|of|a|the)$/u.test(word)) continue;
    if (/^\p{Ll}/u.test(written) || HEADS.has(word)) features.add(`cue:${word}`);
  }
  features.add(`kind:${mention.kind ?? 'none'}`);
  features.add(`rule confidence:${Math.round(mention.confidence * 10) / 10}`);
}

/** A name's shape and place features, read once per name: a name comes back in many sentences and documents. */
function ownFeatures(name: string): string[] {
  let features = OWN_FEATURES.get(name);
  if (!features) {
    const set = new Set<string>();
    shapeFeatures(name, set);
    placeFeatures(name, set);
    features = [...set];
    if (OWN_FEATURES.size >= 20_000) OWN_FEATURES.clear();
    OWN_FEATURES.set(name, features);
  }
  return features;
}
const OWN_FEATURES = new Map<string, string[]>();

/** Features of one occurrence: its context words, where it stands in the sentence and the document. */
function contextFeatures(view: SentenceView, start: number, end: number, features: Set<string>): void {
  const { text, start: offset } = view.reading.sentence;
  const before = wordBefore(text, start - offset);
  const after = wordAfter(text, end - offset);
  features.add(`before:${before}`);
  features.add(`after:${after}`);
  if (before === '^') features.add('position:opens the sentence');
  if (view.index === 0) features.add('position:first sentence');
  // The title's subject, first or after a fronted phrase ("Depuis Lyon, X recrute").
  if (view.index === 0 && (before === '^' || /^[^,.;:]{1,40},\s*$/u.test(text.slice(0, start - offset))))
    features.add('position:opens the title');
  const lineStart = text.lastIndexOf('\n', start - offset - 1) + 1;
  const lineEnd = text.indexOf('\n', end - offset);
  if (text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim() === text.slice(start - offset, end - offset))
    features.add('position:line of its own');
  if (/\(\s*$/u.test(text.slice(0, start - offset)) && /^\s*\)/u.test(text.slice(end - offset))) features.add('position:in parentheses');
}

/** How a capitalised sequence stands to the rules' mentions: apart from them, inside one, holding one, or across one's edge. */
type Overlap = 'apart' | 'inside a rule name' | 'holds a rule name' | 'across a rule name';

/**
 * Capitalised sequences of a sentence, with determiners and openers dropped, their parts on either side of
 * "et"/"and", the acronym opening a longer one, and an acronym with the complement it shares with the next one;
 * a sequence whose extent a mention already has is left to the mention.
 */
function sequencesOf(view: SentenceView): { name: string; start: number; end: number; overlap: Overlap }[] {
  const { text, start: offset } = view.reading.sentence;
  const found: { name: string; start: number; end: number; overlap: Overlap }[] = [];
  const add = (name: string, start: number, end = start + name.length) => {
    if (!/\p{L}{2}/u.test(name) || name.length > 80 || found.some((f) => f.start === start && f.end === end)) return;
    // A stop word alone ("Covid", "IA") is a capitalised word, not a name; a trade word may be a brand ("Exemtech").
    if (isStopName(name) && !isTradeWord(name)) return;
    const overlapping = view.mentions.filter((m) => m.start < end && m.end > start);
    if (overlapping.some((m) => m.start === start && m.end === end)) return;
    const overlap: Overlap =
      overlapping.length === 0
        ? 'apart'
        : overlapping.every((m) => m.start <= start && m.end >= end)
          ? 'inside a rule name'
          : overlapping.every((m) => m.start >= start && m.end <= end)
            ? 'holds a rule name'
            : 'across a rule name';
    found.push({ name, start, end, overlap });
  };
  for (const match of text.matchAll(CAPITALISED_SEQUENCE)) {
    const opener = OPENERS.exec(match[0]);
    const name = match[0].slice(opener ? opener[0].length : 0).replace(/[.'’-]+$/u, '');
    const start = offset + match.index + (opener ? opener[0].length : 0);
    add(name, start);
    let at = 0;
    for (const part of name.split(/\s+(?:et|and|&)\s+/u)) {
      const partAt = name.indexOf(part, at);
      if (part !== name) add(part.replace(/[.'’-]+$/u, ''), start + partAt);
      at = partAt + part.length;
    }
    const acronym = LEADING_ACRONYM.exec(name)?.[0];
    if (acronym) add(acronym, start);
  }
  for (const match of text.matchAll(SHARED_COMPLEMENT)) {
    const { first, complement } = match.groups!;
    add(`${first} ${complement}`, offset + match.index, offset + match.index + match[0].length);
  }
  return found;
}

/**
 * Every candidate name of a document, once by key: the rules' unlinked actor mentions and the capitalised sequences
 * they did not read, with their features (the union over the name's occurrences).
 */
export function actorCandidates(views: SentenceView[]): ActorCandidate[] {
  const byKey = new Map<string, ActorCandidate & { sentences: Set<number> }>();
  const occurrence = (key: string, name: string, view: SentenceView, start: number, end: number, mention?: Mention) => {
    let candidate = byKey.get(key);
    if (!candidate) {
      candidate = { name, key, mention, view, features: new Set(['bias', ...ownFeatures(name)]), sentences: new Set() };
      byKey.set(key, candidate);
    }
    if (!candidate.mention && mention) Object.assign(candidate, { mention, view, name });
    candidate.sentences.add(view.index);
    candidate.features.add(mention ? 'source:rules' : 'source:sequence');
    if (mention) cueFeatures(mention, candidate.features);
    contextFeatures(view, start, end, candidate.features);
  };
  // A name the document marks with a trade mark sign ("Exemplix®") is a product, no organisation where no rule reads it.
  const products = new Set(
    views.flatMap((v) => [...v.reading.sentence.text.matchAll(TRADE_MARKED)].map((m) => compactKey(m.groups!.name!))),
  );
  for (const view of views) {
    for (const mention of view.mentions) {
      if (mention.target !== 'ACTOR' || mention.link || mention.cue === 'graph') continue;
      if (view.reading.places.some((p) => p.start <= mention.start && p.end >= mention.end && p.text === mention.name)) continue;
      occurrence(mention.key, mention.name, view, mention.start, mention.end, mention);
    }
    // A wire dateline ("TOULOUSE, 8 mai 2025 (AFP) –") names a town and an agency, no actor of the story.
    if (isDateline(view.reading.sentence.text)) continue;
    const sequences = sequencesOf(view);
    const listStart = listOfPlaces(sequences, listOfOrganisationsAt(view)) ? undefined : listOfOrganisationsAt(view);
    for (const sequence of sequences) {
      const key = compactKey(sequence.name);
      if (!key || isNumberWords(sequence.name) || namesNoOneByShape(sequence.name) || products.has(key)) continue;
      occurrence(key, sequence.name, view, sequence.start, sequence.end);
      byKey.get(key)!.features.add(`sequence:${sequence.overlap}`);
      // "les startups Deeptech", "la Greentech": a trade word after an article or a plural noun names a sector.
      if (
        isTradeWord(sequence.name) &&
        (TRADE_AS_NOUN.test(wordBefore(view.reading.sentence.text, sequence.start - view.reading.sentence.start)) ||
          SECTOR_LIST_BEFORE.test(view.reading.sentence.text.slice(0, sequence.start - view.reading.sentence.start)))
      )
        byKey.get(key)!.features.add('context:trade word as a common noun');
      if (
        listStart !== undefined &&
        sequence.start >= listStart &&
        !/\s(?:et|and|ou|&)\s/u.test(sequence.name) &&
        /^(?::|,|et|ou)$/u.test(wordBefore(view.reading.sentence.text, sequence.start - view.reading.sentence.start))
      )
        byKey.get(key)!.features.add('context:listed after a count or an organisation noun');
      if (sequence.overlap === 'apart' && namedBackByNoun(views, view, sequence.name, sequence.start))
        byKey.get(key)!.features.add('context:subject named back by an organisation noun');
      if (
        APPOSED_TO_NOUN.test(
          view.folded.slice(Math.max(0, sequence.start - view.reading.sentence.start - 60), sequence.start - view.reading.sentence.start),
        )
      )
        byKey.get(key)!.features.add('context:set after an organisation noun and a comma');
    }
  }
  return [...byKey.values()].map(({ sentences, ...candidate }) => {
    candidate.features.add(`mentions:${Math.min(sentences.size, 3)}`);
    return candidate;
  });
}

/** "une nouvelle entreprise, X", "sa start-up, X": an indefinite or possessive organisation noun, a comma, then the name. */
const APPOSED_TO_NOUN =
  /(?:^|[^\p{L}])(?:une|un|sa|son|leur)\s+(?:(?:nouvelle|nouvel|propre|premiere|premier|jeune|deuxieme|seconde)\s+)?(?:societe|entreprise|start-?up|startup|jeune pousse|biotech|medtech|filiale|structure)\s*,\s*$/u;

/**
 * What may stand before a sentence's subject: nothing, a fronted phrase up to a comma ("Du 7 au 10 janvier, X expose"),
 * or a rubric or dateline up to a dash ("Santé – X obtient", "TOULOUSE, 8 mai (AFP) – X rachète").
 */
const BEFORE_SUBJECT = /^(?:|[^,.;:!?]{1,60},\s*|[^.;:!?]{1,60}\s[–—-]\s*)$/u;
/** A lower-case word after the subject that is no verb: an article, a preposition, a conjunction, a relative. */
const NOT_A_VERB =
  /^(?:de|du|des|d'|la|le|les|l'|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|et|ou|en|à|au|aux|pour|par|sur|dans|avec|chez|que|qui|qu'|dont|ans|of|and|the|in|for|to|with|its|their|years)$/u;
/** A capitalised word of the language opening a sentence: a number, a participle ("Fondée", "Créés"), an adverb in -ment. */
const COMMON_WORD =
  /^(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)$|(?:ée|ées|és|ant|ment|ly|ed|ing)$/u;
/** A definite organisation noun not followed by a name ("la start-up a glissé", "le groupe"); French only: in English the rule read adjectives ("French"): a word for the subject. */
const DEFINITE_ORGANISATION_NOUN =
  /(?:^|[^\p{L}])(?:(?:la|le|l'|cette|ce|cet)\s*(?:jeune\s+|petite\s+)?(?:start-?up|startup|jeune pousse|pepite|societe|entreprise|biotech|medtech|groupe|laboratoire|firme|structure|incubateur|specialiste|pme)(?![\p{L}-])|l'(?:industriel|editeur|fabricant)(?![\p{L}-]))/gu;

/**
 * Whether a one-word name no rule read is the subject of its sentence (first, or after a fronted phrase or a rubric,
 * a verb after it) and the sentence after it or the next one opens on "la start-up", "le groupe", "l'entreprise":
 * press writing names a company once, then says what it is ("X expose au salon. La start-up a glissé …").
 */
function namedBackByNoun(views: SentenceView[], view: SentenceView, name: string, start: number): boolean {
  if (/\s/u.test(name) || !/\p{Ll}|^\p{Lu}{4,}$/u.test(name) || COMMON_WORD.test(name.toLowerCase())) return false;
  const { text, start: offset } = view.reading.sentence;
  if (!BEFORE_SUBJECT.test(text.slice(0, start - offset))) return false;
  const after = wordAfter(text, start - offset + name.length);
  if (!LOWER_WORD.test(after) || NOT_A_VERB.test(after)) return false;
  const next = views.filter((v) => v.index > view.index && v.index <= view.index + 2);
  // The noun is the next sentence's subject (first, or after a fronted phrase); followed by a name ("la société Y"), it
  // introduces Y, not the subject. Folding keeps the text's offsets.
  return next.some((v) =>
    [...v.folded.matchAll(DEFINITE_ORGANISATION_NOUN)].some(
      (m) =>
        /^(?:[^,.;:!?]{1,60},)?\s*$/u.test(v.folded.slice(0, m.index + (/^\p{L}/u.test(m[0]) ? 0 : 1))) &&
        !/^\s*\p{Lu}/u.test(v.reading.sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 3)),
    ),
  );
}

/** What stands before a trade word used as a common noun: an article, a plural noun for companies or fields ("startups"). */
const TRADE_AS_NOUN =
  /^(?:la|le|les|l'|des|aux|the|startups|start-ups|entreprises|societes|pepites|pousses|projets|acteurs|filieres|secteurs|solutions|technologies|companies|firms|projects|sectors)$/u;

/** A name written with a trade mark sign right after it ("Exemplix®", "Exemplo™"). */
const TRADE_MARKED = /(?<![\p{L}\d])(?<name>\p{Lu}[\p{L}\d.-]*?)(?:®|™)/gu;

/** A sector noun, then the fields listed before this one ("les secteurs Santé, Greentech"). */
const SECTOR_LIST_BEFORE =
  /(?:secteurs?|fili[èe]res?|domaines?|march[ée]s?|sectors?|fields?|markets?)\s+(?:\p{Lu}[\p{L}-]*,?\s+(?:(?:et|and)\s+)?)*$/iu;

/** Whether the sequences after a list's start are communes for half or more ("11 sites : Albi, Castres et Lunel"). */
function listOfPlaces(sequences: { name: string; start: number }[], listStart: number | undefined): boolean {
  if (listStart === undefined) return false;
  const items = sequences.filter((s) => s.start >= listStart && !/\s(?:et|and|ou|&)\s/u.test(s.name));
  const places = items.filter((s) => findPlaces({ start: 0, end: s.name.length + 2, text: `à ${s.name}` }).some((p) => p.text === s.name));
  return items.length >= 2 && places.length * 2 >= items.length;
}

/** Words before a colon that announce a list of organisations: a count or a plural noun for them ("trois biotechs cotées :"). */
const LIST_INTRO =
  /(?:^|[^\p{L}])(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|\d+)\s+(?:l'|s'|(?:sont|ont|se|y|en|d'entre|parmi|de ces)(?![\p{L}]))|(?:entreprises|societes|start-?ups?|biotechs|medtechs|jeunes pousses|laboratoires|pepites|pme|industriels|investisseurs|fonds|partenaires|laureats|membres|acteurs)(?![\p{L}]))/u;

/**
 * Where a list of organisations starts in a sentence, after a colon whose introduction (the words since the last
 * sentence mark before it) counts or names them ("Deux l'ont quittée : A et B", "sept start-up y sont hébergées : A, B et C").
 */
function listOfOrganisationsAt(view: SentenceView): number | undefined {
  const colon = view.folded.indexOf(':');
  if (colon < 0 || !LIST_INTRO.test(view.folded.slice(Math.max(0, colon - 100), colon))) return undefined;
  return view.reading.sentence.start + colon + 1;
}

/**
 * Whether a capitalised sequence no rule read is a name whatever its score: one word with a trade's ending ("Genotech",
 * "Vaxbio") or a name the document repeats in three sentences or more; not a place, nor a word of a name the rules read. Both lift recall on the two
 * folds of the tuning half and on the held-out half at no cost in precision (docs/INGESTION.md).
 */
export function vouchedByShape(features: Set<string>): boolean {
  // A word of a longer name the rules read ("Santé" of "Pôle Santé X") or an elided opener ("C'est") vouches for nothing.
  if (
    ['place:is a place', 'sequence:inside a rule name', 'shape:apostrophe', 'context:trade word as a common noun'].some((f) =>
      features.has(f),
    )
  )
    return false;
  // A head noun alone ("les deux CHU", "le Campus") is a common noun, whatever its repetitions.
  if (features.has('words:1') && [...features].some((f) => f.startsWith('head:'))) return false;
  // Named in a list a count or an organisation noun announces; or the title's subject, named again below.
  const titleSubject = features.has('position:opens the title') && (features.has('mentions:2') || features.has('mentions:3'));
  return (
    features.has('shape:brand end') ||
    features.has('mentions:3') ||
    features.has('context:listed after a count or an organisation noun') ||
    features.has('context:set after an organisation noun and a comma') ||
    features.has('context:subject named back by an organisation noun') ||
    titleSubject
  );
}

/** The model's probability that a candidate is an actor of the document: the logistic of the sum of its features' weights. */
export function scoreCandidate(features: Iterable<string>, weights: NameScorerWeights = NAME_SCORER): number {
  let sum = 0;
  for (const feature of features) sum += weights.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

/**
 * The views with the names the scorer accepts but no rule read ("Genticel", listed after "trois biotechs cotées :") as
 * mentions wherever the document writes them, so that what sentences say of those names (where they are) is read too.
 */
export function withAcceptedNames(views: SentenceView[]): SentenceView[] {
  const accepted = actorCandidates(views)
    .filter(
      (c) =>
        !c.mention && !namesNoOneByShape(c.name) && (scoreCandidate(c.features) >= NAME_SCORER.threshold || vouchedByShape(c.features)),
    )
    .map((c) => ({
      ...c,
      confidence: scoreCandidate(c.features),
      pattern: new RegExp(`(?<![\\p{L}\\d])${c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'gu'),
    }));
  if (accepted.length === 0) return views;
  return views.map((view) => {
    const { text, start: offset } = view.reading.sentence;
    const added: Mention[] = [];
    for (const candidate of accepted) {
      if (!text.includes(candidate.name)) continue;
      for (const match of text.matchAll(candidate.pattern)) {
        const start = offset + match.index;
        const end = start + candidate.name.length;
        if ([...view.mentions, ...added].some((m) => m.start < end && m.end > start)) continue;
        const { name, key, confidence } = candidate;
        added.push({ start, end, text: name, name, key, target: 'ACTOR', confidence, cue: 'sequence' });
      }
    }
    return added.length === 0 ? view : { ...view, mentions: [...view.mentions, ...added].sort((a, b) => a.start - b.start) };
  });
}
