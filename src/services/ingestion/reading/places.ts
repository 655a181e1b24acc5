import { readFileSync } from 'node:fs';
import { findCountries } from './countries';
import { foldKeepingOffsets } from './dates';
import { fold, matchesOf, type Span } from './spans';

/** A commune, département or region of France, from the official geographic code (COG). */
export interface Gazetteer {
  kind: 'CITY' | 'DEPARTMENT' | 'REGION';
  /** INSEE code: commune "34154", département "34", region "76". */
  code: string;
  name: string;
  departmentCode?: string;
  regionCode?: string;
  population?: number;
}

/** A place a sentence names, resolved to one entry of the geographic code. */
export interface PlaceMention extends Span {
  place: Gazetteer;
  /**
   * How it was read: after a cue word ("à Mauguio"), with its département ("Toulouse (31)"), after a postcode ("31130 Balma"),
   * as an adjective ("toulousaine"), alone in brackets ("X (Labège)"), or bare.
   */
  cue: 'PREPOSITION' | 'DEPARTMENT_CODE' | 'POSTCODE' | 'ADJECTIVE' | 'BRACKET' | 'BARE';
}

/** The region whose places win when a name is shared (there are several Saint-Martin, one Montpellier). */
export const HOME_REGION_CODE = '76';

interface Index {
  byName: Map<string, Gazetteer[]>;
  byCode: Map<string, Gazetteer>;
  longestName: number;
}
let index: Index | undefined;

/** The geographic code, indexed by folded name; loaded once (about 40,000 entries, ~100 ms). */
function gazetteer(): Index {
  if (index) return index;
  const data = (file: string) => JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8'));
  const entries: Gazetteer[] = [
    ...data('regions.json').map((r: { code: string; nom: string }) => ({ kind: 'REGION', code: r.code, name: r.nom })),
    ...data('departements.json').map((d: { code: string; nom: string; region: string }) => ({
      kind: 'DEPARTMENT',
      code: d.code,
      name: d.nom,
      regionCode: d.region,
    })),
    ...data('communes.json')
      .filter((c: { type: string }) => c.type === 'commune-actuelle')
      .map((c: { code: string; nom: string; departement: string; region: string; population?: number }) => ({
        kind: 'CITY',
        code: c.code,
        name: c.nom,
        departmentCode: c.departement,
        regionCode: c.region,
        population: c.population ?? 0,
      })),
  ];
  const byName = new Map<string, Gazetteer[]>();
  const byCode = new Map<string, Gazetteer>();
  let longestName = 0;
  for (const entry of entries) {
    byCode.set(`${entry.kind}:${entry.code}`, entry);
    const key = nameKey(entry.name);
    byName.set(key, [...(byName.get(key) ?? []), entry]);
    longestName = Math.max(longestName, key.split(' ').length);
  }
  index = { byName, byCode, longestName };
  return index;
}

/** Names compared without accents, case, hyphens or apostrophes: "Saint-Jean-de-Védas" = "saint jean de vedas". */
function nameKey(name: string): string {
  return fold(name).replace(/[-'’]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Adjectives the press uses for a place ("la biotech toulousaine"); folded, without the feminine or plural ending. */
const ADJECTIVES: Record<string, [Gazetteer['kind'], string]> = {
  toulousain: ['CITY', '31555'],
  montpellierain: ['CITY', '34172'],
  nimois: ['CITY', '30189'],
  perpignanais: ['CITY', '66136'],
  albigeois: ['CITY', '81004'],
  castrais: ['CITY', '81065'],
  tarbais: ['CITY', '65440'],
  biterrois: ['CITY', '34032'],
  narbonnais: ['CITY', '11262'],
  carcassonnais: ['CITY', '11069'],
  montalbanais: ['CITY', '82121'],
  ruthenois: ['CITY', '12202'],
  setois: ['CITY', '34301'],
  alesien: ['CITY', '30007'],
  occitan: ['REGION', '76'],
  heraultais: ['DEPARTMENT', '34'],
  gardois: ['DEPARTMENT', '30'],
  aveyronnais: ['DEPARTMENT', '12'],
  gersois: ['DEPARTMENT', '32'],
  audois: ['DEPARTMENT', '11'],
  ariegeois: ['DEPARTMENT', '09'],
  lozerien: ['DEPARTMENT', '48'],
  tarnais: ['DEPARTMENT', '81'],
  lotois: ['DEPARTMENT', '46'],
  // Large cities outside the region, whose companies the regional press names by their adjective ("la start-up parisienne X").
  parisien: ['CITY', '75056'],
  lyonnais: ['CITY', '69123'],
  marseillais: ['CITY', '13055'],
  bordelais: ['CITY', '33063'],
  nantais: ['CITY', '44109'],
  lillois: ['CITY', '59350'],
  grenoblois: ['CITY', '38185'],
  strasbourgeois: ['CITY', '67482'],
  rennais: ['CITY', '35238'],
};
/** The commune a place adjective names, folded ("toulousain" -> "Toulouse"); not a département's or a region's adjective. */
export function placeOfAdjective(stem: string): string | undefined {
  const [kind, code] = ADJECTIVES[stem] ?? [];
  return kind === 'CITY' && code ? placeByCode('CITY', code)?.name : undefined;
}
/** The stems of the place adjectives, folded ("toulousain"): organisations read "le toulousain X" with them. */
export const PLACE_ADJECTIVE_STEMS = Object.keys(ADJECTIVES);
const ADJECTIVE = new RegExp(String.raw`\b(?<stem>${Object.keys(ADJECTIVES).join('|')})(?:e|es|s|ne|nes|ienne|iennes)?\b`, 'g');

/**
 * Nouns the press follows with the adjective of an organisation's or a site's commune ("la biotech labégeoise", "l'usine
 * gaillacoise", "des start-up balmanaises"), folded; a derived adjective is read only after one of them.
 */
const PLACED_NOUN = `(?:societe|entreprise|start-?up|startup|jeune pousse|biotech|medtech|healthtech|pme|eti|tpe|groupe|filiale|firme|laboratoire|labo|industriel|fabricant|specialiste|editeur|pepite|structure|usine|site|antenne|clinique|hopital|centre|incubateur|pepiniere|fonds|investisseur|cabinet|association|equipe|acteur|unite|institut|etablissement|plateforme|campus|technopole|agglomeration|ville|commune)s?`;
/** A noun of that list, then a word with a place adjective's ending: -ain, -ais, -ois, -ien, feminine and plural. */
const DERIVED_ADJECTIVE = new RegExp(
  String.raw`(?<![a-z])${PLACED_NOUN}\s+(?<adjective>(?<base>[a-z]{3,}?)(?:ain|ais|ois|ien)(?:e|ne)?s?)(?![a-z'-])`,
  'g',
);
/** Least population of a commune whose derived adjective is read: small communes outside the region share stems with common words. */
const DERIVED_MIN_POPULATION = { home: 1_000, elsewhere: 20_000 };
let communesByStem: Map<string, Gazetteer[]> | undefined;

/** Communes of one word by the stems their adjectives are built on: the folded name, without a final "e", "es" or "s". */
function communeStems(): Map<string, Gazetteer[]> {
  if (communesByStem) return communesByStem;
  communesByStem = new Map();
  for (const entries of gazetteer().byName.values())
    for (const entry of entries) {
      const key = nameKey(entry.name);
      if (entry.kind !== 'CITY' || key.includes(' ')) continue;
      const home = entry.regionCode === HOME_REGION_CODE;
      if ((entry.population ?? 0) < (home ? DERIVED_MIN_POPULATION.home : DERIVED_MIN_POPULATION.elsewhere)) continue;
      for (const stem of new Set([key, key.replace(/e?s$|e$/, ''), key.replace(/s$/, '')]))
        if (stem.length >= 3) communesByStem.set(stem, [...(communesByStem.get(stem) ?? []), entry]);
    }
  return communesByStem;
}

/**
 * The commune a place adjective is built on by the regular French endings ("labégeois" -> Labège, "lyonnais" -> Lyon,
 * "balmanais" -> Balma): the base before the ending, also without a doubled final consonant or a linking "n"; a commune of
 * the home region first, then the most populous. Not a nationality ("anglais", "italien").
 */
export function communeOfDerivedAdjective(word: string): Gazetteer | undefined {
  const parts = /^(?<base>[a-z]{3,}?)(?:ain|ais|ois|ien)(?:e|ne)?s?$/.exec(word);
  if (!parts) return undefined;
  if (findCountries({ start: 0, end: word.length + 7, text: `groupe ${word}` }).length > 0) return undefined;
  const base = parts.groups!.base!;
  const bases = new Set([base, base.replace(/([bcdfglmnprst])\1$/, '$1'), base.replace(/(?<=[aeiou])n$/, '')]);
  const candidates = [...bases].flatMap((b) => communeStems().get(b) ?? []);
  const rank = (c: Gazetteer) => [c.regionCode === HOME_REGION_CODE ? 1 : 0, c.population ?? 0];
  return [...candidates].sort((a, b) => compareRanks(rank(b), rank(a)))[0];
}

/** Words after which a capitalised name is a place: "à Mauguio", "dans l'Hérault", "en Occitanie", "in Toulouse". */
const CUE_WORDS = [
  'à',
  'au',
  'aux',
  'en',
  'dans',
  'sur',
  'depuis',
  'près de',
  'proche de',
  'vers',
  'in',
  'at',
  'near',
  'outside',
  'based in',
];
const CUE = String.raw`(?:(?<![\p{L}])(?:${CUE_WORDS.map(eitherCase).join('|')})\s+(?:(?:le|la|les)\s+|l['’])?)`;
/** A word whose first letter may be written in capital, as at the start of a sentence. */
function eitherCase(word: string): string {
  return `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`;
}

/** A capitalised name of up to six words, with the hyphens and small words place names have. */
const SMALL = "(?:de|du|des|la|le|les|lès|sur|sous|l['’]|d['’])";
const NAME = String.raw`(?<name>\p{Lu}[\p{L}'’]*(?:(?:[ ](?:${SMALL}[ ]?)*|-(?:(?:${SMALL}|en|et|aux?)-?)*)\p{Lu}[\p{L}'’]*){0,5})`;
const AFTER_CUE = new RegExp(CUE + NAME, 'gu');
const WITH_CODE = new RegExp(String.raw`${NAME}\s*\((?<code>\d{2}|2[AB]|97\d)\)`, 'gu');
/** A place alone in brackets, as the press writes where a name is: "X (Labège)", "Y (Hérault)"; not an acronym "(IRIT)". */
const IN_BRACKETS = new RegExp(String.raw`\(\s*${NAME}\s*\)`, 'gu');
/** A place joined to "-based": "Toulouse-based", "Saint-Jean-de-Védas-based". */
const BASED = new RegExp(
  String.raw`(?<![\p{L}'’-])(?<name>\p{Lu}[\p{L}'’]*(?:-(?:(?:${SMALL}|en|et|aux?)-)*\p{Lu}[\p{L}'’]*)*)-based\b`,
  'gu',
);
/** An address's postcode and commune: "31130 Balma" (the first two digits are the département's, three overseas). */
const AFTER_POSTCODE = new RegExp(String.raw`(?<![\d.,])(?<postcode>\d{5})\s+${NAME}`, 'gu');

/** The entry a name means: the one in the stated département, else in the home region, else the most populous. */
function resolve(name: string, departmentCode?: string): Gazetteer | undefined {
  const candidates = gazetteer().byName.get(nameKey(name));
  if (!candidates) return undefined;
  if (departmentCode) return candidates.find((c) => c.kind === 'CITY' && c.departmentCode === departmentCode);
  // A commune that is its own département (Paris) is meant as the commune; otherwise a région, then a département, wins.
  const ownDepartment = (c: Gazetteer) =>
    c.kind === 'CITY' && candidates.some((d) => d.kind === 'DEPARTMENT' && d.code === c.departmentCode);
  const rank = (c: Gazetteer) => [
    ownDepartment(c) ? 4 : c.kind === 'REGION' ? 3 : c.kind === 'DEPARTMENT' ? 2 : 1,
    c.regionCode === HOME_REGION_CODE || c.code === HOME_REGION_CODE ? 1 : 0,
    c.population ?? 0,
  ];
  return [...candidates].sort((a, b) => compareRanks(rank(b), rank(a)))[0];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The longest run of words at the start of a capitalised name that is a place: "Montpellier Méditerranée" -> Montpellier. */
function longestPlaceIn(name: string): { text: string; place: Gazetteer } | undefined {
  const words = name.split(/(?<=[ ])/);
  for (let n = Math.min(words.length, gazetteer().longestName); n > 0; n--) {
    const text = words.slice(0, n).join('').trim();
    const place = resolve(text);
    if (place) return { text, place };
  }
  return undefined;
}

/** Places inside a capitalised name, from each of its capitalised words: "L'Oncopole de Toulouse" -> Toulouse at 15. */
function placesWithin(name: string): { at: number; text: string; place: Gazetteer }[] {
  const found: { at: number; text: string; place: Gazetteer }[] = [];
  for (const word of name.matchAll(/(?<=^|[ ’'])\p{Lu}/gu)) {
    if (found.some((f) => word.index! < f.at + f.text.length)) continue;
    const hit = longestPlaceIn(name.slice(word.index!));
    if (hit) found.push({ at: word.index!, ...hit });
  }
  return found;
}

/**
 * The place a name holds ("Nîmes Métropole", "Fonds Exemplia Occitanie", "Réseau Santé Gers"): a région or département anywhere in
 * it, or a commune of the home region over 20,000 people; never the whole name, which is the place itself.
 */
export function placeHeldInName(name: string): Gazetteer | undefined {
  return placesWithin(name).find(
    (hit) =>
      hit.text.length < name.trim().length &&
      (hit.place.kind !== 'CITY' || (hit.place.regionCode === HOME_REGION_CODE && (hit.place.population ?? 0) >= 20_000)),
  )?.place;
}

/** Every place a sentence names. Bare capitalised words are places only for communes of the home region over 20,000 people. */
export function findPlaces(sentence: Span): PlaceMention[] {
  const found: PlaceMention[] = [];
  const add = (start: number, text: string, place: Gazetteer, cue: PlaceMention['cue']) => {
    const at = sentence.start + start;
    if (found.some((p) => at < p.end && at + text.length > p.start)) return;
    found.push({ start: at, end: at + text.length, text, place, cue });
  };
  for (const match of matchesOf(WITH_CODE, sentence.text)) {
    const place = resolve(match.groups!.name!, match.groups!.code);
    if (place) add(match.index, match[0], place, 'DEPARTMENT_CODE');
  }
  for (const match of matchesOf(AFTER_POSTCODE, sentence.text)) {
    const postcode = match.groups!.postcode!;
    const department = postcode.startsWith('97') ? postcode.slice(0, 3) : postcode.slice(0, 2);
    // "31130 Balma Cedex": the longest run of words that is a commune of that département.
    const words = match.groups!.name!.split(/(?<=[ ])/);
    for (let n = words.length; n > 0; n--) {
      const text = words.slice(0, n).join('').trim();
      const place = resolve(text, department);
      if (!place) continue;
      add(match.index + match[0].length - match.groups!.name!.length, text, place, 'POSTCODE');
      break;
    }
  }
  for (const match of matchesOf(AFTER_CUE, sentence.text)) {
    const nameAt = match.index + match[0].length - match.groups!.name!.length;
    const hit = longestPlaceIn(match.groups!.name!);
    // One word written with other accents than the commune's is a common noun ("dans la Ville rose" is not Villé).
    if (hit && !/[\s-]/.test(hit.text) && hit.text.slice(1) !== hit.place.name.slice(1) && hit.text !== hit.text.toUpperCase()) continue;
    if (hit) add(nameAt, hit.text, hit.place, 'PREPOSITION');
  }
  for (const match of matchesOf(IN_BRACKETS, sentence.text)) {
    const name = match.groups!.name!;
    const place = /\p{Ll}/u.test(name) ? resolve(name) : undefined;
    if (place) add(match.index + match[0].indexOf(name), name, place, 'BRACKET');
  }
  const folded = foldKeepingOffsets(sentence.text);
  for (const match of matchesOf(ADJECTIVE, folded)) {
    const [kind, code] = ADJECTIVES[match.groups!.stem!]!;
    const place = placeByCode(kind, code);
    if (place) add(match.index, sentence.text.slice(match.index, match.index + match[0].length), place, 'ADJECTIVE');
  }
  for (const match of matchesOf(DERIVED_ADJECTIVE, folded)) {
    const word = match.groups!.adjective!;
    const at = match.index + match[0].length - word.length;
    // An adjective of place is written in lower case; a capital makes it a name ("les cliniques Ambroise Paré").
    if (/^\p{Lu}/u.test(sentence.text.slice(at, at + 1))) continue;
    const place = communeOfDerivedAdjective(word);
    if (place) add(at, sentence.text.slice(at, at + word.length), place, 'ADJECTIVE');
  }
  // "the Labège-based biotech", "a Toulouse-based company": the English compound says where an organisation is, as an adjective does.
  for (const match of matchesOf(BASED, sentence.text)) {
    const hit = longestPlaceIn(match.groups!.name!);
    if (hit && hit.text === match.groups!.name) add(match.index, hit.text, hit.place, 'ADJECTIVE');
  }
  for (const match of matchesOf(new RegExp(NAME, 'gu'), sentence.text)) {
    for (const hit of placesWithin(match.groups!.name!)) {
      if (hit.place.kind === 'CITY' && hit.place.regionCode === HOME_REGION_CODE && (hit.place.population ?? 0) >= 20_000) {
        add(match.index + hit.at, hit.text, hit.place, 'BARE');
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A place by its INSEE code and kind, for the callers that already know it. */
export function placeByCode(kind: Gazetteer['kind'], code: string): Gazetteer | undefined {
  return gazetteer().byCode.get(`${kind}:${code}`);
}

/** The places of France named exactly so (accents, case, hyphens and apostrophes aside), home region first; none when no place is. */
export function placesNamed(name: string): Gazetteer[] {
  const found = gazetteer().byName.get(nameKey(name)) ?? [];
  return [...found].sort((a, b) => Number(b.regionCode === HOME_REGION_CODE) - Number(a.regionCode === HOME_REGION_CODE));
}
