import { foldKeepingOffsets } from './dates';
import { matchesOf, type Span } from './spans';

/** A programme, contract, strategy or call a sentence names, or refers back to ("ce contrat"). */
export interface ProgrammeMention extends Span {
  name: string;
  /** The head noun, folded ("contrat", "programme"): what a later "ce contrat" refers back to. */
  head: string;
  /** True for a reference back ("ce contrat", "le programme") rather than a name. */
  anaphor: boolean;
}

/** Capitalised heads that start a programme's name ("Contrat de filière Santé 2024-2028", "Défi Clé Biothérapies"). */
const HEADS = [
  'Contrat',
  'Stratégie',
  'Plan',
  'Programme',
  'Défi',
  'Pacte',
  'Schéma',
  'Feuille de route',
  'Appel à projets',
  'Appel à manifestation d’intérêt',
  "Appel à manifestation d'intérêt",
  'France 2030',
  'France Relance',
  'PIA',
  'Strategy',
  'Programme',
];
const YEARS = String.raw`(?:(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)\d\d)?)`;
const TOKEN = String.raw`(?:${YEARS}|[\p{L}\d’'-]+)`;
const CAPITALISED_HEAD = new RegExp(
  String.raw`(?<![\p{L}])(?<head>${HEADS.join('|')})(?![\p{L}])(?<rest>(?:[ \u00a0](?:l['’]|d['’])?${TOKEN}){0,9})`,
  'gu',
);
/** A name in guillemets after a programme noun: "le programme « IA pour la Santé »", "via « Biothérapie Innovation Occitanie »". */
const QUOTED =
  /(?<![\p{L}])(?<head>programme|dispositif|appel a projets|label|initiative|reseau|plan|projet|defi|strategie|via|challenge|call)\s+«\s*(?<name>[^»]{2,80}?)\s*»/gu;
/** A name a programme noun explains or announces: "Rel'Occ, son plan de relocalisation", "le dispositif Rel'Occ". */
const NAME = String.raw`\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*){0,3}`;
const PROGRAMME_NOUN = String.raw`(?:plan|programme|dispositif|strat[ée]gie|appel [àa] projets|feuille de route|pacte)`;
const APPOSED = new RegExp(
  String.raw`(?<![\p{L}'’])(?<name>${NAME}),\s+(?:son|sa|leur|le|la|un|une|its|the|a)\s+(?:(?:nouvel(?:le)?|nouveau|grand|vaste|premier|première|propre)\s+)?(?<head>${PROGRAMME_NOUN})(?![\p{L}])`,
  'gu',
);
const AFTER_NOUN = new RegExp(
  String.raw`(?<![\p{L}])(?:le|la|du|au|son|sa|ce|cette)\s+(?<head>dispositif|strat[ée]gie|programme)\s+(?<name>${NAME})`,
  'gu',
);

/** A reference back to a programme named before: "ce contrat", "le contrat régional", "ce programme". */
const ANAPHOR =
  /(?<![\p{L}])(?:ce|cet|cette|le|la|this|the)\s+(?<head>contrat|programme|strategie|plan|dispositif|pacte|defi|schema|contract|programme|strategy)(?:\s+(?:regional|regionale|de filiere sante|de filiere))?(?![\p{L}])/gu;

/** An unnamed programme said by who made it: "la stratégie définie par l'État fin 2023", "le plan lancé par la Région en 2021". */
const DEFINED_BY =
  /(?<![\p{L}])(?:la|le|l'|une|un|the|a)\s+(?<head>strategie|plan|programme|feuille de route|dispositif|appel a projets|pacte|strategy)\s+(?:definie?|lancee?|adoptee?|mise? en place|elaboree?|presentee?|annoncee?|engagee?|defined|launched|adopted|set out)s?\s+(?:par|by)\s+(?:l'|le |la |les |the )?[\p{L}'-]+(?:\s+(?:(?:en|fin|debut|mi|depuis|des|in|at the end of|end)\s+)?(?:[\p{L}]+\s+)?(?:19|20)\d\d)?/gu;
/** Words a programme name stops before when no year or capital ends it earlier. */
const CLAUSE_WORDS =
  /^(?:qui|que|a|est|sont|sera|va|vont|avec|par|dans|sur|en|au|aux|lors|afin|dote|dotee|adopte|adoptee|pilote|porte|lance|vise|fait|servira|the|which|is|for|with|by)$/;

/**
 * Programmes a sentence names: a capitalised head and the words after it up to a year, a capital or
 * the clause's end ("Contrat de filière Santé 2024-2028", "Stratégie régionale pour l'intelligence
 * artificielle 2024-2028"); a name in guillemets after a programme noun; and references back ("ce contrat").
 */
export function findProgrammes(sentence: Span): ProgrammeMention[] {
  const found: ProgrammeMention[] = [];
  const add = (mention: ProgrammeMention) => {
    if (!found.some((f) => mention.start < f.end && mention.end > f.start)) found.push(mention);
  };
  const folded = foldKeepingOffsets(sentence.text).replace(/’/g, "'").toLowerCase();
  for (const match of matchesOf(QUOTED, folded)) {
    const text = sentence.text.slice(match.index, match.index + match[0].length);
    const inner = /«\s*(?<name>[^»]+?)\s*»/u.exec(text)!;
    const start = sentence.start + match.index + inner.index + inner[0].indexOf(inner.groups!.name!);
    add({
      start,
      end: start + inner.groups!.name!.length,
      text: inner.groups!.name!,
      name: inner.groups!.name!,
      head: match.groups!.head!,
      anaphor: false,
    });
  }
  for (const match of matchesOf(CAPITALISED_HEAD, sentence.text)) {
    // A head opening the sentence is an ordinary capitalised word unless a capital or a year follows.
    const tokens = [...match.groups!.rest!.matchAll(new RegExp(`[ \\u00a0](?:l['’]|d['’])?${TOKEN}`, 'gu'))].map((t) => t[0]);
    let kept = 0;
    for (let i = 0; i < tokens.length; i++) {
      const word = foldKeepingOffsets(tokens[i]!.trim())
        .toLowerCase()
        .replace(/^[ld]['’]/, '');
      if (CLAUSE_WORDS.test(word)) break;
      if (/^\p{Lu}|^\d{4}/u.test(tokens[i]!.trim().replace(/^[ld]['’]/, ''))) kept = i + 1;
    }
    if (kept === 0 && /\d{4}$|^(?:France Relance|PIA)$/u.test(match.groups!.head!)) {
      // A head that is a whole name ("France 2030", "France Relance", the PIA) names the programme alone.
      const start = sentence.start + match.index;
      const head = match.groups!.head!;
      add({ start, end: start + head.length, text: head, name: head, head: headKey(head), anaphor: false });
      continue;
    }
    if (kept === 0) {
      if (match.index === 0) continue;
      // "le nouveau Contrat de filière santé." — no capital after the head: keep the words up to the clause's end, at most four.
      const after = sentence.text.slice(match.index + match.groups!.head!.length);
      const plain = /^(?:[ \u00a0][\p{Ll}’'-]+){1,4}(?=[.,;:!?]|$)/u.exec(after);
      if (!plain || plain[0].split(/\s+/).some((w) => CLAUSE_WORDS.test(foldKeepingOffsets(w).toLowerCase()))) continue;
      kept = -1;
      const name = match.groups!.head! + plain[0];
      const start = sentence.start + match.index;
      add({ start, end: start + name.length, text: name, name, head: headKey(match.groups!.head!), anaphor: false });
      continue;
    }
    const name = (match.groups!.head! + tokens.slice(0, kept).join('')).replace(/[.,;:]+$/, '');
    const start = sentence.start + match.index;
    add({ start, end: start + name.length, text: name, name, head: headKey(match.groups!.head!), anaphor: false });
  }
  // After the names a capitalised head opens ("le programme Grand Défi des Biomédicaments" keeps its own reading).
  for (const pattern of [APPOSED, AFTER_NOUN])
    for (const match of matchesOf(pattern, sentence.text)) {
      const name = match.groups!.name!;
      const start = sentence.start + match.index + match[0].indexOf(name);
      add({ start, end: start + name.length, text: name, name, head: headKey(match.groups!.head!), anaphor: false });
    }
  for (const match of matchesOf(DEFINED_BY, folded)) {
    // "la stratégie définie par l'État fin 2023": named by the phrase; the span is the head alone, so the agent stays a name of its own.
    const headAt = match.index + match[0].indexOf(match.groups!.head!);
    const name = sentence.text.slice(headAt, match.index + match[0].length).replace(/[.,;:]+$/, '');
    const start = sentence.start + headAt;
    add({
      start,
      end: start + match.groups!.head!.length,
      text: sentence.text.slice(headAt, headAt + match.groups!.head!.length),
      name,
      head: match.groups!.head!,
      anaphor: false,
    });
  }
  for (const match of matchesOf(ANAPHOR, folded)) {
    // "le programme « X »" names X; "la Stratégie …" with a capital is a name, not a reference back.
    const rest = sentence.text.slice(match.index + match[0].length);
    const headAt = match.index + match[0].indexOf(match.groups!.head!);
    // "le plan France 2030" names the programme read after it, not one named before.
    if (
      /^\s*«/.test(rest) ||
      /\p{Lu}/u.test(sentence.text[headAt]!) ||
      found.some((f) => f.start === sentence.start + match.index + match[0].length + 1)
    )
      continue;
    const start = sentence.start + match.index;
    const text = sentence.text.slice(match.index, match.index + match[0].length);
    add({ start, end: start + text.length, text, name: text, head: match.groups!.head!, anaphor: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

function headKey(head: string): string {
  return foldKeepingOffsets(head).toLowerCase().split(' ')[0]!;
}
