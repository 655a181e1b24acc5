import type { ActorKind } from '../../../domain/model';
import { foldKeepingOffsets } from './dates';
import { matchesOf, type Span } from './spans';

/** An organisation a sentence names, with the kind its cue gives ("la start-up X" -> COMPANY). */
export interface OrganisationMention extends Span {
  name: string;
  kind?: ActorKind;
  /** The words that introduced it ("la biotech toulousaine"), or how it was found. */
  cue: string;
  /** 0-1: a typed cue is surer than an acronym, an acronym surer than a capitalised run. */
  confidence: number;
}

/** Cue nouns (folded) and the kind of what follows them; longest first where one extends another. */
const CUES: [string, ActorKind][] = [
  ['pole de competitivite', 'COMPETITIVENESS_POLE'],
  ['pole', 'COMPETITIVENESS_POLE'],
  ['cluster', 'CLUSTER'],
  ['institut hospitalo-universitaire', 'HOSPITAL_UNIVERSITY_INSTITUTE'],
  ['ihu', 'HOSPITAL_UNIVERSITY_INSTITUTE'],
  ['laboratoire pharmaceutique', 'COMPANY'],
  ['groupe pharmaceutique', 'COMPANY'],
  ['start-up', 'COMPANY'],
  ['startup', 'COMPANY'],
  ['jeune pousse', 'COMPANY'],
  ['biotech', 'COMPANY'],
  ['medtech', 'COMPANY'],
  ['entreprise', 'COMPANY'],
  ['societe', 'COMPANY'],
  ['groupe', 'COMPANY'],
  ['pme', 'COMPANY'],
  ['eti', 'COMPANY'],
  ['filiale', 'COMPANY'],
  ['pepite', 'COMPANY'],
  ['laboratoire', 'COMPANY'],
  ['fabricant', 'COMPANY'],
  ['industriel', 'COMPANY'],
  ['editeur', 'COMPANY'],
  ['specialiste', 'COMPANY'],
  ['company', 'COMPANY'],
  ['firm', 'COMPANY'],
  ['biotech company', 'COMPANY'],
  ['pharmaceutical company', 'COMPANY'],
  ['group', 'COMPANY'],
  ['fonds', 'FUND'],
  ['fund', 'FUND'],
  ['investisseur', 'FUND'],
  ['universite', 'UNIVERSITY'],
  ['university', 'UNIVERSITY'],
  ['institut', 'RESEARCH_ORGANISATION'],
  ['institute', 'RESEARCH_ORGANISATION'],
  ['centre de recherche', 'RESEARCH_ORGANISATION'],
  ['unite de recherche', 'RESEARCH_ORGANISATION'],
  ['plateforme', 'RESEARCH_ORGANISATION'],
  ['organisme de recherche', 'RESEARCH_ORGANISATION'],
  ['agence', 'AGENCY'],
  ['agency', 'AGENCY'],
  ['incubateur', 'AGENCY'],
  ['accelerateur', 'AGENCY'],
  ['incubator', 'AGENCY'],
  ['consortium', 'CONSORTIUM'],
  ['reseau', 'CLUSTER'],
  ['association', 'CLUSTER'],
];
CUES.sort((a, b) => b[0].length - a[0].length);

const DETERMINER = "(?:l'|le|la|les|du|de la|des|au|aux|un|une|the|a|an)";
/** Adjectives between the cue and the name: nationality, place, field ("le laboratoire allemand X", "la biotech toulousaine X"). */
const ADJECTIVES = String.raw`(?:[\p{Ll}-]+(?:e|es|s|ne|nes|aise|ain|aine|ien|ienne|ois|oise|ais|al|ale|ique|iques|eur|euse|and|ande)\s+){0,3}`;
/** A name: capitalised words (or an acronym), with the small words and signs organisation names carry. */
const NAME = String.raw`(?<name>(?:\p{Lu}|\d)[\p{L}\d'’&.+-]*(?:\s+(?:(?:de|du|des|d'|la|le|for|of|and|et|&)\s+)?(?:\p{Lu}|\d)[\p{L}\d'’&.+-]*){0,5})`;
/** A cue noun over folded text (lower case, no accents); what follows it is read in the original text. */
const CUE = new RegExp(String.raw`(?<![\p{L}])${DETERMINER}\s*(?<noun>${CUES.map(([noun]) => noun).join('|')})\s+`, 'gu');
/** Adjectives then the name, read in the original text, where case tells a name from an adjective. */
const NAME_HERE = new RegExp(ADJECTIVES + NAME, 'uy');
const ACRONYM = /(?<![\p{L}\d])(?<name>\p{Lu}[\p{Lu}\d]{1,7}(?:[-'’]\p{Lu}[\p{Lu}\d]*)?)(?![\p{L}\d])/gu;
const KIND_OF = new Map(CUES);

/** Words that start sentences or name things that are not organisations. */
const NOT_NAMES = new Set([
  'La',
  'Le',
  'Les',
  'Un',
  'Une',
  'Ce',
  'Cette',
  'Il',
  'Elle',
  'The',
  'This',
  'It',
  'En',
  'Pour',
  'Avec',
  'Dans',
  'Depuis',
]);

/**
 * Organisations a sentence names through the cues the press uses: a typed noun before a capitalised
 * name ("la start-up Ipsophène", "le pôle Eurobiomed", "the biotech company Evotec"), and acronyms
 * ("CNRS"). Which of them the graph already knows is for the linker to say.
 */
export function findOrganisations(sentence: Span): OrganisationMention[] {
  const folded = foldKeepingOffsets(sentence.text).replace(/’/g, "'");
  const found: OrganisationMention[] = [];
  const add = (mention: OrganisationMention) => {
    if (found.some((f) => mention.start < f.end && mention.end > f.start)) return;
    found.push(mention);
  };
  for (const match of matchesOf(CUE, folded)) {
    NAME_HERE.lastIndex = match.index + match[0].length;
    const named = NAME_HERE.exec(sentence.text);
    const name = trimName(named?.groups?.name ?? '');
    if (!named || !name) continue;
    const nameAt = named.index + named[0].length - named.groups!.name!.length;
    const start = sentence.start + nameAt;
    add({
      start,
      end: start + name.length,
      text: name,
      name,
      kind: KIND_OF.get(match.groups!.noun!),
      cue: sentence.text.slice(match.index, nameAt).trim(),
      confidence: 0.9,
    });
  }
  for (const match of matchesOf(ACRONYM, sentence.text)) {
    const name = match.groups!.name!;
    if (NOT_NAMES.has(name)) continue;
    const start = sentence.start + match.index;
    add({ start, end: start + name.length, text: name, name, cue: 'acronym', confidence: 0.6 });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A name without the trailing words a greedy match takes ("Evotec SE." -> "Evotec SE"). */
function trimName(name: string): string {
  return name.replace(/[.,;:]+$/, '').trim();
}
