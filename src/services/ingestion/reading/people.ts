import { matchesOf, type Span } from './spans';

/** A person in the public role a sentence states: "Carole Delga, présidente de la Région Occitanie". */
export interface PersonMention extends Span {
  name: string;
  role: string;
  organisation: string;
}

const ROLES = [
  'président-directeur général',
  'maire-président',
  'maire-présidente',
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
  'general director',
  'general manager',
  'chief executive',
  // A leader and founder at once ("son PDG-fondateur X"): ties.ts reads both.
  'PDG-fondateur',
  'PDG-fondatrice',
  'président-fondateur',
  'présidente-fondatrice',
  'directeur-fondateur',
  'directrice-fondatrice',
  'CEO and founder',
  'founder and CEO',
  // A mayor leads a commune (a place, no actor); read so that the person is a person and a second role is read after it.
  'maire',
  'mayor',
  // Read so that the person is a person; no tie is drawn from these alone (ties.ts peopleRoles).
  'préfet',
  'préfète',
  'recteur',
  'rectrice',
  'doyen',
  'doyenne',
  'membre',
];
ROLES.sort((a, b) => b.length - a.length);
/** A capitalised role word opening a name ("Directeur Général Adjoint", "Préfet de l'Hérault"): a title, never an organisation. */
export const ROLE_TITLE =
  /^(?:Directeur|Directrice|Président|Présidente|Vice-président|Vice-présidente|PDG|Préfet|Préfète|Recteur|Rectrice|Doyen|Doyenne|Secrétaire général|Secrétaire générale|Délégué|Déléguée|Chef|Cheffe|Responsable|Mayor|President|Vice[- ]President|Prefect|Director|Managing Director|Chairman|Chairwoman|CEO)(?![\p{L}-])/u;
/**
 * A first name (or two) and a surname; a preposition opening the sentence is no first name ("Pour Anne Exemple, …"),
 * nor a word after an article ("à La Tribune Anne Exemple": a paper's title, then the person).
 */
const PERSON = String.raw`(?<![Ll][ae]s?\s|[Ll]['’])(?<name>(?!(?:Pour|Chez|Selon|Avec|Par|Pendant|Depuis|Après|Dans|Sur|Et|Mais|Côté|For|With|According|At|Pr|Dr|Me|Mme|Mr)\s)\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+)?\s+(?:(?:[Vv]an|[Vv]on)(?:\s+(?:der|den|de))?\s+)?\p{Lu}[\p{L}'’-]+)`;
/** A role as written, with a capital or not ("Présidente de la Région"). */
/** A role as written, each word with a capital or not ("Managing Director of"). */
const ROLE = String.raw`(?<role>(?:(?:le|la|l'|the|its)\s+)?(?:(?:[Aa]ncien(?:ne)?|[Ee]x-|[Ff]ormer)\s*)?(?:${ROLES.map((role) => role.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}[${c}${c.toUpperCase()}]`)).join('|')}))`;
/** Words that qualify a role between it and its organisation: "directeur général par intérim du CHU", "directrice adjointe de". */
const QUALIFIER = String.raw`(?:\s+(?:par int[ée]rim|[Aa]djointe?|[Dd][ée]l[ée]gu[ée]e?|[Ss]cientifique|[Mm][ée]dicale?|[Ff]inanci[èe]re?|[Oo]p[ée]rationnel(?:le)?|[Ee]x[ée]cutif|[Ee]x[ée]cutive|honoraire|[Ff]ondateur|[Ff]ondatrice|interim|acting)|\s*-\s*[Aa]ssoci[ée]e?|\s+et\s+[Aa]ssoci[ée]e?)?`;
/** A second role of the same person before the organisation: "Directeur Général Adjoint et Directeur Recherche et Innovation du". */
const SECOND_ROLE = String.raw`(?:\s+et\s+(?:${ROLES.map((role) => role.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}[${c}${c.toUpperCase()}]`)).join('|')})(?:\s+(?:de\s+la\s+|de\s+l['’]|des\s+)?\p{Lu}\p{Ll}+(?:\s+(?:et|&)\s+\p{Lu}\p{Ll}+)?)?)?`;
const OF = String.raw`(?:${QUALIFIER}${SECOND_ROLE}\s+(?:de la|du|des|de l['’]|de|d['’]|of the|of|at)\s*)`;
/** A capitalised role word ends an organisation's name: "Maire de Lunel et Président de X" holds two roles, not one name. */
const NOT_A_ROLE = String.raw`(?!(?:Président|Présidente|Directeur|Directrice|Maire|PDG|CEO|Mayor|President|Chairman|Chairwoman|Director|Vice-président|Vice-présidente)(?![\p{L}]))`;
const ORGANISATION = String.raw`(?<organisation>(?:(?:la|le|les|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,2}(?:\p{Lu}|\d)[\p{L}\d'’&.-]*(?:(?:\s+|\s+\/\s+)(?:(?:de|du|des|d'|la|le|et|&)\s+)?${NOT_A_ROLE}(?:\p{Lu}|\d)[\p{L}\d'’&.-]*){0,4})`;
/** An academic degree after a name: "Tom Exemple, PhD, CEO of X". */
const DEGREE = String.raw`(?:,\s+(?:Ph\.?\s?D\.?|M\.?D\.?|MBA|PharmD|Pharm\.?\s?D\.?|HDR))*`;
const IN_ROLE = new RegExp(String.raw`${PERSON}${DEGREE},\s+${ROLE}${OF}${ORGANISATION}`, 'gu');
/** "X (CEO of Y)", "X, directeur du site": the role after the name, in parentheses or with no organisation named. */
const ROLE_AFTER = new RegExp(String.raw`${PERSON}(?:\s*\(|,\s+)${ROLE}(?![\p{L}])(?:${OF}${ORGANISATION})?`, 'gu');
/** "le professeur X", "the biologist X": a profession or a title right before a name. */
const TITLED = new RegExp(
  String.raw`(?<![\p{L}])(?<role>docteur|professeur|biologiste|chercheur|chercheuse|chirurgien|chirurgienne|m[ée]decin|ing[ée]nieur|ing[ée]nieure|entrepreneur|entrepreneuse|Dr\.?|Pr\.?|Prof\.?|biologist|researcher|surgeon|professor)\s+${PERSON}`,
  'gu',
);
/** "souligne X", "explique X": a verb of speech right before a name, as quotes end. */
const QUOTED = new RegExp(
  String.raw`(?<![\p{L}])(?<role>se r[ée]jouit|souligne|explique|rappelle|note|observe|insiste|poursuit|raconte|remarque|reconna[îi]t|pr[ée]cise|indique|affirme|confie|d[ée]clare|estime|ajoute|commente|r[ée]sume|assure|d[ée]taille|conclut|t[ée]moigne|says|said|explains|explained|adds|added|highlights|stresses|notes|points out|recalls|states|comments)\s+${PERSON}`,
  'gu',
);
/**
 * "présidée par X", "fondée et dirigée par X", "fondée en 2003 par son président, X": who leads or founded the organisation
 * before; in English who leads it ("run by its chief executive, X", "led by the biologist X", "run by CEO X": an
 * abbreviated title in capitals is no part of the name).
 */
const LED_BY = new RegExp(
  String.raw`(?<![\p{L}])(?<role>[Pp]r[ée]sid[ée]e?s?|[Dd]irig[ée]e?s?|[Ff]ond[ée]e?s?|[Cc]ofond[ée]e?s?|[Cc]o-fond[ée]e?s?|[Cc]r[ée][ée]e?s?|[Ff]ounded|[Cc]o-?founded|[Ll]ed|[Rr]un|[Hh]eaded|[Cc]haired|[Mm]anaged|[Dd]irected)(?:\s+(?:et|and)\s+(?:pr[ée]sid|dirig|fond|cofond)[ée]e?s?)?(?:\s+(?:en\s+\d{4}|in\s+\d{4}|[àa]\s+\p{Lu}[\p{L}'’-]+|in\s+\p{Lu}[\p{L}'’-]+))*\s+(?:par|by)\s+(?:(?:son|sa|leur|its|their|the)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2},?\s+|(?:(?:son|sa|its|their|the)\s+)?(?:CEO|PDG|DG|COO|CTO|CSO),?\s+)?${PERSON}`,
  'gu',
);
/** "son président Xavier Exemple", "sa directrice générale, Anne Exemple,": a role of the organisation talked about, then the name. */
const ROLE_POSSESSED = new RegExp(String.raw`(?<![\p{L}])(?:[Ss]on|[Ss]a|[Ll]eur|[Nn]otre|[Ii]ts|[Tt]heir)\s+${ROLE},?\s+${PERSON}`, 'gu');
/** "Anne Exemple dirige Exemplia", "Anne Exemple heads the company Exemplia": a leader named without a role, as the verb's subject. */
const LEADER_SUBJECT = new RegExp(
  String.raw`${PERSON}\s+(?<role>dirige|pr[ée]side|codirige|co-dirige|heads|leads|runs|chairs)\s+(?:(?:la|le|l['’]|the)\s*(?:soci[ée]t[ée]|start-up|startup|entreprise|biotech|medtech|company|firm)\s+)?(?<organisation>\p{Lu}[\p{L}\d'’&-]*(?:\s+\p{Lu}[\p{L}\d'’&-]*){0,2})`,
  'gu',
);
/**
 * "Anne Exemple en dirige l'activité", "Anne Exemple en est la présidente": the pronoun "en" stands for the organisation
 * talked about (ties.ts finds it); no organisation is written here.
 */
const LEADER_OF_IT = new RegExp(
  String.raw`${PERSON}\s+en\s+(?:(?<role>dirige|pr[ée]side|codirige)|(?:est|sera|devient|est devenue?)\s+(?:le|la|l['’])\s*(?<roleNoun>pr[ée]sidente?|directeur général|directrice générale|directeur|directrice|PDG|dirigeante?))(?![\p{L}])`,
  'gu',
);
/** "MBA president Dr. Jane Doe", "Exemplia CEO John Doe": in English, the organisation, its role, then the name. */
const ORGANISATION_ROLE = new RegExp(
  String.raw`(?<![\p{L}\d])(?<organisation>\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,2})\s+(?<role>president|chairman|chairwoman|CEO|founder|co-founder|managing director|director|head)\s+(?:(?:Dr|Prof|Pr)\.?\s+|Professor\s+)?${PERSON}`,
  'gu',
);
/** "Anne Exemple a créé la société X", "Anne Exemple et Paul Exemple ont fondé X", "Anne Exemple founded X": a founder named without a role. */
const FOUNDER_SUBJECT = new RegExp(
  String.raw`${PERSON}(?<partner>\s+(?:et|and)\s+\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+)?\s+\p{Lu}[\p{L}'’-]+)?\s+(?:(?:a|ont|avait|avaient|has|have|had)\s+)?(?<role>co-?fond[ée]|fond[ée]|cr[ée][ée]|co-?founded|founded|created)\s+(?:(?:en|in)\s+\d{4}\s+)?(?:(?:la|le|l['’]|une?|the|a)\s*(?:soci[ée]t[ée]|start-up|startup|entreprise|biotech|medtech|company|firm)\s+)?(?<organisation>\p{Lu}[\p{L}\d'’&-]*(?:\s+\p{Lu}[\p{L}\d'’&-]*){0,2})`,
  'gu',
);
/** "(CRCT, directeur : Anne Exemple)": a role, a colon, then the name; whose role it is, ties.ts reads from the bracket. */
const ROLE_COLON = new RegExp(String.raw`(?<![\p{L}])${ROLE}\s*:\s*${PERSON}`, 'gu');
/**
 * A second role of a person just read, with its own organisation: "X, maire de Lunel et président de Lunel Agglo",
 * "X, Mayor of A and President of B"; or the same role over a second organisation: "CEO of A and of B", "CEO of A and the B".
 */
const SECOND_ROLE_AFTER = new RegExp(String.raw`^(?:\s+(?:et|and)\s+|,\s+)${ROLE}${OF}${ORGANISATION}`, 'u');
const SECOND_ORGANISATION = new RegExp(
  String.raw`^\s+(?:et|and)\s+(?:de la|du|des|de l['’]|de|d['’]|of the|of|the)\s*${NOT_A_ROLE}${ORGANISATION}`,
  'u',
);
/** A role opening a bracket is the role of the name before it ("X (président de Y)"), not of a name after. */
const ROLE_FIRST = new RegExp(
  String.raw`(?<![\p{L}])(?<!\(\s*)(?:[Ll]e |[Ll]a |[Ll]'|[Tt]he )?${ROLE}${OF}${ORGANISATION},?\s+${PERSON}`,
  'gu',
);

/** People a sentence names in a public role, with their organisation as written. */
export function findPeople(sentence: Span): PersonMention[] {
  const found: PersonMention[] = [];
  for (const pattern of [
    IN_ROLE,
    ROLE_FIRST,
    ROLE_AFTER,
    ORGANISATION_ROLE,
    TITLED,
    QUOTED,
    LED_BY,
    ROLE_POSSESSED,
    FOUNDER_SUBJECT,
    LEADER_SUBJECT,
    LEADER_OF_IT,
    ROLE_COLON,
  ]) {
    for (const match of matchesOf(pattern, sentence.text)) {
      const start = sentence.start + match.index;
      if (found.some((f) => start < f.end && start + match[0].length > f.start)) continue;
      // "X, CEO de A et président de la French Tech Y": a second role of the person named before, whose organisation's
      // last words are no person's name.
      if (
        pattern === ROLE_FIRST &&
        !/^(?:le|la|l['’]|the)\s*/iu.test(match[0]) &&
        found.some((f) => f.end <= start) &&
        /(?:\s(?:et|and)|,)\s+$/u.test(sentence.text.slice(0, match.index))
      )
        continue;
      const { name, organisation } = match.groups!;
      const role = match.groups!.role ?? match.groups!.roleNoun;
      found.push({
        start,
        end: start + match[0].length,
        text: match[0],
        name: name!,
        role: role!.replace(/^(?:le|la|l'|the|its)\s+/i, ''),
        organisation: (organisation ?? '')
          .replace(/^(?:la|le|les|l['’])\s*/i, '')
          .replace(/^(?:\p{Ll}[\p{Ll}-]*\s+)+/u, '')
          .replace(/[.,;:]+$/, ''),
      });
    }
  }
  // "X, maire de A et président de B", "CEO of A and of B": one more record of the person, over the whole span, for the second organisation.
  for (const first of [...found]) {
    if (!first.organisation) continue;
    const rest = sentence.text.slice(first.end - sentence.start);
    const second = SECOND_ROLE_AFTER.exec(rest) ?? SECOND_ORGANISATION.exec(rest);
    if (!second) continue;
    const organisation = (second.groups!.organisation ?? '').replace(/^(?:la|le|les|l['’])\s*/iu, '').replace(/[.,;:]+$/, '');
    if (!/^\p{Lu}/u.test(organisation)) continue;
    const end = first.end + second[0].length;
    found.push({
      start: first.start,
      end,
      text: sentence.text.slice(first.start - sentence.start, end - sentence.start),
      name: first.name,
      role: second.groups!.role?.replace(/^(?:le|la|l'|the|its)\s+/i, '') ?? first.role,
      organisation,
    });
  }
  // "A et B ont fondé X", "A a créé X avec B": the second founder takes the same role.
  for (const match of matchesOf(FOUNDER_SUBJECT, sentence.text)) {
    const partner = match.groups!.partner;
    const first = found.find((f) => f.start === sentence.start + match.index);
    if (!first) continue;
    const withPartner = new RegExp(String.raw`^[^.;:]{0,40}?\s(?:avec|with)\s+${PERSON}(?![\p{L}])`, 'u').exec(
      sentence.text.slice(match.index + match[0].length),
    );
    const second = partner
      ? { at: match.index + match[0].indexOf(partner) + partner.search(/\p{Lu}/u), name: partner.trim().replace(/^(?:et|and)\s+/, '') }
      : withPartner
        ? { at: match.index + match[0].length + withPartner[0].length - withPartner.groups!.name!.length, name: withPartner.groups!.name! }
        : undefined;
    if (!second) continue;
    const start = sentence.start + second.at;
    if (found.some((f) => start < f.end && start + second.name.length > f.start && f !== first)) continue;
    found.push({
      start,
      end: start + second.name.length,
      text: second.name,
      name: second.name,
      role: first.role,
      organisation: first.organisation,
    });
  }
  // "fondée par A, B et C": the founders listed after the first take the same role.
  for (const first of found.filter((f) => /^(?:[Ff]ond|[Cc]ofond|[Cc]o-fond|[Cc]r[ée]|[Ff]ounded|[Cc]o-?founded)/u.test(f.role))) {
    let end = first.end;
    for (;;) {
      const next = CO_PERSON.exec(sentence.text.slice(end - sentence.start));
      if (!next || found.some((f) => end < f.end && end + next[0].length > f.start)) break;
      found.push({
        start: end + next[0].length - next.groups!.name!.length,
        end: end + next[0].length,
        text: next.groups!.name!,
        name: next.groups!.name!,
        role: first.role,
        organisation: first.organisation,
      });
      end += next[0].length;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
/** One more person of a list: ", Anne Exemple" or " et Anne Exemple", right where the previous one ends. */
const CO_PERSON = new RegExp(String.raw`^(?:,\s+|\s+(?:et|and)\s+|,\s+(?:et|and)\s+)${PERSON}(?![\p{L}])`, 'u');
