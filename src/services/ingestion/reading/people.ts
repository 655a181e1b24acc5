import { matchesOf, type Span } from './spans';

/** A person in the public role a sentence states: "Carole Delga, présidente de la Région Occitanie". */
export interface PersonMention extends Span {
  name: string;
  role: string;
  organisation: string;
}

const ROLES = [
  'président-directeur général',
  'présidente-directrice générale',
  'directeur général délégué',
  'directrice générale déléguée',
  'directeur général',
  'directrice générale',
  'président',
  'présidente',
  'PDG',
  'directeur',
  'directrice',
  'cofondateur',
  'cofondatrice',
  'co-fondateur',
  'co-fondatrice',
  'fondateur',
  'fondatrice',
  'dirigeant',
  'dirigeante',
  'gérant',
  'gérante',
  'vice-président',
  'vice-présidente',
  'CEO',
  'chief executive officer',
  'founder',
  'co-founder',
  'chairman',
  'chairwoman',
  'president',
  'director',
  'head',
  'managing director',
];
ROLES.sort((a, b) => b.length - a.length);
const PERSON = String.raw`(?<name>\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+)?\s+\p{Lu}[\p{L}'’-]+)`;
/** A role as written, with a capital or not ("Présidente de la Région"). */
const ROLE = String.raw`(?<role>(?:(?:le|la|l'|the|its)\s+)?(?:${ROLES.map((role) => `[${role[0]}${role[0]!.toUpperCase()}]${role.slice(1)}`).join('|')}))`;
const OF = String.raw`(?:\s+(?:de la|du|des|de l['’]|de|d['’]|of the|of|at)\s*)`;
const ORGANISATION = String.raw`(?<organisation>(?:(?:la|le|les|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,2}(?:\p{Lu}|\d)[\p{L}\d'’&.-]*(?:\s+(?:(?:de|du|des|d'|la|le|et|&)\s+)?(?:\p{Lu}|\d)[\p{L}\d'’&.-]*){0,4})`;
const IN_ROLE = new RegExp(String.raw`${PERSON},\s+${ROLE}${OF}${ORGANISATION}`, 'gu');
const ROLE_FIRST = new RegExp(String.raw`(?<![\p{L}])(?:[Ll]e |[Ll]a |[Ll]'|[Tt]he )?${ROLE}${OF}${ORGANISATION},?\s+${PERSON}`, 'gu');

/** People a sentence names in a public role, with their organisation as written. */
export function findPeople(sentence: Span): PersonMention[] {
  const found: PersonMention[] = [];
  for (const pattern of [IN_ROLE, ROLE_FIRST]) {
    for (const match of matchesOf(pattern, sentence.text)) {
      const start = sentence.start + match.index;
      if (found.some((f) => start < f.end && start + match[0].length > f.start)) continue;
      const { name, role, organisation } = match.groups!;
      found.push({
        start,
        end: start + match[0].length,
        text: match[0],
        name: name!,
        role: role!.replace(/^(?:le|la|l'|the|its)\s+/i, ''),
        organisation: organisation!
          .replace(/^(?:la|le|les|l['’])\s*/i, '')
          .replace(/^(?:\p{Ll}[\p{Ll}-]*\s+)+/u, '')
          .replace(/[.,;:]+$/, ''),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
