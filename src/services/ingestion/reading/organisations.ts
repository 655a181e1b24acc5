import type { ActorKind } from '../../../domain/model';
import { foldKeepingOffsets } from './dates';
import { isNationalityOrSea, isStopName, isTradeWord, namesByRules, type RuleName } from './nameRules';
import { ACRONYM_WITH_WORDS_CUE, namesByShape } from './nameShapes';
import { ROLE_TITLE } from './people';
import { findPlaces, PLACE_ADJECTIVE_STEMS, placeOfAdjective } from './places';
import { fold, matchesOf, type Span } from './spans';

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
  ["pole d'excellence", 'EXCELLENCE_HUB'],
  ['pole', 'COMPETITIVENESS_POLE'],
  ['cluster', 'CLUSTER'],
  ['clusters', 'CLUSTER'],
  ['institut hospitalo-universitaire', 'HOSPITAL_UNIVERSITY_INSTITUTE'],
  ['ihu', 'HOSPITAL_UNIVERSITY_INSTITUTE'],
  ['laboratoire pharmaceutique', 'COMPANY'],
  ['groupe pharmaceutique', 'COMPANY'],
  ['start-up', 'COMPANY'],
  ['startup', 'COMPANY'],
  ['jeune pousse', 'COMPANY'],
  ['jeune entreprise', 'COMPANY'],
  ['biotech', 'COMPANY'],
  ['medtech', 'COMPANY'],
  ['health tech', 'COMPANY'],
  ['healthtech', 'COMPANY'],
  ['deeptech', 'COMPANY'],
  ['spin-off', 'COMPANY'],
  ['acquisition de', 'COMPANY'],
  ['rachat de', 'COMPANY'],
  ['reprise de', 'COMPANY'],
  ['fondateurs de', 'COMPANY'],
  ['fondateur de', 'COMPANY'],
  ['cofondateur de', 'COMPANY'],
  ['dirigeants de', 'COMPANY'],
  ['acquisition of', 'COMPANY'],
  ['founders of', 'COMPANY'],
  ['entreprise', 'COMPANY'],
  ['societe', 'COMPANY'],
  ['groupe', 'COMPANY'],
  ['pme', 'COMPANY'],
  ['eti', 'COMPANY'],
  ['filiale', 'COMPANY'],
  // "les actions Exemplia": the shares of a company.
  ['actions', 'COMPANY'],
  ['pepite', 'COMPANY'],
  ['laboratoire', 'COMPANY'],
  ['fabricant', 'COMPANY'],
  ['industriel', 'COMPANY'],
  ['editeur', 'COMPANY'],
  ['specialiste', 'COMPANY'],
  ['conseil', 'COMPANY'],
  ['cabinet', 'COMPANY'],
  ['company', 'COMPANY'],
  ['firm', 'COMPANY'],
  ['drugmaker', 'COMPANY'],
  // "son partenaire X", "its partner X": a partner named after its noun.
  ['partenaire', 'COMPANY'],
  ['partner', 'COMPANY'],
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
  ['unite de recherche', 'RESEARCH_UNIT'],
  ['unite mixte de recherche', 'RESEARCH_UNIT'],
  ['plateforme', 'RESEARCH_ORGANISATION'],
  ['organisme de recherche', 'RESEARCH_ORGANISATION'],
  ['agence', 'AGENCY'],
  ['agency', 'AGENCY'],
  ['incubateur', 'INCUBATOR'],
  ['accelerateur', 'INCUBATOR'],
  ['incubator', 'INCUBATOR'],
  ['satt', 'TECH_TRANSFER_OFFICE'],
  ['consortium', 'CONSORTIUM'],
  ['groupement', 'CONSORTIUM'],
  ['holding', 'COMPANY'],
  ['reseau', 'CLUSTER'],
  ['association', 'CLUSTER'],
  ['hopital', 'HOSPITAL'],
  ['ecole', 'UNIVERSITY'],
  ['communaute de communes', 'PUBLIC_AUTHORITY'],
  ["communaute d'agglomeration", 'PUBLIC_AUTHORITY'],
  ['clinique', 'HOSPITAL'],
  ['centre hospitalier', 'HOSPITAL'],
];
CUES.sort((a, b) => b[0].length - a[0].length);

/**
 * Head nouns that are part of the name when written with a capital ("l'Université de Montpellier",
 * "le CHU de Toulouse", "le Fonds Régional Souverain"), with the kind they give.
 */
const HEADS: [string, ActorKind][] = [
  ['Centre hospitalier universitaire', 'UNIVERSITY_HOSPITAL'],
  ['Centre Hospitalier Universitaire', 'UNIVERSITY_HOSPITAL'],
  ['Centre hospitalier', 'HOSPITAL'],
  ['Centre Hospitalier', 'HOSPITAL'],
  ['Institut hospitalo-universitaire', 'HOSPITAL_UNIVERSITY_INSTITUTE'],
  ['Institut du cancer', 'CANCER_CENTRE'],
  ['Université', 'UNIVERSITY'],
  ['Universite', 'UNIVERSITY'],
  ['University', 'UNIVERSITY'],
  ['Institut', 'RESEARCH_ORGANISATION'],
  ['Institute', 'RESEARCH_ORGANISATION'],
  ['CHU', 'UNIVERSITY_HOSPITAL'],
  ['CHRU', 'UNIVERSITY_HOSPITAL'],
  ['Hôpital', 'HOSPITAL'],
  ['Clinique', 'HOSPITAL'],
  ['Fonds', 'FUND'],
  ['Agence', 'AGENCY'],
  ['Laboratoires', 'COMPANY'],
  ['Groupe', 'COMPANY'],
  ['Cancéropôle', 'CLUSTER'],
  ['Oncopole', 'CLUSTER'],
  ['Campus', 'CLUSTER'],
  ['Région', 'PUBLIC_AUTHORITY'],
  ['Département', 'PUBLIC_AUTHORITY'],
  ['Métropole', 'PUBLIC_AUTHORITY'],
  ['Conseil régional', 'PUBLIC_AUTHORITY'],
  ['Conseil départemental', 'PUBLIC_AUTHORITY'],
  ['École', 'UNIVERSITY'],
  ['Ecole', 'UNIVERSITY'],
  ['Incubateur', 'INCUBATOR'],
  ['Technopole', 'INCUBATOR'],
  ['Technopôle', 'INCUBATOR'],
  ['Fondation', 'FUND'],
  ['Pôle', 'COMPETITIVENESS_POLE'],
  ['CCI', 'AGENCY'],
  ['CMA', 'AGENCY'],
  ['BIC', 'INCUBATOR'],
  ['Centre', 'RESEARCH_ORGANISATION'],
];
/** Cues of a deal: what follows them is a company, even a trade word ("le rachat de Medtech"). */
const DEAL_CUE = /(?:rachat|acquisition|reprise)\s+(?:de|du|d['’])$|acquisition of$|^taken over$/u;
/** Cue nouns whose names carry them: "la clinique Rive Gauche" is the Clinique Rive Gauche (folded cue -> head as written in names). */
const HEAD_CUES = new Map([
  ['clinique', 'Clinique'],
  ['hopital', 'Hôpital'],
  ['fondation', 'Fondation'],
  ['technopole', 'Technopole'],
]);
/**
 * Cue nouns that are the head of the name when a name or "de" + a name follows them right away, even in
 * lower case: "l'université Paul-Sabatier", "l'université de Montpellier", "l'hôpital universitaire de
 * Leiden", "le centre hospitalier de Castres" (folded cue -> head as names write it); not "l'institut X", which names X.
 */
const NAMED_HEAD_CUES = new Map([
  ['universite', 'Université'],
  ['university', 'University'],
  ['ecole', 'École'],
  ['hopital', 'Hôpital'],
  ['clinique', 'Clinique'],
  ['centre hospitalier', 'Centre hospitalier'],
]);
/** Lower-case words between a head and its "de X": adjectives ("universitaire", "fédérale", "supérieure") and "du cancer"-like complements. */
const HEAD_ADJECTIVE = String.raw`(?:(?:du|des|de|en|et)\s+|d['’]\s*)?(?!(?:qui|que|est|sont|a|ont|va|se|sa|son|ses|par|pour|avec|sur|dans|une?|le|la|les|ce|cette)\s)(?:\p{Ll}[\p{Ll}-]*(?:aire|ale|al|aux|ier|i[èe]re|ique|ieure?|eure?|[ée]e?s?|ive|if|elle|el|ien|ienne)|cancer|sant[ée]|recherche|m[ée]decine)(?![\p{L}])`;
/** A head's complement that ends with "de" before the name: "de", "universitaire de", "fédérale de". */
const HEAD_COMPLEMENT = new RegExp(String.raw`^(?:${HEAD_ADJECTIVE}\s+){0,3}(?:de la|de l['’]|du|des|de|d['’])\s*$`, 'u');
/**
 * "Toulouse Métropole", "Nîmes Métropole", "Exempleville Méditerranée Métropole": a place (and a word or two more) then
 * "Métropole" is the metropolitan authority, read whole, never cut after its first word.
 */
const PLACE_METROPOLE = /(?<![\p{L}\d'’-])(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+Métropole)(?![\p{L}])/gu;
/** A metropolitan authority's name as a pattern: "la Région Exemple et de Exempleville Métropole" is two authorities, not one name. */
const PLACE_TECHNOPOLE = /(?<![\p{L}\d'’-])(?<name>(?<place>\p{Lu}[\p{L}'’-]+)\s+Technopole)(?![\p{L}])/gu;
const METROPOLE_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+Métropole(?![\p{L}])`;
/**
 * Plural cue nouns before a list of names: "cinq jeunes pousses comme A, B et C", "des fonds dont A et B",
 * "companies such as A and B". Folded text; the names are read in the original text.
 */
const LIST_CUE =
  /(?<![\p{L}])(?<noun>start-ups|startups|jeunes pousses|entreprises|societes|biotechs|medtechs|laboratoires|pme|fonds|investisseurs|partenaires|cliniques|companies|firms|investors|partners)(?:\s+[\p{L}'-]+){0,4}?(?:\s*,)?\s+(?:comme|dont|notamment|telles? que|tels que|parmi lesquelles|such as|including|like)\s+/gu;
/**
 * A plural cue noun right before names, with only a determiner or a number before it and lower-case adjectives after
 * it: "les start-ups A, B et C", "des trois pépinières A, B et C". Two names at least (folded text).
 */
const BARE_LIST_CUE =
  /(?<![\p{L}])(?:les|des|aux|ses|leurs|deux|trois|quatre|cinq|six|sept|huit)\s+(?:(?:deux|trois|quatre|cinq|six|sept|huit)\s+)?(?<noun>start-ups|startups|jeunes pousses|entreprises|societes|biotechs|medtechs|pepinieres|incubateurs|accelerateurs|fonds|investisseurs|partenaires)\s+/gu;
/** Lower-case adjectives between a bare list's noun and its first name ("les start-ups toulousaines A et B"). */
const LIST_ADJECTIVES = /^(?:(?!(?:de|du|des|d['’])\s)\p{Ll}[\p{Ll}-]*\s+){0,2}(?=\p{Lu})/u;
const LIST_KIND: Record<string, ActorKind> = {
  fonds: 'FUND',
  investisseurs: 'FUND',
  investors: 'FUND',
  cliniques: 'HOSPITAL',
  pepinieres: 'INCUBATOR',
  incubateurs: 'INCUBATOR',
  accelerateurs: 'INCUBATOR',
};
/** A demonym used as a noun or written with a capital before a name: "le marseillais X", "l'Allemand X", "les Américains X". */
const DEMONYM = /^\p{L}+(?:ais|aise|ain|aine|ois|oise|ien|ienne|and|ande)s?$/iu;
/** Public authorities the press names by one word: "l'État", "la Région" (the region is resolved by the caller). */
const AUTHORITIES = /(?<![\p{L}])(?<name>[ÉE]tat|State)(?![\p{L}])/gu;
/**
 * Public authorities named by a common noun: a national ministry is the State ("le ministère de la Recherche"),
 * the regional council is the Région ("la collectivité régionale", "le conseil régional", "l'exécutif régional"; the caller
 * names the region).
 */
const AUTHORITY_NOUNS: [RegExp, string][] = [
  [/(?<![\p{L}])[Mm]inist[èe]re\s+(?:de l['’]|de la|des|du|de|chargé)\s*\p{L}+/gu, 'État'],
  [/(?<![\p{L}])(?:la\s+)?[Cc]ollectivité\s+régionale(?![\p{L}])/gu, 'Région'],
  [/(?<![\p{L}])[Cc]onseil\s+régional(?![\p{L}])(?!\s+(?:de|d['’]|du)\s*\p{Lu})/gu, 'Région'],
  [/(?<![\p{L}])[Ee]xécutif\s+régional(?![\p{L}])/gu, 'Région'],
  // "the French government", "le gouvernement français": the State.
  [/(?<![\p{L}])(?:French\s+[Gg]overnment|French\s+State|[Gg]ouvernement\s+français)(?![\p{L}])/gu, 'État'],
];
/** English descriptive names of a region's council and of a university hospital ("the Occitanie Region", "Toulouse University Hospital"). */
const ENGLISH_PUBLIC_BODY =
  /(?<![\p{L}])(?<written>(?<region>\p{Lu}[\p{L}-]+)\s+Region|University\s+Hospital\s+(?:Center\s+|Centre\s+)?of\s+(?<hospitalOf>\p{Lu}[\p{L}-]+)|(?<hospitalPlace>\p{Lu}[\p{L}-]+)\s+University\s+Hospital(?:\s+Cent(?:er|re))?)(?![\p{L}])/gu;
/**
 * Public funders the regional press names without a cue, with their kind: national agencies and banks,
 * European bodies. (A gazetteer of institutions, not of the companies a text is about.)
 */
const PUBLIC_FUNDERS: [string, ActorKind][] = [
  ['Bpifrance', 'AGENCY'],
  ['BPI France', 'AGENCY'],
  ['Banque des Territoires', 'FUND'],
  ['Caisse des Dépôts', 'FUND'],
  ['Banque européenne d’investissement', 'FUND'],
  ["Banque européenne d'investissement", 'FUND'],
  ['Union européenne', 'PUBLIC_AUTHORITY'],
  ['Commission européenne', 'PUBLIC_AUTHORITY'],
  ['European Commission', 'PUBLIC_AUTHORITY'],
  ['European Union', 'PUBLIC_AUTHORITY'],
  ['ANR', 'AGENCY'],
  ['Ademe', 'AGENCY'],
  ['ADEME', 'AGENCY'],
  ['France 2030', 'PUBLIC_AUTHORITY'],
  ['ARS Occitanie', 'AGENCY'],
  ['ARS', 'AGENCY'],
  ['Feder', 'FUND'],
  ['FEDER', 'FUND'],
  ['AD’OCC', 'AGENCY'],
];
const FUNDER_NAMES = new RegExp(
  String.raw`(?<![\p{L}])(?<name>${PUBLIC_FUNDERS.map(([name]) => name)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\p{L}])`,
  'gu',
);
const FUNDER_KIND = new Map(PUBLIC_FUNDERS);

const DETERMINER = "(?:l'|le|la|les|du|de la|des|au|aux|un|une|the|a|an|son|sa|ses|leur|leurs|its|their)";
/** Adjectives between the cue and the name: nationality, place, field ("le laboratoire allemand X", "la biotech toulousaine X"). */
const ADJECTIVES = String.raw`(?:[\p{Ll}-]+(?:e|es|s|ne|nes|aise|ain|aine|ien|ienne|ois|oise|ais|al|ale|ique|iques|eur|euse|and|ande)\s+){0,3}`;
/**
 * Or the lowercase complement of the cue, up to the name ("l'agence régionale de développement
 * économique Ad'Occ", "le conseil en développement pharmaceutique Inits"): words that are not verbs
 * or clause words, checked apart (COMPLEMENT_STOP).
 */
const COMPLEMENT = String.raw`(?:(?:[\p{Ll}-]+|d['’]|l['’])\s*){0,10}?`;
const COMPLEMENT_STOP =
  /(?:^|\s)(?:qui|que|qu'|a|ont|est|sont|sera|va|vont|se|s'|ne|n'|il|elle|ils|elles|pour|avec|par|sur|dans|un|une|cette|ce|ces|son|sa|ses|leur|leurs|ou|mais|donc|comme|afin|lors|entre|vers|chez|apres|avant|depuis|sans|aux|au|with|and|which|that|is|are|has|have|was|for|by|le|les|avait|avaient|etait|derriere|behind|the|to|then|its)(?=\s|$)/;
/** What a commercial agency sells, in the words after "agence" (folded): marketing, communication, web, travel, recruiting. */
const COMMERCIAL_AGENCY =
  /\b(?:marketing|communication|publicite|digitale?|web|numerique|voyages?|evenementiel\w*|design|immobilier\w*|interim|recrutement|conseil|advertising|creative|travel)\b/;
/** Cue nouns of a trade whose "de" complement says what is made ("le fabricant de la table X"). */
const MAKER_CUES = /^(?:fabricant|editeur|specialiste|conseil|industriel)$/;
/** Cue nouns that open a name when written with a capital, folded ("l'Institut des biomolécules X"). */
const NAME_OPENERS =
  /^(?:institut|ecole|centre de recherche|unite de recherche|unite mixte de recherche|agence|plateforme|association|reseau|pole|cluster|laboratoire|communaute de communes|communaute d'agglomeration)$/;
/** A web address in the text. */
const URL = /(?:https?:\/\/|www\.)\S+/gu;
/** A name: capitalised words (or an acronym), with the small words and signs organisation names carry. */
const NAME_WORD = String.raw`(?:\p{Lu}|\d)[\p{L}\d'’&.+-]*`;
const NAME = String.raw`(?<name>${NAME_WORD}(?:\s+(?:(?:de|du|des|d'|la|le|for|of|and|et|&)\s+)?(?:${NAME_WORD}|[IVX]+\b)){0,5})`;
/** A cue noun over folded text (lower case, no accents); what follows it is read in the original text. */
const CUE = new RegExp(
  // A prefix of the trade joined by a hyphen keeps the noun a cue ("le bio-incubateur X", "la e-biotech X"); not an acronym ("l'IA-Cluster X").
  // A trade word may stand for the determiner, as in a headline's English ("Medtech group X", "biotech firm Y").
  // A project names what it will found: "le projet d'institut X", "le projet de plateforme Y".
  String.raw`(?<![\p{L}])(?:${DETERMINER}\s*(?:(?!de\s|du\s|des\s|d')[\p{L}'-]+\s+|(?:projet|project)\s+(?:d'|de\s+))?|(?:medtech|biotech|pharma|healthtech|deeptech|pharmaceutical)\s+)(?:(?:bio|e|micro|nano|medi|pre)-)?(?<noun>${CUES.map(([noun]) => noun).join('|')})\s+`,
  'gu',
);
/** Adjectives then the name, read in the original text, where case tells a name from an adjective. */
const NAME_HERE = new RegExp(ADJECTIVES + NAME, 'uy');
const NAME_AFTER_COMPLEMENT = new RegExp(String.raw`(?<complement>${COMPLEMENT})${NAME}`, 'uy');
// After a space or a lower-case elided article and three capitals ("l'EXL"), not inside a word.
const ACRONYM =
  /(?:(?<![\p{L}\d'’-])|(?<=(?<![\p{L}])[lLdD]['’])(?=\p{Lu}{3}))(?<!\p{L}\.)(?<name>\p{Lu}[\p{Lu}\d]{1,7}(?:[-'’]\p{Lu}[\p{Lu}\d]*)?)(?![\p{L}\d'’-])/gu;
/**
 * A capitalised head and its complement; not a head inside a brand ("Innov'Pôle", "Innov' Pôle": an apostrophe
 * after a word, not an elided article). Lower-case adjectives may come before the "de X" ("Université fédérale de X").
 */
const HEAD = new RegExp(
  String.raw`(?<![\p{L}])(?<!\p{L}{2}['’]\s?)(?<head>${HEADS.map(([head]) => head).join('|')})(?![\p{L}])(?<rest>(?:\s+(?:${HEAD_ADJECTIVE}\s+){1,3}(?:de la|de l['’]|du|des|de|d['’])\s*${NAME_WORD})?(?:\s+(?:(?:(?:et de la|et de l['’]|et du|et des|et de|et d['’])\s*(?!(?:${HEADS.map(([head]) => head).join('|')})(?![\p{L}])|${METROPOLE_NAME})|(?:de la|de l['’]|du|des|de|d['’]|en|et|pour)\s*))?(?:${NAME_WORD}|[IVX]+\b))*)`,
  'gu',
);
/** Two head acronyms sharing one complement: "la CCI et la CMA du Tarn". */
const SHARED_HEAD_COMPLEMENT =
  /(?<![\p{L}\d])(?<first>CCI|CMA|CHU|CHRU|BIC|SATT)\s+(?:et|and)\s+(?:(?:la|le|l['’])\s*)?(?:CCI|CMA|CHU|CHRU|BIC|SATT)\s+(?<complement>(?:de la|de l['’]|du|des|de|d['’])\s*\p{Lu}[\p{L}'’-]+)/gu;
/** An industry the press names as a "filière": "la filière Santé d'Occitanie", "la filière régionale « Bioproduction et biothérapies »". */
const SECTOR =
  /(?<![\p{L}])(?<name>[Ff]ili[èe]re\s+(?:(?:r[ée]gionale|nationale|industrielle)\s+)?(?:«\s*[^»]{2,60}?\s*»|\p{Lu}[\p{L}'’-]*(?:\s+(?:d['’]|de\s+|du\s+|en\s+)?\p{Lu}[\p{L}'’-]*)*))/gu;
/** An acronym in brackets then "de" and a place, right after a name. */
const ACRONYM_THEN_PLACE = /^\s*\(\s*\p{Lu}[\p{Lu}\d&-]{1,9}\s*\)\s+(?<of>de|du|d['’])\s*(?<place>\p{Lu}[\p{L}'’-]+)(?![\p{L}])/u;
/** "la filière cosmétique d'Occitanie", "la filière santé du Gard": a field in lower case, then a place ("en Occitanie" says where, not which). */
const SECTOR_OF_PLACE =
  /(?<![\p{L}])(?<name>fili[èe]re\s+(?!(?:de|du|des|d|en|et|qui|a|est)\b)\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?\s+(?:d['’]|de\s+|du\s+)(?<place>\p{Lu}[\p{L}'’-]+))(?![\p{L}])/gu;
/** Another word in capitals right before or after an acronym: the acronym is a word of a heading. */
const HEADING_BEFORE = /(?<![\p{L}\d])\p{Lu}{3,}[\s'’]+(?:(?:DE|DU|DES|D|L|LA|LE|LES|ET)[\s'’]+)*$/u;
const HEADING_AFTER = /^[\s'’]+(?:(?:DE|DU|DES|D|L|LA|LE|LES|ET)[\s'’]+)*\p{Lu}{3,}(?![\p{L}\d])/u;
/** Three or more single capitalised words in a list: "A, B, C et D". */
const BARE_LIST =
  /(?<![\p{L}\d'’-])(?<!\p{Lu}[\p{L}\d'’-]*\s)\p{Lu}[\p{L}\d'’-]*(?:,\s+\p{Lu}[\p{L}\d'’-]*){1,}(?:,?\s+(?:et|and)\s+\p{Lu}[\p{L}\d'’-]*)(?![\p{L}\d'’-])(?!\s+\p{Lu})/gu;
/** A run of capitalised words, where run-together names are looked for. */
const CAPITALISED_RUN = /(?<![\p{L}\d])\p{Lu}[\p{L}\d'’]*(?:[ ]\p{Lu}[\p{L}\d'’]*)*/gu;
/** A name followed by a comma and what it is: "X, société toulousaine de …", "X, fondée en 2009 …", "X, a Toulouse-based company". */
const APPOSITIVE = new RegExp(
  // An elided article or preposition may come before the name ("l'œuvre d'Exemplia Tools, une start-up …").
  String.raw`(?:(?<![\p{L}\d'’])|(?<=(?<![\p{L}])[DdLl]['’]))${NAME},\s+(?:(?:la|une|le|un|l['’]|a|an|the)\s*)?(?:[\p{Ll}-]+\s+){0,2}?(?<noun>start-up|startup|société|entreprise|biotech|medtech|PME|ETI|société|groupe|laboratoire|spécialiste|fabricant|éditeur|pépite|jeune pousse|filiale|company|firm|fondée|créée|basée|installée|implantée|née|founded|based)(?![\p{L}])(?!(?<=(?:start-up|startup|société|entreprise|biotech|medtech|PME|ETI|groupe|laboratoire|spécialiste|fabricant|éditeur|pépite|jeune pousse|filiale|company|firm))\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu})`,
  'gu',
);
/** "le toulousain OneStack", "la montpelliéraine X": a place adjective used as a noun before a name. */
const PLACE_NOUN = new RegExp(String.raw`(?<![\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?<adjective>\p{L}+)\s+${NAME}`, 'gu');
const PLACE_ADJECTIVE = new RegExp(`^(?:${PLACE_ADJECTIVE_STEMS.join('|')})(?:e|es|s|ne|nes|ienne|iennes)?$`);
/**
 * A capitalised head then a complement all in lower case, up to a clear end (a comma, a bracket, or "du" + an acronym):
 * "l'Agence régionale des projets stratégiques (ARPS)", "le Laboratoire de recherche en sciences du sol du
 * CNRS". Determiners and pronouns end the complement, so a verb's object is never taken into the name.
 */
const LOWER_COMPLEMENT_WORD = String.raw`(?!(?:le|la|les|un|une|son|sa|ses|ce|cet|cette|ces|qui|que|a|est|sont|va|vont|se|il|elle|au|aux|sur|dans|avec|par|pour)(?![\p{L}]))\p{Ll}[\p{Ll}'’-]*`;
const HEAD_WITH_LOWER_COMPLEMENT = new RegExp(
  String.raw`(?<![\p{L}])(?<!\p{L}{2}['’])(?<head>Agence|Laboratoire|Institut|Centre|École|Ecole|Université|Fondation|Association|Fédération|Observatoire|Office|Unité|Établissement|Etablissement)\s+(?<complement>(?:(?:de la|de l['’]|du|des|de|d['’]|en|et de|et des|et d['’]|et)\s*)?${LOWER_COMPLEMENT_WORD}(?:\s+(?:(?:de la|de l['’]|du|des|de|d['’]|en|et de|et des|et d['’]|et|à|aux)\s*)?${LOWER_COMPLEMENT_WORD}){0,5})(?=\s*[,;:()«»–]|\s+(?:du|de la|de l['’]|des|de|d['’])\s*\p{Lu}{2,}(?![\p{Ll}]))`,
  'gu',
);
/** One capitalised word after a preposition, mid-sentence, not followed by another ("en partenariat avec Exemplia", "chez Exemplia", "by Exemplia"). */
// Not a word that qualifies the noun after it ("by French start-up X", "par Exemple-style company"): an adjective, not a name.
const AFTER_PREPOSITION =
  /(?<=[\p{L},;:] )(?:avec|chez|par|aupr[èe]s de|à l['’]image de|à l['’]instar de|with|by)\s+(?<name>\p{Lu}[\p{L}\d'’&-]{2,})(?![\p{L}\d'’&-])(?!\s+(?:\p{Lu}|\d))(?!\s+(?:start-?ups?|company|companies|firm|group|biotech|medtech|laboratory|société|entreprise|groupe|laboratoire|biotechs|fund|investor|drugmaker)(?![\p{L}]))/gu;
/** A name coordinated with an organisation already read: "A et B", "A and B" (B one or two capitalised words, not followed by another). */
const COORDINATED =
  /^\s+(?:et|and)\s+(?<name>\p{Lu}[\p{L}\d'’&-]+(?:\s+\p{Lu}[\p{L}\d'’&-]+)?)(?![\p{L}\d'’&-])(?!\s+(?:de|du|des|d['’])?\s*\p{Lu})/u;
/** One capitalised word after an article, mid-sentence, not followed by another ("l'Inserm", "par l'Anses"): an organisation more often than not. */
const AFTER_ARTICLE = /(?<=[\p{L},;:] |^)(?:l['’]|le |la |les )(?<name>\p{Lu}\p{Ll}{3,})(?![\p{L}\d'’-])(?!\s+(?:\p{Lu}|\d))/gu;
/**
 * After one capitalised word, the lower-case words that carry its name on: an adjective ("français", "général",
 * "intelligente"), a noun before "de" ("Maison intelligente de …"), or English linking words ("Business and Innovation Centre").
 */
const NAME_GOES_ON =
  /^\s+(?:(?:and|of|for)\s|\p{Ll}+(?:ais|aise|al|ale|aux|ique|iques|if|ive|el|elle|ien|ienne|aire|aires|ional|ionale|igente|ent|ente)(?![\p{L}])|\p{Ll}{3,}\s+(?:de|du|des|d['’])\s|(?:de|du|des|d['’])\s*\p{Ll}{3,}(?![\p{L}]))/u;
/** "le président de la République", "la ministre de la Santé": the capitalised word completes a title of a person. */
const PERSON_TITLE_BEFORE = /(?:pr[ée]sident|pr[ée]sidente|ministre|secr[ée]taire|chef|cheffe)\s+(?:de la|de l['’]|du|des|de)\s*$/u;
/** Capitalised words that are not organisations (places are dropped by the caller). */
const COMMON_CAPITALISED = new Set([
  'Santé',
  'Europe',
  'Afrique',
  'Asie',
  'Amérique',
  'Méditerranée',
  'Hexagone',
  'Internet',
  'Web',
  'Covid',
  'France',
  'Etat',
  'État',
]);
const KIND_OF = new Map(CUES);
const NAME_AT_START = new RegExp(`^${NAME}`, 'u');
/** Cue nouns a name follows right away or not at all. */
const DIRECT_CUES = new Set(['actions']);
/** A cue noun then "baptisé", "nommé", "called": "un nouvel incubateur baptisé X", "son incubateur, baptisé X" (folded text). */
const CALLED = new RegExp(
  String.raw`(?<![\p{L}])(?<noun>${CUES.map(([noun]) => noun).join('|')}),?\s+(?:baptisee?s?|nommee?s?|appelee?s?|denommee?s?|named|called)\s+(?=\S)`,
  'gu',
);
/** Text that ends with a cue noun ("le groupe "), folded. */
const CUE_NOUN_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${CUES.map(([noun]) => noun).join('|')})\s+$`, 'u');
const HEAD_KIND = new Map(HEADS);

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
/** Acronyms of common nouns, not of organisations (IA, PME, IHU as a kind of institute). */
const COMMON_ACRONYMS = new Set([
  'IA',
  'AI',
  'PME',
  'PMI',
  'ETI',
  'TPE',
  'IHU',
  'CHU',
  'CHRU',
  'R&D',
  'RH',
  'PDG',
  'CEO',
  'CTO',
  'CFO',
  'DG',
  'TTC',
  'HT',
  'UE',
  'EU',
  'USA',
  'UK',
  'NB',
  'TV',
  'ETP',
  'CDI',
  'CDD',
  'PIB',
  'GDP',
  'ARN',
  'ADN',
  'DNA',
  'RNA',
  'IRM',
  'MRI',
  'COVID',
  'SARS',
  'MS',
  'M',
  'II',
  'III',
  'IV',
  'VI',
]);

/**
 * Organisations a sentence names through the cues the press uses: a typed noun before a capitalised
 * name ("la start-up Ipsophène", "le pôle Eurobiomed", "the biotech company Evotec"), a capitalised
 * head noun that is part of the name ("l'Université de Montpellier", "le CHU de Toulouse"), an
 * industry ("la filière Santé d'Occitanie"), a brand written in one word ("HealthAge"), acronyms
 * ("CNRS"). Names run together by lost list separators ("AntabioEvotecHoriba") are split.
 * Which of them the graph already knows is for the linker to say.
 */
export function findOrganisations(sentence: Span): OrganisationMention[] {
  const folded = foldKeepingOffsets(sentence.text).replace(/’/g, "'");
  const found: OrganisationMention[] = [];
  // Addresses are page furniture: nothing inside a URL is a name ("…/montpellier-inaugure-…", "%C3").
  const urls = [...matchesOf(URL, sentence.text)].map((m) => ({
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }));
  const add = (written: OrganisationMention) => {
    const mention = shapedName(written, sentence);
    if (!mention) return;
    // "6 M€ de la Région et 2 M€ de X": a name ends before "et" and a number (the next share of a list of sums).
    const numbered = /\s+(?:et|and)\s+\d/u.exec(mention.name);
    if (numbered) {
      const name = mention.name.slice(0, numbered.index);
      add({ ...mention, end: mention.start + name.length, text: name, name });
      return;
    }
    // "B reçoit 1 M€, C 2 M€": a name ends before the number of an amount in millions or thousands ("C 2 M" + "€").
    const amountTail = /\s+\d+(?:[,.]\d+)?\s*(?:M|Md|Mds|k|K)$/u.exec(mention.name);
    if (amountTail && /^\s*€/u.test(sentence.text.slice(mention.end - sentence.start))) {
      const name = mention.name.slice(0, amountTail.index);
      add({ ...mention, end: mention.start + name.length, text: name, name });
      return;
    }
    // "la Région Occitanie et Toulouse Métropole", "les fonds A et B": two names joined by "et" are two organisations.
    const joined = /\s(?:et|and)\s+(?=\p{Lu})/u.exec(mention.name);
    // "Rodez (Centre et Bourran)": a bare head joined to a place names districts, not an organisation.
    if (joined && HEAD_KIND.has(mention.name.slice(0, joined.index)) && isPlaceName(mention.name.slice(joined.index + joined[0].length)))
      return;
    if (joined && !HEAD_KIND.has(mention.name.slice(0, joined.index))) {
      const right = joined.index + joined[0].length;
      add({
        ...mention,
        end: mention.start + joined.index,
        text: mention.name.slice(0, joined.index),
        name: mention.name.slice(0, joined.index),
      });
      const rest = mention.name.slice(right);
      add({ ...mention, start: mention.start + right, text: rest, name: rest });
      return;
    }
    // "le Centre Hospitalier Universitaire (CHU) de Toulouse": the place after the acronym in brackets ends the name.
    const placeAfter = mention.name === mention.text ? ACRONYM_THEN_PLACE.exec(sentence.text.slice(mention.end - sentence.start)) : null;
    if (placeAfter && isPlaceName(placeAfter.groups!.place!) && mention.name.split(/\s+/).length >= 2) {
      const of = placeAfter.groups!.of!;
      mention.name = `${mention.name} ${of}${/['’]$/u.test(of) ? '' : ' '}${placeAfter.groups!.place}`;
    }
    if (found.some((f) => mention.start < f.end && mention.end > f.start)) return;
    if (urls.some((u) => mention.start < u.end && mention.end > u.start)) return;
    // A bare head ("la Région", "le CHU") is completed by the caller; any other stop word alone names no one.
    // A trade word may be a company's name where a deal names it ("le rachat de Medtech").
    if (!HEAD_KIND.has(mention.name) && isStopName(mention.name) && !(isTradeWord(mention.name) && DEAL_CUE.test(mention.cue))) return;
    if (namesNoOrganisation(mention, sentence)) return;
    found.push(mention);
  };
  const addNamed = (at: number, written: string, kind: ActorKind | undefined, cue: string, confidence: number) => {
    const name = trimName(written);
    if (COMMON_ACRONYMS.has(name) || NOT_NAMES.has(name)) return;
    const start = sentence.start + at;
    add({ start, end: start + name.length, text: name, name, kind, cue, confidence });
  };
  // "the Occitanie Region", "the University Hospital of Nîmes", "Nîmes University Hospital": English descriptive names of
  // public bodies, named as the French graph names them.
  for (const match of matchesOf(ENGLISH_PUBLIC_BODY, sentence.text)) {
    const { region, hospitalOf, hospitalPlace } = match.groups!;
    const place = region ?? hospitalOf ?? hospitalPlace!;
    if (!isPlaceName(place)) continue;
    const name = region ? `Région ${place}` : `CHU ${/^[AEIOUÂÉÈÎÔ]/u.test(place) ? 'd’' : 'de '}${place}`;
    const written = match.groups!.written!;
    const start = sentence.start + match.index + match[0].length - written.length;
    const kind = region ? 'PUBLIC_AUTHORITY' : 'UNIVERSITY_HOSPITAL';
    add({ start, end: start + written.length, text: written, name, kind, cue: 'authority', confidence: 0.75 });
  }
  for (const match of matchesOf(CAPITALISED_RUN, sentence.text)) {
    const pieces = splitRunTogether(match[0]);
    if (pieces.length < 3) continue;
    const cue = [...matchesOf(CUE, folded.slice(0, match.index))].find((c) => c.index + c[0].length === match.index);
    for (const piece of pieces) {
      if (COMMON_ACRONYMS.has(piece.name)) continue;
      const start = sentence.start + match.index + piece.at;
      const kind = cue ? KIND_OF.get(cue.groups!.noun!) : undefined;
      add({ start, end: start + piece.name.length, text: piece.name, name: piece.name, kind, cue: 'run-together list', confidence: 0.6 });
    }
  }
  for (const site of namesOfSitesAndPluralHeads(sentence.text)) {
    const start = sentence.start + site.at;
    add({ start, end: start + site.text.length, text: site.text, name: site.name, kind: site.kind, cue: site.cue, confidence: 0.85 });
  }
  for (const match of matchesOf(SECTOR, sentence.text)) addNamed(match.index, match.groups!.name!, 'INDUSTRY_SECTOR', 'filière', 0.8);
  for (const match of matchesOf(SECTOR_OF_PLACE, sentence.text)) {
    // "la filière cosmétique d'Occitanie": a lower-case filière is named by its field and its place.
    if (!isPlaceName(match.groups!.place!)) continue;
    const written = match.groups!.name!;
    const start = sentence.start + match.index;
    add({
      start,
      end: start + written.length,
      text: written,
      name: `F${written.slice(1)}`,
      kind: 'INDUSTRY_SECTOR',
      cue: 'filière',
      confidence: 0.75,
    });
  }
  // "Castres-Mazamet Technopole": a place's name then "Technopole" names the technopole (an incubator) of that place.
  for (const match of matchesOf(PLACE_TECHNOPOLE, sentence.text))
    if (isPlaceName(match.groups!.place!) || match.groups!.place!.split('-').every((part) => isPlaceName(part)))
      addNamed(match.index, match.groups!.name!, 'INCUBATOR', 'Technopole', 0.8);
  for (const match of matchesOf(PLACE_METROPOLE, sentence.text)) {
    // "La Métropole de Lunel" opening a sentence: the article is no place; the "de" cue reads the name.
    if (/^(?:La|Le|Les|L['’]|The)\s+Métropole$/u.test(match.groups!.name!)) continue;
    // A sentence opener taken with it ("Avec Exempleville Métropole") is not part of the name.
    const opener = /^(\p{Lu}\p{Ll}*)\s+(?=\p{Lu}[\p{L}'’-]+\s)/u.exec(match.groups!.name!);
    const cut = opener && (NOT_NAMES.has(opener[1]!) || isStopName(opener[1]!)) ? opener[0].length : 0;
    addNamed(match.index + cut, match.groups!.name!.slice(cut), 'PUBLIC_AUTHORITY', 'Métropole', 0.85);
  }
  for (const listed of namesListedAfter(sentence.text, folded)) addNamed(listed.at, listed.name, listed.kind, listed.cue, 0.75);
  for (const match of matchesOf(HEAD_WITH_LOWER_COMPLEMENT, sentence.text)) {
    const head = match.groups!.head!;
    // A "Laboratoire de recherche en …", an "Unité de …": a research unit, not a drug maker.
    // "Centre hospitalier universitaire de …": a longer head the name opens with says its kind better than "Centre".
    const longerHead = /^Centre hospitalier(?: (?:régional )?universitaire)?/u.exec(match[0])?.[0].replace('régional ', '');
    const kind = /^(?:Laboratoire|Unité)$/u.test(head)
      ? 'RESEARCH_UNIT'
      : ((longerHead ? HEAD_KIND.get(longerHead) : undefined) ??
        HEAD_KIND.get(head) ??
        KIND_OF.get(foldKeepingOffsets(head).toLowerCase()));
    addNamed(match.index, match[0], kind, head, 0.8);
  }
  for (const match of matchesOf(HEAD, sentence.text)) {
    const head = match.groups!.head!;
    const written = trimName(match[0]);
    // "le Pôle Exemple d'Innovation (PEI) de Montpellier": the place after the acronym in brackets ends the name.
    const placeAfter = written === head ? null : ACRONYM_THEN_PLACE.exec(sentence.text.slice(match.index + written.length));
    const name =
      placeAfter && isPlaceName(placeAfter.groups!.place!)
        ? `${written} ${placeAfter.groups!.of}${/['’]$/u.test(placeAfter.groups!.of!) ? '' : ' '}${placeAfter.groups!.place}`
        : written;
    // A bare head ("le CHU", "la Région") is kept: the caller completes it from its neighbours.
    const start = sentence.start + match.index;
    // "l'Agence d'attractivité de Exempleville Métropole": the authority read first is the complement of this name.
    if (name !== head)
      for (let i = found.length - 1; i >= 0; i--)
        if (found[i]!.cue === 'Métropole' && found[i]!.start > start && found[i]!.end <= start + written.length) found.splice(i, 1);
    add({
      start,
      end: start + written.length,
      text: written,
      name,
      kind: HEAD_KIND.get(head),
      cue: head,
      confidence: name === head ? 0.6 : 0.9,
    });
  }
  for (const match of matchesOf(SHARED_HEAD_COMPLEMENT, sentence.text)) {
    // "la CCI et la CMA du Tarn": the first chamber is the Tarn's too (its head alone names no one).
    const { first, complement } = match.groups!;
    const start = sentence.start + match.index;
    const bare = found.findIndex((f) => f.start === start && f.name === first);
    if (bare >= 0) found.splice(bare, 1);
    add({
      start,
      end: start + first!.length,
      text: first!,
      name: `${first} ${complement!.replace(/\s+/gu, ' ')}`,
      kind: HEAD_KIND.get(first!),
      cue: first!,
      confidence: 0.85,
    });
  }
  for (const match of matchesOf(FUNDER_NAMES, sentence.text)) {
    const start = sentence.start + match.index;
    const name = match.groups!.name!;
    add({ start, end: start + name.length, text: name, name, kind: FUNDER_KIND.get(name), cue: 'public funder', confidence: 0.85 });
  }
  for (const [pattern, name] of AUTHORITY_NOUNS)
    for (const match of matchesOf(pattern, sentence.text)) {
      const written = match[0].replace(/^la\s+/u, '');
      const start = sentence.start + match.index + match[0].length - written.length;
      add({ start, end: start + written.length, text: written, name, kind: 'PUBLIC_AUTHORITY', cue: 'authority', confidence: 0.75 });
    }
  for (const match of matchesOf(AUTHORITIES, sentence.text)) {
    const start = sentence.start + match.index;
    add({
      start,
      end: start + match[0].length,
      text: match[0],
      name: match[0],
      kind: 'PUBLIC_AUTHORITY',
      cue: 'authority',
      confidence: 0.8,
    });
  }
  // Before the cue nouns: a shape says more than a cue noun's complement ("du conseil départemental des X" is the council, not X).
  for (const shaped of namesByShape(sentence.text)) {
    if (COMMON_ACRONYMS.has(shaped.name) || isPlaceName(shaped.name)) continue;
    // "le CNRS Occitanie": an acronym and places only is a branch of the acronym's body, read as the acronym.
    if (
      shaped.cue === ACRONYM_WITH_WORDS_CUE &&
      shaped.name
        .split(/\s+/u)
        .slice(1)
        .every((word) => isPlaceName(word))
    )
      continue;
    const start = sentence.start + shaped.at;
    add({
      start,
      end: start + shaped.name.length,
      text: shaped.name,
      name: shaped.name,
      kind: shaped.kind,
      cue: shaped.cue,
      confidence: shaped.confidence,
    });
  }
  for (const match of matchesOf(CUE, folded)) {
    const after = match.index + match[0].length;
    NAME_HERE.lastIndex = after;
    let named = NAME_HERE.exec(sentence.text);
    // "les actions Exemplia": a noun whose name follows it right away, never after a complement ("les actions de la clinique X").
    if (!named && !DIRECT_CUES.has(match.groups!.noun!)) {
      NAME_AFTER_COMPLEMENT.lastIndex = after;
      named = NAME_AFTER_COMPLEMENT.exec(sentence.text);
      if (named && COMPLEMENT_STOP.test(foldKeepingOffsets(named.groups!.complement!).toLowerCase())) named = null;
      // "le fabricant de la table Exemplix": what a maker makes follows its "de"; the name after it is a product's.
      if (named && MAKER_CUES.test(match.groups!.noun!) && /^\s*(?:de|du|des|d['’])(?:\s|$)/u.test(named.groups!.complement!)) named = null;
      // "the Exemplia Institute of Applied Optics": a capitalised word and a capitalised noun are a name that goes on past
      // "of", not a cue for what follows it (the name is read whole by namesByRules).
      const written = sentence.text.slice(match.index, after);
      if (named && /^\s*of\s*$/u.test(named.groups!.complement!) && /\s\p{Lu}[\p{L}'’-]*\s+\p{Lu}\p{Ll}+\s+$/u.test(written)) named = null;
    }
    if (!named?.groups?.name) continue;
    const nounAt = match.index + match[0].trimEnd().length - match.groups!.noun!.length;
    const carried = headCarried(match.groups!.noun!, named, nounAt);
    if (carried) {
      const start = sentence.start + carried.start;
      add({
        ...carried,
        start,
        end: start + carried.text.length,
        kind: KIND_OF.get(match.groups!.noun!),
        cue: match.groups!.noun!,
        confidence: 0.85,
      });
      continue;
    }
    // "l'Institut des biomolécules Exemple", "l'École nationale de chimie de Nîmes": a cue noun written with a capital opens the name.
    const nameAt =
      /\p{Lu}/u.test(sentence.text[nounAt] ?? '') && NAME_OPENERS.test(match.groups!.noun!)
        ? nounAt
        : named.index + named[0].length - named.groups.name.length;
    const nameEnd = named.index + named[0].length;
    const head = nameAt === nounAt ? undefined : HEAD_CUES.get(match.groups!.noun!);
    if (head && nameAt === named.index + named[0].length - named.groups.name.length) {
      // The name starts with its head as names of clinics and foundations do; offsets stay on the written name.
      const written = trimName(sentence.text.slice(nameAt, nameEnd));
      const start = sentence.start + nameAt;
      add({
        start,
        end: start + written.length,
        text: written,
        name: `${head} ${written}`,
        kind: KIND_OF.get(match.groups!.noun!),
        cue: match.groups!.noun!,
        confidence: 0.9,
      });
      continue;
    }
    // "l'agence de marketing digital X", "l'agence web X": a firm that sells a trade, not a public agency (which gives money).
    const tradeAgency = /^agenc[ey]$/.test(match.groups!.noun!) && COMMERCIAL_AGENCY.test(folded.slice(after, nameAt).toLowerCase());
    addNamed(
      nameAt,
      sentence.text.slice(nameAt, nameEnd),
      tradeAgency ? 'COMPANY' : KIND_OF.get(match.groups!.noun!),
      sentence.text.slice(match.index, nameAt).trim() || match.groups!.noun!,
      0.9,
    );
  }
  for (const match of matchesOf(CALLED, folded.toLowerCase())) {
    const name = NAME_AT_START.exec(sentence.text.slice(match.index + match[0].length))?.groups?.name;
    if (name) addNamed(match.index + match[0].length, name, KIND_OF.get(match.groups!.noun!), match[0].trim(), 0.85);
  }
  for (const match of matchesOf(APPOSITIVE, sentence.text)) {
    // "Sensorion, fondée en 2009 à Montpellier, …", "Cerenis, société toulousaine de biotechnologies, …": the words after the comma say what the name is.
    const name = trimName(match.groups!.name!);
    if (NOT_NAMES.has(name) || COMMON_ACRONYMS.has(name)) continue;
    // "En 2023, les start-up …": a dated opener before a plural is no name the words after it describe.
    if (/^(?:(?:En|In|Fin|Début|Mi|Depuis|Dès|Since|From|Until|By)\s+)?(?:19|20)\d\d$/u.test(name)) continue;
    if (/^,\s+(?:les|des|ces|nos|leurs)\s/iu.test(match[0].slice(match[0].indexOf(match.groups!.name!) + match.groups!.name!.length)))
      continue;
    const noun = foldKeepingOffsets(match.groups!.noun!).toLowerCase();
    const start = sentence.start + match.index + match[0].indexOf(name);
    add({
      start,
      end: start + name.length,
      text: name,
      name,
      kind: KIND_OF.get(noun) ?? 'COMPANY',
      cue: `, ${match.groups!.noun!}`,
      confidence: 0.75,
    });
  }
  for (const match of matchesOf(PLACE_NOUN, sentence.text)) {
    const adjective = match.groups!.adjective!;
    const isDemonym = PLACE_ADJECTIVE.test(foldKeepingOffsets(adjective).toLowerCase()) || DEMONYM.test(adjective);
    if (!isDemonym) continue;
    const nameAt = match.index + match[0].length - match.groups!.name!.length;
    addNamed(nameAt, match.groups!.name!, undefined, sentence.text.slice(match.index, nameAt).trim(), 0.7);
  }
  for (const match of matchesOf(BARE_LIST, sentence.text)) {
    // "A, B, C et D": three or more single capitalised words in a row name organisations (places are dropped by the caller).
    if (match.index === 0 || /[.!?…]\s*$/u.test(sentence.text.slice(0, match.index))) continue;
    const words = [...matchesOf(/\p{Lu}[\p{L}\d'’-]*/gu, match[0])];
    if (mostlyPlaces(words.map((w) => w[0])) || SECTORS_BEFORE.test(sentence.text.slice(0, match.index))) continue;
    for (const word of words) addNamed(match.index + word.index, word[0], undefined, 'list', 0.6);
  }
  for (const read of namesByRules(sentence.text)) {
    if (COMMON_ACRONYMS.has(read.name)) continue;
    const rule = withHeadWord(read, sentence.text);
    const start = sentence.start + rule.at;
    // "the Wellcome Exemple Institute": a head read bare at the end of a longer name gives way to it.
    const bare = found.findIndex((f) => f.name === f.cue && HEAD_KIND.has(f.name) && f.start >= start && f.end <= start + rule.name.length);
    if (bare >= 0) found.splice(bare, 1);
    add({
      start,
      end: start + rule.name.length,
      text: rule.name,
      name: rule.name,
      kind: rule.kind,
      cue: rule.cue,
      confidence: rule.confidence,
    });
  }
  // After the rules, so that a listed name keeps the kind its own shape gives ("A Capital, B et C": A is a fund).
  // Names read by their position only; a commune there stays a place ("3 CHU Montpellier, Nîmes et Toulouse").
  for (const listed of namesInLists(sentence.text))
    if (!isPlaceName(listed.name)) addNamed(listed.at, listed.name, undefined, listed.cue, 0.6);
  for (const match of matchesOf(AFTER_PREPOSITION, sentence.text)) {
    const name = match.groups!.name!;
    if (COMMON_CAPITALISED.has(name) || NOT_NAMES.has(name) || isPlaceName(name)) continue;
    const start = sentence.start + match.index + match[0].length - name.length;
    add({ start, end: start + name.length, text: name, name, cue: 'after a preposition', confidence: 0.55 });
  }
  for (const org of [...found]) {
    // "Exemplia et Tarvo": what is coordinated with an organisation is one too.
    const next = COORDINATED.exec(sentence.text.slice(org.end - sentence.start));
    if (!next || org.kind === 'PERSON') continue;
    const name = next.groups!.name!;
    if (COMMON_CAPITALISED.has(name) || NOT_NAMES.has(name) || COMMON_ACRONYMS.has(name) || isPlaceName(name)) continue;
    const start = org.end + next[0].length - name.length;
    add({ start, end: start + name.length, text: name, name, cue: 'coordinated', confidence: 0.6 });
  }
  for (const match of matchesOf(AFTER_ARTICLE, sentence.text)) {
    const name = match.groups!.name!;
    if (match.index === 0 || COMMON_CAPITALISED.has(name)) continue;
    // A head whose name goes on in lower case is cut ("l'Établissement français du sang"), and the State of a title is no actor here.
    const rest = sentence.text.slice(match.index + match[0].length);
    if (NAME_GOES_ON.test(rest) || PERSON_TITLE_BEFORE.test(sentence.text.slice(0, match.index))) continue;
    const start = sentence.start + match.index + match[0].length - name.length;
    add({ start, end: start + name.length, text: name, name, cue: 'article', confidence: 0.55 });
  }
  for (const match of matchesOf(ACRONYM, sentence.text)) {
    const name = match.groups!.name!;
    if (NOT_NAMES.has(name) || COMMON_ACRONYMS.has(name) || /^[IVX]+$/.test(name)) continue;
    // A heading in capitals ("FAIT DU JOUR", "PRIX DE L'OFFRE") is furniture, not a row of acronyms.
    const before = sentence.text.slice(0, match.index);
    const after = sentence.text.slice(match.index + name.length);
    if (HEADING_BEFORE.test(before) || HEADING_AFTER.test(after)) continue;
    if (spelledOutBefore(before, name)) continue;
    const start = sentence.start + match.index;
    // "le SIRIC Montpellier": a commune written right after an acronym is part of its name (a region makes a branch of
    // the acronym's body: "le CNRS Occitanie" is the CNRS).
    const place = /^\s(\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)*)(?![\p{L}\d'’-]|\s+\p{Lu})/u.exec(after);
    // Not when the acronym closes a longer name ("le Village by CA Montpellier").
    const previousWord = /(\S+)\s+$/u.exec(before)?.[1] ?? '';
    const inLongerName =
      /^(?:by|of|for|and|et|de|du|&)$/u.test(previousWord) ||
      (/^\p{Lu}/u.test(previousWord) && !/^(?:Le|La|Les|The|Un|Une|A|An|Au|Aux|Du|Des|De)$/u.test(previousWord));
    if (place && isCommune(place[1]!) && !inLongerName) {
      const full = `${name} ${place[1]}`;
      add({ start, end: start + full.length, text: full, name: full, cue: 'acronym', confidence: 0.6 });
      continue;
    }
    add({ start, end: start + name.length, text: name, name, cue: 'acronym', confidence: 0.6 });
  }
  // "le Business Innovation Center (BIC) de Montpellier": capitalised words whose initials the acronym in brackets after
  // them spells are a name, with no cue before them (the place after the brackets ends it, see add).
  for (const match of matchesOf(SPELLED_BEFORE_ACRONYM, sentence.text)) {
    const name = match.groups!.name!;
    const initials = name
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (
      initials !== match.groups!.acronym!.replace(/[^\p{Lu}]/gu, '') ||
      (isStopName(name.split(/\s+/)[0]!) && !isNationalityOrSea(name.split(/\s+/)[0]!))
    )
      continue;
    addNamed(match.index, name, HEAD_KIND.get(match.groups!.acronym!), 'spelled-out acronym', 0.8);
  }
  // "l'Institut national de la santé et de la recherche médicale (Inserm)": a word in brackets right after a long name,
  // whose letters run through the name's in order from its first, is that name's acronym written in small letters.
  for (const named of [...found]) {
    const bracket = /^\s*\(\s*(?<acronym>\p{Lu}\p{Ll}*[\p{L}\d]*)\s*\)/u.exec(sentence.text.slice(named.end - sentence.start));
    const acronym = bracket?.groups?.acronym;
    if (!bracket || !acronym || /^\p{Lu}[\p{Lu}\d]+$/u.test(acronym) || !abbreviates(named.name, acronym)) continue;
    const start = named.end + bracket[0].indexOf(acronym);
    add({ start, end: start + acronym.length, text: acronym, name: acronym, cue: 'acronym', confidence: 0.6 });
  }
  for (const listed of namesListedWithAnOrganisation(sentence.text, sentence.start, found)) {
    const start = sentence.start + listed.at;
    add({
      start,
      end: start + listed.name.length,
      text: listed.name,
      name: listed.name,
      cue: 'listed with an organisation',
      confidence: 0.6,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Two to six capitalised words (small joining words allowed) right before an acronym in capitals in brackets. */
const SPELLED_BEFORE_ACRONYM =
  /(?<![\p{L}\d'’-])(?<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|du|des|de la|d['’]|et|&|of|for|and|the)\s+)?\p{Lu}[\p{L}'’-]+){1,5})(?=\s*\(\s*(?<acronym>\p{Lu}[\p{Lu}\d&-]{1,9})\s*\))/gu;

/** True when the letters of a short word run through a name of three words or more in order, from its first letter ("Inserm"). */
function abbreviates(name: string, acronym: string): boolean {
  const words = name.split(/\s+/);
  const letters = foldKeepingOffsets(acronym).toLowerCase();
  const spelled = foldKeepingOffsets(name)
    .toLowerCase()
    .replace(/[^a-z\d]/g, '');
  if (words.length < 3 || letters.length < 3 || letters.length > 8 || letters[0] !== spelled[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = spelled.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** What opens an item of a list of organisations: a preposition and an article ("du CNRS", "et de l'Exemple", "d'Exemplia"). */
const LIST_ITEM_OPENER = String.raw`(?:(?:Le|La|Les|L['’]|de la|de l['’]|du|des|de|d['’]|l['’]|le|la|les|au|aux|à l['’]|à la|à|of the|the)\s*)?`;
/** A list's separator: a comma, "et" or "and" (after a comma too), "ainsi que". */
const LIST_SEPARATOR = String.raw`(?:\s*,\s*(?:(?:et|and)\s+)?|\s+(?:et|and|ainsi que|as well as)\s+)`;
/** An item of one to three capitalised words, closed by a separator or the end of the clause. */
const LIST_ITEM_NAME = String.raw`\p{Lu}[\p{L}\d'’&-]*(?:\s+\p{Lu}[\p{L}\d'’&-]*){0,2}`;
/** An acronym in brackets after an item ("l'Agence … (AX)"). */
const ITEM_ACRONYM = String.raw`(?:\s*\([\p{Lu}\d&'’ -]{2,12}\))?`;
const ITEM_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])${LIST_ITEM_OPENER}(?<name>${LIST_ITEM_NAME})(?<tail>${ITEM_ACRONYM}${LIST_SEPARATOR}${LIST_ITEM_OPENER})$`,
  'u',
);
const ITEM_AFTER = new RegExp(
  String.raw`^(?<separator>${ITEM_ACRONYM}${LIST_SEPARATOR})${LIST_ITEM_OPENER}(?<name>${LIST_ITEM_NAME})(?=${ITEM_ACRONYM}(?:\s*[,;.:)!?]|\s+(?:et|and|ainsi que|as well as)\s|\s*$))`,
  'u',
);
/** What a list's first item may follow: the start, a colon or a bracket, a preposition or an article after a lower-case word. */
const LIST_OPENS =
  /(?:^|[:(]\s*|(?:^|[,;:(]\s*|(?<![\p{L}'’-])\p{Ll}[\p{L}-]*\s+)(?:de la|de l['’]|du|des|de|d['’]|l['’]|le|la|les|au|aux|à|avec|par|entre|chez|sous|with|by|from|of the|of|the|including|comme|dont|notamment)\s*)$/u;
/** The separator that closes a list. */
const CLOSING = /(?:^|\s)(?:et|and|ainsi que|as well as)\s/u;
/** A first name and a surname: two capitalised words in lower case after their capital. */
const PERSON_SHAPED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+$/u;

/**
 * "sous la tutelle d'Exemplia, du CNRS et de l'INSA", "les deux composantes : Exemple Occitanie et l'Agence …": a list
 * closed by "et" in which one item is an organisation already read names organisations in its other items too (one to
 * three capitalised words each). Not a place, a stop word, a word opening the sentence before a comma ("Ainsi, …");
 * nothing in a list that holds a first name and a surname (people are listed so too).
 */
function namesListedWithAnOrganisation(text: string, offset: number, found: OrganisationMention[]): { at: number; name: string }[] {
  const listed: { at: number; name: string }[] = [];
  // A bare head ("la CCI", "le CHU") names no one yet: it vouches for no list.
  const organisations = found.filter((f) => f.kind !== 'PERSON' && f.confidence >= 0.6 && !HEAD_KIND.has(f.name));
  const readAt = (start: number, end: number) => organisations.find((f) => f.start - offset < end && f.end - offset > start);
  for (const organisation of organisations) {
    const items: { at: number; name: string; read: boolean }[] = [];
    let closed = false;
    // Backward, then forward, through items and separators; an item another rule read may be long ("l'Agence … (AX)").
    let before = organisation.start - offset;
    for (let n = 0; n < 6; n++) {
      const match = ITEM_BEFORE.exec(text.slice(0, before));
      if (!match) break;
      const name = match.groups!.name!;
      const at = before - match.groups!.tail!.length - name.length;
      if (CLOSING.test(match.groups!.tail!)) closed = true;
      const other = readAt(at, at + name.length);
      items.push({ at, name, read: other !== undefined });
      before = other ? Math.min(at, other.start - offset) : at;
    }
    // The list's first item opens after a preposition, an article or a colon, not inside a longer name or after a noun
    // ("la table de radiologie Exemplix", "le Val d'Exemple").
    const first = items[items.length - 1];
    if (first && !first.read && !LIST_OPENS.test(text.slice(0, first.at))) items.pop();
    let after = organisation.end - offset;
    for (let n = 0; n < 6; n++) {
      const match = ITEM_AFTER.exec(text.slice(after));
      if (!match) break;
      const name = match.groups!.name!;
      if (CLOSING.test(match.groups!.separator!)) closed = true;
      const at = after + match[0].length - name.length;
      const other = readAt(at, at + name.length);
      items.push({ at, name, read: other !== undefined });
      after = other ? Math.max(at + name.length, other.end - offset) : at + name.length;
    }
    const personLike = (name: string) => PERSON_SHAPED.test(name) && !name.split(/\s+/u).some((w) => isPlaceName(w) || isStopName(w));
    // "Anne Exemple, Directrice Générale et Directrice Recherche du CHU": a person's titles, not a list of organisations.
    if (!closed || items.some((i) => personLike(i.name) || ROLE_TITLE.test(i.name))) continue;
    if (mostlyPlaces(items.filter((i) => !i.read).map((i) => i.name))) continue;
    for (const item of items) {
      if (item.read || isPlaceName(item.name) || isStopName(item.name) || NOT_NAMES.has(item.name)) continue;
      if (COMMON_CAPITALISED.has(item.name) || COMMON_ACRONYMS.has(item.name) || HEAD_KIND.has(item.name)) continue;
      if (item.at === 0 && /^\s*,/u.test(text.slice(item.name.length))) continue;
      if (!listed.some((l) => l.at === item.at)) listed.push({ at: item.at, name: item.name });
    }
  }
  return listed;
}

/** "Innov'Lab Santé": a brand with an apostrophe takes the capitalised word after it (a common noun too), unless that is a place. */
function withHeadWord(rule: RuleName, text: string): RuleName {
  if (rule.cue !== 'brand' || !/['’]/u.test(rule.name)) return rule;
  const next = /^\s+(\p{Lu}\p{Ll}+)(?![\p{L}\d'’-])/u.exec(text.slice(rule.at + rule.name.length));
  if (!next || isPlaceName(next[1]!) || NOT_NAMES.has(next[1]!)) return rule;
  return { ...rule, name: `${rule.name}${next[0]}` };
}

/** Small words an acronym leaves out ("société de transfert technologique" is STT). */
const ACRONYM_SMALL_WORDS = /^(?:de|du|des|d|la|le|les|l|en|et|à|au|aux|pour|of|the|and|for)$/u;

/**
 * True when an acronym in parentheses abbreviates the lower-case words before it ("une société de transfert
 * technologique (STT)"): a common noun shortened, not an organisation's name.
 */
function spelledOutBefore(before: string, acronym: string): boolean {
  // The words may be listed with commas ("aéronautique, spatial et défense (ASD)").
  const words = /((?:\p{Ll}[\p{L}'’-]*,?\s+){1,10})\(\s*$/u.exec(before)?.[1];
  if (!words) return false;
  const initials = words
    .split(/[\s,'’]+/u)
    .filter((w) => w && !ACRONYM_SMALL_WORDS.test(w))
    .map((w) => fold(w)[0])
    .join('');
  const letters = fold(acronym).replace(/[^a-z\d]/g, '');
  return letters.length >= 3 ? initials.includes(letters) : initials.endsWith(letters);
}

/**
 * The name a lower-case head noun opens ("l'université de Montpellier" -> "Université de Montpellier",
 * "l'université Paul-Sabatier" -> "Université Paul-Sabatier"): the head is part of the name when the name
 * or "de" + the name follows it, with only adjectives between.
 */
function headCarried(
  noun: string,
  named: RegExpExecArray,
  nounAt: number,
): Omit<OrganisationMention, 'kind' | 'cue' | 'confidence'> | undefined {
  const head = NAMED_HEAD_CUES.get(noun);
  const text = named.input;
  if (!head || /\p{Lu}/u.test(text[nounAt] ?? '')) return undefined;
  const name = named.groups!.name!;
  const between = text.slice(nounAt + noun.length, named.index + named[0].length - name.length);
  if (between.trim() !== '' && !HEAD_COMPLEMENT.test(between.trim())) return undefined;
  const written = trimName(text.slice(nounAt, named.index + named[0].length));
  return { start: nounAt, end: nounAt + written.length, text: written, name: `${head}${written.slice(noun.length)}` };
}

/** "AI-based", "data-driven": an English compound adjective, its second part in small letters. */
const COMPOUND_ADJECTIVE =
  /^\p{L}+-(?:based|driven|powered|enabled|related|focused|oriented|friendly|led|backed|funded|like|ready|grade)$/u;
/** "PDG-fondateur", "CEO-founder": a title joined to another, a person's role. */
const JOINED_TITLES = /^(?:PDG|DG|CEO|COO|CTO|CFO|DRH|Président|Directeur|Directrice)-\p{Ll}/u;
/** French political parties' tags, written in brackets after an elected person ("Anne Exemple (LR)"). */
const PARTY_TAG = /^(?:LR|PS|RN|FN|LFI|EELV|PCF|UDI|UMP|LREM|LaREM|MoDem|MODEM|DVD|DVG|DVC|PRG|NPA|EM|RE)$/u;
/** The two-letter codes of US states and Canadian provinces, written after a city and a comma ("Redmond, WA"). */
const STATE_CODE =
  /^(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|QC|ON|BC)$/u;
/** A surname in small letters then a person's role, after a misshapen first name. */
const MISSHAPEN_PERSON_AFTER =
  /^\s+\p{Ll}[\p{Ll}'’-]+,\s+(?:pr[ée]sident|pr[ée]sidente|directeur|directrice|maire|s[ée]nat(?:eur|rice)|d[ée]put[ée]|ministre|pdg|fondat(?:eur|rice)|ceo|founder|director|mayor)/iu;
/** English small words a Title Case headline capitalises inside a phrase ("… Launch A Team At The Campus"). */
const MONTH_YEAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)\s+(?:19|20)\d\d$/u;
const FRONTED_PARTICIPLE = /^(?:Issue?s?|Née?s?|Spun out|Spun off)\s+(?:de|du|des|d['’]|of|from)(?:\s|(?<=['’]))/u;
/** A month and year, or a fronted participle with its complement: words a capitalised run may take that name no one. */
export function namesNoOneByShape(name: string): boolean {
  return MONTH_YEAR.test(name) || FRONTED_PARTICIPLE.test(name);
}
const TITLE_CASE_SMALL_WORD = /\s(?:A|An|At|The|To|In|On|Into|With|From|Its|Their)\s/u;

/**
 * A name read by a cue that names no organisation by its shape and its place: a compound adjective, two
 * titles joined, a party tag in brackets, a state code after a city, a headline in capitals or in Title Case.
 */
function namesNoOrganisation(mention: OrganisationMention, sentence: Span): boolean {
  const { name } = mention;
  if (COMPOUND_ADJECTIVE.test(name) || JOINED_TITLES.test(name)) return true;
  // "September 2021", "Issue du CNRS, la start-up …": a date, or a fronted participle with its complement, names no one.
  if (namesNoOneByShape(name)) return true;
  const before = sentence.text.slice(0, mention.start - sentence.start);
  const after = sentence.text.slice(mention.end - sentence.start);
  if (PARTY_TAG.test(name) && /\(\s*$/u.test(before) && /^\s*\)/u.test(after)) return true;
  if (STATE_CODE.test(name) && /\p{Lu}[\p{L}.'’-]*,\s*$/u.test(before)) return true;
  // "JeanPaul fournier, président du …": a first name run together, the surname in small letters, then a role: a person.
  if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(name) && MISSHAPEN_PERSON_AFTER.test(after)) return true;
  const words = name.split(/\s+/u);
  // A headline is a clause, not a name: five words or more all in capitals, or a Title Case phrase with its small words capitalised.
  if (words.length >= 5 && name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)) return true;
  return words.length >= 5 && TITLE_CASE_SMALL_WORD.test(name);
}

/** Head words an English name ends with, before any "of" ("the Exemplia Cancer Institute", "Research Center of Lunel"). */
const ENGLISH_HEADS: [RegExp, ActorKind][] = [
  [/^(?:Institute|Center|Centre)$/u, 'RESEARCH_ORGANISATION'],
  [/^(?:University|School)$/u, 'UNIVERSITY'],
  [/^(?:Hospital|Clinic)$/u, 'HOSPITAL'],
  [/^(?:Foundation|Fund)$/u, 'FUND'],
  [/^Agency$/u, 'AGENCY'],
  [/^(?:Laboratories|Group)$/u, 'COMPANY'],
];
/** Acronyms that open a name and say its kind ("IRT Exemple", "IHU Exemplia", "SATT Exemple"). */
const HEAD_ACRONYM_KIND: Record<string, ActorKind> = {
  IRT: 'RESEARCH_ORGANISATION',
  ITE: 'RESEARCH_ORGANISATION',
  IHU: 'HOSPITAL_UNIVERSITY_INSTITUTE',
  SATT: 'TECH_TRANSFER_OFFICE',
  UMR: 'RESEARCH_UNIT',
  CHU: 'UNIVERSITY_HOSPITAL',
  CHRU: 'UNIVERSITY_HOSPITAL',
};
/** The national research bodies the French press names bare ("l'Inserm", "le CNRS"): public research, not companies. */
const NATIONAL_RESEARCH_BODIES =
  /^(?:CNRS|Inserm|INSERM|Inrae|INRAE|INRA|Inria|INRIA|CEA|IRD|Cirad|CIRAD|BRGM|Ifremer|IFREMER|CNES|Onera|ONERA|Anses|ANSES|Institut Pasteur)$/u;

/**
 * The kind a name says by its own words when no cue gave one: a French head first ("Institut …"), an English head last
 * ("… Cancer Institute", "… Research Center of X"), an acronym of a kind first ("IRT …"), a national research body,
 * a head written alone as a name ("Oncopole").
 */
export function kindOfOwnName(name: string): ActorKind | undefined {
  if (NATIONAL_RESEARCH_BODIES.test(name)) return 'RESEARCH_ORGANISATION';
  const words = name.split(/\s+/u);
  const first = words[0]!;
  if (HEAD_ACRONYM_KIND[first] && words.length > 1) return HEAD_ACRONYM_KIND[first];
  if (words.length > 1 && HEAD_KIND.has(first) && first !== 'Centre') return HEAD_KIND.get(first);
  const head = name
    .split(/\s+of\s+/u)[0]!
    .split(/\s+/u)
    .pop()!;
  if (words.length > 1) for (const [pattern, kind] of ENGLISH_HEADS) if (pattern.test(head)) return kind;
  if (words.length === 1 && HEAD_KIND.has(name) && !['Centre', 'Groupe', 'Fonds'].includes(name)) return HEAD_KIND.get(name);
  return undefined;
}

/** A list whose items are communes for half or more ("à Albi, Castelnau et Lunel"): its other items are places too. */
function mostlyPlaces(items: string[]): boolean {
  return items.length >= 2 && items.filter((item) => isPlaceName(item)).length * 2 >= items.length;
}

/** A name that is a commune, département or region of the geographic code, alone. */
function isPlaceName(name: string): boolean {
  let known = PLACE_NAMES.get(name);
  if (known === undefined) {
    known = findPlaces({ start: 0, end: name.length + 2, text: `à ${name}` })[0]?.text === name;
    PLACE_NAMES.set(name, known);
  }
  return known;
}
const PLACE_NAMES = new Map<string, boolean>();

/** A name that is a commune of the geographic code ("Montpellier"), not a département or a region. */
function isCommune(name: string): boolean {
  const place = findPlaces({ start: 0, end: name.length + 2, text: `à ${name}` })[0];
  return place?.text === name && place.place.kind === 'CITY';
}

/** A name without the trailing words a greedy match takes ("Evotec SE." -> "Evotec SE"). */
function trimName(name: string): string {
  return name.replace(/[.,;:…]+$/, '').trim();
}

/**
 * Names a source ran together when it lost its list separators ("AntabioEvotecHoribaLes Laboratoires
 * Pierre Fabre"): a capitalised run holding three or more lower-to-upper joins, one word of it long,
 * is cut at each join (and where an acronym meets a word: "SANOFIThermo"); a piece of three letters
 * or fewer stays with the one before ("SilverOcc"). One brand with a capital inside ("HealthAge") is kept.
 */
export function splitRunTogether(name: string): { at: number; name: string }[] {
  const joins = [...name.matchAll(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu)].map((m) => m.index!);
  const longestWord = Math.max(...name.split(/\s+/).map((w) => w.length));
  if (joins.length < 3 || longestWord < 14) return [{ at: 0, name }];
  const pieces: { at: number; name: string }[] = [];
  let from = 0;
  for (const at of [...joins, name.length]) {
    const piece = name.slice(from, at);
    if (piece.trim().length <= 3 && pieces.length > 0) pieces[pieces.length - 1]!.name += piece;
    else pieces.push({ at: from, name: piece });
    from = at;
  }
  return pieces.map((p) => ({ at: p.at, name: trimName(p.name) })).filter((p) => p.name);
}

/**
 * A mention's name put in shape, or undefined when it names no organisation: no letters ("2013", "42"),
 * a leading date dropped ("2018-05 Exemplia"), a demonym after an article dropped ("l'Allemand Exemplia").
 */
function shapedName(mention: OrganisationMention, sentence: Span): OrganisationMention | undefined {
  if (!/\p{L}{2}/u.test(mention.name)) return undefined;
  // A name opens with no small word: "et 6" is what a greedy match left of a date, not a name.
  if (/^(?:et|ou|de|du|des|la|le|les|en|à|au|aux|and|or|of|the)\s/u.test(mention.name) || DATE_NAME.test(mention.name)) return undefined;
  mention = withoutEdgeWords(mention);
  if (!mention.name) return undefined;
  let cut = /^[\d/.-]+\s+(?=\p{L})/u.exec(mention.name)?.[0].length ?? 0;
  const first = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu}|\d)/u.exec(mention.name.slice(cut));
  const before = sentence.text.slice(0, mention.start - sentence.start);
  // "l'Allemand X", and "le groupe Allemand X": a demonym after an article or a cue noun is not part of the name.
  const afterArticle = /(?:^|[\s(])(?:[Ll]['’]|[Ll]es?\s+|[Ll]a\s+)$/u.test(before);
  if (cut === 0 && first && DEMONYM.test(first[1]!) && (afterArticle || CUE_NOUN_BEFORE.test(foldKeepingOffsets(before).toLowerCase())))
    cut = first[0].length;
  // "le fonds Exemple Dette de 60 millions": the amount after the name is not part of it.
  const amount = /\s+(?:de|d['’])\s+[\d.,]+$/u.exec(mention.name);
  if (amount && mention.text === mention.name)
    mention = {
      ...mention,
      end: mention.end - amount[0].length,
      text: mention.name.slice(0, amount.index),
      name: mention.name.slice(0, amount.index),
    };
  if (cut === 0 || mention.text !== mention.name) return cut === 0 ? mention : undefined;
  const name = mention.name.slice(cut);
  return { ...mention, start: mention.start + cut, text: name, name };
}

/** "November 6", "6 novembre 2024": a date read as capitalised words. */
const DATE_NAME =
  /^(?:(?:\d{1,2}(?:er)?\s+)?(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,4})?)$/iu;
/** A preposition a name took where it opens a sentence ("Chez Exemplia, …", "Pour Exemplia, …"). */
const LEADING_PREPOSITION =
  /^(?:Chez|Pour|Avec|Selon|Face à|Grâce à|Côté|Outre|Sans|Depuis|Après|Avant|Within|At|For|With|From)\s+(?=\p{Lu}|\d)/u;
/** What ends a name but is not part of it: a possessive ("Exemplia's"), a period of years ("Région 2015-2020"). */
const TRAILING_WORDS = /(?:['’]s|\s+(?:\d{4}\s*[-–]\s*\d{2,4}))$/u;

/** A mention without the preposition it opened with and the possessive or period it ended with; its offsets follow its text. */
function withoutEdgeWords(mention: OrganisationMention): OrganisationMention {
  if (mention.text !== mention.name) return mention;
  const lead = LEADING_PREPOSITION.exec(mention.name)?.[0].length ?? 0;
  const tail = TRAILING_WORDS.exec(mention.name)?.[0].length ?? 0;
  if (lead === 0 && tail === 0) return mention;
  const name = mention.name.slice(lead, mention.name.length - tail).trim();
  return { ...mention, start: mention.start + lead, end: mention.start + lead + name.length, text: name, name };
}

/** A name read with its head or its place, the text it stands on being only part of it ("Sanofi de Montpellier" read "Sanofi Montpellier"). */
interface CompletedName {
  at: number;
  text: string;
  name: string;
  kind: ActorKind;
  cue: string;
}
/** "le site Exemplia de Castres", "l'usine Exemplia à Nîmes": a group's site, named by the group and its commune. */
const GROUP_SITE =
  /(?<![\p{L}])(?:[Ss]ite|[Uu]sine|[Cc]entre de R&D|[Cc]entre de production)\s+(?:(?:de production|de recherche|industriel|pharmaceutique|historique)\s+)?(?<name>(?<group>\p{Lu}[\p{L}\d&-]+(?:\s+\p{Lu}[\p{L}\d&-]+)?)\s+(?:de|d['’]|à)\s*(?<place>\p{Lu}[\p{L}-]+))(?![\p{L}])/gu;
/** "les locaux d'Exemplia à Castres", "l'usine de production d'Exemplia à Nîmes": a group's premises at a commune are its site there. */
const PREMISES_OF_GROUP =
  /(?<![\p{L}])(?:[Ll]ocaux|[Ss]ite|[Uu]sine|[Ll]aboratoires?|[Cc]entre de R&D)\s+(?:(?:R&D|de production|de recherche|industriel|pharmaceutique|historique)\s+)?(?:de|d['’])\s*(?<name>(?<group>\p{Lu}[\p{L}\d&-]+(?:\s+\p{Lu}[\p{L}\d&-]+)?)\s+à\s+(?<place>\p{Lu}[\p{L}-]+))(?![\p{L}])/gu;
/** "Exemplia's Toulouse site", "Exemplia's Lyon R&D plant": an English possessive names a group's site at a commune. */
const OWN_SITE_EN =
  /(?<![\p{L}])(?<name>(?<group>\p{Lu}[\p{L}\d&-]+(?:\s+\p{Lu}[\p{L}\d&-]+)?)['’]s\s+(?<place>\p{Lu}[\p{L}-]+)\s+(?:(?:research|R&D|production|manufacturing|industrial|historic)\s+)?(?:site|plant|facility|factory))(?![\p{L}])/gu;
/** The group a site's words name: "site Exemplia de Castres" and "Exemplia's Castres site" give "Exemplia". */
export function groupOfSite(text: string): string {
  return text.replace(/['’]s\s[\s\S]*$/u, '').replace(/\s+(?:de|d['’]|à)\s*\S+$/u, '');
}
/** "le site de Castres d'Exemplia": the group whose site it is. */
const SITE_AT_PLACE =
  /(?<![\p{L}])[Ss]ite\s+(?:de|d['’])\s*(?<place>\p{Lu}[\p{L}-]+)\s+(?:de|d['’]|du groupe)\s*(?<group>\p{Lu}[\p{L}\d&-]+(?:\s+\p{Lu}[\p{L}\d&-]+)?)(?![\p{L}])/gu;
/** "le site toulousain d'Exemplia": a group's site named by a commune's adjective (folded text). */
const SITE_OF_GROUP = new RegExp(
  String.raw`(?<![\p{L}])(?:site|usine)\s+(?<adjective>${PLACE_ADJECTIVE_STEMS.join('|')})(?:e|es|s|ne|nes)?\s+(?:de|du|d')\s*(?=\p{L})`,
  'gu',
);
/** A plural head then its names: "les cliniques A et B", "des Cliniques des Cèdres et de la Croix": each is the head and its name. */
const PLURAL_HEAD =
  /(?<![\p{L}])(?:les|des|aux|ses|leurs|deux|trois|quatre|cinq)\s+(?<head>[Cc]liniques|[Uu]niversités|[Hh]ôpitaux)\s+(?=(?:de la|de l['’]|du|des|de|d['’])?\s*\p{Lu})/gu;
const PLURAL_HEAD_NAME: Record<string, [string, ActorKind]> = {
  cliniques: ['Clinique', 'HOSPITAL'],
  universites: ['Université', 'UNIVERSITY'],
  hopitaux: ['Hôpital', 'HOSPITAL'],
};
/** One name after a plural head, with the "de" it may take ("d'Occitanie", "de la Croix du Sud"). */
const HEADED_ITEM = new RegExp(
  String.raw`^(?:(?:de la|de l['’]|du|des|de|d['’])\s*)?${NAME_WORD}(?:\s+(?:(?:de|du|des|d['’]|la|le)\s*)?${NAME_WORD}){0,3}`,
  'u',
);
/** "Montpellier CHU": a commune before the head is the hospital of that commune. */
const PLACE_THEN_CHU = /(?<![\p{L}])(?<place>\p{Lu}[\p{L}-]+)\s+(?<head>CHU|CHRU)(?![\p{L}])/gu;

/**
 * Names whose written words are only part of them: a group's site ("le site Exemplia de Castres" is Exemplia
 * Castres, "le site castrais d'Exemplia" and "les locaux d'Exemplia à Castres" too), names after a plural head ("les cliniques A et B" are Clinique
 * A and Clinique B), a commune then "CHU" ("Castres CHU" is the CHU de Castres).
 */
function namesOfSitesAndPluralHeads(text: string): CompletedName[] {
  const found: CompletedName[] = [];
  for (const match of matchesOf(GROUP_SITE, text)) {
    const { group, place } = match.groups!;
    if (!isPlaceName(place!) || isPlaceName(group!) || isStopName(group!)) continue;
    found.push({
      at: match.index + match[0].length - match.groups!.name!.length,
      text: match.groups!.name!,
      name: `${group} ${place}`,
      kind: 'COMPANY',
      cue: 'site of a group',
    });
  }
  for (const match of matchesOf(OWN_SITE_EN, text)) {
    const { group, place, name } = match.groups!;
    if (!isPlaceName(place!) || isPlaceName(group!) || isStopName(group!)) continue;
    // Its own cue: the group is not found again through the document from here (the French forms' group is).
    found.push({ at: match.index, text: name!, name: `${group} ${place}`, kind: 'COMPANY', cue: 'possessive site of a group' });
  }
  for (const match of matchesOf(PREMISES_OF_GROUP, text)) {
    const { group, place, name } = match.groups!;
    if (!isPlaceName(place!) || isPlaceName(group!) || isStopName(group!)) continue;
    found.push({
      at: match.index + match[0].length - name!.length,
      text: name!,
      name: `${group} ${place}`,
      kind: 'COMPANY',
      cue: 'site of a group',
    });
  }
  for (const match of matchesOf(SITE_AT_PLACE, text)) {
    const { group, place } = match.groups!;
    if (!isPlaceName(place!) || isPlaceName(group!) || isStopName(group!)) continue;
    found.push({ at: match.index + match[0].length - group!.length, text: group!, name: group!, kind: 'COMPANY', cue: 'group of a site' });
  }
  const folded = foldKeepingOffsets(text).replace(/’/g, "'");
  for (const match of matchesOf(SITE_OF_GROUP, folded)) {
    const at = match.index + match[0].length;
    const group = /^\p{Lu}[\p{L}\d&-]+/u.exec(text.slice(at))?.[0];
    const city = placeOfAdjective(match.groups!.adjective!);
    if (!group || !city || isPlaceName(group) || isStopName(group)) continue;
    found.push({ at, text: group, name: `${group} ${city}`, kind: 'COMPANY', cue: 'site of a group' });
  }
  for (const match of matchesOf(PLURAL_HEAD, text)) {
    const [head, kind] = PLURAL_HEAD_NAME[foldKeepingOffsets(match.groups!.head!).toLowerCase()]!;
    let at = match.index + match[0].length;
    // "trois cliniques de Exemplia": a count of the head, then "de" and a name, names who owns them, not a clinic.
    const owner = /^(?:deux|trois|quatre|cinq)\s/u.test(match[0])
      ? /^(?:de|du|d['’])\s*(?<name>\p{Lu}[\p{L}\d'’-]+)(?![\p{L}\d'’-])(?!\s+\p{Lu})/u.exec(text.slice(at))
      : null;
    if (owner) {
      const name = owner.groups!.name!;
      if (!isPlaceName(name))
        found.push({ at: at + owner[0].length - name.length, text: name, name, kind: 'COMPANY', cue: `owner of ${match.groups!.head}` });
      continue;
    }
    for (let n = 0; n < 8; n++) {
      const item = HEADED_ITEM.exec(text.slice(at));
      if (!item) break;
      const written = trimName(item[0]);
      found.push({ at, text: written, name: `${head} ${written}`, kind, cue: `${match.groups!.head} listed` });
      at += item[0].length;
      const gap = /^(?:\s*,\s*(?:(?:et|and)\s+)?|\s+(?:et|and)\s+)(?=(?:de la|de l['’]|du|des|de|d['’])?\s*\p{Lu})/u.exec(text.slice(at));
      if (!gap) break;
      at += gap[0].length;
    }
  }
  for (const match of matchesOf(PLACE_THEN_CHU, text))
    if (isPlaceName(match.groups!.place!))
      found.push({
        at: match.index,
        text: match[0],
        name: `${match.groups!.head} de ${match.groups!.place}`,
        kind: 'UNIVERSITY_HOSPITAL',
        cue: 'commune then CHU',
      });
  return found;
}

/** Names listed after a plural cue noun: "des start-ups comme A, B et C" gives A, B and C. */
function namesListedAfter(text: string, folded: string): { at: number; name: string; kind?: ActorKind; cue: string }[] {
  const found: { at: number; name: string; kind?: ActorKind; cue: string }[] = [];
  const lower = folded.toLowerCase();
  const cues = [...matchesOf(LIST_CUE, lower), ...matchesOf(BARE_LIST_CUE, lower).map((cue) => Object.assign(cue, { bare: true }))];
  for (const cue of cues) {
    let at = cue.index + cue[0].length;
    if ('bare' in cue) at += LIST_ADJECTIVES.exec(text.slice(at))?.[0].length ?? 0;
    const kind = LIST_KIND[cue.groups!.noun!] ?? 'COMPANY';
    const items: { at: number; name: string; kind?: ActorKind; cue: string }[] = [];
    for (let n = 0; n < 12; n++) {
      const named = LISTED_NAME.exec(text.slice(at));
      if (!named) break;
      items.push({ at, name: trimName(named[0]), kind, cue: `${cue.groups!.noun} listed` });
      at += named[0].length;
      const gap = /^\s*(?:,\s*(?:et\s+|and\s+)?|\s(?:et|and|ou|or)\s+)(?:l['’]|le\s+|la\s+|les\s+)?(?=\p{Lu}|\p{Ll}\p{Lu})/u.exec(
        text.slice(at),
      );
      if (!gap) break;
      at += gap[0].length;
    }
    // Right after the noun, one capitalised name may be a single one's own ("les laboratoires Exemple"): two at least.
    if (!('bare' in cue) || items.length >= 2) found.push(...items);
  }
  return found;
}
/** An item of a list of names: an optional article, then one to four capitalised words with the small words names carry. */
const LIST_ITEM = new RegExp(
  String.raw`^(?:l['’]|le\s+|la\s+|les\s+|du\s+|de\s+la\s+|des\s+)?(?<name>${NAME_WORD}(?:\s+(?:(?:de|du|des|d['’]|la|le|of|&)\s*)?${NAME_WORD}){0,3})`,
  'u',
);
/** Between two items: a comma, "et"/"and", or both. */
const LIST_GAP = /^(?:\s*,\s*(?:(?:et|and)\s+)?|\s+(?:et|and)\s+)/u;
/** A sector noun before a list: "les secteurs", "des filières", "the markets". */
const SECTORS_BEFORE =
  /(?<![\p{L}])(?:secteurs?|fili[èe]res?|domaines?|march[ée]s?|th[ée]matiques?|verticales?|sectors?|fields?|markets?|industries)\s+(?:de\s+la\s+|du\s+|des\s+|d['’]\s*|de\s+|of\s+(?:the\s+)?)?$/iu;
/** Words that announce the members of a list, two names being enough after them: "réunit X et Y", "à savoir X et Y". */
const MEMBERS_CUE =
  /(?<![\p{L}])(?:r[ée]unit|r[ée]unissant|rassemble|rassemblant|regroupe|regroupant|f[ée]d[èe]re|associe|à savoir|lauréats? (?:sont|:)|brings together|gathers)\s+(?:les?\s+|la\s+|l['’])?$/u;

/**
 * Names in a list: "A, B et C", "A, B, C, D" (three names or more, or four without "et"), or two after
 * words that announce members ("réunit A et B"). The items may have several words ("Cap Nord, Cap Sud et
 * le Pôle X"); places and stop words are dropped by the caller.
 */
function namesInLists(text: string): { at: number; name: string; cue: string }[] {
  const found: { at: number; name: string; cue: string }[] = [];
  const starts = /(?<![\p{L}\d'’&.-])(?=(?:l['’]|le\s+|la\s+|les\s+)?\p{Lu})/gu;
  for (let start = starts.exec(text); start; start = starts.exec(text)) {
    const items: { at: number; name: string }[] = [];
    let at = start.index;
    let closed = false;
    for (let n = 0; n < 12; n++) {
      const item = LIST_ITEM.exec(text.slice(at));
      if (!item) break;
      items.push({ at: at + item[0].length - item.groups!.name!.length, name: trimName(item.groups!.name!) });
      at += item[0].length;
      if (closed) break;
      const gap = LIST_GAP.exec(text.slice(at));
      if (!gap || !LIST_ITEM.test(text.slice(at + gap[0].length))) break;
      closed = /(?:et|and)\s+$/u.test(gap[0]);
      at += gap[0].length;
    }
    const announced = MEMBERS_CUE.test(text.slice(0, start.index));
    // Sites in a list ("des agences à Albi, Castres et Lunel", "offices in Lyon, Nantes and Quebec") or sectors after
    // their noun ("les secteurs Santé, Greentech et Mobilités"): when most items are communes, or a sector noun opens
    // the list, the items the code does not know are places or fields too.
    if (items.length >= 2 && (mostlyPlaces(items.map((item) => item.name)) || SECTORS_BEFORE.test(text.slice(0, start.index)))) {
      starts.lastIndex = at;
      continue;
    }
    // A person's titles in a row ("Anne Exemple, Directrice Générale et Directrice Recherche du …") are no list of names.
    const titles = items.some((item) => ROLE_TITLE.test(item.name));
    if (!titles && (items.length >= 4 || (items.length >= 3 && closed) || (announced && items.length >= 2))) {
      found.push(...items.map((item) => ({ ...item, cue: announced ? 'members' : 'list' })));
      starts.lastIndex = at;
    } else starts.lastIndex = start.index + 1;
  }
  return found;
}

/** One listed name: capitalised words, with the small words names carry ("Institut de X"); "et" ends it. */
const LISTED_NAME = new RegExp(
  String.raw`^(?:\p{Ll}?${NAME_WORD})(?:\s+(?:(?:de|du|des|d'|la|le|for|of|&)\s+)?(?:${NAME_WORD})){0,4}`,
  'u',
);
