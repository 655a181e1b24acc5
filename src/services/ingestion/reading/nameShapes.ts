import type { ActorKind } from '../../../domain/model';
import { NATIONALITY_ADJECTIVE } from './countries';
import { isStopName, PERSON_ROLE_OPENER, type RuleName } from './nameRules';
import { placesNamed } from './places';
import { matchesOf } from './spans';

/**
 * Organisations named without a press cue, read by the shape of their name or the words that present them (issue 21,
 * helper F21x): an acronym with the words it names ("le SIRIC Exemple Cancer"), a bank of a mutual network with its
 * region ("le Crédit Agricole du Languedoc"), a name alone on a list item, a name presented by "figure", a name after a
 * nationality and a word of size ("le géant américain X"), a name with its possessive apposition ("X, son incubateur"),
 * a lower-case "conseil départemental" of a département. Places among them are dropped by the caller.
 */

/** Capitalised words with the small words names carry between them, up to four. */
const WORD = String.raw`(?:\p{Lu}|\d)[\p{L}\d'’&.+-]*`;
const NAME = String.raw`${WORD}(?:\s+(?:(?:de|du|des|d'|la|le|for|of|and|&)\s+)?${WORD}){0,3}`;

/** Acronyms that are heads completed by other rules ("CHU de X", "CCI du Tarn") or common nouns. */
const HEAD_ACRONYMS = new Set(['CHU', 'CHRU', 'CCI', 'CMA', 'BIC', 'SATT', 'IHU', 'PME', 'ETI', 'TPE', 'PMI', 'SAS', 'SA', 'SARL']);

/**
 * An acronym followed by the capitalised words of its name, with nothing between: "le SIRIC Exemple Cancer", "DIVA
 * Expertise". Not an acronym and places only ("le CNRS Occitanie", a branch of the CNRS), nor a word that opens a sentence.
 */
const ACRONYM_WITH_WORDS =
  /(?<![\p{L}\d'’-])(?<acronym>\p{Lu}{3,}[\p{Lu}\d]*)(?<words>(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,3})(?![\p{L}\d'’&-])(?!\s+\p{Lu})/gu;

/**
 * Banks of the mutual networks, named by the network and the region of their regional bank: "le Crédit Agricole du
 * Languedoc", "la Caisse d'Épargne Occitanie", "la Banque Populaire du Sud" (the network's words are common words;
 * which regional bank it is, the text says).
 */
const BANK =
  /(?<![\p{L}])(?<name>(?:Cr[ée]dit\s+(?:Agricole|Mutuel|Coop[ée]ratif)|Banque\s+Populaire|Caisse\s+d['’][ÉE]pargne)(?:\s+(?:(?:du|de la|de l['’]|des|d['’])\s*)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})?)(?![\p{L}])/gu;

/** A list item that is a name, alone or before a comma: "- Exemplia ;", "- le MIBX.", "- Exemplia, par son laboratoire ;". */
const LIST_ITEM = new RegExp(
  String.raw`^\s*[-–•*]\s+(?:(?:le|la|les|l['’])\s*)?(?<name>${NAME})\s*(?=[;.,]|$)(?!,\s*${PERSON_ROLE_OPENER})`,
  'u',
);

/** Words that present names: "Parmi elles figure X", "figuraient notamment A, B et C", "C'est le cas de X". */
const PRESENTED =
  /(?<![\p{L}])(?:[Ff]igur(?:e|ent|ait|aient|era|eront)\s+(?:(?:notamment|aussi|également|encore|celle|celui|ceux)\s+)*(?:(?:de|d['’])\s*)?|[Cc]['’]est\s+le\s+cas\s+(?:de|d['’])\s*)(?=\p{Lu})/gu;
/** Between two names of a list: a comma or "et", an article. */
const LIST_GAP = /^(?:\s*,\s*(?:(?:et|and)\s+)?|\s+(?:et|and)\s+)(?:(?:l['’]|le\s+|la\s+|les\s+)\s*)?(?=\p{Lu})/u;
const NAME_AT = new RegExp(`^(?<name>${NAME})`, 'u');
/** What may follow a whole name: punctuation, a list's "et", the end. */
const NAME_ENDS = /^(?:\s*[,;.:!?)]|\s+(?:et|and|ou|or|qui|dont|which)\s|\s*$)/u;
const PERSON_ROLE_AFTER = new RegExp(String.raw`^,\s*${PERSON_ROLE_OPENER}`, 'iu');

/**
 * Words of size or rank that stand before a company and its nationality: "le géant américain X", "le poids lourd
 * australien X", "the German heavyweight X" (folded text).
 */
const SIZE_NOUN = `(?:geant|poids lourd|leader|numero un|champion|mastodonte|pionnier|acquereur|repreneur|concurrent|rival|giant|heavyweight)`;
const NATIONALITY_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ll]e|[Ll]a|[Ll]'|[Ll]es|[Uu]n|[Uu]ne|[Dd]u|[Aa]u|[Tt]he|[Aa])\s*(?:${SIZE_NOUN}\s+${NATIONALITY_ADJECTIVE}|${NATIONALITY_ADJECTIVE}\s+${SIZE_NOUN})\s+(?:(?:de la|de l'|du|des|de|d'|of)\s*(?:[\p{Ll}-]+\s+){0,3})?(?=\p{Lu})`,
  'gu',
);

/** "X, son incubateur", "X, sa filiale …", "X, its subsidiary": a name whose possessive apposition says what it is. */
const POSSESSIVE_APPOSITION = new RegExp(
  String.raw`(?<![\p{L}\d'’])(?<name>${NAME}),\s+(?:son|sa|leur|its|their)\s+(?:(?:nouvel|nouvelle|new|propre|own)\s+)?(?<noun>incubateur|accélérateur|filiale|laboratoire|fonds|agence|plateforme|institut|centre de recherche|incubator|accelerator|subsidiary|fund|agency|platform|lab)(?![\p{L}])`,
  'gu',
);
const APPOSITION_KIND: Record<string, ActorKind> = {
  incubateur: 'INCUBATOR',
  accélérateur: 'INCUBATOR',
  incubator: 'INCUBATOR',
  accelerator: 'INCUBATOR',
  filiale: 'COMPANY',
  subsidiary: 'COMPANY',
  fonds: 'FUND',
  fund: 'FUND',
  agence: 'AGENCY',
  agency: 'AGENCY',
};

/** "le conseil départemental des Hautes-Pyrénées": the council of a département, written in lower case. */
const DEPARTMENT_COUNCIL =
  /(?<![\p{L}])[Cc]onseil\s+d[ée]partemental\s+(?<of>de la|de l['’]|du|des|de|d['’])\s*(?<place>\p{Lu}[\p{L}'’-]+)/gu;

/**
 * English small words inside a name: "Exemple in Med", "Village by Exemple" (brands built on an English phrase). In a
 * French sentence "in" and "by" are no French words, so capitalised words on either side of them are one name; in an
 * English sentence only "by", and not after a participle ("Backed by X") nor at the sentence's start.
 */
const ENGLISH_LINKED =
  /(?<![\p{L}\d'’-])(?:(?:Le|La|Les|The)\s+|L['’])?(?<name>(?<first>\p{Lu}[\p{L}\d'’&-]*)(?:\s+\p{Lu}[\p{L}\d'’&-]*)?\s+(?<link>in|by)\s+\p{Lu}[\p{L}\d'’&-]*(?:\s+\p{Lu}[\p{L}\d'’&-]*){0,2})(?![\p{L}\d'’&-])/gu;
/** Words of a French sentence that English has not ("le", "des", "est", "avec" …): the sentence is French. */
const FRENCH_WORDS = /(?<![\p{L}])(?:le|la|les|des|du|est|sont|avec|dans|une|pour|qui|sur|au|aux|et|à)(?![\p{L}])/giu;
/** Phrases of English that stand before "by"/"in" and are no name's words: a participle or "Made". */
const NOT_LINKED_FIRST = /^(?:\p{L}+ed|Made|Born|Powered|Written|Driven|Run|Built|Done|Taken)$/u;

/** The cue of an acronym read with its words: the caller drops it when the words are places only (a branch). */
export const ACRONYM_WITH_WORDS_CUE = 'acronym and its words';

/** Names read by their shape or by the words that present them; offsets into the sentence's text. */
export function namesByShape(text: string): RuleName[] {
  const found: RuleName[] = [];
  const push = (at: number, name: string, rule: Omit<RuleName, 'at' | 'name'>) => {
    const trimmed = name.replace(/[.,;:…]+$/, '').trim();
    if (trimmed.length < 2 || isStopName(trimmed)) return;
    found.push({ at, name: trimmed, ...rule });
  };
  for (const match of matchesOf(ACRONYM_WITH_WORDS, text)) {
    const acronym = match.groups!.acronym!;
    const words = match.groups!.words!.trim().split(/\s+/u);
    if (HEAD_ACRONYMS.has(acronym) || words.some((w) => isStopName(w))) continue;
    // A row of capitals before it is a heading ("FAIT DU JOUR Exemple"), not a name.
    if (/\p{Lu}{3,}[\s'’]+$/u.test(text.slice(0, match.index))) continue;
    push(match.index, match[0], { cue: ACRONYM_WITH_WORDS_CUE, confidence: 0.7 });
  }
  const french = (text.match(FRENCH_WORDS)?.length ?? 0) >= 2;
  for (const match of matchesOf(ENGLISH_LINKED, text)) {
    const { first, link } = match.groups!;
    if (NOT_LINKED_FIRST.test(first!) || isStopName(first!) || (!french && (link === 'in' || match.index === 0))) continue;
    // "developed in Montpellier by X": a commune after "in" / "à" is where, and "by" names the agent, not a brand's word.
    if (/(?:^|\s)(?:in|at|near|from|à|a|près de)\s+$/u.test(text.slice(0, match.index)) && placesNamed(first!).length > 0) continue;
    push(match.index + match[0].indexOf(match.groups!.name!), match.groups!.name!, { cue: `linked by ${link}`, confidence: 0.7 });
  }
  for (const match of matchesOf(BANK, text)) push(match.index, match.groups!.name!, { kind: 'COMPANY', cue: 'bank', confidence: 0.85 });
  const item = LIST_ITEM.exec(text);
  if (item) push(item.index + item[0].indexOf(item.groups!.name!), item.groups!.name!, { cue: 'list item', confidence: 0.65 });
  for (const cue of matchesOf(PRESENTED, text)) {
    let at = cue.index + cue[0].length;
    for (let n = 0; n < 8; n++) {
      const named = NAME_AT.exec(text.slice(at));
      if (!named) break;
      const after = text.slice(at + named[0].length);
      // "Exemple in bed": a name that goes on in lower case is not read in part; a person's role after it makes it a person.
      if (!NAME_ENDS.test(after)) break;
      if (!PERSON_ROLE_AFTER.test(after)) push(at, named.groups!.name!, { cue: 'presented', confidence: 0.6 });
      at += named[0].length;
      const gap = LIST_GAP.exec(text.slice(at));
      if (!gap) break;
      at += gap[0].length;
    }
  }
  // Accents folded, case kept: the name after the words is told by its capital.
  const folded = withoutAccents(text).replace(/’/g, "'");
  for (const match of matchesOf(NATIONALITY_THEN_NAME, folded)) {
    const at = match.index + match[0].length;
    const named = NAME_AT.exec(text.slice(at));
    if (named) push(at, named.groups!.name!, { kind: 'COMPANY', cue: 'nationality and size', confidence: 0.7 });
  }
  for (const match of matchesOf(POSSESSIVE_APPOSITION, text)) {
    const name = match.groups!.name!;
    push(match.index + match[0].indexOf(name), name, {
      kind: APPOSITION_KIND[match.groups!.noun!] ?? 'COMPANY',
      cue: `, ${match.groups!.noun!}`,
      confidence: 0.75,
    });
  }
  for (const match of matchesOf(DEPARTMENT_COUNCIL, text))
    push(match.index, `Conseil départemental ${match.groups!.of!}${/['’]$/u.test(match.groups!.of!) ? '' : ' '}${match.groups!.place!}`, {
      kind: 'PUBLIC_AUTHORITY',
      cue: 'conseil départemental',
      confidence: 0.8,
    });
  return found;
}

/** A text without its accents, each character kept in its place and case ("Géant" -> "Geant"). */
function withoutAccents(text: string): string {
  return [...text]
    .map((c) => (c.normalize('NFD').replace(/\p{M}/gu, '').length === 1 ? c.normalize('NFD').replace(/\p{M}/gu, '') : c))
    .join('');
}
