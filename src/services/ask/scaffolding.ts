import { type Token, tokenize } from './text';

/**
 * The words around a question that ask nothing (`bonjour, je voudrais savoir …`, `… stp merci`, `pour un article sur X,
 * …`): the positions of the tokens to leave out before the question is read. What they leave is the question as it
 * would be typed bare (`qui finance X`, or `X, qui le finance ?`, a name said first).
 */

/** Greetings and requests to be told that open a question; folded words, longest first where one holds another. */
const OPENINGS: readonly (readonly string[])[] = [
  'bonjour',
  'bonsoir',
  'salut',
  'coucou',
  'hello',
  'hi',
  'hey',
  'je voudrais savoir',
  'je voudrais connaitre',
  'j aimerais savoir',
  'j aimerais connaitre',
  'je souhaiterais savoir',
  'je me demandais',
  // A23ae: the asker wondering aloud, alone or with others (`… et on se demande qui …`).
  'je me demande',
  'on se demande',
  'on se demandait',
  'nous nous demandons',
  'je cherche a savoir',
  // A23af (family 39, heldout22): asking whether something holds (`Is it true that X acquired Y?`), asking about a name next.
  'est il vrai que',
  'est ce vrai que',
  'c est vrai que',
  'and what about',
  // A list asked for as a need (`j'ai besoin de la liste des CHU`, `I need a list of …`): the list's words are the question.
  'j ai besoin de la liste des',
  'j ai besoin d une liste des',
  'j ai besoin d une liste de',
  // A23ai: the need said of the actors themselves (`g besoin des incubateurs à Toulouse`, `g` texted `j'ai`).
  'j ai besoin des',
  'j ai besoin de la liste de',
  'il me faut la liste des',
  'il me faut une liste des',
  'i need a list of',
  'i need the list of',
  'we need a list of',
  'what about',
  'et qu en est il de',
  // `que sait-on de X`, `what do you know about X`: the name alone asks for the node.
  'que sait on de',
  'que sait on sur',
  'que savez vous de',
  'que savez vous sur',
  'que sais tu de',
  'que sais tu sur',
  'what do you know about',
  'what do we know about',
  'est ce que tu sais',
  'est ce que vous savez',
  'tu sais',
  'vous savez',
  'pouvez vous me dire',
  // A23x: more requests to be told, as people wrap a question (`dis-moi qui …`, `could you please tell me …`).
  'dis moi',
  'dites moi',
  'dis nous',
  'dites nous',
  'pourrais tu me dire',
  'tu pourrais me dire',
  'vous pourriez me dire',
  'je veux savoir',
  'je voulais savoir',
  'je souhaite savoir',
  'j aimerais bien savoir',
  'can you please tell me',
  'could you please tell me',
  'would you tell me',
  'please tell me',
  'i d love to know',
  'pourriez vous me dire',
  'peux tu me dire',
  'tu peux me dire',
  'vous pouvez me dire',
  'une question',
  'petite question',
  'question',
  'can you tell me',
  'could you tell me',
  'i would like to know',
  'i d like to know',
  'i want to know',
  'i wonder',
  'i was wondering',
  'do you know',
  'quick question',
  // A23j: asking the room (`qqn sait …`, texted `quelqu'un sait`), as a chat would.
  'quelqu un sait',
  'quelqu un connait',
  'quelqu un aurait',
  'quelqu un peut me dire',
  'qui sait',
  'does anyone know',
  'does anybody know',
  'does someone know',
  'anyone know',
  'anybody know',
  'anyone knows',
].map((words) => words.split(' '));

/** Words opening the reason for asking, said after the question (`… b/c je dois écrire un papier`): the rest asks nothing. */
const REASONS: readonly (readonly string[])[] = [['because'], ['parce', 'que'], ['parce', 'qu'], ['car']];
/** Fewest words of question before a reason clause (`car` alone is no question). */
const MIN_WORDS_BEFORE_REASON = 3;

/** Politeness that closes a question: it asks nothing, wherever the question mark stands (`… ? merci`, `… please`). */
const POLITE_CLOSINGS: readonly (readonly string[])[] = [
  'merci d avance',
  'merci beaucoup',
  'merci bien',
  'merci',
  'stp',
  'svp',
  's il te plait',
  's il vous plait',
  'please',
  'pls',
  'plz',
  'thanks',
  'thank you',
  'thanks in advance',
  'thanks a lot',
  'many thanks',
  'thx',
  'cheers',
].map((words) => words.split(' '));

/** Words that close a question and ask nothing more. */
const CLOSINGS: readonly (readonly string[])[] = [
  ...POLITE_CLOSINGS,
  ...[
    // The graph answers with the ties that hold today (ended ones are left out where the present is asked): `now` adds nothing.
    'aujourd hui',
    'actuellement',
    'maintenant',
    'a ce jour',
    'a l heure actuelle',
    'en ce moment',
    'de nos jours',
    'now',
    'today',
    'currently',
    'nowadays',
    'these days',
    'at present',
    'right now',
    'at the moment',
    // A23r: a closing that sums up (`… au final`, `… en tout`, `… exactement`) asks nothing more: a money answer gives totals,
    // a takeover answer the last owner, a location answer the address.
    'au final',
    'finalement',
    'en fin de compte',
    'en definitive',
    'en tout',
    'au total',
    'exactement',
    'precisement',
    'in the end',
    'ultimately',
    'in total',
    'all in all',
    'exactly',
    'precisely',
  ].map((words) => words.split(' ')),
];

/** Question tags that repeat a list question after a pause (`…, lesquels ?`, `…: which ones exist?`), longest first. */
const QUESTION_TAGS: readonly (readonly string[])[] = [
  'lesquels existent',
  'lesquelles existent',
  'lesquels sont ils',
  'lesquelles sont elles',
  'lesquels',
  'lesquelles',
  'vous avez ca',
  'tu as ca',
  'which ones are there',
  'which ones exist',
  'which ones',
].map((words) => words.split(' '));
/** Fewest words before a question tag (`…, lesquels ?` alone is no question). */
const MIN_WORDS_BEFORE_TAG = 4;

/** Words that put the topic of a question first (`pour un article sur X, …`, `concernant X : …`, `regarding X, …`). */
const TOPIC_MARKERS: readonly (readonly string[])[] = [
  'a propos de',
  'a propos d',
  'au sujet de',
  'au sujet d',
  'concernant',
  'sur',
  'regarding',
  'about',
  'concerning',
  'on',
  'quant a',
].map((words) => words.split(' '));

/** Longest preamble before a topic marker (`pour un article de blog sur`), in words. */
const MAX_PREAMBLE_WORDS = 8;
/** Longest topic a name may be (`Phost'in Therapeutics`), in words. */
const MAX_TOPIC_WORDS = 6;

/** How many words a phrase of the list covers at a position (0 when none). */
function phraseAt(tokens: readonly Token[], at: number, phrases: readonly (readonly string[])[]): number {
  if (phrases === OPENINGS) {
    // `je suis journaliste, je cherche qui a mis de l'argent dans X`: what the asker looks for, when a question word follows,
    // is the question (`je cherche des partenaires …` keeps its words: the partner shapes read them).
    const seeking = phraseAt(tokens, at, SEEKING);
    if (seeking > 0 && QUESTION_WORDS.has(tokens[at + seeking]?.folded ?? '')) return seeking;
  }
  for (const phrase of phrases) if (phrase.every((word, i) => tokens[at + i]?.folded === word)) return phrase.length;
  return 0;
}

/** Words saying what the asker looks for (`je cherche`, `I'm looking for`), folded. */
const SEEKING: readonly (readonly string[])[] = [
  ...['je cherche', 'nous cherchons', 'on cherche', 'i m looking for', 'i am looking for', 'we re looking for'],
  'we are looking for',
  // `tell me who …` (`tell me about X` keeps its words: a question word must follow).
  'tell me',
].map((words) => words.split(' '));

/** Question words that make what the asker looks for a question (`je cherche qui …`, `I'm looking for which …`), folded. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  ...['qui', 'quoi', 'quel', 'quels', 'quelle', 'quelles', 'ou', 'combien', 'comment', 'quand', 'lesquels', 'lesquelles'],
  ...['who', 'what', 'which', 'where', 'how', 'when', 'whom'],
]);

/** True when a comma, colon or dash follows a token in the question. */
function pauseAfter(question: string, token: Token): boolean {
  // Not a hyphen inside a name (`Cell-Easy`): a dash between spaces only.
  return /^\s*[,;:–—]/.test(question.slice(token.end)) || /^\s+-\s/.test(question.slice(token.end));
}

/**
 * Positions of the opening and closing words to leave out. An opening counts at the start only, followed by a pause or by
 * more words; a closing at the end only.
 */
export function scaffoldingPositions(tokens: readonly Token[]): Set<number> {
  const dropped = new Set<number>();
  let from = 0;
  for (
    let length = phraseAt(tokens, from, OPENINGS);
    length > 0 && from + length < tokens.length;
    length = phraseAt(tokens, from, OPENINGS)
  ) {
    for (let i = from; i < from + length; i++) dropped.add(i);
    from += length;
  }
  let to = tokens.length;
  for (let at = from + MIN_WORDS_BEFORE_REASON; at < tokens.length - 1; at++) {
    if (phraseAt(tokens, at, REASONS) === 0) continue;
    for (let i = at; i < tokens.length; i++) dropped.add(i);
    to = at;
    break;
  }
  for (let moved = true; moved && to > from + 1; ) {
    moved = false;
    for (const phrase of CLOSINGS) {
      const start = to - phrase.length;
      if (start <= from || !phrase.every((word, i) => tokens[start + i]!.folded === word)) continue;
      for (let i = start; i < to; i++) dropped.add(i);
      to = start;
      moved = true;
      break;
    }
  }
  // `qui a déjà mis de l'argent dans X`, `which companies X already holds shares in`: what has happened so far is what the
  // graph records, so `déjà` restricts nothing wherever it is said.
  tokens.forEach((token, at) => {
    if (EMPTY_ADVERBS.has(token.folded) && at > from && at < to) dropped.add(at);
  });
  return dropped;
}

/**
 * The question without the greetings and requests to be told that open it and the politeness that closes it
 * (`Bonjour, pouvez-vous me dire qui finance X ? merci` → `qui finance X ?`), as text: every reading then sees the question
 * as typed bare, those that split it at a turn or a question mark (`… and when? thanks`) too. The question unchanged when
 * nothing wraps it, or when one word or none is left (`bonjour`, `merci`).
 */
export function withoutPoliteness(question: string): string {
  const tokens = tokenize(question);
  let from = 0;
  for (let length = phraseAt(tokens, from, OPENINGS); length > 0 && from + length < tokens.length; ) {
    from += length;
    length = phraseAt(tokens, from, OPENINGS);
  }
  from = afterPurpose(question, tokens, from);
  for (let length = phraseAt(tokens, from, OPENINGS); length > 0 && from + length < tokens.length; ) {
    from += length;
    length = phraseAt(tokens, from, OPENINGS);
  }
  let to = trailingRemarkAt(question, tokens, from + 2) ?? tokens.length;
  for (let moved = true; moved && to > from + 1; ) {
    moved = false;
    for (const phrase of POLITE_CLOSINGS) {
      const start = to - phrase.length;
      if (start <= from || !phrase.every((word, i) => tokens[start + i]!.folded === word)) continue;
      to = start;
      moved = true;
      break;
    }
  }
  // A question tag after a pause (`… à Toulouse, lesquels existent ?`, `…, which ones are there?`) only asks again what the words
  // before it ask: left out, when at least a few words stand before it.
  for (const tag of QUESTION_TAGS) {
    const start = to - tag.length;
    if (start - from < MIN_WORDS_BEFORE_TAG || !tag.every((word, i) => tokens[start + i]!.folded === word)) continue;
    if (!pauseAfter(question, tokens[start - 1]!)) continue;
    to = start;
    break;
  }
  // A name alone left (`que sait-on de Sanofi ?`) keeps its wrapper: the reader drops it too, and it says the asker's language.
  if ((from === 0 && to === tokens.length) || to - from < 2) return question;
  const start = tokens[from]!.start;
  if (to === tokens.length) return question.slice(start);
  const asked = /[?？]/u.test(question.slice(tokens[to - 1]!.end));
  return `${question.slice(start, tokens[to - 1]!.end)}${asked ? ' ?' : ''}`;
}

/** What opens a remark on why the asker asks, after the question (`… ? need a list for a patient group`, `(recruiting for them)`). */
const REMARK_OPENINGS: readonly (readonly string[])[] = [
  ...['need', 'needed', 'recruiting', 'c est pour', 'it s for', 'it is for', 'asking for', 'just curious', 'par curiosite'],
  ...['je prepare', 'i m preparing', 'i m writing', 'j en ai besoin', 'for a', 'for an', 'for my', 'for our', 'pour un', 'pour une'],
  ...['pour mon', 'pour ma', 'pour notre', 'pour nos'],
].map((words) => words.split(' '));

/**
 * Where a remark on why the asker asks starts, after a question mark or in parentheses closing the question (`any labs in
 * X? need a list for a report`, `X HQ city? (recruiting for them)`; family 39): it restricts nothing the graph holds. Not when
 * it asks something (a question word in it); null when there is none.
 */
function trailingRemarkAt(question: string, tokens: readonly Token[], from: number): number | null {
  for (let at = Math.max(from, 1); at < tokens.length; at++) {
    if (!/[?？(]/u.test(question.slice(tokens[at - 1]!.end, tokens[at]!.start))) continue;
    if (phraseAt(tokens, at, REMARK_OPENINGS) === 0) return null;
    return tokens.slice(at).some((token) => QUESTION_WORDS.has(token.folded)) ? null : at;
  }
  return null;
}

/** Names of the fields a filter is typed with, as a regular expression's alternatives. */
const FIELD_NAMES = 'place|city|town|ville|lieu|location|kind|type|domain|domaine|secteur|sector|field';
const FIELD_BY_EQUALS = new RegExp(`(^|[\\s,;(])(?:${FIELD_NAMES})\\s*=\\s*`, 'giu');
const FIELD_BY_COLON = new RegExp(`([,;]\\s*)(?:${FIELD_NAMES})\\s*:\\s*`, 'gu');

/**
 * Filters typed as fields (`list incubators, place = Montpellier`, `kind=CHU`, `…, domaine : oncologie`): the field's name
 * goes, its value stays for the reader (a place, a kind, a domain it reads anyway). `:` only after a comma and in lower
 * case, so a name before a colon (`Robotics Place: who runs it?`) keeps its words.
 */
export function withoutFieldNames(question: string): string {
  return question.replace(FIELD_BY_EQUALS, '$1').replace(FIELD_BY_COLON, '$1');
}

/** A query typed like code (`GET fundings where recipient = X`, `SELECT * FROM companies WHERE city = 'Toulouse'`). */
const CODE_QUERY =
  /^\s*(?:get|select|find|fetch|query|list|show)\s+(?:\*\s+from\s+)?([\p{L}_-]+)\s+(?:where|with|filter)\s+(.+?)\s*;?\s*$/iu;
/** One condition of such a query (`recipient = X`, `city == "Toulouse"`, `name like X`). */
const CODE_CONDITION = /^([\p{L}_.]+)\s*(?:==?|:|\bis\b|\blike\b)\s*["'`]?(.+?)["'`]?$/iu;
/** Nouns of money and of investors, and the fields a query names the two ends of money by. */
const MONEY_NOUNS = /^(?:fundings?|financements?|grants?|subsidies|subventions?|investments?|loans?|money|aides?)$/iu;
const INVESTOR_NOUNS = /^(?:investors?|shareholders?|investisseurs?|actionnaires?)$/iu;
const RECIPIENT_FIELDS = /^(?:recipient|recipient_?id|beneficiary|beneficiaire|company|actor|target|to|receiver)$/iu;
const FUNDER_FIELDS = /^(?:funder|funder_?id|financeur|from|by|investor|source|giver)$/iu;
const PLACE_FIELDS = /^(?:place|city|town|ville|lieu|location|departement|department|region|commune)$/iu;
const DOMAIN_FIELDS = /^(?:domain|domaine|secteur|sector|field|topic)$/iu;
const NAME_FIELDS = /^(?:name|nom|id)$/iu;

/**
 * A query typed like code, said back in words the shapes read (family 39): `GET fundings where recipient = X` is `who funded
 * X`, `… where funder = X` is `what did X fund`, `GET investors where company = X` is `who invested in X`, `SELECT * FROM
 * companies WHERE city = 'Toulouse' AND domain = oncology` is `companies in Toulouse working on oncology`, `… where name = X`
 * is `X`. Null when the question is not typed so, or names a field read here as nothing.
 */
export function fromCodeQuery(question: string): string | null {
  const query = CODE_QUERY.exec(question);
  if (!query) return null;
  const noun = query[1]!;
  const conditions = query[2]!.split(/\s+(?:and|&&|et)\s+|\s*[,&]\s*/iu).map((part) => CODE_CONDITION.exec(part.trim()));
  if (conditions.some((condition) => !condition)) return null;
  const pairs = conditions.map((condition) => ({ field: condition![1]!.replace(/^.*\./u, ''), value: condition![2]!.trim() }));
  const one = pairs.length === 1 ? pairs[0]! : null;
  if (one && NAME_FIELDS.test(one.field)) return one.value;
  if (one && MONEY_NOUNS.test(noun) && RECIPIENT_FIELDS.test(one.field)) return `who funded ${one.value}`;
  if (one && MONEY_NOUNS.test(noun) && FUNDER_FIELDS.test(one.field)) return `what did ${one.value} fund`;
  if (one && INVESTOR_NOUNS.test(noun) && (RECIPIENT_FIELDS.test(one.field) || NAME_FIELDS.test(one.field)))
    return `who invested in ${one.value}`;
  if (MONEY_NOUNS.test(noun) || INVESTOR_NOUNS.test(noun)) return null;
  const place = pairs.find((pair) => PLACE_FIELDS.test(pair.field));
  const domain = pairs.find((pair) => DOMAIN_FIELDS.test(pair.field));
  if (pairs.some((pair) => pair !== place && pair !== domain)) return null;
  const kind = noun.replace(/_/gu, ' ');
  return [kind, place ? `in ${place.value}` : '', domain ? `working on ${domain.value}` : ''].filter(Boolean).join(' ');
}

/** Words opening what the answer is for (`pour une note au préfet : …`, `for my thesis: …`), folded. */
const PURPOSE_OPENINGS: ReadonlySet<string> = new Set(['pour', 'for']);
/** A purpose is a thing (`pour une note`, `for my thesis`), never a name (`pour Genoskin : qui finance ?`). */
const PURPOSE_DETERMINERS: ReadonlySet<string> = new Set([
  ...['un', 'une', 'le', 'la', 'les', 'l', 'mon', 'ma', 'mes', 'notre', 'nos', 'ce', 'cette'],
  ...['a', 'an', 'the', 'my', 'our', 'this'],
]);

/**
 * Where the question starts after a purpose said first and closed by a colon (`Pour une note au préfet : quels acteurs …`,
 * `For a board memo: which …`): the purpose restricts nothing the graph holds. Only before a question word, and not when
 * the purpose names a topic (`pour un article sur X : qui la finance ?` keeps X: see topicFirst).
 */
function afterPurpose(question: string, tokens: readonly Token[], from: number): number {
  if (!PURPOSE_OPENINGS.has(tokens[from]?.folded ?? '') || !PURPOSE_DETERMINERS.has(tokens[from + 1]?.folded ?? '')) return from;
  for (let at = from + 1; at < Math.min(tokens.length - 1, from + MAX_PREAMBLE_WORDS + 1); at++) {
    if (phraseAt(tokens, at, TOPIC_MARKERS) > 0) return from;
    // `Pour un appel d'offres, j'ai besoin de la liste des …` (family 39): a request to be told after a comma ends it too.
    if (/^\s*,/.test(question.slice(tokens[at]!.end)) && phraseAt(tokens, at + 1, OPENINGS) > 0) return at + 1;
    if (!/^\s*:/.test(question.slice(tokens[at]!.end))) continue;
    return QUESTION_WORDS.has(tokens[at + 1]!.folded) ? at + 1 : from;
  }
  return from;
}

/** Adverbs that restrict nothing a question asks of the graph, wherever they stand (folded). */
const EMPTY_ADVERBS: ReadonlySet<string> = new Set(['deja', 'already']);

/**
 * A topic said first (`pour un article sur X, qui le finance ?`, `concernant X : …`): the span of words naming it (after
 * the marker, up to the pause) and the words before it to leave out; null when the question opens with none. `names`
 * says whether words are exactly a name of the graph: only a name is a topic (`sur Toulouse, …` stays a place).
 */
export async function topicFirst(args: {
  question: string;
  tokens: readonly Token[];
  from: number;
  names: (from: number, to: number) => Promise<boolean>;
}): Promise<{ dropped: number[] } | null> {
  const { question, tokens, from, names } = args;
  for (let at = from; at < Math.min(tokens.length, from + MAX_PREAMBLE_WORDS + 1); at++) {
    const marker = phraseAt(tokens, at, TOPIC_MARKERS);
    if (marker === 0) continue;
    const start = at + marker;
    for (let end = start + 1; end <= Math.min(tokens.length - 1, start + MAX_TOPIC_WORDS); end++) {
      if (!pauseAfter(question, tokens[end - 1]!)) continue;
      if (!(await names(start, end))) break;
      return { dropped: Array.from({ length: start - from }, (_, i) => from + i) };
    }
  }
  return null;
}

/**
 * Roles an asker introduces themselves by (folded, both genders), which open an introduction said without `je suis`. Not
 * the heads of a body (`directeur`, `président`, `CEO`): `Directeur de Nubbo, c'est qui ?` asks who heads it.
 */
const ROLE_NOUNS: readonly string[] = [
  ...['investisseur', 'investisseuse', 'analyste', 'consultant', 'consultante', 'kine', 'kinesitherapeute', 'pharmacien'],
  ...['pharmacienne', 'infirmier', 'infirmiere', 'interne', 'postdoc', 'post doctorant', 'post doctorante', 'avocat', 'avocate'],
  ...['elu', 'elue', 'recruteur', 'recruteuse', 'banquier', 'banquiere', 'commercial', 'commerciale', 'charge', 'chargee'],
  ...['professeur', 'professeure', 'prof', 'enseignant', 'enseignante', 'stagiaire', 'alternant', 'alternante', 'developpeur'],
  ...['developpeuse', 'biologiste', 'chimiste', 'clinicien', 'clinicienne', 'chirurgien', 'chirurgienne', 'patient', 'patiente'],
  ...['citoyen', 'citoyenne', 'retraite', 'retraitee', 'freelance', 'independant', 'independante', 'juriste', 'technicien'],
  ...['technicienne', 'gestionnaire', 'assistant', 'assistante', 'redacteur', 'redactrice', 'blogueur', 'blogueuse', 'lyceen'],
  ...['lyceenne', 'eleve', 'benevole', 'business developer', 'business angel', 'chef de projet', 'cheffe de projet'],
  ...['investor', 'analyst', 'consultant', 'nurse', 'pharmacist', 'physiotherapist', 'physio', 'intern', 'postdoc', 'lawyer'],
  ...['recruiter', 'banker', 'salesperson', 'professor', 'lecturer', 'teacher', 'developer', 'biologist', 'chemist'],
  ...['clinician', 'surgeon', 'patient', 'citizen', 'retiree', 'freelancer', 'reporter', 'writer', 'blogger', 'vc'],
  ...['phd candidate', 'med student', 'medical student', 'master student', 'masters student', 'product manager', 'angel investor'],
  // A23af (family 39): public offices (`Conseillère municipale dans le Gard, …`, `Councillor in Albi, …`).
  ...['conseiller', 'conseillere', 'maire', 'adjoint', 'adjointe', 'depute', 'deputee', 'senateur', 'senatrice', 'fonctionnaire'],
  ...['charge de mission', 'chargee de mission', 'agent public', 'agente publique', 'collaborateur parlementaire'],
  ...['collaboratrice parlementaire', 'councillor', 'councilor', 'mayor', 'civil servant', 'policy officer', 'programme officer'],
  ...['program officer', 'policymaker', 'policy maker', 'public official', 'elected official'],
];

/**
 * Words that open a sentence introducing the asker (`je dirige une start-up de …`, `I'm a hospital buyer …`, `Étudiant en
 * pharma, …`), folded, longest first where one holds another.
 */
const INTRO_OPENINGS: readonly (readonly string[])[] = [
  ...['je suis', 'je dirige', 'je gere', 'je travaille', 'je represente', 'je monte', 'je cree', 'je lance', 'je developpe'],
  ...['je bosse', 'nous sommes', 'on est', 'nous dirigeons', 'nous developpons', 'nous montons', 'en tant que', 'moi c est'],
  ...['etudiant', 'etudiante', 'etudiants', 'etudiantes', 'chercheur', 'chercheuse', 'doctorant', 'doctorante', 'medecin'],
  ...['journaliste', 'acheteur', 'acheteuse', 'fondateur', 'fondatrice', 'ingenieur', 'ingenieure', 'entrepreneur'],
  ...['porteur de projet', 'porteuse de projet', 'jeune diplome', 'jeune diplomee', 'dirigeant', 'dirigeante'],
  ...['i m', 'i am', 'i run', 'i work', 'i lead', 'i manage', 'i represent', 'we are', 'we re', 'we run', 'we develop'],
  ...['i do', 'i handle', 'je fais', 'je m occupe', 'je m occupe de'],
  // A23ai: `I scout for a fund: …`, `we invest in …: …`.
  ...['i scout', 'we scout', 'i invest', 'we invest'],
  ...['i develop', 'as a', 'as an', 'student', 'researcher', 'phd student', 'journalist', 'buyer', 'founder', 'engineer'],
  ...['my company', 'our company', 'my startup', 'our startup', 'my start up', 'our start up'],
  // A23j: the asker's role said first, without `je suis` (`Kiné libéral, …`, `Investisseur, …`, `PhD candidate in …, …`).
  ...ROLE_NOUNS,
]
  .map((words) => words.split(' '))
  .sort((a, b) => b.length - a.length);

/**
 * Words saying who the asker is or what they do, which restrict nothing the question asks (`buyer`, `étudiant`, `dirige`,
 * `looking`), folded. Words of an introduction naming neither these, a kind, a domain nor a place are said back.
 */
export const ASKER_WORDS: ReadonlySet<string> = new Set([
  ...INTRO_OPENINGS.flat(),
  ...['acheteur', 'acheteuse', 'buyer', 'buyers', 'purchaser', 'purchasing', 'procurement', 'manager', 'director', 'ceo', 'cto'],
  ...['pdg', 'dirigeant', 'dirigeante', 'gerant', 'gerante', 'head', 'chef', 'officer', 'student', 'students', 'etudiant'],
  ...['etudiante', 'etudiants', 'etudiantes', 'chercheur', 'chercheuse', 'researcher', 'phd', 'doctorant', 'doctorante'],
  ...['these', 'master', 'medecin', 'doctor', 'physician', 'nurse', 'infirmier', 'infirmiere', 'journaliste', 'journalist'],
  ...['reporter', 'consultant', 'consultante', 'investisseur', 'investor', 'fondateur', 'fondatrice', 'founder', 'cofondateur'],
  ...['cofounder', 'co', 'ingenieur', 'ingenieure', 'engineer', 'entrepreneur', 'entrepreneuse', 'porteur', 'porteuse'],
  ...['responsable', 'directeur', 'directrice', 'dirige', 'dirigeons', 'gere', 'travaille', 'work', 'works', 'run', 'runs'],
  ...['lead', 'manage', 'represente', 'represent', 'monte', 'montons', 'cree', 'lance', 'developpe', 'developpons', 'develop'],
  ...['developing', 'building', 'bosse', 'looking', 'searching', 'cherche', 'cherchons', 'recherche', 'want', 'veux'],
  ...['voudrais', 'souhaite', 'company', 'my', 'our', 'mon', 'ma', 'notre', 'mes', 'nos', 'jeune', 'young', 'diplome'],
  ...['diplomee', 'graduate', 'projet', 'project', 'am', 'm', 're', 'i', 'we', 'je', 'j', 'nous', 'on', 'moi', 'as', 'tant'],
  ...ROLE_NOUNS.flatMap((role) => role.split(' ')),
  // What the asker does (`I do business development at X`, `je m'occupe du développement commercial de X`).
  ...['business', 'development', 'developpement', 'sales', 'marketing', 'partnerships', 'do', 'fais', 'occupe', 'handle'],
  // A23j: words that only qualify a role (`kiné libéral`, `acheteur hospitalier`, `senior analyst`).
  ...['liberal', 'liberale', 'hospitalier', 'hospitaliere', 'senior', 'junior', 'freelance', 'independant', 'independante'],
  // A23af (family 39): words that only say where an office sits (`conseillère municipale`, `conseiller régional`, `city councillor`).
  ...['municipal', 'municipale', 'municipaux', 'regional', 'regionale', 'departemental', 'departementale', 'communautaire'],
  ...['city', 'county', 'local', 'elected', 'public', 'publique', 'here'],
  // A23ai: scouting for a fund, and the field a role is in (`a healthtech fund`, `medtech sales`).
  ...['scout', 'scouts', 'scouting', 'invest', 'healthtech', 'medtech'],
]);

/** Longest introduction read before the question, in words. */
const MAX_INTRO_WORDS = 16;

/** True when a full stop, question or exclamation mark ends the sentence after a token. */
function sentenceEndAfter(question: string, token: Token): boolean {
  return /^\s*[.!?]/.test(question.slice(token.end));
}

/**
 * A sentence introducing the asker before the question (`Je dirige une start-up de robotique à Montpellier, quels partenaires
 * …`, `I'm a hospital buyer looking for medical devices. Which companies …`): the span of its words, up to its pause; null
 * when the question opens with none, or nothing follows it.
 */
export function introduction(question: string, tokens: readonly Token[], from: number): { from: number; to: number } | null {
  const here = roleHere(question, tokens, from);
  if (here) return here;
  if (phraseAt(tokens, from, INTRO_OPENINGS) === 0) return null;
  const limit = Math.min(tokens.length - 1, from + MAX_INTRO_WORDS);
  for (let end = from + 1; end <= limit; end++) {
    // `je travaille chez un sous-traitant et je voudrais savoir qui …`, `As an investor I'd like to know which …`: a request to
    // be told ends the introduction, pause or not (`et`, `and` before it belong to the introduction).
    const joined = INTRO_CONJUNCTIONS.has(tokens[end]!.folded) ? 1 : 0;
    const request = phraseAt(tokens, end + joined, OPENINGS) > 0 || (joined > 0 && phraseAt(tokens, end + joined, SEEKING) > 0);
    if (end + joined < tokens.length - 1 && request) return { from, to: end + joined };
    const last = tokens[end - 1]!;
    if (!(pauseAfter(question, last) || sentenceEndAfter(question, last))) continue;
    // `We are Zorbix, a Montpellier biotech, who …`: what the asker is, said after a pause with an indefinite article, is
    // still the introduction (A23j).
    let to = end;
    while (to < limit && ASKER_APPOSITIONS.has(tokens[to]!.folded)) {
      let next = to + 1;
      while (next <= limit && !pauseAfter(question, tokens[next - 1]!) && !sentenceEndAfter(question, tokens[next - 1]!)) next++;
      if (next > limit) break;
      to = next;
    }
    return { from, to };
  }
  return null;
}

/** The words of the role nouns, one by one (`programme officer` gives `officer`), folded. */
const ROLE_WORDS: ReadonlySet<string> = new Set(ROLE_NOUNS.flatMap((role) => role.split(' ')));

/**
 * `EU programme officer here: which …`, `Journalist here, who …` (family 39): a role said with `here` and a pause, within a few
 * words, is an introduction, whatever word opens it.
 */
function roleHere(question: string, tokens: readonly Token[], from: number): { from: number; to: number } | null {
  for (let at = from + 1; at < Math.min(tokens.length - 1, from + 5); at++) {
    if (tokens[at]!.folded !== 'here' || !pauseAfter(question, tokens[at]!)) continue;
    return tokens.slice(from, at).some((token) => ROLE_WORDS.has(token.folded)) ? { from, to: at + 1 } : null;
  }
  return null;
}

/** Words joining an introduction to the request after it (`je suis X et je voudrais savoir …`), folded. */
const INTRO_CONJUNCTIONS: ReadonlySet<string> = new Set(['et', 'and', 'mais', 'but', 'so', 'donc']);

/** Articles opening what the asker is, after the introduction's first pause (`We are X, a biotech, …`). */
const ASKER_APPOSITIONS: ReadonlySet<string> = new Set(['a', 'an', 'un', 'une']);

/** How many words a greeting or a request to be told covers at a position (`je voudrais savoir` after an introduction). */
export function openingAt(tokens: readonly Token[], at: number): number {
  return phraseAt(tokens, at, OPENINGS);
}

/** Words an apposition after a name opens with (`X, l'incubateur de Toulouse, …`, `X, the Toulouse biotech, …`). */
const APPOSITION_OPENINGS: ReadonlySet<string> = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'cette', 'ce', 'the', 'a', 'an', 'this']);
/** Longest name said first, and longest apposition after it, in words. */
const MAX_FIRST_NAME_WORDS = 6;
const MAX_APPOSITION_WORDS = 8;

/** True when an opening or closing parenthesis follows a token (`X (la start-up de …)`). */
function parenthesisAfter(question: string, token: Token, mark: '(' | ')'): boolean {
  return question.slice(token.end).trimStart().startsWith(mark);
}

/**
 * A name said first with an apposition after it (`Nubbo, l'incubateur de Toulouse, a reçu combien ?`, `Evotec (le groupe
 * allemand) a reçu combien ?`): the span of the apposition, to be read against the node named rather than as the question's
 * words, and the node; null when the question opens otherwise. `named` gives the node the words name exactly, if any.
 */
export async function appositionFirst(args: {
  question: string;
  tokens: readonly Token[];
  from: number;
  named: (from: number, to: number) => Promise<string | null>;
}): Promise<{ span: { from: number; to: number }; node: string } | null> {
  const { question, tokens, from, named } = args;
  for (let end = from + 1; end <= Math.min(tokens.length - 2, from + MAX_FIRST_NAME_WORDS); end++) {
    const last = tokens[end - 1]!;
    const bracketed = parenthesisAfter(question, last, '(');
    if (!bracketed && !/^\s*,/.test(question.slice(last.end))) continue;
    if (!bracketed && !APPOSITION_OPENINGS.has(tokens[end]!.folded)) continue;
    for (let to = end + 1; to <= Math.min(tokens.length - 1, end + MAX_APPOSITION_WORDS); to++) {
      const closing = tokens[to - 1]!;
      if (!(bracketed ? parenthesisAfter(question, closing, ')') : pauseAfter(question, closing))) continue;
      const node = await named(from, end);
      return node ? { span: { from: end, to }, node } : null;
    }
    return null;
  }
  return null;
}

/** Words before `la région` / `the region` that make it where the actors are (`les CHU de la région`, `biotechs in the region`). */
const AREA_PREPOSITIONS: ReadonlySet<string> = new Set(['de', 'dans', 'en', 'sur', 'in', 'of', 'from', 'across', 'throughout']);
const FRENCH_AREA_PREPOSITIONS: ReadonlySet<string> = new Set(['de', 'dans', 'en', 'sur']);
/** How many words may stand between the kind word and the preposition (`les start-ups biotech de la région`). */
const KIND_REACH = 3;

/**
 * `les CHU de la région`, `start-ups in the region`, `les labos toulousains et ceux de la région`: the region said after a kind
 * word is the area the actors are in, Occitanie, the whole graph, not the Région the authority (`les aides de la Région` keeps
 * it). Written as the place (`en Occitanie`), so it is read as any place is; the answer says the question back as typed.
 */
export function regionAsArea(question: string, isKindAt: (tokens: readonly Token[], from: number, to: number) => boolean): string {
  const tokens = tokenize(question);
  for (let at = 1; at < tokens.length - 1; at++) {
    const preposition = tokens[at]!.folded;
    if (!AREA_PREPOSITIONS.has(preposition)) continue;
    const article = ['la', 'the'].includes(tokens[at + 1]!.folded) ? 1 : 0;
    const region = tokens[at + 1 + article];
    if (region?.folded !== 'region' || (article === 0 && preposition !== 'en' && preposition !== 'in')) continue;
    // `la Région Occitanie`, `the region's`: a name, or an owner, not the area alone.
    const next = tokens[at + 2 + article]?.folded;
    if (next === 'occitanie' || next === 's') continue;
    let kindBefore = false;
    for (let from = Math.max(0, at - KIND_REACH); from < at && !kindBefore; from++)
      for (let to = from + 1; to <= at && !kindBefore; to++) kindBefore = isKindAt(tokens, from, to);
    if (!kindBefore) continue;
    const place = FRENCH_AREA_PREPOSITIONS.has(preposition) ? 'en Occitanie' : 'in Occitanie';
    return regionAsArea(`${question.slice(0, tokens[at]!.start)}${place}${question.slice(region.end)}`, isKindAt);
  }
  return question;
}

/** First words of a preamble said by the asker or for a purpose (`Je prépare …`, `Pour un papier …`, `I'm writing …`), folded. */
const PREAMBLE_OPENERS: ReadonlySet<string> = new Set(['je', 'j', 'nous', 'on', 'i', 'we', 'pour', 'for', 'my', 'our']);
/** Pronouns that point back to a topic said before the question (`a-t-elle`, `its`), never articles (`la`, `le`). */
const BACK_POINTING: ReadonlySet<string> = new Set([
  ...['il', 'elle', 'ils', 'elles', 'lui', 'leur', 'leurs', 'sa', 'son', 'ses', 'dedans', 'celle', 'celui'],
  ...['it', 'its', 'they', 'their', 'them', 'theirs'],
]);
/** Longest preamble before its colon, in words. */
const MAX_PREAMBLE_BEFORE_COLON = 20;

/**
 * A preamble of the asker's own closed by a colon before a question word (`Je prépare un briefing pour le cabinet : quels
 * pôles …`, `Pour un papier sur l'usine X : qui a financé Y ?`, `I'm writing about lab testing: which …`): the question after
 * the colon (`question`), the preamble's words (`preamble`, a span of tokens), and the topic it names after `sur`/`about`
 * (`topic`, text) when the question points back to it with a pronoun (`… sur X : quelles aides a-t-elle reçues`); null when
 * the question opens otherwise.
 */
export function preambleBeforeColon(
  question: string,
): { question: string; preamble: { from: number; to: number }; topic: string | null } | null {
  const tokens = tokenize(question);
  if (!PREAMBLE_OPENERS.has(tokens[0]?.folded ?? '')) return null;
  for (let at = 1; at < Math.min(tokens.length - 1, MAX_PREAMBLE_BEFORE_COLON); at++) {
    if (!/^\s*:/.test(question.slice(tokens[at]!.end))) continue;
    if (!QUESTION_WORDS.has(tokens[at + 1]!.folded)) return null;
    const rest = tokens.slice(at + 1);
    let topic: string | null = null;
    if (rest.some((token) => BACK_POINTING.has(token.folded)))
      for (let marker = at; marker > 0 && topic === null; marker--) {
        const length = phraseAt(tokens, marker, TOPIC_MARKERS);
        if (length > 0 && marker + length <= at) topic = question.slice(tokens[marker + length]!.start, tokens[at]!.end);
      }
    return { question: question.slice(tokens[at + 1]!.start), preamble: { from: 0, to: at + 1 }, topic };
  }
  return null;
}
