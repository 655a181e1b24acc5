import type { FIGURE_METRICS } from '../../../domain/model';
import { NUMBER, parseNumber, type Qualifier, qualifierBefore } from './numbers';
import { foldKeepingOffsets } from './dates';
import { matchesOf, type Span } from './spans';

type FigureMetric = (typeof FIGURE_METRICS)[number];

/** A count a sentence states, with what it counts: "135 emplois", "plus de 40 personnes". */
export interface CountMention extends Span {
  value: number;
  qualifier: Qualifier;
  /** The counted noun as written ("emplois"). */
  noun: string;
  metric: FigureMetric;
}

/** Nouns (folded) and the metric they count. Longer phrases first, so "centres de recherche" wins over a bare noun. */
const COUNTED: [string, FigureMetric][] = [
  ['centres de recherche', 'RESEARCH_CENTRES'],
  ['research centres', 'RESEARCH_CENTRES'],
  ['research centers', 'RESEARCH_CENTRES'],
  ['laboratoires', 'RESEARCH_CENTRES'],
  ['laboratories', 'RESEARCH_CENTRES'],
  ['unites de recherche', 'RESEARCH_CENTRES'],
  ['emplois', 'JOBS'],
  ['postes', 'JOBS'],
  ['jobs', 'JOBS'],
  ['recrutements', 'JOBS'],
  ['embauches', 'JOBS'],
  ['salaries', 'EMPLOYEES'],
  ['collaborateurs', 'EMPLOYEES'],
  ['personnes', 'EMPLOYEES'],
  ['employes', 'EMPLOYEES'],
  ['employees', 'EMPLOYEES'],
  ['staff', 'EMPLOYEES'],
  ['people', 'EMPLOYEES'],
  // "600 cliniciens et chercheurs": the researchers a count names with the clinicians.
  ['cliniciens et chercheurs', 'RESEARCHERS'],
  ['medecins et chercheurs', 'RESEARCHERS'],
  ['chercheurs', 'RESEARCHERS'],
  ['enseignants-chercheurs', 'RESEARCHERS'],
  ['researchers', 'RESEARCHERS'],
  ['scientists', 'RESEARCHERS'],
  ['entreprises', 'COMPANIES'],
  ['societes', 'COMPANIES'],
  ['start-up', 'COMPANIES'],
  ['start-ups', 'COMPANIES'],
  ['startups', 'COMPANIES'],
  ['companies', 'COMPANIES'],
  ['firms', 'COMPANIES'],
  ['pme', 'COMPANIES'],
  // "70 participations": the companies an investor holds shares in.
  ['participations', 'COMPANIES'],
  ['diplomes', 'GRADUATES'],
  ['graduates', 'GRADUATES'],
  ['etudiants', 'STUDENTS'],
  ['students', 'STUDENTS'],
  ['structures', 'STRUCTURES'],
  ['adherents', 'STRUCTURES'],
  ['membres', 'STRUCTURES'],
  ['members', 'STRUCTURES'],
  ['chu', 'UNIVERSITY_HOSPITALS'],
  ['university hospitals', 'UNIVERSITY_HOSPITALS'],
];
/** Adjectives that may stand between the number and the noun ("135 nouveaux emplois", "40 personnes qualifiées"). */
const BETWEEN = String.raw`(?:(?:nouveaux|nouvelles|nouveau|nouvelle|new|additional|supplementaires|directs|indirects|direct|indirect|permanent|full-time|jeunes|high-skilled|qualifies)\s+){0,2}`;
const COUNT = new RegExp(String.raw`(?<number>${NUMBER})\s+${BETWEEN}(?<noun>${COUNTED.map(([noun]) => noun).join('|')})\b`, 'g');
const METRIC_OF = new Map(COUNTED);
/** Round counts written as nouns, folded: "une centaine de personnes" is about 100. */
const ROUND_COUNTS: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1000,
};
const ROUND_COUNT = new RegExp(
  String.raw`\b(?:une|un)\s+(?<number>${Object.keys(ROUND_COUNTS).join('|')})\s+(?:de|d')\s*${BETWEEN}(?<noun>${COUNTED.map(([noun]) => noun).join('|')})\b`,
  'g',
);

/** A fact sheet's line that labels a count: "- Employees: 20", "Effectif : 45" (folded). */
const LABELLED_COUNT = new RegExp(
  String.raw`^\s*(?:[-•*–]\s+)?(?<noun>${COUNTED.map(([noun]) => noun).join('|')}|effectifs?|workforce|headcount)\s*:\s*(?:(?:about|around|nearly|some|environ|pres de|plus de|more than|over)\s+)?(?<number>\d[\d\s.,]*?)\s*(?:[;.]|$)`,
  'g',
);
const LABELLED_METRIC: Record<string, FigureMetric> = {
  effectif: 'EMPLOYEES',
  effectifs: 'EMPLOYEES',
  workforce: 'EMPLOYEES',
  headcount: 'EMPLOYEES',
};

/** Words after a count of people that make them an audience: "200 people attending", "400 personnes présentes". */
const AUDIENCE_AFTER =
  /^\s*(?:attending|attended|present|in attendance|registered|took part|participating|presentes|inscrites|reunies|rassemblees|venues|ont assiste|ont participe|ont pris part|se sont reunies)\b/;
/** Words before a count of people that make them an audience: "en présence de 300 personnes", "attended by 200 people". */
const AUDIENCE_BEFORE =
  /\b(?:en (?:la )?presence (?:de|d')|in the presence of|attended by|devant|before an audience of|reunissant|rassemblant|a reuni|a rassemble|ont reuni|brought together|gathered)\s+(?:(?:pres de|plus de|environ|quelque|nearly|about|some|over|more than|almost)\s+)?$/;

/**
 * Words after a count of people that make them those served or studied, not staff: "cinq personnes âgées", "200 personnes
 * vivant seules", "300 people surveyed".
 */
const SERVED_AFTER =
  /^\s*(?:agees|malades|handicapees|atteintes|vivant|isolees|soignees|accompagnees|beneficiaires|interrogees|suivies|testees|incluses|elderly|surveyed|tested|treated|enrolled|living)\b/;
/** Words before a count of people that make them a trial's or a survey's sample: "ont porté sur 180 personnes", "auprès de 300 personnes". */
const SAMPLE_BEFORE =
  /\b(?:portent|porte|portait|portera|porteront|portant|involved|involving)\s+sur\s+(?:(?:pres de|plus de|environ|quelque)\s+)?$|\b(?:aupres de|chez)\s+(?:(?:pres de|plus de|environ|quelque)\s+)?$|^\s*(?:[-•*–]\s+)?(?:premiers?\s+|first\s+)?(?:essais?|etudes?|enquetes?|tests?|trials?|study|survey)\b[^:]{0,30}:[^:]*$/;
/**
 * A fact sheet's label or a future verb of housing that makes a count of staff the jobs a project will bring: "- emplois :
 * 200 salariés", "le site accueillera 200 salariés" ("l'usine emploiera 40 personnes" stays its staff, as the corpus has it).
 */
const JOBS_BEFORE =
  /^\s*(?:[-•*–]\s+)?(?:emplois|postes|jobs|expected jobs|creations? d'emplois|job creation)(?:\s+[a-z]+)?\s*:\s*(?:(?:about|around|nearly|some|environ|pres de|plus de|more than|over|~)\s*)?$|\b(?:accueillera|accueilleront|will house|devrait accueillir|doit accueillir|doivent accueillir)\s+(?:(?:about|around|nearly|some|environ|pres de|plus de|more than|over)\s+)?$/;

/** Every count of a known kind in a sentence (a year or an amount is not a count). */
export function findCounts(sentence: Span): CountMention[] {
  const folded = foldKeepingOffsets(sentence.text);
  const counted = [...matchesOf(COUNT, folded), ...matchesOf(ROUND_COUNT, folded)];
  // A labelled line counts only when no count is written the usual way ("Workforce: nearly 100 people" is read once).
  const labelled = counted.length === 0 ? [...matchesOf(LABELLED_COUNT, folded)] : [];
  return [...counted, ...labelled].flatMap((match) => {
    // "200 people attending", "en présence de 400 personnes": an audience is no staff.
    if (
      (METRIC_OF.get(match.groups!.noun!) ?? LABELLED_METRIC[match.groups!.noun!]) === 'EMPLOYEES' &&
      (AUDIENCE_AFTER.test(folded.slice(match.index + match[0].length)) || AUDIENCE_BEFORE.test(folded.slice(0, match.index)))
    )
      return [];
    const before = folded.slice(0, match.index);
    // "200 personnes âgées", "l'essai a porté sur 180 personnes": those served or studied are no staff.
    if (
      (METRIC_OF.get(match.groups!.noun!) ?? LABELLED_METRIC[match.groups!.noun!]) === 'EMPLOYEES' &&
      (SERVED_AFTER.test(folded.slice(match.index + match[0].length)) || SAMPLE_BEFORE.test(before))
    )
      return [];
    // "l'accueil d'une start-up", "la création d'un poste": an article after "de" is no count.
    if (/^(?:un|une|one)$/.test(match.groups!.number!) && /(?:\bde|\bd'|\bdu|\beach|\bchaque)\s*$/.test(before)) return [];
    const round = ROUND_COUNTS[match.groups!.number!];
    const value = round ?? parseNumber(match.groups!.number!);
    if (!Number.isFinite(value)) return [];
    const start = sentence.start + match.index;
    const noun = match.groups!.noun!;
    const nounAt = match.index + match[0].lastIndexOf(noun);
    return [
      {
        start,
        end: start + match[0].length,
        text: sentence.text.slice(match.index, match.index + match[0].length),
        value,
        // "une centaine" is approximate unless the words before bound it ("plus d'une centaine").
        // A labelled line's qualifier stands after its label: "- Entreprises : environ 105".
        qualifier:
          round === undefined
            ? qualifierBefore(folded.slice(0, match.index + match[0].lastIndexOf(match.groups!.number!)))
            : roundQualifier(folded.slice(0, match.index)),
        noun: sentence.text.slice(nounAt, nounAt + noun.length),
        metric:
          (METRIC_OF.get(noun) ?? LABELLED_METRIC[noun]) === 'EMPLOYEES' && JOBS_BEFORE.test(before)
            ? 'JOBS'
            : (METRIC_OF.get(noun) ?? LABELLED_METRIC[noun]!),
      },
    ];
  });
}

/** The qualifier of a round count: what the words before it say, else approximate. */
function roundQualifier(textBefore: string): Qualifier {
  const said = qualifierBefore(textBefore);
  return said === 'EXACT' ? 'APPROXIMATE' : said;
}
