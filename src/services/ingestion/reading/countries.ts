import { foldKeepingOffsets } from './dates';
import { matchesOf, type Span } from './spans';

/** A country, by its ISO 3166 alpha-2 code and French name: where a foreign group or fund is ("le groupe américain X"). */
export interface Country {
  kind: 'COUNTRY';
  code: string;
  name: string;
}

/** A country a sentence names: by its nationality adjective ("le fonds suisse X", "the German group Y") or after a preposition ("basée en Suisse"). */
export interface CountryMention extends Span {
  country: Country;
  cue: 'ADJECTIVE' | 'PREPOSITION';
}

/** Countries with their folded names (French and English) and the stems of their nationality adjectives (French, English). */
const COUNTRIES: { code: string; name: string; names: string[]; adjectives: string[] }[] = [
  { code: 'FR', name: 'France', names: ['france'], adjectives: ['francais', 'french'] },
  {
    code: 'US',
    name: 'États-Unis',
    names: ['etats-unis', 'etats unis', 'usa', 'united states'],
    adjectives: ['americain', 'american', 'us'],
  },
  { code: 'DE', name: 'Allemagne', names: ['allemagne', 'germany'], adjectives: ['allemand', 'german'] },
  { code: 'CH', name: 'Suisse', names: ['suisse', 'switzerland'], adjectives: ['suisse', 'swiss'] },
  {
    code: 'GB',
    name: 'Royaume-Uni',
    names: ['royaume-uni', 'grande-bretagne', 'united kingdom'],
    adjectives: ['britannique', 'anglais', 'british'],
  },
  { code: 'JP', name: 'Japon', names: ['japon', 'japan'], adjectives: ['japonais', 'japanese'] },
  { code: 'CN', name: 'Chine', names: ['chine', 'china'], adjectives: ['chinois', 'chinese'] },
  { code: 'BE', name: 'Belgique', names: ['belgique', 'belgium'], adjectives: ['belge', 'belgian'] },
  { code: 'IT', name: 'Italie', names: ['italie', 'italy'], adjectives: ['italien', 'italian'] },
  { code: 'ES', name: 'Espagne', names: ['espagne', 'spain'], adjectives: ['espagnol', 'spanish'] },
  { code: 'NL', name: 'Pays-Bas', names: ['pays-bas', 'netherlands'], adjectives: ['neerlandais', 'hollandais', 'dutch'] },
  { code: 'IL', name: 'Israël', names: ['israel'], adjectives: ['israelien', 'israeli'] },
  { code: 'CA', name: 'Canada', names: ['canada'], adjectives: ['canadien', 'canadian'] },
  { code: 'AU', name: 'Australie', names: ['australie', 'australia'], adjectives: ['australien', 'australian'] },
  { code: 'DK', name: 'Danemark', names: ['danemark', 'denmark'], adjectives: ['danois', 'danish'] },
  { code: 'SE', name: 'Suède', names: ['suede', 'sweden'], adjectives: ['suedois', 'swedish'] },
  { code: 'IE', name: 'Irlande', names: ['irlande', 'ireland'], adjectives: ['irlandais', 'irish'] },
  { code: 'LU', name: 'Luxembourg', names: ['luxembourg'], adjectives: ['luxembourgeois'] },
  { code: 'KR', name: 'Corée du Sud', names: ['coree du sud', 'south korea'], adjectives: ['sud-coreen', 'coreen', 'korean'] },
  { code: 'IN', name: 'Inde', names: ['inde', 'india'], adjectives: ['indien', 'indian'] },
];

const BY_ADJECTIVE = new Map(COUNTRIES.flatMap((c) => c.adjectives.map((a) => [a, c] as const)));
const BY_NAME = new Map(COUNTRIES.flatMap((c) => c.names.map((n) => [n, c] as const)));
const alternatives = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
/** "américain", "américaine", "allemands", "suisses": a stem and its feminine or plural ending, as a whole word. */
/** A nationality adjective over folded text, any gender or number ("americaine", "australien", "german"). */
export const NATIONALITY_ADJECTIVE = `(?:${alternatives(BY_ADJECTIVE.keys())})(?:ne|nes|e|es|s)?`;
const ADJECTIVE = new RegExp(String.raw`(?<![\p{L}-])(?<stem>${alternatives(BY_ADJECTIVE.keys())})(?:ne|nes|e|es|s)?(?![\p{L}-])`, 'gu');
/** "en Suisse", "aux États-Unis", "in Germany", "X (États-Unis)": a country after a preposition of place or alone in brackets. */
const AFTER_PREPOSITION = new RegExp(
  String.raw`(?:\b(?:en|aux?|in)\s+(?:the\s+)?|\(\s*)(?<name>${alternatives(BY_NAME.keys())})(?![\p{L}-])`,
  'gu',
);

/** The countries a sentence names by nationality adjective or after a preposition, in text order. */
export function findCountries(span: Span): CountryMention[] {
  const folded = foldKeepingOffsets(span.text).toLowerCase();
  const found: CountryMention[] = [];
  const add = (at: number, length: number, entry: (typeof COUNTRIES)[number], cue: CountryMention['cue']) =>
    found.push({
      start: span.start + at,
      end: span.start + at + length,
      text: span.text.slice(at, at + length),
      country: { kind: 'COUNTRY', code: entry.code, name: entry.name },
      cue,
    });
  for (const match of matchesOf(ADJECTIVE, folded)) {
    // "US" is an adjective only in capitals ("the US group"); "us" is a pronoun.
    if (match.groups!.stem === 'us' && span.text.slice(match.index, match.index + 2) !== 'US') continue;
    add(match.index, match[0].length, BY_ADJECTIVE.get(match.groups!.stem!)!, 'ADJECTIVE');
  }
  for (const match of matchesOf(AFTER_PREPOSITION, folded)) {
    const name = match.groups!.name!;
    add(match.index + match[0].length - name.length, name.length, BY_NAME.get(name)!, 'PREPOSITION');
  }
  return found.sort((a, b) => a.start - b.start);
}
