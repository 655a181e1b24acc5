import type { ActorKind } from '../../../domain/model';
import { fold, matchesOf } from './spans';

/**
 * Rules that find organisations the press names without a cue noun, and the words that are never
 * one. Each rule is written from how names are shaped and where they stand, never from a list of
 * the names a text is about.
 */

/** Capitalised words that name no organisation, by class; compared folded ("NOVEMBRE" is "Novembre"). */
export const STOP_NAME_CLASSES = {
  /** What a web page or a press excerpt carries around its text. */
  pageFurniture: [
    'URL',
    'AOF',
    'RN',
    'MB',
    'PDF',
    'HTML',
    'HTTP',
    'HTTPS',
    'WWW',
    'CP',
    'NDLR',
    'AFP',
    'DR',
    'Photo',
    'Crédit',
    'Source',
    'Sources',
    'Publié',
    'Lire',
    'Article',
    'Date',
    'Information',
    'Search',
    'Reading',
    'Copyright',
    'Newsletter',
    'Accueil',
    'Contact',
    'Partager',
  ],
  months: [
    'Janvier',
    'Février',
    'Mars',
    'Avril',
    'Mai',
    'Juin',
    'Juillet',
    'Août',
    'Septembre',
    'Octobre',
    'Novembre',
    'Décembre',
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
    'Jan',
    'Fév',
    'Feb',
    'Avr',
    'Apr',
    'Juil',
    'Jul',
    'Aug',
    'Sept',
    'Sep',
    'Oct',
    'Nov',
    'Déc',
    'Dec',
  ],
  days: [
    'Lundi',
    'Mardi',
    'Mercredi',
    'Jeudi',
    'Vendredi',
    'Samedi',
    'Dimanche',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
    'Sunday',
  ],
  /** Titles and roles written with a capital before or after a person's name. */
  titles: [
    'M',
    'Mme',
    'Mr',
    'Mrs',
    'Ms',
    'Dr',
    'Pr',
    'Docteur',
    'Professeur',
    'Président',
    'Présidente',
    'Directeur',
    'Directrice',
    'Maire',
    'Ministre',
    'Préfet',
    'Préfète',
    'Sénateur',
    'Député',
    'Députée',
    'CEO',
    'PDG',
    'DG',
    'CTO',
    'CFO',
    'President',
    'Director',
    'Mayor',
    'Prefect',
    'PhD',
  ],
  /** Words that open a sentence or a clause. */
  openers: [
    'Le',
    'La',
    'Les',
    'Un',
    'Une',
    'Ce',
    'Cet',
    'Cette',
    'Ces',
    'Il',
    'Elle',
    'Ils',
    'Elles',
    'On',
    'Nous',
    'Son',
    'Sa',
    'Ses',
    'Leur',
    'Leurs',
    'Notre',
    'En',
    'Pour',
    'Avec',
    'Dans',
    'Depuis',
    'Selon',
    'Après',
    'Avant',
    'Par',
    'Sur',
    'Mais',
    'Et',
    'Ainsi',
    'Dès',
    'Lors',
    'Au',
    'Aux',
    'Des',
    'Du',
    'De',
    'Si',
    'Quand',
    'Enfin',
    'Outre',
    'Entre',
    'Chez',
    'Côté',
    'The',
    'This',
    'These',
    'It',
    'Its',
    'In',
    'At',
    'For',
    'With',
    'After',
    'Their',
    'Our',
    'We',
  ],
  /** Common nouns the press writes with a capital, alone: a generic head with nothing after it names no one. */
  commonNouns: [
    'Covid',
    'Covid-19',
    'Coronavirus',
    'Région',
    'Region',
    'Métropole',
    'Agence',
    'Département',
    'Santé',
    'Europe',
    'France',
    'Internet',
    'Web',
    'Hexagone',
    'Gouvernement',
    'Ville',
    'Agglo',
    'Agglomération',
    'Innovation',
    'Recherche',
    'Industrie',
    'Objectif',
    'Euros',
    'Millions',
    'Total',
    'Société',
    'Entreprise',
    'Start-up',
    'Startup',
    'Groupe',
    'Fonds',
    'Centre',
    'Clinique',
    'Cliniques',
    'Hôpital',
    'Hôpitaux',
    'Universités',
    'Incubateur',
    'École',
    'Ecole',
    'Laboratoire',
    'Laboratoires',
    'Institute',
    'University',
    'Company',
    'Technopole',
    'Technopôle',
    'Universitaire',
    'Organisation',
    'Organization',
    'Sociétés',
    'Entreprises',
    'Fondation',
    'Pôle',
    'Campus',
    'Site',
    'Sud',
    'Nord',
    'Ouest',
    'SATT',
    'CCI',
    'CMA',
    'Conseil régional',
    'Conseil départemental',
  ],
  /** Countries and foreign cities: places the French geographic code does not hold. */
  countries: [
    'Chine',
    'China',
    'Japon',
    'Japan',
    'Inde',
    'India',
    'Russie',
    'Russia',
    'Allemagne',
    'Germany',
    'Suisse',
    'Switzerland',
    'Belgique',
    'Belgium',
    'Italie',
    'Italy',
    'Espagne',
    'Spain',
    'Royaume-Uni',
    'Angleterre',
    'États-Unis',
    'Etats-Unis',
    'Canada',
    'Israël',
    'Brésil',
    'Corée',
    'Singapour',
    'Londres',
    'London',
    'Silicon Valley',
    'New-York',
    'New York',
    'Bruxelles',
  ],
  /** English nationality adjectives (always capitalised: "an American laboratory"), oceans and continents ("across the Atlantic"). */
  nationalitiesAndSeas: [
    'American',
    'European',
    'French',
    'German',
    'British',
    'Swiss',
    'Italian',
    'Spanish',
    'Belgian',
    'Dutch',
    'Chinese',
    'Japanese',
    'Canadian',
    'Israeli',
    'Danish',
    'Swedish',
    'Irish',
    'Korean',
    'Indian',
    'Russian',
    'Brazilian',
    'Australian',
    'Asian',
    'African',
    'Atlantic',
    'Pacific',
    'Méditerranée',
    'Mediterranean',
    'Asia',
    'Africa',
    'Amérique',
    'America',
    'North America',
    'Asie',
    'Afrique',
  ],
  /** Units, measures and trade words written in capitals or with one. */
  unitsAndTradeWords: [
    'MW',
    'GW',
    'kW',
    'MWh',
    'CO2',
    'SME',
    'CRO',
    'CDMO',
    'CE',
    'ENR',
    'MedTech',
    'Medtech',
    'Biotech',
    'HealthTech',
    'Deeptech',
    // Sector, market and norm words the press capitalises ("les filières Greentech", "une offre BtoB", "en norme GMP").
    'Greentech',
    'Cleantech',
    'Foodtech',
    'Agritech',
    'Fintech',
    'Edtech',
    'Femtech',
    'Silvertech',
    'BtoB',
    'BtoC',
    'B2B',
    'B2C',
    'SaaS',
    'GMP',
    'cGMP',
    'BPF',
  ],
  /** Acronyms of common nouns, not of organisations. */
  commonAcronyms: [
    'UFR',
    'IA',
    'AI',
    'PME',
    'ETI',
    'TPE',
    'R&D',
    'RH',
    'ETP',
    'CDI',
    'CDD',
    'CA',
    'PIB',
    'ARN',
    'ADN',
    'IRM',
    'SMS',
    'GSM',
    'COVID',
    'COVID19',
    'COVID-19',
  ],
  /**
   * Grammar words the press capitalises at a sentence's start: pronouns, sentence adverbs, ordinals ("Celui-ci a ouvert",
   * "Désormais installé", "le Premier ministre"). Alone they name no one (seen on real regional articles, F21r).
   */
  grammarWords: [
    'Celui-ci',
    'Celle-ci',
    'Ceux-ci',
    'Celles-ci',
    'Celui-là',
    'Celle-là',
    'Lequel',
    'Laquelle',
    'Lesquels',
    'Lesquelles',
    'Désormais',
    'Dorénavant',
    'Aujourd’hui',
    "Aujourd'hui",
    'Hier',
    'Demain',
    'Déjà',
    'Ensuite',
    'Puis',
    'Alors',
    'Cependant',
    'Pourtant',
    'Toutefois',
    'Néanmoins',
    'Malgré',
    'Parmi',
    'Autre',
    'Autres',
    'Plusieurs',
    'Certains',
    'Certaines',
    'Chaque',
    'Premier',
    'Première',
    'Premiers',
    'Premières',
    'Deuxième',
    'Second',
    'Seconde',
    'Dernier',
    'Dernière',
    // Question words and "c'est" opening the lines of a question-and-answer explainer ("Que récupère le groupe ?").
    'Que',
    'Qui',
    'Quoi',
    'Quel',
    'Quelle',
    'Quels',
    'Quelles',
    'Comment',
    'Pourquoi',
    'Combien',
    'Où',
    "C'est",
    'C’est',
    "Qu'est-ce",
    'Qu’est-ce',
    'Est-ce',
    'What',
    'Why',
    'How',
    'Who',
    'Which',
    'When',
    'Where',
  ],
  /**
   * Generic heads and nouns cut from their complement ("l'Académie des Sciences", "la Faculté de Santé", "en Bourse",
   * "les Territoires d'Industrie"), and France's former regions: alone, none names an actor of the graph.
   */
  headsAndFormerRegions: [
    'Académie',
    'Faculté',
    'Bourse',
    'Territoires',
    'Territoire',
    'Tribune',
    'Midi-Pyrénées',
    'Languedoc-Roussillon',
    'Aquitaine',
    'Limousin',
    'Poitou-Charentes',
    'Auvergne',
    'Rhône-Alpes',
  ],
  /** Legal forms, written after a name: part of no name. */
  legalForms: [
    'SAS',
    'SASU',
    'SA',
    'SARL',
    'SE',
    'SCOP',
    'GIE',
    'GmbH',
    'AG',
    'Inc',
    'Ltd',
    'LLC',
    'Corp',
    'NV',
    'BV',
    'SpA',
    'PLC',
    'LP',
    'LLP',
  ],
} as const;

const STOP_NAMES = new Set(Object.values(STOP_NAME_CLASSES).flatMap((words) => words.map((w) => fold(w))));

/**
 * A French adverb in -ment written with a capital, alone ("Dernièrement", "Actuellement", "Récemment"): formed on an
 * adjective's ending, unlike the nouns in -ement of names ("Développement", "Financement", "Établissement").
 */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}+(?:ière|ère|elle|èle|ale|ive|ique|eule|ide|am|em)ment$/u;

/** True when a name is one of the stop words alone ("Novembre", "URL", "Région", "Le"): never an organisation on its own. */
const NATIONALITIES_AND_SEAS = new Set(STOP_NAME_CLASSES.nationalitiesAndSeas.map((w) => fold(w)));
/** True for "American", "Atlantic": no name alone, but the first word of one ("European Cancer Network (ECN)"). */
export function isNationalityOrSea(name: string): boolean {
  return NATIONALITIES_AND_SEAS.has(fold(name));
}

export function isStopName(name: string): boolean {
  return STOP_NAMES.has(fold(name.replace(/\.$/, ''))) || SENTENCE_ADVERB.test(name);
}

const TRADE_WORDS = new Set(STOP_NAME_CLASSES.unitsAndTradeWords.map((w) => fold(w)));
/** True for a trade word ("Medtech", "Biotech"): a stop word alone that a company may also take as its name. */
export function isTradeWord(name: string): boolean {
  return TRADE_WORDS.has(fold(name));
}

/** A name found by one of these rules, at an offset of the sentence's text. */
export interface RuleName {
  at: number;
  name: string;
  kind?: ActorKind;
  cue: string;
  confidence: number;
}

const WORD = String.raw`(?:\p{Lu}|\d)[\p{L}\d'’&.+-]*`;
/** Up to four capitalised words, with the small words names carry between them ("Institut de Recherche"). */
const CAPITALISED_NAME = String.raw`${WORD}(?:\s+(?:(?:de|du|des|d'|la|le|for|of|and|&)\s+)?${WORD}){0,3}`;

/** Legal forms after a name: "Exemplia SAS", "Beispiel GmbH", "Sample Inc." (the form is dropped from the name). */
const LEGAL_FORM = new RegExp(
  String.raw`(?<![\p{L}\d])(?<name>${CAPITALISED_NAME})\s*,?\s+(?:SAS|SASU|SARL|SA|SE|SCOP|GmbH|AG|Inc\.?|Ltd\.?|LLC|LLP|LP|Corp\.?|NV|BV|SpA|PLC)(?![\p{L}\d])`,
  'gu',
);

/** Words that end company names: "X Therapeutics", "X Pharma", "Y Partners" (a fund), "Z Group". */
const CORPORATE_WORDS: [string, ActorKind][] = [
  ['Therapeutics', 'COMPANY'],
  ['Thérapeutics', 'COMPANY'],
  ['Pharma', 'COMPANY'],
  ['Pharmaceuticals', 'COMPANY'],
  ['Biotech', 'COMPANY'],
  ['Biologics', 'COMPANY'],
  ['Biosciences', 'COMPANY'],
  ['Bioscience', 'COMPANY'],
  ['Medical', 'COMPANY'],
  ['Diagnostics', 'COMPANY'],
  ['Technologies', 'COMPANY'],
  ['Technology', 'COMPANY'],
  ['Systems', 'COMPANY'],
  ['Solutions', 'COMPANY'],
  ['Labs', 'COMPANY'],
  ['Lab', 'COMPANY'],
  ['Group', 'COMPANY'],
  ['Industries', 'COMPANY'],
  ['Holding', 'COMPANY'],
  ['Holdings', 'COMPANY'],
  ['Capital', 'FUND'],
  ['Partners', 'FUND'],
  ['Ventures', 'FUND'],
  ['Invest', 'FUND'],
  ['Investissement', 'FUND'],
  ['Gestion', 'FUND'],
  ['Angels', 'FUND'],
  ['Institute', 'RESEARCH_ORGANISATION'],
  ['University', 'UNIVERSITY'],
  ['Foundation', 'FUND'],
  ['Private Equity', 'FUND'],
  ['Valley', 'COMPETITIVENESS_POLE'],
];
const CORPORATE_NAME = new RegExp(
  // After an elided article ("d'Exemple Angels") as after a space.
  // A field or a reach written after the end word is still the name ("Exemple Capital Santé", "Exemple Pharma International").
  String.raw`(?:(?<![\p{L}\d'’])|(?<=(?<![\p{L}])\p{L}['’]))(?<name>(?:${WORD}\s+){1,3}(?<word>${CORPORATE_WORDS.map(([w]) => w).join('|')})(?:\s+(?:Santé|Health|International|Innovation|Développement|Recherche)(?![\p{L}\d]))?)(?![\p{L}\d])`,
  'gu',
);
const CORPORATE_KIND = new Map(CORPORATE_WORDS);
/** " of Applied Optics", " of Technological Research": capitalised words after "of" that go on with an institution's name. */
const NAME_GOES_ON_PAST_OF = /^\s+of\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:and|for|in|&)\s+)?\p{Lu}[\p{L}'’-]+){0,3}(?![\p{L}\d])/u;

/**
 * One word shaped like a brand: a capital inside ("SeqOne", "Hi-Lab"), a lower-case start with a
 * capital after it ("eDevice"), a digit among letters ("Sys2Diag", "Immun4Cure"), or a capitalised word
 * ending as health companies' names do (-tech, -bio, -med, -pharma, -diag, -cell, -gen, -thérapeutics).
 */
const STYLISED = [
  // A web name's ending is part of the brand ("ExempVet.link").
  /(?<![\p{L}\d'’-])(?<name>\p{Lu}[\p{Ll}\d]+(?:(?:['’]\s?)?(?:\p{Lu}|\d)[\p{L}\d]*)+(?:\.(?:link|io|ai|com|fr|net|app|health|care|bio|tech))?)(?![\p{L}\d-])/gu,
  /(?<![\p{L}\d'’-])(?<name>\p{Ll}{1,2}\p{Lu}[\p{L}\d]{2,})(?![\p{L}\d])/gu,
  /(?<![\p{L}\d'’-])(?<name>\p{Lu}\p{Ll}{0,2}-\p{Lu}\p{L}+|\p{Lu}{2,4}-\p{L}{2,})(?![\p{L}\d-])/gu,
  // A unit and its body: "Exlab-CNRS".
  /(?<![\p{L}\d'’-])(?<name>\p{Lu}\p{Ll}+-\p{Lu}{2,})(?![\p{L}\d-])/gu,
  /(?<![\p{L}\d'’-])(?<name>\p{Lu}[\p{Ll}]{2,}(?:tech|bio|med|pharma|pharm|diag|cell|gen|gene|thera|therapeutics|thérapeutics|vax|care|sense|omics|pôle|pole))(?![\p{L}\d])/gu,
];

/** Verbs of the domain that follow a company named as the sentence's subject: "X lève", "X a racheté", "X s'installe", "X raises". */
const DOMAIN_VERBS = [
  String.raw`(?:a|ont|avait|va|vont|vient de|viennent de)?\s*(?:(?:ainsi|aussi|[ée]galement|d[ée]j[àa]|notamment|r[ée]cemment|enfin|finalement)\s+)?(?:(?:est|sont)\s+entr[ée]e?s?\s+au\s+capital|lev[ée]|l[èe]ve|l[èe]vent|lever|annonc[ée]|annonce|annoncent|annoncer|rach[èe]t[ée]?|rachète|racheter|acqui[ert]|acquiert|acqu[ée]rir|reprend|repris|reprendre|finalis[ée]|finalise|officialis[ée]|officialise|d[ée]velopp[ée]|d[ée]veloppe|d[ée]velopper|con[çc]oit|con[çc]u|produit|fabrique|commercialise|commercialis[ée]|ouvre|ouvert|ouvrir|inaugur[ée]|inaugure|emploie|recrute|sign[ée]|signe|obtient|obtenu|d[ée]croch[ée]|d[ée]croche|boucl[ée]|boucle|cr[ée]e|cr[ée][ée]|install[ée]|implant[ée]|investit|investi|pr[ée]sente|pr[ée]sent[ée]|lance|lanc[ée]|vise|compte|rejoint|s['’]install[ée]|s['’]implant[ée]|s['’]associe|s['’]allie|s['’]appr[êe]te|devient|entre|poursuit|accueille|dispose|propose|re[çc]oit|re[çc]u|b[ée]n[ée]ficie|b[ée]n[ée]fici[ée]|per[çc]oit|empoche|[ée]t[ée]\s+(?:co-?)?fond[ée]e?s?|[ée]t[ée]\s+cr[ée][ée]e?s?|vu\s+le\s+jour|est\s+(?:un|une)\s+(?:essaimage|spin-off|start-up|startup|jeune\s+pousse|filiale|biotech|medtech|soci[ée]t[ée]|entreprise)|est\s+(?:l['’]|la\s+|le\s+|un\s+|une\s+)(?:incubateur|acc[ée]l[ée]rateur|p[ée]pini[èe]re|filiale)\s+(?:de|du|des|d['’]))`,
  String.raw`(?:has|have|had|will|is|was)?\s*(?:rais(?:es|ed|e)|acquir(?:es|ed|e)|announc(?:es|ed|e)|develop(?:s|ed)?|open(?:s|ed)|sign(?:s|ed)|launch(?:es|ed)|secur(?:es|ed)|clos(?:es|ed)|complet(?:es|ed)|buy(?:s)?|bought|build(?:s)?|employ(?:s)?|receiv(?:es|ed|e)|obtain(?:s|ed)?|wins|won|land(?:s|ed)|t(?:ook|akes?)\s+over|set(?:s)?\s+up|pick(?:s|ed)|chose|choos(?:es|e)|operat(?:es|ed)|host(?:s|ed)|invest(?:s|ed)|join(?:s|ed)|(?:is|was)\s+(?:the|an?)\s+(?:[\p{L}-]+,?\s+){0,3}?(?:subsidiary|spin-?off|start-?up|biotech|medtech|incubator|accelerator)\s+of)`,
];
/** A name where a sentence, a clause or the text after a dateline's dash starts, then a domain verb (receiving money is one). */
const SUBJECT = new RegExp(
  String.raw`(?:^|[,;:«"(—–]\s*|\s(?:et|and|puis|mais)\s+|\.\.\.\s*|…\s*)(?<name>${CAPITALISED_NAME})\s*,?\s+(?:${DOMAIN_VERBS.join('|')})(?![\p{L}])`,
  'gu',
);

/**
 * A name opening a sentence, cut from its domain verb by an apposition or a relative clause set off by commas: "X,
 * start-up toulousaine spécialisée dans …, a levé", "X, qui développe …, reçoit", "X, a Montpellier biotech founded in
 * 2019, raised". The inserted words start in lower case (a relative pronoun, an article, a noun, a participle) and hold
 * at most one more comma.
 */
/** An apposition that gives a person's role ("Jeanne X, présidente de Y, annonce"): the name before it is a person's. */
export const PERSON_ROLE_OPENER = String.raw`(?:(?:son|sa|leur|his|her|their|the|le|la|l['’])\s+)?(?:co-?|vice-?)?(?:pr[ée]sident|directeu|directrice|fondat|dirigeant|g[ée]rant|responsable|chef|pdg|dg\b|maire|ministre|professeur|docteur|chercheu|secr[ée]taire|adjoint|d[ée]l[ée]gu|porte-parole|chief|head|founder|managing|director|chair|ceo\b|cto\b|partner|associ[ée])`;
const SUBJECT_ACROSS_INSERT = new RegExp(
  String.raw`(?:^|[:;]\s+)(?:[^,;:.]{0,40}\s[—–-]\s*)?(?<name>${CAPITALISED_NAME})\s*,\s*(?=\p{Ll}|[Ll]['’]\p{Ll})(?!${PERSON_ROLE_OPENER})(?:[^,;:.()«»]|\([^()]{1,30}\)){3,120}(?:,\s*\p{Ll}[^,;:.()«»]{2,80})?,\s+(?:${DOMAIN_VERBS.join('|')})(?![\p{L}])`,
  'gu',
);

/**
 * A name right after a takeover verb: "X a racheté Exemplia, une …", "X acquires Exemplia for …": what is bought is an
 * organisation (one to three capitalised words, closed by punctuation or a small word).
 */
const TAKEN_OVER =
  /(?<![\p{L}])(?:rach[èe]te|rach[èe]tent|a\s+rachet[ée]|ont\s+rachet[ée]|acquiert|a\s+acquis|ont\s+acquis|absorbe|a\s+absorb[ée]|acquires|acquired|has\s+acquired|buys|bought|takes\s+over|took\s+over)\s+(?<name>\p{Lu}[\p{L}\d'’&.-]*(?:\s+\p{Lu}[\p{L}\d'’&.-]*){0,2})(?=\s*[,.;:()]|\s+(?:pour|for|en|in|et|and|à|au|auprès|from|to)\s)/gu;

/**
 * A name right after the words that make it a buyer: "passe sous le contrôle de Exemplia", "acquired in 2016 by the
 * American group Exemplia": who takes control of a company is an organisation. Not the French "rachetée par X", where
 * the press often names a person ("rachetée en 2012 par Jean X, fondateur de …"); nor a name with a person's role after it.
 */
/** A person's role in apposition: ", fondateur et PDG de …", ", its chief executive". */
const PERSON_ROLE_AFTER =
  /^\s*,\s*(?:(?:le|la|son|sa|its|the)\s+)?(?:co-?)?(?:fondat(?:eur|rice)|pr[ée]sident|pdg|directeur|directrice|dirigeant|founder|chief|ceo|chairman|chairwoman|president|director)/iu;

const BOUGHT_BY =
  /(?<![\p{L}])(?:sous\s+le\s+contr[ôo]le\s+(?:de|du|d['’])|(?:acquired|bought|taken\s+over)\s+(?:in\s+\d{4}\s+)?by)\s*(?:(?:le|la|l['’]|the)\s*)?(?:(?:\p{Lu}\p{Ll}+\s+)?(?:groupe|group)\s+(?:\p{Ll}+\s+)?)?(?<name>\p{Lu}[\p{L}\d'’&.-]*(?:\s+\p{Lu}[\p{L}\d'’&.-]*){0,2})(?=\s*[,.;:()]|\s+(?:pour|for|en|in|et|and|à|au|from|to|qui|which)\s)/gu;

/**
 * A name right after an amount and the word that gives it to someone: "accorde 3 M€ à Exemplia.", "verse 200 000 euros
 * au profit d'Exemplia pour …", "granted €2m to Exemplia": who receives money is an organisation (a commune there stays a
 * place: the caller drops names that are communes).
 */
const GIVEN_TO =
  /(?:€|\beuros?|\bM€|\bk€|\bmillions?|\bm)\s+(?:à|au profit (?:de|d['’])|to)\s*(?<name>\p{Lu}[\p{L}\d'’&.-]*(?:\s+\p{Lu}[\p{L}\d'’&.-]*){0,2})(?=\s*[,.;:()]|\s*$|\s+(?:pour|for|en|in|et|and|afin|dans|qui|which|au|aux)\s)/gu;

/**
 * A name between an amount and the next one, the verb left out: "A reçoit 1 M€, B 2 M€", "A obtient 1 M€ et B 500 000 €":
 * each share's owner is an organisation (a commune stays a place: the caller drops names that are communes).
 */
const GAPPED_SHARE =
  /(?:€|\beuros?)\s*(?:,|\s+et|\s+and)\s+(?:(?:la |le |l['’])?(?:société|entreprise|start-up|startup|biotech|medtech)\s+)?(?<name>\p{Lu}[\p{L}\d'’&.-]*(?:\s+\p{Lu}[\p{L}\d'’&.-]*){0,2})\s+(?=\d[\d\s ,.]*\s*(?:M€|k€|Md€|€|millions?|euros?)(?![\p{L}]))/gu;

/**
 * The owner of a project, a plant or a site: "le projet de Exemplia qui …", "le projet d'usine d'Exemplia", "l'extension du
 * site de Exemplia", "Exemplia's new plant": who carries it is an organisation (a commune there stays a place: the caller
 * drops names that are communes).
 */
const PROJECT_OF =
  /(?<![\p{L}])(?:(?:projet|project)(?:\s+(?:industriel|d['’]usine|d['’]extension|de d[ée]veloppement|de recherche|d['’]implantation))?|usine|extension\s+(?:du\s+site|de\s+l['’]usine))\s+(?:de\s+(?:la\s+(?:société|start-up|biotech|medtech)\s+)?|d['’])(?<name>\p{Lu}[\p{L}\d'’&.-]*(?:\s+\p{Lu}[\p{L}\d'’&.-]*){0,2})(?=\s*[,.;:()]|\s+\p{Ll})|(?<![\p{L}])(?<owner>\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,2})['’]s\s+(?:new\s+|future\s+)?(?:project|plant|factory|site|facility)\b/gu;

/** Cues before a list of investors or co-funders: "auprès de", "aux côtés de", "mené par", "led by", "avec la participation de". */
const INVESTOR_CUE =
  /(?<![\p{L}])(?:aupr[èe]s\s+(?:de|du|des|d['’])|aux\s+c[ôo]t[ée]s\s+(?:de|du|des|d['’])|men[ée]e?\s+par|conduite?\s+par|pilot[ée]e?\s+par|avec\s+la\s+participation\s+(?:de|du|des|d['’])|led\s+by|alongside|with\s+participation\s+from)\s*(?:l['’]|le\s+|la\s+|les\s+)?/gu;
/** Between two investors of one list: a comma or "et", an article, a role word ("le fonds", "la banque"). */
const INVESTOR_GAP =
  /^\s*(?:,\s*|\s+(?:et|and|ainsi que|as well as)\s+|\s*,\s*(?:et|and)\s+)(?:(?:l['’]|le\s+|la\s+|les\s+|du\s+|de\s+la\s+|des\s+)?(?:(?:fonds|investisseurs?|banques?|soci[ée]t[ée]s? de gestion|business angels|fund|investors?|bank)\s+)?(?:[\p{Ll}-]+\s+){0,2}?)(?=\p{Lu}|\d)/u;
const INVESTOR_ROLE =
  /^(?:(?:fonds|investisseurs?|banques?|soci[ée]t[ée]s? de gestion|business angels|fund|investors?|bank)\s+(?:[\p{Ll}-]+\s+){0,2}?)(?=\p{Lu}|\d)/u;
/** An investor's name: as CAPITALISED_NAME, but "and" and "&" separate investors of a list. */
const NAME_AT = new RegExp(String.raw`^(?<name>${WORD}(?:\s+(?:(?:de|du|des|d'|la|le|for|of)\s+)?${WORD}){0,3})`, 'u');

/** Names in a sentence by their shape or their place: legal forms, corporate end words, stylised brands, subjects of domain verbs, investor lists. */
export function namesByRules(text: string): RuleName[] {
  const found: RuleName[] = [];
  const push = (at: number, written: string, rule: Omit<RuleName, 'at' | 'name'>) => {
    // An elided article before an acronym is not part of it ("L'IRE annonce"); before a word it may be ("L'Exemplia").
    const article = /^[LlDd]['’](?=[\p{Lu}\d&-]+$)/u.exec(written)?.[0] ?? '';
    // A possessive before the name is its owner's place or group, not part of it ("Exempleland's Exemplia raises").
    const owner = /^\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Lu})/u.exec(written.slice(article.length))?.[0] ?? '';
    const name = written
      .slice(article.length + owner.length)
      .replace(/[.,;:…]+$/, '')
      .trim();
    if (name.length < 2 || isStopName(name)) return;
    found.push({ at: at + article.length + owner.length, name, ...rule });
  };
  for (const match of matchesOf(LEGAL_FORM, text))
    push(match.index + match[0].indexOf(match.groups!.name!), withoutOpener(match.groups!.name!), {
      kind: 'COMPANY',
      cue: 'legal form',
      confidence: 0.85,
    });
  for (const match of matchesOf(CORPORATE_NAME, text)) {
    // "the Exemple Institute of Applied Optics": an institution's name goes on past "of" and capitalised words.
    const goesOn = /^(?:Institute|University|Foundation)$/u.test(match.groups!.word!)
      ? NAME_GOES_ON_PAST_OF.exec(text.slice(match.index + match[0].length))?.[0]
      : undefined;
    const own = withoutOpener(match.groups!.name!);
    push(match.index + match[0].length - own.length, own + (goesOn ?? ''), {
      kind: CORPORATE_KIND.get(match.groups!.word!),
      cue: match.groups!.word!,
      confidence: 0.8,
    });
  }
  for (const investor of investorNames(text)) found.push(investor);
  // The subject of a domain verb, next to it or across an insert. "L'usine a reçu", "L'entreprise bénéficie": an elided
  // article before a small letter opens a common noun, not a name.
  const pushSubjects = (pattern: RegExp) => {
    for (const match of matchesOf(pattern, text)) {
      const written = match.groups!.name!;
      // "In September 2021 Wefight raised": a date before the name opens the sentence, it is no word of the name.
      const name = withoutOpener(written).replace(DATED_OPENER, '');
      if (/^[LlDd]['’]\p{Ll}/u.test(name)) continue;
      // "En 2023, les start-up … ont levé": a dated opener is no name.
      if (/^(?:(?:En|In|Fin|Début|Mi|Depuis|Dès|Since|From|Until|By)\s+)?(?:19|20)\d\d$/u.test(name)) continue;
      push(match.index + match[0].indexOf(written) + written.length - name.length, name, {
        cue: 'subject of a domain verb',
        confidence: 0.65,
      });
    }
  };
  pushSubjects(SUBJECT);
  for (const match of matchesOf(GIVEN_TO, text)) {
    const written = match.groups!.name!;
    push(match.index + match[0].length - written.length, written, { cue: 'given money', confidence: 0.6 });
  }
  for (const match of matchesOf(PROJECT_OF, text)) {
    const written = match.groups!.name ?? match.groups!.owner!;
    const at = match.groups!.name ? match.index + match[0].lastIndexOf(written) : match.index;
    push(at, written, { cue: 'project owner', confidence: 0.55 });
  }
  for (const match of matchesOf(GAPPED_SHARE, text)) {
    const written = match.groups!.name!;
    push(match.index + match[0].lastIndexOf(written), written, { cue: 'given money', confidence: 0.6 });
  }
  for (const match of matchesOf(TAKEN_OVER, text)) {
    const written = match.groups!.name!;
    push(match.index + match[0].length - written.length, written, { kind: 'COMPANY', cue: 'taken over', confidence: 0.6 });
  }
  for (const match of matchesOf(BOUGHT_BY, text)) {
    const written = match.groups!.name!;
    if (PERSON_ROLE_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 40))) continue;
    push(match.index + match[0].length - written.length, written, { kind: 'COMPANY', cue: 'buyer', confidence: 0.6 });
  }
  pushSubjects(SUBJECT_ACROSS_INSERT);
  const brands: RuleName[] = [];
  for (const pattern of STYLISED)
    for (const match of matchesOf(pattern, text))
      brands.push({ at: match.index, name: match.groups!.name!, cue: 'brand', confidence: 0.7 });
  // Two brand-shaped words with a space between are one name ("ExemTex Bio-Lumix").
  brands.sort((a, b) => a.at - b.at);
  for (let i = 0; i < brands.length; i++) {
    const brand = brands[i]!;
    const next = brands[i + 1];
    if (next && text.slice(brand.at + brand.name.length, next.at) === ' ') {
      push(brand.at, `${brand.name} ${next.name}`, { cue: 'brand', confidence: 0.7 });
      i++;
    } else push(brand.at, brand.name, { cue: 'brand', confidence: 0.7 });
  }
  return found;
}

/** A name without the sentence opener a capitalised run took with it ("En Occitanie" stays a place; "Ainsi Exemplia" is "Exemplia"). */
/** A month and a year that open a sentence before its subject's name ("September 2021 Wefight", "Mars 2020 Exemplia"). */
const DATED_OPENER =
  /^(?:(?:En|In|Fin|Début|Mi|Early|Late)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)\s+(?:19|20)\d\d,?\s+(?=\p{Lu})/u;

function withoutOpener(name: string): string {
  const [first, ...rest] = name.split(/\s+/);
  return rest.length > 0 && isStopName(first!) && STOP_NAME_CLASSES.openers.some((o) => o === first) ? rest.join(' ') : name;
}

/** The investors listed after a cue: "auprès de A, du fonds B et de C" gives A, B and C. */
export function investorNames(text: string): RuleName[] {
  const found: RuleName[] = [];
  for (const cue of matchesOf(INVESTOR_CUE, text)) {
    let at = cue.index + cue[0].length;
    const role = INVESTOR_ROLE.exec(text.slice(at));
    if (role) at += role[0].length;
    for (let n = 0; n < 8; n++) {
      const named = NAME_AT.exec(text.slice(at));
      if (!named) break;
      const name = named.groups!.name!.replace(/[.,;:…]+$/, '');
      if (!isStopName(name)) found.push({ at, name, kind: 'FUND', cue: 'investor', confidence: 0.7 });
      at += named[0].length;
      const gap = INVESTOR_GAP.exec(text.slice(at));
      if (!gap) break;
      at += gap[0].length;
    }
  }
  return found;
}

/** A product noun then its name ("le test salivaire Exemplia", "son logiciel Exemplia"), or an English name then its product noun ("the Exemplia test"). */
const PRODUCT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’]|[Ll]es|[Ss]on|[Ss]a|[Ss]es|[Ll]eur|[Dd]u|[Aa]u|[Uu]n|[Uu]ne|[Tt]he|[Ii]ts|[Tt]heir)\s*(?:test|tests|dispositif|logiciel|vaccin|m[ée]dicament|traitement|mol[ée]cule|kit|capteur|appareil|application|appli|implant|gamme|produit|marque|marques|robot|robots|proth[èe]se|pilulier|semelles?|technologie|device|vaccine|software|drug|molecule|sensor|technology|implant)(?:\s+(?!(?:de|du|des|par|pour|avec|chez|contre|of|by|from|for)\s)[\p{Ll}-]+){0,2}?\s+(?<name>${WORD}|\p{Ll}{1,2}\p{Lu}[\p{L}\d'’&.+-]*)(?![\p{L}\d])`,
  'gu',
);
const PRODUCT_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?<name>${WORD})\s+(?:test|device|vaccine|software|app|kit|drug|molecule|sensor|robot|implant|technology|platform|candidate)(?![\p{L}])`,
  'gu',
);
/** A trade mark sign after a name ("Exemplia®", "ExemplixTM"): a product's name, not a company's. */
const TRADE_MARK = /(?<![\p{L}\d])(?<name>\p{Lu}[\p{L}\d.-]*?)(?<sign>®|™|\(R\)|TM)(?![\p{L}\d])/gu;
/** A stock ticker: "(Euronext Growth Paris : ABCD)", "Nasdaq: ABCD", "code ISIN : FR00…". */
const TICKER =
  /(?:Euronext(?:\s+Growth)?(?:\s+Paris)?|Alternext(?:\s+Paris)?|Nasdaq|NYSE|ISIN|mn[ée]mo(?:nique)?|ticker)\s*:\s*(?<name>[\p{Lu}\d]{2,12})(?![\p{L}\d])/gu;

/**
 * Names a document gives to things that are not organisations: products named after their noun ("le test
 * Exemplia", "the Exemplia device") or with a trade mark sign ("Exemplia®"), and stock tickers. A brand-shaped word is a product everywhere in the
 * document once the document says so.
 */
export function namesOfProducts(text: string): Set<string> {
  const names = new Set<string>();
  for (const pattern of [PRODUCT_BEFORE, PRODUCT_AFTER, TICKER, TRADE_MARK])
    for (const match of matchesOf(pattern, text)) {
      const name = match.groups!.name!.replace(/[.,;:…]+$/, '');
      if (name.length < 2 || isStopName(name)) continue;
      names.add(name);
      // "le test exemPlex-B": the brand without its variant's suffix is the product too.
      const stem = /^(.{3,})-[\p{Lu}\d]{1,3}$/u.exec(name)?.[1];
      if (stem) names.add(stem);
      // "ExemplixTM" written in one word is read as one name: the product is that name too.
      if (match.groups!.sign === 'TM') names.add(`${name}TM`);
    }
  return names;
}
