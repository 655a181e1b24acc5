import { compactKey } from '../linking/names';
import { groupOfSite } from '../reading/organisations';
import type { TieType } from '../../../domain/model';
import { matchesOf } from '../reading/spans';
import { listFrom, listJoin, listUpTo, local, mentionAfter, mentionBefore, sinceOf, textBetween } from './clauses';
import type { TieProposal } from './contract';
import { confidenceOf, refOf, sentenceRef } from './ids';
import type { Mention, SentenceView } from './mentions';
import { aboutRound, roundInvestors } from './rounds';
import { bulletListTies } from './bulletTies';
import { possessivePartners } from './possessivePartners';
import { withShortForms } from './shortForms';
import { documentSubject } from './subject';

/**
 * A cue for a tie, over folded text. `active`: the subject before the verb, the object after ("X
 * fonde Y"); `passive`: the agent after "par" ("Y, fondé par X"; fronted: "Fondé par X, Y …").
 * `object` says what the tie points to; `reverse` swaps the ends (the object is the tie's origin).
 */
interface TieCue {
  kind: TieType;
  pattern: RegExp;
  voice: 'active' | 'passive';
  object: 'ACTOR' | 'PROGRAMME';
  /** What the subject must be (an actor unless said). */
  subject?: 'ACTOR' | 'PROGRAMME';
  reverse?: boolean;
  /** Every name of a list after the verb, not only the first ("partenariat avec X, Y et Z"). */
  listObject?: boolean;
  /** The kinds the agent of a passive cue must have ("accompagnée par" an incubator, not by a bank). */
  agentKinds?: string[];
  /** How far after the cue its object may start (a noun cue such as "unité mixte du" takes the name right after it). */
  objectReach?: number;
  /** The subject may be a description ("cette unité mixte … est placée sous la tutelle de"): what the document is about. */
  describedSubject?: boolean;
  /** Words right after the cue that say it is not this tie ("bought the shares held by A": A is not taken over). */
  notBefore?: RegExp;
  confidence: number;
}

const PARTICIPLE = (stem: string) => String.raw`(?:${stem})(?:e|es|s|ee|ees)?`;
/** "formé (en 2019) par", "créée il y a seize ans par", "piloté depuis 2023 par par" (a repeated word is a typo the press makes). */
const BY = String.raw`(?:\s+(?:conjointement|notamment|aussi|egalement|depuis\s+\S+(?:\s+\d{4})?|en\s+\S+(?:\s+\d{4})?|des\s+\d{4}|in\s+\d{4}|in\s+[a-z]+\s+\d{4}|il y a\s+\S+\s+(?:ans|mois)|\S+\s+years\s+ago))*(?:\s*,\s*(?:l'an (?:passe|dernier)|l'annee (?:passee|derniere)|en \S+(?: \d{4})?|des \d{4}|il y a \S+ (?:ans|mois)|last year|in \d{4})\s*,)?\s+(?:par(?:\s+par)?|by)\s`;

/** What is bought is shares others held ("les titres détenus par A", "the shares held by A"), not a company. */
const SHARES_OF_OTHERS =
  /^\s+(?:(?:la totalite|l'ensemble|la majorite|all|most|the majority)\s+(?:des|of the|of)\s+|les\s+|des\s+|the\s+)(?:[a-z]+\s+)?(?:titres|actions|parts|securities|shares|stakes?)\b/;

/** The people a research unit is formed of: "formée par des équipes de A" names who carries it, not who founded it. */
const TEAMS = '(?:equipes|chercheurs|scientifiques|teams|researchers)';

/** "rejoint les deux autres composantes : A et B": it joins its peers, named after, not a host. */
const PEERS = String.raw`\s+(?:les|ses|leurs)\s+(?:[a-z]+\s+){0,2}autres\b`;

const CUES: TieCue[] = [
  {
    kind: 'FOUNDED',
    voice: 'passive',
    object: 'ACTOR',
    // "formé par des équipes de A et B" says who carries a unit (the CARRIES cue below), not who founded it.
    pattern: re(
      `(?:\\b${PARTICIPLE('form|fond|cre|cofond|co-fond')}${BY}|\\b(?:sa|leur|its|their)\\s+(?:creation|fondation|founding)(?:\\s+il y a\\s+\\S+\\s+ans)?${BY}|\\b(?:founded|formed|created|set up|established)${BY})(?!(?:des |d'|de |les )?${TEAMS}\\s)`,
    ),
    confidence: 0.8,
  },
  {
    kind: 'CARRIES',
    voice: 'passive',
    object: 'ACTOR',
    pattern: re(`\\b${PARTICIPLE('port|emmen|impuls')}${BY}|\\b(?:carried|spearheaded|driven)${BY}`),
    confidence: 0.75,
  },
  {
    // "Le projet X a été présenté par A et B", "the bid was submitted by A": a project put forward by bodies is carried by them.
    kind: 'CARRIES',
    voice: 'passive',
    object: 'ACTOR',
    pattern: re(
      `\\b(?:ete|etait|sont|est|a ete|avait ete)\\s+(?:${PARTICIPLE('present|depos')}|soumise?s?)${BY}|\\b(?:ete|etait|avait ete)\\s+${PARTICIPLE('propos')}(?:\\s+comme\\s+[^.;:,]{1,60}?)?${BY}|\\b(?:was|were|been)\\s+(?:presented|submitted|put forward|proposed)(?:\\s+as\\s+[^.;:,]{1,60}?)?${BY}`,
    ),
    confidence: 0.7,
  },
  {
    kind: 'RUNS',
    voice: 'passive',
    object: 'PROGRAMME',
    pattern: re(
      `\\b${PARTICIPLE('port|coordonn|lanc|gere|anim|adopt|mis en plac|defini|elabor|present|annonc')}${BY}|\\b(?:run|led|launched|managed|coordinated)${BY}`,
    ),
    confidence: 0.7,
  },
  { kind: 'PILOTS', voice: 'passive', object: 'PROGRAMME', pattern: re(`\\b${PARTICIPLE('pilot')}${BY}|\\bpiloted${BY}`), confidence: 0.8 },
  {
    kind: 'CO_PILOTS',
    voice: 'passive',
    object: 'PROGRAMME',
    pattern: re(`\\b${PARTICIPLE('copilot|co-pilot')}${BY}|\\bco-?piloted${BY}`),
    confidence: 0.8,
  },
  {
    kind: 'LABELLED',
    voice: 'passive',
    object: 'ACTOR',
    pattern: re(`\\b${PARTICIPLE('labellis|labelis')}${BY}|\\blabell?ed${BY}`),
    confidence: 0.75,
  },
  {
    kind: 'LEADS',
    voice: 'passive',
    object: 'ACTOR',
    pattern: re(`\\b${PARTICIPLE('dirig|presid')}${BY}|\\b(?:headed|chaired)${BY}`),
    confidence: 0.7,
  },
  {
    // "the company, led by Jane Doe": a person who leads; "led by" a fund is a round's lead investor (rounds.ts).
    kind: 'LEADS',
    voice: 'passive',
    object: 'ACTOR',
    agentKinds: ['PERSON'],
    pattern: re(`\\b(?:led|run|managed|directed)${BY}`),
    confidence: 0.7,
  },
  {
    kind: 'TOOK_OVER',
    voice: 'passive',
    object: 'ACTOR',
    pattern: re(`\\b(?:rachete|racheteee?s?|acquise?s?|reprise?s?)${BY}|\\b(?:acquired|bought|taken over)${BY}`),
    confidence: 0.75,
  },
  {
    kind: 'HOLDS_SHARES_IN',
    voice: 'passive',
    object: 'ACTOR',
    pattern: re(`\\b${PARTICIPLE('detenu')}${BY}|\\bowned${BY}`),
    confidence: 0.65,
  },
  {
    kind: 'INCUBATED_BY',
    voice: 'passive',
    object: 'ACTOR',
    reverse: true,
    pattern: re(`\\b${PARTICIPLE('incub')}${BY}|\\baccompagnee?s? par l'incubateur|\\bincubated${BY}`),
    confidence: 0.8,
  },
  {
    kind: 'INCUBATED_BY',
    voice: 'passive',
    object: 'ACTOR',
    reverse: true,
    agentKinds: ['INCUBATOR'],
    pattern: re(`\\b${PARTICIPLE('accompagn|soutenu')}${BY}(?!l'incubateur)|\\b(?:supported|mentored)${BY}`),
    confidence: 0.7,
  },

  {
    // "X, a biotech founded in 2019, raised …": "founded" followed by a date or a comma is a participle, not a verb.
    kind: 'FOUNDED',
    voice: 'active',
    object: 'ACTOR',
    pattern: re(
      `\\b(?:a|ont|avait|avaient)\\s+(?:co-?)?(?:fonde|cree)\\b|\\b(?:vien(?:t|nent)|venait|venaient)\\s+(?:donc\\s+|ainsi\\s+|aussi\\s+)?de\\s+(?:co-?)?(?:fonder|creer)\\b|\\b(?:has|have)\\s+(?:just\\s+)?(?:co-?founded|created|set up)\\b|\\b(?:fonde|cree|cofonde)(?:nt)?\\s+(?=l'|la|le|les|un|une)|\\b(?:co-?)?founded\\b(?!\\s+(?:in|on|at|as)\\b|\\s*,)|\\bset up\\b`,
    ),
    confidence: 0.7,
  },
  {
    // "Cofondatrice de la start-up, la société X": the noun takes the name right after it.
    kind: 'FOUNDED',
    voice: 'active',
    object: 'ACTOR',
    objectReach: 15,
    pattern: re(`\\b(?:co-?)?fondat(?:eur|rice)s?\\s+(?:de|du|des|d')|\\bco-?founders?\\s+of\\b`),
    confidence: 0.7,
  },
  {
    kind: 'MEMBER_OF',
    voice: 'active',
    object: 'ACTOR',
    listObject: true,
    pattern: re(
      `\\b(?:est|sont)?\\s*membres?\\s+(?:(?:fondat(?:eur|rice)s?|actifs?|associee?s?|historiques?)\\s+)?(?:de|du|des|d')|\\bfounding members? of\\b|\\badherente?s?\\s+(?:de|du|des|d'|a|au)|\\badhere(?:nt)?\\s+(?:a|au)\\b|\\b(?:a|ont)\\s+rejoint\\b(?!\\s+par)(?!${PEERS})|\\brejoin(?:t|nent)\\b(?!\\s+par)(?!${PEERS})|\\b(?:a|ont)\\s+integre\\b|\\bintegre(?:nt)?\\s+(?=(?:le|la|l')\\s*(?:pole|cluster|reseau|consortium|association|collectif|grappe|french tech|alliance|federation))|\\bmembers? of\\b|\\bjoined\\b(?!\\s+by)`,
    ),
    confidence: 0.75,
  },
  {
    kind: 'PART_OF',
    voice: 'active',
    object: 'ACTOR',
    pattern: re(
      `\\b(?:fait|font)\\s+partie\\s+(?:de|du|des|d')|\\bs'inscri(?:t|vent)\\s+dans\\b|\\bfiliale\\s+(?:de|du|d')|\\bappartien(?:t|nent)\\s+(?:a|au)\\b|\\b(?:is|are)\\s+part\\s+of\\b|\\bsubsidiary\\s+of\\b|\\bdependant\\s+(?:de|du|des|d')|\\brattachee?s?\\s+(?:a|au|aux)\\b`,
    ),
    confidence: 0.75,
  },
  {
    kind: 'PARTNERS_WITH',
    voice: 'active',
    object: 'ACTOR',
    listObject: true,
    pattern: re(
      `\\b(?:partenariats?|accords?|conventions?|rapprochements?|contrats? de (?:collaboration|cooperation|partenariat|recherche))\\s+(?:[a-z0-9'-]+\\s+){0,6}?avec\\b|\\bs'associe(?:nt|r|ra|ront)?\\s+(?:a|avec|au)\\b|\\bs'allie(?:nt|r|ra|ront)?\\s+(?:a|avec|au)\\b|\\bcollabore(?:nt|r|ra|ront)?\\s+(?:avec|a)\\b|\\btravaill(?:e|ent|ait|aient|era|eront)\\s+(?:[a-z]+\\s+){0,3}?avec\\b|\\bworks?\\s+(?:closely\\s+)?with\\b|\\b(?:has|have|had)\\s+(?:also\\s+|already\\s+)?worked\\s+(?:closely\\s+)?with\\b|\\b(?:a|ont|avait|avaient)\\s+(?:aussi\\s+|deja\\s+|egalement\\s+)?travaille\\s+(?:[a-z]+\\s+){0,2}?avec\\b|\\b(?:collaboration|cooperation|alliance)\\s+(?:[a-z0-9'-]+\\s+){0,6}?avec\\b|\\b(?:partners?|partnered|teams? up|teamed up|collaborates?)\\s+with\\b|\\b(?:partnership|collaboration|alliance)\\s+with\\b|\\b(?:beneficie(?:nt)?|a beneficie|ont beneficie|peu(?:t|vent) compter sur)\\s+(?:[a-z]+\\s+){0,2}?(?:du soutien|de l'appui)\\s+(?:de|du|des|d')`,
    ),
    confidence: 0.75,
  },
  {
    kind: 'LABELLED',
    voice: 'active',
    object: 'ACTOR',
    listObject: true,
    pattern: re(`\\b(?:a\\s+)?labellise(?:nt)?\\b(?!\\s+par)|\\blabell?ed\\b(?!\\s+by)`),
    confidence: 0.7,
  },
  {
    kind: 'LEADS',
    voice: 'active',
    object: 'ACTOR',
    // "heads for Boston", "leads to": a movement or a result, no one led.
    pattern: re(
      `\\b(?:preside|dirige|dirigent)\\b(?!\\s+par)|\\b(?:heads|chairs|leads)\\b(?!\\s+(?:for|to|towards|into|back|off|out|up)\\b)`,
    ),
    confidence: 0.7,
  },
  {
    kind: 'TOOK_OVER',
    voice: 'active',
    object: 'ACTOR',
    pattern: re(
      `\\b(?:a\\s+)?(?<!\\b(?:ete|est|sont|sera|seront|etre)\\s)(?:rachete|rachete|reprend|repris|acquiert|acquis)\\b(?!\\s+par)|\\b(?:met|mettent|a mis|ont mis|avait mis)\\s+la\\s+main\\s+sur\\b|\\b(?:prend|prennent|a pris|ont pris)\\s+possession\\s+(?:de|du|des|d')|\\bs'(?:empare|emparent|est empare|etait empare)e?s?\\s+(?:de|du|des|d')|\\brachat\\s+(?:de|du|d')|\\b(?:signe|finalise|officialise|annonce|boucle|conclu|conclut)\\s+(?:la|sa)\\s+reprise\\s+(?:de|du|d')|\\bacquisition\\s+(?:de|du|d'|of)|\\b(?:a|ont|avait)\\s+absorbe\\b(?!\\s+par)|\\babsorbe(?:nt)?\\s+(?=l'|la |le |les )|\\babsorbed\\b(?!\\s+by)|\\b(?:acquires|acquired|took over|takes over|buys|bought)\\b(?!\\s+(?:in\\s+\\d{4}\\s+)?by)`,
    ),
    // "X a racheté les titres détenus par A", "X bought the shares held by A": A sells its shares, it is not taken over.
    notBefore: SHARES_OF_OTHERS,
    confidence: 0.75,
  },
  {
    kind: 'HOLDS_SHARES_IN',
    voice: 'active',
    object: 'ACTOR',
    pattern: re(
      `\\bentre(?:nt)?\\s+au\\s+capital\\s+(?:de|du|d')|\\b(?:est|sont)\\s+(?:(?:a la fois|aussi|egalement|deja|partenaires?|et|historique|minoritaire|majoritaire|de reference)\\s+)*actionnaires?\\s+(?:de|du|d')|\\bprend\\s+une\\s+participation\\s+(?:dans|au capital de)|\\bdetient\\s+\\d+\\s*%\\s+(?:de|du|d')|\\btakes? a stake in\\b|\\bshareholder (?:of|in)\\b`,
    ),
    confidence: 0.75,
  },
  {
    kind: 'SPUN_OFF_FROM',
    voice: 'active',
    object: 'ACTOR',
    pattern: re(
      `\\b(?:est\\s+)?issue?s?\\s+(?:de|du|des|d')(?=\\s*(?:l'|la|le|les)?\\s*\\S)|\\bspin-?off\\s+(?:de|du|d'|of|from)|\\bessaimee?s?\\s+(?:de|du|d')|\\b(?:un\\s+)?essaimages?\\s+(?:de|du|d')|\\bspun\\s+(?:off|out)\\s+(?:of|from)\\b`,
    ),
    confidence: 0.7,
  },
  {
    kind: 'INCUBATED_BY',
    voice: 'active',
    object: 'ACTOR',
    pattern: re(
      `\\bincubee?s?\\s+(?:a|au|chez|dans)\\b|\\b(?:accompagnee?s?|hebergee?s?)\\s+(?:par|a|au)\\s+(?:l'incubateur|l'accelerateur)|\\b(?:installee?s?|installer|hebergee?s?|accueillie?s?)\\s+(?:dans|a|au sein de)\\s+(?:la pepiniere|l'incubateur|l'hotel d'entreprises)\\s+(?:de|du|d')|\\bincubated\\s+at\\b`,
    ),
    confidence: 0.75,
  },

  {
    // "X réunit A, B et C", "le consortium X regroupe A et B": each listed name is a member of the subject.
    kind: 'MEMBER_OF',
    voice: 'active',
    object: 'ACTOR',
    listObject: true,
    reverse: true,
    pattern: re(
      `\\b(?:reunit|reunissent|reunira|regroupe|regroupent|rassemble|rassemblent|federe|federent|compte (?:(?:desormais|aujourd'hui|aussi|egalement|notamment|deja)\\s+)?parmi ses (?:(?:nouveaux|principaux)\\s+)?(?:membres|adherents)|counts among its members|brings together|gathers)\\b(?!\\s+(?:par|a|avec)\\b)`,
    ),
    confidence: 0.7,
  },
  {
    // "X est une initiative de Y", "X is an initiative of Y": Y carries X.
    kind: 'CARRIES',
    voice: 'active',
    object: 'ACTOR',
    reverse: true,
    objectReach: 30,
    pattern: re(`\\b(?:est|etait|sont|is|was)\\s+(?:une|an)\\s+initiative\\s+(?:de|du|des|d'|of)\\b`),
    confidence: 0.7,
  },
  {
    // "placée sous la tutelle de A, B et C", "unité mixte du CNRS et de l'université X": each name carries the subject.
    kind: 'CARRIES',
    voice: 'active',
    object: 'ACTOR',
    listObject: true,
    reverse: true,
    describedSubject: true,
    objectReach: 12,
    pattern: re(
      `\\bsous (?:la|les) (?:double |triple |quadruple )?tutelles? (?:de|du|des|d')|\\b(?:constituee?s?|composee?s?|formee?s?|issue?s?|regroupant|reunissant|made up of|formed of|formed by)\\s+(?:par\\s+)?(?:d'|de |des )?${TEAMS}\\s+(?:de|du|des|d'|from|of)|\\bunites? mixtes? (?:de recherche |de service )?(?:de|du|des|d')|\\bunder the (?:joint )?supervision of\\b|\\bjoint (?:research )?units? of\\b`,
    ),
    confidence: 0.7,
  },
  {
    // "X a pris une participation dans Y", "la prise de participation de X dans Y".
    kind: 'HOLDS_SHARES_IN',
    voice: 'active',
    object: 'ACTOR',
    pattern: re(
      `\\b(?:a|ont|avait)\\s+pris\\s+(?:une\\s+)?(?:participation|part)s?\\s+(?:\\S+\\s+){0,3}?(?:dans|au capital (?:de|du|d'))|\\bprise de participation\\b[^.;:]{0,40}?(?:dans|au capital (?:de|du|d'))|\\b(?:entre(?:nt|ra|ront)?|entree?s?|bientot|arrive(?:nt)?|monte(?:nt)?)\\s+au\\s+capital\\s+(?:de|du|d')|\\b(?:took|acquired|holds?) an? (?:\\S+ )?stake in\\b|\\binvested in\\b`,
    ),
    confidence: 0.7,
  },
  {
    // "installée au sein de Y", "implantée sur le campus Y": the subject is part of the place-like actor (an incubator hosts it).
    kind: 'PART_OF',
    voice: 'active',
    object: 'ACTOR',
    pattern: re(
      `\\b(?:installee?s?|implantee?s?|hebergee?s?|localisee?s?|situee?s?|basee?s?)\\s+(?:[a-z]+ment\\s+)?(?:au sein (?:de|du|des|d')|au coeur (?:de|du|d')|sur le (?:site|campus|parc) (?:de|du|d')?|dans les locaux (?:de|du|d'))|\\bhoused (?:in|at|within)\\b`,
    ),
    objectReach: 30,
    confidence: 0.65,
  },
  {
    // "X, composé des pépinières A, B et C", "X héberge la start-up A et le laboratoire B": the listed names are part of X (incubated when X is an incubator).
    kind: 'PART_OF',
    voice: 'active',
    object: 'ACTOR',
    listObject: true,
    reverse: true,
    objectReach: 40,
    pattern: re(
      `\\bcomposee?s?\\s+(?:de|des|du|d')(?:\\s+(?:deux|trois|quatre|cinq|six|\\d+)\\s+\\S+)?|\\b(?:heberge|hebergent|abrite|abritent|accueille|accueillent|hosts|houses)\\b|\\b(?:integre(?:nt)?|welcomes?|welcomed)\\s+(?=(?:[a-z]+\\s+){0,2}(?:membres|adherents|members)\\b)|\\bmade up of\\b|\\bcomprises\\b|\\b(?:is|are)\\s+composed\\s+of\\b|\\bconsists?\\s+of\\b`,
    ),
    confidence: 0.6,
  },
  {
    // "X, propriétaire des cliniques A et B", "aux commandes de A, B et C", "owner of A", "X, qui exploite les cliniques A et
    // B": each listed name is part of X.
    kind: 'PART_OF',
    voice: 'active',
    object: 'ACTOR',
    listObject: true,
    reverse: true,
    objectReach: 40,
    pattern: re(
      `\\bproprietaires?\\s+(?:de|du|des|d')|\\baux commandes\\s+(?:de|du|des|d')|\\b(?:owner|parent company) of\\b|\\bexploite(?:nt)?\\s+(?:les|la|le|l')\\s*(?=(?:cliniques?|hopitaux|hopital|etablissements?|usines?)\\b)`,
    ),
    confidence: 0.65,
  },
  {
    // "X ouvre son capital au groupe Y", "X opens its capital to Y": Y holds shares in X.
    kind: 'HOLDS_SHARES_IN',
    voice: 'active',
    object: 'ACTOR',
    reverse: true,
    pattern: re(`\\bouvre(?:nt)?\\s+(?:son|leur)\\s+capital\\s+(?:a|au|aux)\\b|\\bopens?\\s+(?:up\\s+)?(?:its|their)\\s+capital\\s+to\\b`),
    confidence: 0.7,
  },
  {
    kind: 'HOLDS_SHARES_IN',
    voice: 'passive',
    object: 'ACTOR',
    agentKinds: ['FUND'],
    pattern: re(`\\b(?:backed|funded)${BY}`),
    confidence: 0.65,
  },

  {
    // "Y prend le contrôle de X", "the takeover": control is a takeover.
    kind: 'TOOK_OVER',
    voice: 'active',
    object: 'ACTOR',
    objectReach: 40,
    pattern: re(
      `\\b(?:prend|prennent|a pris|ont pris|avait pris|prendra|takes?|took)\\s+le\\s+controle\\s+(?:de|du|des|d')|\\btakes? control of\\b|\\btook control of\\b`,
    ),
    confidence: 0.75,
  },
  {
    // "X passe sous le contrôle de Y", "X est cédée au groupe Y", "X a été vendue à Y": Y took X over.
    kind: 'TOOK_OVER',
    voice: 'active',
    object: 'ACTOR',
    reverse: true,
    objectReach: 45,
    pattern: re(
      `\\bpass(?:e|ent|ait|era|ee?s?)\\s+sous\\s+(?:le\\s+)?controle\\s+(?:de|du|des|d')|\\b(?:a ete |ont ete |est |sont |sera |seront )?(?:cedee?s?|vendue?s?)\\s+(?:en\\s+\\d{4}\\s+)?(?:a|au|aux)\\b(?!\\s+(?:hauteur|un prix|un montant))|\\b(?:was|were|is|are)(?: being)? sold to\\b|\\bcomes? under the control of\\b`,
    ),
    confidence: 0.7,
  },
  {
    kind: 'SUPPORTS',
    voice: 'active',
    subject: 'PROGRAMME',
    object: 'PROGRAMME',
    pattern: re(
      `\\b(?:appuie|appuiera|appuieront|soutient|soutiendra|declinera|decline|met en oeuvre|mettra en oeuvre|contribue a|contribuera a|supports|will support|implements)\\b`,
    ),
    confidence: 0.65,
  },
  {
    kind: 'CO_PILOTS',
    voice: 'active',
    object: 'PROGRAMME',
    pattern: re(`\\bco-?pilot(?:e|ent|er|era|eront)\\b|\\bco-?pilots?\\b`),
    confidence: 0.75,
  },
  {
    kind: 'PILOTS',
    voice: 'active',
    object: 'PROGRAMME',
    pattern: re(`\\b(?<!co-?)pilot(?:e|ent|er|era|eront)\\b(?!\\s+(?:par|depuis))|\\bpilots\\b`),
    confidence: 0.7,
  },
  {
    kind: 'RUNS',
    voice: 'active',
    object: 'PROGRAMME',
    pattern: re(
      `\\b(?:a|ont|avait)\\s+(?:lance|adopte|mis en place|initie|cree)\\b|\\b(?:lance|lancent|lancera|adopte|met en place|mettent en place|initie|conduit|conduisent|anime|animent|gere|gerent|coordonne|coordonnent|porte|portent)\\b(?!\\s+par)|\\bfedere(?:nt)?\\b|\\b(?:launched|launches|runs|adopted|manages|coordinates)\\b`,
    ),
    confidence: 0.7,
  },
  {
    kind: 'TAKES_PART_IN',
    voice: 'active',
    object: 'PROGRAMME',
    pattern: re(
      `\\bparticipe(?:nt)?\\s+(?:a|au|aux)\\b|\\bprend\\s+part\\s+(?:a|au)\\b|\\blaureate?s?\\s+(?:de|du|d')|\\bbeneficiaires?\\s+(?:de|du|d')|\\btakes?\\s+part\\s+in\\b|\\bparticipates?\\s+in\\b`,
    ),
    confidence: 0.7,
  },
];

function re(source: string): RegExp {
  return new RegExp(source, 'g');
}

/** Membership of these kinds is MEMBER_OF rather than PART_OF ("fait partie du consortium X"). */
const MEMBERSHIP_KINDS = new Set(['CONSORTIUM', 'CLUSTER', 'COMPETITIVENESS_POLE']);

/** Ties whose origin may be a person; a person is the origin of no other kind of tie. */
const PERSON_LED = new Set<TieType>(['LEADS', 'FOUNDED']);

/** A tie found, before it gets its id. */
type TieDraft = Omit<TieProposal, 'id'>;

/**
 * Ties the press states of the present ("A et B sont partenaires") that hold from the day of the document when the
 * sentence gives no date: the kinds of tie whose start the corpus records (partnership, shares, membership, incubation,
 * running or taking part in a programme, a label). A founding, a takeover, a spin-off or a role has a date of its own.
 */
const DATED_BY_DOCUMENT = new Set<TieType>([
  'PARTNERS_WITH',
  'HOLDS_SHARES_IN',
  'MEMBER_OF',
  'INCUBATED_BY',
  'RUNS',
  'TAKES_PART_IN',
  'PARTNER_IN',
  'LABELLED',
]);

/** A verb of the past in a sentence: its facts are not stated as of the document's day ("a rejoint", "avait signé", "joined"). */
const PAST =
  /\b(?:a|ont|avait|avaient|eut|eurent)\s+(?:(?:deja|aussi|egalement|ensuite|alors|notamment|recemment|en outre)\s+)?(?:ete\s+)?[a-z-]+(?:e|es|ee|ees|i|is|it|u|us|ert|ort)\b|\b(?:etait|etaient|fut|furent|was|were|had|did)\b|\b[a-z]+ed\s+(?:by|with|to|in|a|an|the)\b/;

/** Words that carry a date on to the next sentence ("En 2019, X rejoint Y. Elle a ensuite signé avec Z"). */
const CARRIED_ON =
  /^(?:[^.;:]{0,40},\s*)?(?:elle|il|elles|ils|it|they|la societe|l'entreprise|la start-up|le groupe)\b|\b(?:ensuite|puis|la meme annee|cette annee-la|dans la foulee|then|that same year|later that year)\b/;

/** What dates the ties of a document: its day (the `published` metadata, else its dateline) and its text (for paragraphs). */
export interface TieDating {
  documentDate: string | null;
  text: string;
}

/**
 * The date a tie holds from: the date its sentence states; else the date the sentence before states when this one goes
 * on with the same story, in the past, in the same paragraph ("ensuite", a pronoun subject); else, for a tie stated in
 * the present, the document's day.
 */
function sinceFor(view: SentenceView, previous: SentenceView | undefined, kind: TieType, dating: TieDating | undefined): string | null {
  const stated = sinceOf(view.reading.dates);
  if (stated || !dating) return stated;
  const sameParagraph =
    previous !== undefined && !/\n\s*\n/.test(dating.text.slice(previous.reading.sentence.end, view.reading.sentence.start));
  const past = PAST.test(view.folded);
  // The story goes on in the past ("Elle a ensuite rejoint Z"); a sentence in the present speaks of the document's day.
  const carried = past && sameParagraph && CARRIED_ON.test(view.folded) ? sinceOf(previous.reading.dates) : null;
  if (carried) return carried;
  return DATED_BY_DOCUMENT.has(kind) && !past ? dating.documentDate : null;
}

/** The ties each sentence states through the cue verbs of each tie kind, people's roles, lists of partners and members. */
export function tieProposals(read: SentenceView[], dating?: TieDating): TieDraft[] {
  // "la Métropole", "le CHRU" alone stand for the body the document names in full with that head.
  const views = withShortForms(read);
  const ties: TieDraft[] = [];
  // What the document is about is counted on the names read, a short form adds no weight to its body.
  const subject = documentSubject(read);
  let lastProgramme: Mention | undefined;
  for (const view of views) {
    const add = (kind: TieType, start: Mention, end: Mention, confidence: number) => {
      if (start.key === end.key) return;
      // A person leads or founds an organisation, never the reverse ("Eurobiomed : son président X").
      const swapped = PERSON_LED.has(kind) && end.kind === 'PERSON' && start.kind !== 'PERSON';
      const [from, to] = swapped ? [end, start] : [start, end];
      if (to.kind === 'PERSON' || (from.kind === 'PERSON' && !PERSON_LED.has(kind))) return;
      // Only people lead: a site or a body of a kind no person's name is misread as leads nothing ("qui dirige le site X").
      if (kind === 'LEADS' && (SITE_CUES.has(from.cue) || (from.kind && from.kind !== 'PERSON' && from.kind !== 'COMPANY'))) return;
      // A public authority is never incubated ("elle s'installe dans la pépinière" read back to a métropole).
      if (kind === 'INCUBATED_BY' && from.kind === 'PUBLIC_AUTHORITY') return;
      ties.push({
        kind: 'TIE',
        tieKind: kind,
        from: refOf(from),
        to: refOf(to),
        since: sinceFor(view, views[view.index - 1], kind, dating),
        sentence: sentenceRef(view),
        confidence: confidenceOf(confidence * Math.min(from.confidence, to.confidence) + 0.2),
      });
    };
    for (const cue of CUES) {
      for (const match of matchesOf(cue.pattern, view.folded)) {
        if (cue.notBefore?.test(view.folded.slice(match.index + match[0].length))) continue;
        const verbStart = view.reading.sentence.start + match.index;
        const verbEnd = verbStart + match[0].length;
        if (cue.voice === 'passive') passiveTie(view, cue, verbStart, verbEnd, add);
        else activeTie(view, cue, verbStart, verbEnd, { lastProgramme, subject }, add);
      }
    }
    partnersAlongside(view, add);
    partnersBetween(view, add);
    groupMembers(view, add);
    builtWith(view, lastProgramme, add);
    developedWith(view, add);
    takenOverBy(view, add);
    soldTo(view, add);
    ownSold(view, add);
    ledInRelative(view, add);
    acquiredInRelative(view, add);
    gatheredPartners(view, add);
    countedPartnersListed(view, add);
    carriedByCountedList(view, add);
    foundersCounted(view, add);
    formedTogether(view, add);
    subsidiaryNamed(view, add);
    parentInApposition(view, add);
    capitalEntered(view, subject, add);
    sectorMembers(view, views[view.index - 1], add);
    peopleRoles(view, views[view.index - 1], subject, add);
    shareholdersListed(view, subject, add);
    roundShares(view, subject, add);
    capitalStakes(view, add);
    listedAfterColon(view, subject, add);
    signedTogether(view, add);
    signedByLeader(view, add);
    membersAmong(view, views[view.index - 1], subject, add);
    hostedListedNext(view, views[view.index - 1], add);
    membersListedWithDont(view, add);
    spawned(view, views.slice(view.index + 1), add);
    launchedTogether(view, add);
    partnersNamedAfterOwner(view, views, add);
    namedAtOpening(view, add);
    hostedByIncubator(view, add);
    sitesOfGroups(view, views, add);
    bulletsUnderLine(view, views.slice(view.index + 1), subject, add);
    bulletOfRole(view, views, subject, add);
    bulletListTies(view, views, subject, add);
    possessivePartners(view, subject, add);
    // What "le" refers back to: the programme a sentence is about, its first ("Le contrat appuiera la stratégie …").
    lastProgramme = view.mentions.find((m) => m.target === 'PROGRAMME') ?? lastProgramme;
  }
  // A fund that buys a company holds it; the company does not become part of the fund.
  const funds = new Set(
    views
      .flatMap((v) => v.mentions)
      .filter((m) => m.kind === 'FUND')
      .map((m) => m.name),
  );
  return dedupe([...ties, ...partsOfBuyers(ties, funds)]);
}

/**
 * "dévoilé par le CHU et ses partenaires, dont A, B et C": the names after "dont" are the first one's partners. A bare
 * head ("le CHU") stands for the name with that head the document gave before ("le CHU de Montpellier").
 */
function partnersNamedAfterOwner(view: SentenceView, views: SentenceView[], add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:et|avec|and|with) (?:ses|leurs|its|their) (?:[a-z-]+ )?(?:partenaires|partners)(?: [a-z-]+){0,2}\s*,?\s*(?:dont|notamment|parmi lesquels|comme|including|such as|among them)\s+/g,
    view.folded,
  )) {
    const at = view.reading.sentence.start + match.index;
    const bare = /(?:^|\s)(?:le|la|l['’])\s*(CHU|CHRU|Université|Métropole|Région|Institut)\s*$/u.exec(
      view.reading.sentence.text.slice(0, local(view, at)),
    )?.[1];
    const named = bare ? undefined : mentionBefore(view, at, 20, 'ACTOR');
    if (!bare && (!named || named.kind === 'PERSON' || /[,;:()]/.test(textBetween(view, named.end, at)))) continue;
    const owner = bare
      ? views
          .slice(0, view.index + 1)
          .flatMap((v) => v.mentions)
          .find((m) => m.target === 'ACTOR' && m.name.startsWith(`${bare} `))
      : named;
    if (!owner) continue;
    const first = mentionAfter(view, at + match[0].length, 20, 'ACTOR');
    if (!first) continue;
    for (const partner of listFrom(view, first, 'ACTOR'))
      if (partner.kind !== 'PERSON' && partner.key !== owner.key) add('PARTNERS_WITH', owner, partner, 0.7);
  }
}

/**
 * "le site Exemplia de Castres", "l'usine Exemplia à Albi", "le site toulousain d'Exemplia": the site read as an actor
 * of its own ("Exemplia Castres") is PART_OF its group, the name the site's words hold without their place. The group
 * is the mention of that name the document makes elsewhere (linked when the graph knows it), else named here.
 */
function sitesOfGroups(view: SentenceView, views: SentenceView[], add: AddTie): void {
  for (const site of view.mentions) {
    if (!SITE_CUES.has(site.cue)) continue;
    const name = groupOfSite(site.text);
    const key = compactKey(name);
    if (key === site.key || key.length < 2) continue;
    const group = views
      .flatMap((v) => v.mentions)
      .find((m) => m.target === 'ACTOR' && !SITE_CUES.has(m.cue) && (m.key === key || compactKey(m.name) === key));
    add('PART_OF', site, group ?? { ...site, name, key, cue: 'group of a site' }, 0.8);
  }
}

/** The cues of a group's site read as an actor of its own ("le site Exemplia de Castres", "Exemplia's Castres site"). */
const SITE_CUES = new Set(['site of a group', 'possessive site of a group']);

/** What a group took over becomes part of it: each TOOK_OVER buyer -> bought also proposes PART_OF bought -> buyer, less sure. */
function partsOfBuyers(ties: TieDraft[], funds: Set<string>): TieDraft[] {
  return ties
    .filter((t) => t.tieKind === 'TOOK_OVER' && !funds.has(t.from.name))
    .map((t) => ({ ...t, tieKind: 'PART_OF', from: t.to, to: t.from, confidence: confidenceOf(t.confidence - 0.1) }));
}

type AddTie = (kind: TieType, from: Mention, to: Mention, confidence: number) => void;

/** A name governed by "par" / "by": the agent of a participle ("fondé par A"), no subject. */
function agentOfParticiple(view: SentenceView, mention: Mention): boolean {
  return /(?:^|\s)(?:par|by)\s+(?:le |la |les |l'|the )?(?:dr\.? |pr\.? )?(?:[a-z-]+\s+){0,2}$/.test(
    view.folded.slice(Math.max(0, local(view, mention.start) - 20), local(view, mention.start)),
  );
}

/** The sentence's opening words with the places it names blanked out (same length). */
function withoutPlaces(view: SentenceView, opening: string): string {
  let text = opening;
  for (const place of view.reading.places) {
    const start = local(view, place.start);
    if (start >= text.length) continue;
    const end = Math.min(text.length, local(view, place.end));
    text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  }
  return text;
}

/** "Fondé par A et B, X …" (fronted: X is the first name after the list) or "X, porté par A" (X before the verb). */
function passiveTie(view: SentenceView, cue: TieCue, verbStart: number, verbEnd: number, add: AddTie): void {
  const firstAgent = mentionAfter(view, verbEnd, 60);
  // The agent is governed by "par": "labellisée par le pôle, en lien avec X" does not make X the labeller ("par son président, X" does).
  if (!firstAgent || firstAgent.target !== 'ACTOR' || /[;()]|,\s*\S/.test(textBetween(view, verbEnd, firstAgent.start))) return;
  // "portés par des professionnels du CHU": the agent is a noun the name completes, not the name (teams carry, below).
  const ofNoun = /^\s*(?:(?:des|les|the)\s+)?([a-z-]+)\s+(?:du|de la|de l'|des|de|d'|of the|of)\s*$/.exec(
    textBetween(view, verbEnd, firstAgent.start),
  );
  if (ofNoun && !new RegExp(`^${TEAMS}$`).test(ofNoun[1]!)) return;
  const agents = listFrom(view, firstAgent, 'ACTOR').filter((m) => !cue.agentKinds || cue.agentKinds.includes(m.kind ?? ''));
  if (agents.length === 0) return;
  // "cofondée par A, qui la préside, et par B": a second "par" after the list names one more agent.
  const more = agents.length > 0 ? mentionAfter(view, agents[agents.length - 1]!.end, 60, 'ACTOR') : undefined;
  if (
    more &&
    (!cue.agentKinds || cue.agentKinds.includes(more.kind ?? '')) &&
    /^\s*(?:,[^,.;:]{0,40},)?\s*(?:et|and)\s+(?:par|by)\s+(?:le |la |les |l'|the )?(?:\S+\s+){0,2}?$/.test(
      textBetween(view, agents[agents.length - 1]!.end, more.start),
    )
  )
    agents.push(more);
  const before = textBetween(view, view.reading.sentence.start, verbStart);
  // Fronted: nothing but a date or a conjunction before the cue ("En 2011, fondée par X, la société Y"), or no name
  // and no capitalised word but the first before it (a name not read: "l'agence Openex, présidée par").
  // Places are no names of organisations: "Basée à Montpellier et présidée par X, la SATT …" is fronted too.
  const opening = withoutPlaces(view, view.reading.sentence.text.slice(0, local(view, verbStart))).replace(/^[^\p{L}]*\S+/u, '');
  const fronted =
    /^(?:\s|,|et|and)*$/.test(before) ||
    (/[,;:]\s*$/.test(before) && !mentionBefore(view, verbStart, 3)) ||
    (!view.mentions.some((m) => m.end <= verbStart) && !/\p{Lu}/u.test(opening));
  let target: Mention | undefined;
  let openedByParticiples = false;
  let subjectAfterClause = false;
  if (!fronted) {
    target = mentionBefore(view, verbStart, 60);
    // "La société, essaimage du CNRS, a été fondée par A": a name inside an apposition closed by a comma before the verb
    // completes the apposition's noun; the subject is the name the apposition follows.
    if (target) target = beforeApposition(view, target, verbStart);
    // "X, fondée par A et dirigée par B": A is the agent of another participle; the subject is before it (X), or, when
    // the sentence opens with those participles ("Fondé par A et dirigé par B, le groupe …"), after the agents.
    while (target && agentOfParticiple(view, target)) {
      const earlier = mentionBefore(view, target.start, 60);
      if (!earlier) openedByParticiples = true;
      target = earlier;
    }
  }
  if (fronted || openedByParticiples) {
    // "Fondée par son président, A, la société X": people joined by a comma to an organisation, the subject.
    const last = agents[agents.length - 1]!;
    if (
      agents.length > 1 &&
      last.kind !== 'PERSON' &&
      agents.slice(0, -1).every((m) => m.kind === 'PERSON') &&
      listJoin(textBetween(view, agents[agents.length - 2]!.end, last.start)) === 'comma'
    )
      target = agents.pop();
    else {
      target = mentionAfter(view, agents[agents.length - 1]!.end, 40);
      subjectAfterClause = true;
    }
  }
  while (target && agentOfParticiple(view, target) && !agents.includes(target)) target = mentionAfter(view, target.end, 40);
  // The subject comes right after the fronted clause ("Présidée par X, la société Y …"); a name after a verb is its
  // object ("Présidée par X, la SATT a vu entrer à son capital la Région": the Région is not led by X).
  const named = target && [...view.mentions].reverse().find((m) => m.end <= target!.start);
  if (
    target &&
    named &&
    subjectAfterClause &&
    !/^\s*(?:\([^)]*\)\s*)?,\s*(?:[\p{L}'’-]+\s+){0,5}$/u.test(textBetween(view, named.end, target.start))
  )
    target = undefined;
  // "Cette société montpelliéraine, dirigée par X, a …": nothing follows, so the name before the comma is the subject.
  if (!target && fronted && /[,;:]\s*$/.test(before)) target = mentionBefore(view, verbStart, 60);
  if (!target || target.target !== cue.object || agents.includes(target)) return;
  // "X pourrait être racheté par Y": a possibility, not a fact.
  if (!fronted && target.end <= verbStart && PLANNED.test(textBetween(view, target.end, verbStart))) return;
  for (const agent of agents) cue.reverse ? add(cue.kind, target, agent, cue.confidence) : add(cue.kind, agent, target, cue.confidence);
  // "dirigée par son fondateur, X", "run by its co-founder X": the role named before the person says they founded it too.
  if (!cue.reverse && cue.kind !== 'FOUNDED' && FOUNDER_ROLE.test(textBetween(view, verbEnd, firstAgent.start)))
    for (const agent of agents) if (agent.kind === 'PERSON') add('FOUNDED', agent, target, cue.confidence - 0.05);
}

/**
 * The name an apposition follows when `named` sits inside it: "X, essaimage de Y à Lunel, a été fondée par" gives X.
 * `named` itself when no comma closes an apposition around it; none when the apposition opens the sentence after words
 * not read as a name.
 */
function beforeApposition(view: SentenceView, named: Mention, verbStart: number): Mention | undefined {
  // "Elsan, propriétaire des cliniques A et B": the cue opens the apposition, the name before it is its head.
  if (/^\s*,\s*$/.test(textBetween(view, named.end, verbStart))) return named;
  if (
    !/^[^,;:()]*,\s*(?:(?:a|ont|est|sont|avait|etait|a ete|ont ete|has|have|had|was|were|is|are|been)\s+)*(?:ete\s+|been\s+)?\S*$/.test(
      textBetween(view, named.end, verbStart),
    )
  )
    return named;
  const opening = view.folded.lastIndexOf(',', local(view, named.start));
  if (opening < 0 || /[;:()]/.test(view.folded.slice(opening, local(view, named.start)))) return named;
  // "Le projet retenu, ANITI, est porté par": the name is the apposition itself, which names the subject.
  if (/^,\s*(?:(?:l'|la|le|les|the)\s*)?$/.test(view.folded.slice(opening, local(view, named.start)))) return named;
  // The name the apposition follows, right before its comma; a name not read there ("Medtech, the company behind the
  // Rosa robots, is sold") leaves no subject rather than the name inside the apposition.
  const head = mentionBefore(view, view.reading.sentence.start + opening, 2, 'ACTOR');
  if (!head) return /^\s*[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,3}\s*$/u.test(view.folded.slice(0, opening)) ? undefined : named;
  return head.kind !== 'PERSON' ? head : named;
}

/** A founder's role governing the agent of a participle: "par son fondateur,", "by its co-founder". */
const FOUNDER_ROLE = /\b(?:son|sa|leur|ses|its|their|the)\s+(?:co-?)?(?:fondat(?:eur|rice)s?|founders?)\b/;

/** "A, B et C vont le copiloter", "X fait partie du consortium Y", "X s'associe à Y et Z"; fronted: "Filiale de Y, X …". */
function activeTie(
  view: SentenceView,
  cue: TieCue,
  verbStart: number,
  verbEnd: number,
  context: { lastProgramme: Mention | undefined; subject: Mention | undefined },
  add: AddTie,
): void {
  const subjectTarget = cue.subject ?? 'ACTOR';
  // "Le tour de table réunit A et B": the names are the round's investors, not members (roundShares reads them).
  if (cue.kind === 'MEMBER_OF' && cue.reverse && aboutRound(view, verbStart)) return;
  // "Il réunit quatre acteurs : A, B …": which host "il" is stays unsure; countedPartnersListed reads the names as partners.
  if (cue.kind === 'MEMBER_OF' && cue.reverse && countedGatheringUnnamed(view, verbStart)) return;
  // "vient de créer – avec le soutien de A et en partenariat avec B –, l'institut C": the object follows the insertion.
  const insertion = INSERTION_AFTER.exec(view.folded.slice(local(view, verbEnd)))?.[0].length ?? 0;
  const first = mentionAfter(view, verbEnd + insertion, cue.objectReach ?? 80);
  // "le rachat de X par Y" names the buyer after its object: takenOverBy reads it.
  if (first && /^\s*,?\s*(?:par|by)\s/.test(textBetween(view, first.end, first.end + 6))) return;
  const opening = textBetween(view, view.reading.sentence.start, verbStart);
  // "Depuis le rachat de X en 2016, Y dispose …": a nominal takeover fronted by a preposition; Y is the clause's subject.
  const frontedNoun =
    cue.kind === 'TOOK_OVER' &&
    /^(?:rachat|acquisition)\b/.test(view.folded.slice(local(view, verbStart))) &&
    /^[\s"«“-]*(?:depuis|apres|avec|since|after|following|with)\s+(?:le|l'|the|son|its)\s*$/.test(opening);
  const fronted = subjectTarget === 'ACTOR' && (/^[\s"«“-]*$/.test(opening) || frontedNoun);
  let subjects: Mention[];
  if (fronted) {
    // "Filiale de Y, X recrute" / "Spin-off de Y, la société …": the subject follows the object's clause, or is what the document is about.
    if (!first || first.target !== cue.object) return;
    const objects = cue.listObject ? listFrom(view, first) : [first];
    const after = mentionAfter(view, objects[objects.length - 1]!.end, 60, 'ACTOR');
    const clause = after && /^[^.;:]*,\s*(?:\S+\s+){0,3}$/.test(textBetween(view, objects[objects.length - 1]!.end, after.start));
    const subject = clause ? after : frontedNoun ? undefined : context.subject;
    if (!subject || objects.includes(subject)) return;
    subjects = [subject];
  } else {
    // "X, porté par une équipe du CHU, accueille …": a host is not a name governed by a preposition.
    const hostBefore = cue.reverse
      ? [...view.mentions]
          .reverse()
          .find((m) => m.end <= verbStart && verbStart - m.end <= 160 && m.target === subjectTarget && !isComplement(view, m))
      : undefined;
    // "Alpha, the company behind the Beta robots, is sold to C": the name the apposition follows, not one inside it.
    const subject = cue.reverse
      ? hostBefore && beforeApposition(view, hostBefore, verbStart)
      : doerBefore(view, insertionOpening(view, verbStart) ?? verbStart, subjectTarget);
    if (cue.describedSubject && (!subject || isComplement(view, subject))) subjects = context.subject ? [context.subject] : [];
    else if (!subject || notTheDoer(view, subject, verbStart)) return;
    // "A, et B, qui exploite …": a relative clause with a verb in the singular is said of the one name before it.
    else if (
      /^\s*,\s*qui\s*$/.test(textBetween(view, subject.end, verbStart)) &&
      !/^\S*nt\b/.test(view.folded.slice(local(view, verbStart)))
    )
      subjects = [subject];
    else subjects = listUpTo(view, subject).filter((m) => m.target === subjectTarget);
  }
  let objects: Mention[] = [];
  const lastSubject = subjects[subjects.length - 1];
  const pronoun =
    lastSubject !== undefined &&
    /(?:^|\s)(?:le|la|l'|les)\s*(?:(?:va|vont|doit|doivent|devra|devront|veut|veulent)\s+)?$/.test(
      textBetween(view, lastSubject.end, verbStart),
    );
  if (cue.object === 'PROGRAMME' && pronoun && context.lastProgramme) objects = [context.lastProgramme];
  else {
    if (!first) return;
    objects = cue.listObject ? listFrom(view, first) : [first];
  }
  for (const object of objects) {
    let kind = cue.kind;
    if (object.target !== cue.object) {
      if (cue.kind === 'PART_OF' && object.target === 'PROGRAMME') kind = 'TAKES_PART_IN';
      else continue;
    } else if (cue.kind === 'PART_OF' && !cue.reverse) kind = hostedKind(object, '');
    for (const s of subjects) {
      if (!cue.reverse) add(kind, s, object, cue.confidence);
      // What a public authority or a person hosts is not part of it ("la Région accueille X").
      else if (kind !== 'PART_OF' || (s.kind !== 'PUBLIC_AUTHORITY' && s.kind !== 'PERSON'))
        add(kind === 'PART_OF' ? hostedKind(s, textBetween(view, verbEnd, object.start), object) : kind, object, s, cue.confidence);
    }
  }
}

/** An insertion between dashes or brackets right after a verb: "crée – avec le soutien de A – l'institut B", "crée (avec A) B". */
const INSERTION_AFTER = /^\s*(?:[–—]\s[^–—]{1,250}?\s?[–—]|\s-\s(?:(?!\s-[\s,]).){1,250}?\s-(?=[\s,])|\([^()]{1,200}\))\s*,?/;

/**
 * Where the dash insertion a cue stands in opens ("Alpha crée – en partenariat avec B – …": Alpha is the doer, not a
 * name inside the insertion); undefined when the cue is outside one (an even count of spaced dashes before it).
 */
function insertionOpening(view: SentenceView, verbStart: number): number | undefined {
  // A dash inside brackets tags a name ("(CRCT – Inserm)"), it opens no insertion.
  const before = view.folded.slice(0, local(view, verbStart)).replace(/\([^()]*\)/g, (inside) => ' '.repeat(inside.length));
  const dashes = [...before.matchAll(/\s[–—-](?=[\s,])/g)];
  if (dashes.length % 2 === 0) return undefined;
  const opening = dashes[dashes.length - 1]!.index;
  // An insertion opens with a preposition ("– avec le soutien de A"); a dateline's dash is followed by the subject ("(AFP) – Alpha …").
  if (
    !/^\s*[–—-]\s*(?:avec|en|aux?|a|grace|sous|via|par|pour|dans|selon|with|in|alongside|together|through|under|by|for|thanks)\b/.test(
      before.slice(opening),
    )
  )
    return undefined;
  return view.reading.sentence.start + opening;
}

/**
 * What being part of a host is: shares or membership when the words say so, incubation in an incubator (unless
 * what it holds are incubators or sites of its own: "composé des pépinières A et B"), membership of a consortium, cluster or pole.
 */
function hostedKind(host: Mention, cueToName: string, hosted?: Mention): TieType {
  // "accueille dans son capital X", "accueille trois nouveaux membres : X".
  if (/\bcapital\b/.test(cueToName)) return 'HOLDS_SHARES_IN';
  if (/\b(?:membres?|adherents?|members?)\b/.test(cueToName)) return 'MEMBER_OF';
  // "héberge sept start-up : A, B": young companies a host takes in are incubated there.
  if (STARTUPS.test(cueToName) && host.kind !== 'PUBLIC_AUTHORITY') return 'INCUBATED_BY';
  if (hosted?.kind === 'INCUBATOR' || /\b(?:pepinieres?|sites?|antennes?|etablissements?|branches?)\b/.test(cueToName)) return 'PART_OF';
  if (host.kind === 'INCUBATOR' || describedAsIncubator(host)) return 'INCUBATED_BY';
  return MEMBERSHIP_KINDS.has(host.kind ?? '') ? 'MEMBER_OF' : 'PART_OF';
}

/**
 * Who does what a cue says: the nearest name before it that no preposition governs ("La société, qui a repris le site de
 * X, a conclu une alliance avec Y": the société, not X), farther than the nearest when a clause comes in between.
 */
function doerBefore(view: SentenceView, verbStart: number, target: Mention['target']): Mention | undefined {
  const nearest = mentionBefore(view, verbStart, 100, target);
  // "X, chaired by Y, completed the acquisition of Z": the agent of a participle in an apposition is not the doer.
  if (nearest && !ofSomething(view, nearest) && !agentOfParticiple(view, nearest)) return nearest;
  return (
    [...view.mentions]
      .reverse()
      .find((m) => m.end <= verbStart && verbStart - m.end <= 200 && m.target === target && !isComplement(view, m)) ?? nearest
  );
}

/** A name that completes a noun ("le site de X", "les équipes du groupe X"): what the sentence is about is elsewhere. */
function ofSomething(view: SentenceView, mention: Mention): boolean {
  return /(?:^|[\s'])(?:de|du|des|d|of)\b\s*(?:l'|la |le |les |the )?(?:[a-z]+\s+){0,2}$/.test(
    view.folded.slice(Math.max(0, local(view, mention.start) - 30), local(view, mention.start)),
  );
}

/** A name governed by a preposition ("des subventions de l'État", "une équipe du groupe X") is no sentence's subject. */
function isComplement(view: SentenceView, mention: Mention): boolean {
  return /(?:^|[\s'])(?:de|du|des|d|par|via|a|au|aux|avec|pour|dans|sur|of|by|from|with|to)\b\s*(?:l'|la |le |les |the )?(?:[a-z]+\s+){0,2}$/.test(
    view.folded.slice(Math.max(0, local(view, mention.start) - 30), local(view, mention.start)),
  );
}

/** Words between a subject and its verb that make the tie a plan, not a fact: "devrait signer un partenariat avec". */
const PLANNED =
  /\b(?:devrai(?:t|ent)|pourrai(?:t|ent)|envisag\w*|projett?e\w*|souhait\w*|prevoi(?:t|ent|yait|yaient)\s+(?:de|d')|should|could|would|plans? to|planned to|planning to|intends? to)\b/;
/** A pronoun subject between a name and the verb: "Après avoir cédé sa société à X, il a fondé Y" (X did not found Y). */
const PRONOUN_SUBJECT = /(?:^|[\s,])(?:il|elle|ils|elles|he|she|they)\s/;
/** A former employer before the name: "ancien chercheur de l'Inserm, X a fondé Y", "ex-cadre de X". */
const FORMER =
  /\b(?:ancien(?:ne)?s?|ex-?|former(?:ly)?)\s+(?:\S+\s+){0,3}(?:de|du|des|d'|chez|at|of)\s*(?:l'|la |le |les )?(?:[a-z-]+\s+)?$|\bex-$/;

/** The name before a cue verb is not who does it: a plan, a pronoun subject in between, or someone's former employer. */
function notTheDoer(view: SentenceView, subject: Mention, verbStart: number): boolean {
  const between = textBetween(view, subject.end, verbStart);
  return (
    PLANNED.test(between) || PRONOUN_SUBJECT.test(between) || FORMER.test(textBetween(view, view.reading.sentence.start, subject.start))
  );
}

/** "Avec A et le pôle B, la Région veut …": the subject works with each name of the opening list. */
function partnersAlongside(view: SentenceView, add: AddTie): void {
  // The list opens the sentence, or a clause set off by commas ("Labellisée par le pôle, en lien avec A et B, la société S").
  const opening = /(?:^|,\s*)(?:avec|aux cotes de|en lien avec|en partenariat avec|together with|alongside|with)\s/.exec(view.folded);
  if (!opening) return;
  const openingAt = view.reading.sentence.start + opening.index + opening[0].length;
  const first = opening.index === 0 ? view.mentions[0] : mentionAfter(view, openingAt, 20);
  if (!first || first.target !== 'ACTOR' || /\d/.test(textBetween(view, openingAt, first.start))) return;
  // After a comma, the clause is fronted only when no name comes before it.
  if (opening.index > 0 && view.mentions.some((m) => m.end <= openingAt)) return;
  const partners = listFrom(view, first, 'ACTOR');
  // "Avec A, la société S …": a run joined by a comma alone ends with the subject, not with a partner.
  const last = partners.length > 1 ? partners[partners.length - 1]! : undefined;
  if (last && listJoin(textBetween(view, partners[partners.length - 2]!.end, last.start)) === 'comma') partners.pop();
  const subject = mentionAfter(view, partners[partners.length - 1]!.end, 20, 'ACTOR');
  if (!subject || !/^\s*,/.test(textBetween(view, partners[partners.length - 1]!.end, subject.start))) return;
  // "Avec A, le CHU et l'université se dotent …": each name of the subject's list works with A.
  // A noun standing for a name ("l'université") may close that list.
  const doers = [subject];
  for (let i = view.mentions.indexOf(subject) + 1; i < view.mentions.length && view.mentions[i]!.target === 'ACTOR'; i++) {
    const join = listJoin(textBetween(view, view.mentions[i - 1]!.end, view.mentions[i]!.start));
    if (!join) break;
    doers.push(view.mentions[i]!);
    if (join === 'and') break;
  }
  for (const doer of doers) for (const partner of partners) add('PARTNERS_WITH', doer, partner, 0.75);
}

/** "le partenariat entre A et B", "une collaboration entre A, B et C", "a partnership between A and B": the listed names work together. */
function partnersBetween(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:partenariats?|collaborations?|cooperations?|alliances?|accords?|conventions?|contrats?|protocoles?|partnerships?|agreements?|memorand(?:um|a)(?: of understanding)?)\s+(?:[^\s.;:]+\s+){0,6}?(?:entre|between)\s/g,
    view.folded,
  )) {
    const first = mentionAfter(view, view.reading.sentence.start + match.index + match[0].length, 20, 'ACTOR');
    if (!first) continue;
    const partners = listFrom(view, first, 'ACTOR');
    for (const [i, partner] of partners.entries()) for (const other of partners.slice(i + 1)) add('PARTNERS_WITH', partner, other, 0.75);
  }
}

/** "SkillCell (groupe Alcen)", "la clinique X, du groupe Y", "X, groupe Y": the name belongs to the group named after it. */
function groupMembers(view: SentenceView, add: AddTie): void {
  const organisations = view.mentions.filter((m) => m.target === 'ACTOR' && m.kind !== 'PERSON');
  for (const [i, member] of organisations.entries()) {
    const group = organisations[i + 1];
    if (!group || group.start - member.end > 40) continue;
    const gap = textBetween(view, member.end, group.start);
    // The word "groupe" is in the gap ("du groupe allemand Y") or opens the group's name ("(Groupe Y)").
    const named = /^groupe\b/.test(view.folded.slice(local(view, group.start), local(view, group.end)));
    // After a comma the group needs its preposition: "A, Groupe B et C" is a list.
    const placed =
      /^\s*(?:\(\s*(?:(?:du|filiale du|membre du)\s+)?|,\s*(?:du|filiale du|membre du|appartenant au)\s+)(?:(?:le\s+)?groupe\s+(?:[a-z-]+\s+)?)?$/;
    if (placed.test(gap) && (named || /groupe/.test(gap))) add('PART_OF', member, group, 0.7);
  }
}

/**
 * "les investisseurs actuels de X : A, B et C", "ses actionnaires historiques : A et B", "shareholders: A, B": each
 * name listed after the colon holds shares in X, or in what the document is about when no name comes before the colon.
 */
function shareholdersListed(view: SentenceView, subject: Mention | undefined, add: AddTie): void {
  for (const match of matchesOf(/\b(?:investisseurs|actionnaires|shareholders|investors)\b[^.;:()]{0,50}:\s*/g, view.folded)) {
    const colon = view.reading.sentence.start + match.index + match[0].length;
    const named = [...view.mentions]
      .reverse()
      .find((m) => m.end <= colon && m.start >= view.reading.sentence.start + match.index && m.target === 'ACTOR');
    const company = named ?? subject;
    const first = mentionAfter(view, colon, 15, 'ACTOR');
    if (!company || !first) continue;
    for (const holder of listFrom(view, first, 'ACTOR')) if (holder.kind !== 'PERSON') add('HOLDS_SHARES_IN', holder, company, 0.65);
  }
  // "the securities held by X's shareholders A, B and C": the names right after the noun hold shares in X.
  for (const match of matchesOf(/['’]s\s+(?:[a-z-]+\s+)?(?:shareholders|investors)\s+(?:were\s+|are\s+|include\s+)?/g, view.folded)) {
    const at = view.reading.sentence.start + match.index;
    const company = mentionBefore(view, at, 1, 'ACTOR');
    const first = mentionAfter(view, at + match[0].length, 5, 'ACTOR');
    if (!company || !first) continue;
    for (const holder of listFrom(view, first, 'ACTOR')) if (holder.kind !== 'PERSON') add('HOLDS_SHARES_IN', holder, company, 0.65);
  }
}

/** "le rachat de X par Y", "l'acquisition de X par Y", "X acquired by Y" (nominal or fronted): Y took X over. */
function takenOverBy(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:rachat|acquisition|reprise|absorption|takeover|acquisition)\s+(?:de|du|des|d'|of)\s*/g,
    view.folded,
  )) {
    const cueEnd = view.reading.sentence.start + match.index + match[0].length;
    const taken = mentionAfter(view, cueEnd, 40, 'ACTOR');
    if (!taken) continue;
    const by = /^\s*,?\s*(?:\S+\s+){0,3}?(?:par|by)\s+(?:le |la |les |l'|the )?(?:\S+\s+){0,3}?$/;
    const buyer = mentionAfter(view, taken.end, 50, 'ACTOR');
    if (buyer && by.test(textBetween(view, taken.end, buyer.start))) add('TOOK_OVER', buyer, taken, 0.75);
  }
}

/** "Un cercle réunit A, B et C", "un consortium formé par A, B et C": with no named host, the names listed work together. */
function gatheredPartners(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:reunit|reunissent|reunissant|regroupe|regroupent|regroupant|rassemble|rassemblent|rassemblant|associant|forme par|formee par|compose de|composee de|brings together|bringing together|formed by|made up of)\s/g,
    view.folded,
  )) {
    const at = view.reading.sentence.start + match.index;
    // "Le tour de table réunit A et B": co-investors are not partners of each other (roundShares reads them).
    if (aboutRound(view, at)) continue;
    if (view.mentions.some((m) => m.end <= at && at - m.end <= 160 && m.target === 'ACTOR' && !isComplement(view, m))) continue;
    const first = mentionAfter(view, at + match[0].length, 60, 'ACTOR');
    if (!first) continue;
    const partners = listFrom(view, first, 'ACTOR').filter((m) => m.kind !== 'PERSON');
    for (const [i, partner] of partners.entries()) for (const other of partners.slice(i + 1)) add('PARTNERS_WITH', partner, other, 0.65);
  }
}

/** A counted list after a colon: "réunissant trois partenaires :", "il réunit quatre acteurs locaux :", "brings together four partners:". */
const COUNTED_GATHERING =
  /\b(?:reunit|reunissent|reunissant|regroupe|regroupent|regroupant|rassemble|rassemblent|rassemblant|associe|associent|associant|brings together|bringing together)\s+(?:(?:ainsi|aujourd'hui|desormais|notamment)\s+)?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:partenaires|acteurs|structures|organisations|organismes|entites|partners|players|organisations|organizations)\b(?:\s+[a-z-]+){0,2}\s*:\s*/g;

/** Whether a name no preposition governs, read as itself (not a pronoun or a noun standing for it), comes just before `at`. */
function namedHostBefore(view: SentenceView, at: number): boolean {
  const host = [...view.mentions].reverse().find((m) => m.end <= at && at - m.end <= 160 && m.target === 'ACTOR' && !isComplement(view, m));
  return host !== undefined && host.cue !== 'anaphor';
}

/** Whether the verb at `verbStart` gathers a counted list after a colon for a host a pronoun or a noun stands for. */
function countedGatheringUnnamed(view: SentenceView, verbStart: number): boolean {
  const pattern = new RegExp(COUNTED_GATHERING.source, 'y');
  pattern.lastIndex = local(view, verbStart);
  return pattern.test(view.folded) && !namedHostBefore(view, verbStart);
}

/**
 * "un consortium réunissant trois partenaires : A, une biotech ; B, laboratoire du CNRS ; et C", "Il réunit quatre
 * acteurs locaux : A, B, C et D": with no named host before the verb (a pronoun or a noun), the counted names work
 * together. Items are split at semicolons when there are any (each item may carry its apposition), else read as a list.
 */
function countedPartnersListed(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(COUNTED_GATHERING, view.folded)) {
    const at = view.reading.sentence.start + match.index;
    // A named host ("le cluster X réunit quatre membres : …") has members: the MEMBER_OF cue reads it.
    if (namedHostBefore(view, at)) continue;
    const listStart = at + match[0].length;
    const rest = view.folded.slice(local(view, listStart));
    let partners: Mention[];
    if (rest.includes(';')) {
      partners = [];
      let offset = listStart;
      for (const item of rest.split(';')) {
        // The item's own name opens it, before any comma: "; et la biotech C, installée à …".
        const name = mentionAfter(view, offset, 30, 'ACTOR');
        if (name && !/[,()]/.test(textBetween(view, offset, name.start))) partners.push(name);
        offset += item.length + 1;
      }
    } else {
      const first = mentionAfter(view, listStart, 15, 'ACTOR');
      partners = first ? listFrom(view, first, 'ACTOR') : [];
    }
    partners = partners.filter((m) => m.kind !== 'PERSON' && m.kind !== 'PUBLIC_AUTHORITY');
    if (partners.length < 2) continue;
    for (const [i, partner] of partners.entries()) for (const other of partners.slice(i + 1)) add('PARTNERS_WITH', partner, other, 0.7);
  }
}

/**
 * "Inspire, un projet d'institut, a été présenté (comme IHU) par quatre partenaires : A, B, C et D", "the bid was put
 * forward by three partners: A, B and C": a project carried, submitted or presented by counted bearers listed after a
 * colon is carried by each of them; the project is the sentence's subject (the first name no preposition governs).
 */
const CARRIED_BY_COUNTED =
  /\b(?:porte|presente|depose|soumis|defendu|propose|carried|presented|submitted|put forward|backed)(?:e|es|s|ee|ees)?\b[^.;:]{0,80}?\s(?:par|by)\s+(?:ses\s+|les\s+|its\s+|the\s+)?(?:deux|trois|quatre|cinq|six|sept|huit|\d{1,2}|two|three|four|five|six|seven|eight)\s+(?:partenaires|porteurs|membres|acteurs|etablissements|organismes|institutions|structures|partners|members|bodies|organisations|organizations)(?:\s+[a-z-]+){0,2}\s*:\s*/g;

function carriedByCountedList(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(CARRIED_BY_COUNTED, view.folded)) {
    const at = view.reading.sentence.start + match.index;
    const project = view.mentions.find((m) => m.end <= at && m.target === 'ACTOR' && m.kind !== 'PERSON' && !isComplement(view, m));
    const first = mentionAfter(view, at + match[0].length, 15, 'ACTOR');
    if (!project || !first) continue;
    for (const bearer of listFrom(view, first, 'ACTOR')) if (bearer.kind !== 'PERSON') add('CARRIES', bearer, project, 0.65);
  }
}

/**
 * "X compte huit cofondateurs : A, B et C", "Elle a trois membres fondateurs : …", "It has four founding members: …":
 * the names after the colon founded the subject right before the verb (a name or a word standing for one).
 */
function foundersCounted(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:compte|comptait|reunit|rassemble|a|avait|counts|has|had)\s+(?:[^\s:;,.]+\s+){0,2}?(?:co-?fondateurs|membres fondateurs|fondateurs|co-?founders|founding members|founders)\s*:/g,
    view.folded,
  )) {
    const at = view.reading.sentence.start + match.index;
    const subject = [...view.mentions].reverse().find((m) => m.end <= at && m.target === 'ACTOR' && m.kind !== 'PERSON');
    if (!subject || !/^\s*$/.test(textBetween(view, subject.end, at))) continue;
    for (const founder of view.mentions.filter((m) => m.start >= at + match[0].length && m.target === 'ACTOR' && m.key !== subject.key))
      add('FOUNDED', founder, subject, 0.7);
  }
}

/** "A s'est rapproché de B pour former C", "A and B merged to form C": the names before founded C; those that came together are its members. */
function formedTogether(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:pour|afin de)\s+(?:former|creer|fonder|constituer|donner naissance a)\s|\bto (?:form|create|found|set up)\s/g,
    view.folded,
  )) {
    const at = view.reading.sentence.start + match.index;
    const formed = mentionAfter(view, at + match[0].length, 30, 'ACTOR');
    if (!formed) continue;
    const founders = view.mentions.filter((m) => m.end <= at && m.target === 'ACTOR' && m.kind !== 'PUBLIC_AUTHORITY');
    const together = /\b(?:rapproche|associe|allie|regroupe|unissent|uni|fusionne|joined forces|teamed up|merged)/.test(
      textBetween(view, view.reading.sentence.start, at),
    );
    for (const founder of founders) {
      add('FOUNDED', founder, formed, 0.65);
      if (together) add('MEMBER_OF', founder, formed, 0.6);
    }
  }
}

/** "la vente de X au groupe Y", "la cession de sa filiale X à Y", "the sale of X to Y": Y took X over. */
function soldTo(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(/\b(?:vente|cession|sale)\s+(?:de|du|des|d'|of)\s*/g, view.folded)) {
    const taken = mentionAfter(view, view.reading.sentence.start + match.index + match[0].length, 60, 'ACTOR');
    if (!taken) continue;
    const buyer = mentionAfter(view, taken.end, 50, 'ACTOR');
    const to = /^\s*,?\s*(?:[^\s,.;]+\s+){0,3}?(?:a|au|aux|to)\s+(?:le |la |les |l'|the )?(?:[^\s,.;]+\s+){0,3}?$/;
    if (buyer && to.test(textBetween(view, taken.end, buyer.start))) add('TOOK_OVER', buyer, taken, 0.7);
  }
}

/**
 * "X a annoncé vendre sa nouvelle usine de Toulouse, Y, au groupe Z", "X agreed to sell its Y plant to Z": Y is part of
 * X, and Z takes it over.
 */
function ownSold(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:vendre|ceder|cede|cedera|vend|vendra|sell|sells|selling)\s+(?:sa|son|ses|leur|its|their)\s+/g,
    view.folded,
  )) {
    const verbStart = view.reading.sentence.start + match.index;
    const sold = mentionAfter(view, verbStart + match[0].length, 60, 'ACTOR');
    // "céder son usine à Sandoz": a name after "à" / "to" is the buyer, not what is sold.
    if (!sold || /[.;]|(?:^|\s)(?:a|au|aux|to)\s/.test(textBetween(view, verbStart + match[0].length, sold.start))) continue;
    const seller = doerBefore(view, verbStart, 'ACTOR');
    if (seller && seller.kind !== 'PERSON' && !notTheDoer(view, seller, verbStart)) add('PART_OF', sold, seller, 0.7);
    const buyer = mentionAfter(view, sold.end, 60, 'ACTOR');
    // "…, Nova Biologics EU, au laboratoire Z": a word the name was read without may close it.
    const to = /^\s*(?:[^\s,.;]+)?\s*,?\s*(?:[^\s,.;]+\s+){0,3}?(?:a|au|aux|to)\s+(?:le |la |les |l'|the )?(?:[^\s,.;]+\s+){0,3}?$/;
    if (buyer && buyer !== seller && to.test(textBetween(view, sold.end, buyer.start))) add('TOOK_OVER', buyer, sold, 0.7);
  }
}

/** "la start-up X, que dirige Jeanne Exemple depuis 2019": the person after the inverted verb leads the name before "que". */
function ledInRelative(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(/(?:^|[\s,])(?:que|qu')\s*(?:dirige|dirigent|preside|president|pilote|copilote)\s+/g, view.folded)) {
    const at = view.reading.sentence.start + match.index;
    const leader = mentionAfter(view, at + match[0].length, 25, 'ACTOR');
    const led = mentionBefore(view, at + 1, 40, 'ACTOR');
    if (leader?.kind === 'PERSON' && led && led.kind !== 'PERSON') add('LEADS', leader, led, 0.7);
  }
}

/** "le site Y, dont il a fait l'acquisition en 2020", "Y, dont X a pris le contrôle": the subject after "dont" took Y over. */
function acquiredInRelative(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(/,\s*dont\s+(?:\S+\s+){1,4}?(?:a|ont|avait)\s+(?:fait l'acquisition|pris le controle)\b/g, view.folded)) {
    const at = view.reading.sentence.start + match.index;
    const taken = mentionBefore(view, at + 1, 3, 'ACTOR');
    // "dont il a fait …": the pronoun is the sentence's subject, its first name.
    const buyer = /^,\s*dont\s+(?:il|elle|ils|elles)\s/.test(match[0])
      ? view.mentions.find((m) => m.target === 'ACTOR' && m.end <= at)
      : view.mentions.find((m) => m.target === 'ACTOR' && m.start > at && m.end <= at + match[0].length);
    if (taken && buyer && buyer.kind !== 'PERSON' && taken.kind !== 'PERSON') add('TOOK_OVER', buyer, taken, 0.7);
  }
}

/** "développées par la filiale du groupe, X", "sa filiale X", "its subsidiary X": X is part of the organisation named last before. */
function subsidiaryNamed(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:la|sa|leur|its|the)\s+(?:(?:wholly|fully|majority)[- ]owned\s+)?(?:filiale|subsidiary)(?:\s+(?:du|of the)\s+(?:groupe|group))?(?:\s+(?:a|detenue a)\s+100\s*%)?\s*,?\s*/g,
    view.folded,
  )) {
    const at = view.reading.sentence.start + match.index;
    const subsidiary = mentionAfter(view, at + match[0].length, 15, 'ACTOR');
    const owners = view.mentions.filter((m) => m.end <= at && m.target === 'ACTOR' && m.kind !== 'PERSON' && m.kind !== 'PUBLIC_AUTHORITY');
    // "Alpha's plant will use technology from its subsidiary, B": the name in the possessive owns it, else the nearest.
    const group = owners.find((m) => /^['’]s\b/.test(view.reading.sentence.text.slice(local(view, m.end)))) ?? owners[owners.length - 1];
    if (subsidiary && group) add('PART_OF', subsidiary, group, 0.65);
  }
}

/** Kinds that carry a research unit rather than own it as a part (the corpus's tutelles). */
const CARRYING_KINDS = new Set(['UNIVERSITY', 'RESEARCH_ORGANISATION', 'UNIVERSITY_HOSPITAL']);
/** Nouns of an organisation's own unit: "X, filiale du groupe Y", "X, l'institut du CHU", "X, son agence de développement". */
const UNIT_NOUN =
  "(?:filiale|laboratoire|labo|institut|agence|accelerateur|incubateur|plateforme|antenne|branche|division|unite|societe d'amenagement|centre de recherche|subsidiary|arm|unit|laboratory|research (?:centre|center|unit)|incubator|accelerator)";
/** A generic head alone, with or without its article: "la Métropole", "Région", "the University". */
const BARE_PARENT =
  /^(?:(?:la|le|l['’]|the)\s*)?(?:M[ée]tropole|R[ée]gion|Region|Universit[ée]|University|Agglom[ée]ration|Ville|City|D[ée]partement|[ÉE]tat)$/iu;
/** An incubator's noun, and the kinds of its parent that carry it rather than own it as a part. */
const HOSTING_NOUN = /^(?:incubat|accelerat)/;
const INCUBATOR_CARRIERS = new Set(['PUBLIC_AUTHORITY', 'UNIVERSITY']);
/** A research unit's noun: its parent carries it when that parent is a university, a research body or a CHU. */
const RESEARCH_NOUN = /^(?:laboratoire|labo|institut|unite|centre de recherche|laboratory|unit|research)/;

/**
 * A name's apposition says whose unit it is: "X, filiale du groupe Y", "L'X, institut du CHU Y", "X, the Toulouse arm of
 * the group Y" (X part of Y; a lab of a university or research body is carried by it); with a possessive the owner is
 * the sentence's subject: "Par l'intermédiaire d'X, son agence de développement, Y veut …", "Y, via son accélérateur X".
 */
function parentInApposition(view: SentenceView, add: AddTie): void {
  const tie = (unit: Mention, parent: Mention, noun: string) => {
    if (unit.kind === 'PERSON' || parent.kind === 'PERSON' || unit.key === parent.key) return;
    // "l'incubateur de la Métropole" of a document that names no métropole: a bare head names no one in particular.
    if (BARE_PARENT.test(parent.name)) return;
    if (RESEARCH_NOUN.test(noun) && CARRYING_KINDS.has(parent.kind ?? '')) add('CARRIES', parent, unit, 0.65);
    // "X, l'incubateur de la Métropole", "X is the incubator of the University": a public body or a university carries its incubator.
    else if (HOSTING_NOUN.test(noun) && INCUBATOR_CARRIERS.has(parent.kind ?? '')) add('CARRIES', parent, unit, 0.65);
    else add('PART_OF', unit, parent, 0.65);
  };
  // "X, (l'|une|the Toulouse) <noun> … du/de la/of (the group) Y": the noun right after the comma that follows X; or
  // after a copula ("X est l'incubateur de Y", "X is the Toulouse subsidiary of the group Y").
  const named = new RegExp(
    `(?:,\\s*|\\s(?:est|etait|reste|is|was|remains)\\s+(?=(?:la|le|l'|une|un|the|an?)\\b))(?:(?:la|le|l'|une|un|the|an?)\\s*)?(?:(?!(?:et|and|ou|or|avec|with)\\s)[a-z-]+\\s+){0,2}?(?<noun>${UNIT_NOUN})\\b`,
    'g',
  );
  for (const match of matchesOf(named, view.folded)) {
    const at = view.reading.sentence.start + match.index;
    const unit = mentionBefore(view, at, 2, 'ACTOR');
    if (!unit) continue;
    const nounEnd = at + match[0].length;
    const parent = mentionAfter(view, nounEnd, 60, 'ACTOR');
    if (!parent) continue;
    const gap = textBetween(view, nounEnd, parent.start);
    // The parent completes the noun: no clause break before it, a preposition right before it ("du groupe allemand Y").
    if (
      /[,;:()]/.test(gap) ||
      !/(?:^|\s)(?:du|de la|de l'|des|d'|de|of|of the)\s*(?:(?:[a-z-]+\s+)?(?:groupe|group)\s+(?:[a-z-]+\s+)?)?$/.test(gap) ||
      // After a copula the parent follows the noun closely: "est une unité mixte placée sous la tutelle de" is another cue's.
      (!match[0].startsWith(',') && gap.trim().split(/\s+/).length > 4)
    )
      continue;
    tie(unit, parent, match.groups!.noun!);
  }
  // "X, son agence …, Y …" / "Y, par l'intermédiaire de son accélérateur X": the owner is the sentence's other subject.
  const owned = new RegExp(
    `(?:,\\s*|(?:par l'intermediaire de|via|a travers|through)\\s+)(?:son|sa|leur|its)\\s+(?<noun>${UNIT_NOUN})\\b`,
    'g',
  );
  for (const match of matchesOf(owned, view.folded)) {
    const at = view.reading.sentence.start + match.index;
    const nounEnd = at + match[0].length;
    const byComma = match[0].startsWith(',');
    const unit = byComma ? mentionBefore(view, at, 2, 'ACTOR') : mentionAfter(view, nounEnd, 40, 'ACTOR');
    if (!unit || (!byComma && /[,;:()]/.test(textBetween(view, nounEnd, unit.start)))) continue;
    const owner = view.mentions.find(
      (m) => m.target === 'ACTOR' && m.key !== unit.key && m.kind !== 'PERSON' && !isComplement(view, m) && !ofSomething(view, m),
    );
    if (owner) tie(unit, owner, match.groups!.noun!);
  }
}

/** Verbs of entering a company's capital, with the possessive that names the company: "vont entrer à son capital". */
const ENTER_OWN_CAPITAL =
  /\b(?:entre|entrent|entrera|entreront|entrer|entres?|entrees?|monte|montent|monter|arrive|arrivent)\s+(?:[a-z]+\s+){0,2}?(?:a|dans|au sein de)\s+(?:son|leur)\s+capital\b/g;

/**
 * Shareholders read through the company's capital: "A et B vont entrer à son capital" (the company is the name before
 * the holders, else what the document is about), "l'entrée de A et de B au capital de Y", "Y va ouvrir son capital à A",
 * "Y has welcomed A into its capital", "X a investi dans Y, …, et dans Z".
 */
function capitalEntered(view: SentenceView, subject: Mention | undefined, add: AddTie): void {
  for (const match of matchesOf(ENTER_OWN_CAPITAL, view.folded)) {
    const at = view.reading.sentence.start + match.index;
    const last = mentionBefore(view, at, 40, 'ACTOR');
    if (!last || notTheDoer(view, last, at)) continue;
    const holders = listUpTo(view, last).filter((m) => m.kind !== 'PERSON');
    // Only people before the verb ("X et Y entrent au capital"): no body holds shares.
    if (holders.length === 0) continue;
    const company = [...view.mentions].reverse().find((m) => m.end <= holders[0]!.start && m.target === 'ACTOR') ?? subject;
    if (company) for (const holder of holders) add('HOLDS_SHARES_IN', holder, company, 0.7);
  }
  // "l'entrée (récente) de A et de B au capital de Y".
  for (const match of matchesOf(/\bentree\s+(?:[a-z]+\s+)?(?:de|du|des|d')\s*/g, view.folded)) {
    const at = view.reading.sentence.start + match.index + match[0].length;
    const first = mentionAfter(view, at, 10, 'ACTOR');
    if (!first) continue;
    const holders = listFrom(view, first, 'ACTOR');
    const after = holders[holders.length - 1]!.end;
    const capital = /^\s*au\s+capital\s+(?:de|du|d')\s*/.exec(textBetween(view, after, after + 30));
    const company = capital ? companyRightAfter(view, after + capital[0].length) : undefined;
    if (company) for (const holder of holders) add('HOLDS_SHARES_IN', holder, company, 0.7);
  }
  // "Y va ouvrir son capital à A et à B", "Y has welcomed A into its capital".
  for (const match of matchesOf(
    /\bouvrir\s+(?:son|leur)\s+capital\s+(?:a|au|aux)\b|\bwelcom(?:es|ed|ing)\s+(?=[^.;]{0,80}\binto\s+its\s+capital\b)/g,
    view.folded,
  )) {
    const at = view.reading.sentence.start + match.index;
    const company = doerBefore(view, at, 'ACTOR');
    const first = mentionAfter(view, at + match[0].length, 40, 'ACTOR');
    if (!company || !first || notTheDoer(view, company, at)) continue;
    for (const holder of listFrom(view, first, 'ACTOR')) if (holder.kind !== 'PERSON') add('HOLDS_SHARES_IN', holder, company, 0.7);
  }
  // "X a (ainsi) investi dans Y, installée à …, et dans Z": each company after "dans" (not a site: "dans l'usine de Y").
  for (const match of matchesOf(/\b(?:a|ont|avait|avaient)\s+(?:[a-z]+\s+)?investi\s+dans\s+/g, view.folded)) {
    const at = view.reading.sentence.start + match.index;
    const holder = doerBefore(view, at, 'ACTOR');
    if (!holder || holder.kind === 'PERSON' || notTheDoer(view, holder, at)) continue;
    for (const dans of matchesOf(/(?:^|\s)dans\s+/g, view.folded.slice(match.index + match[0].length - 6))) {
      const from = at + match[0].length - 6 + dans.index + dans[0].length;
      const company = companyRightAfter(view, from);
      if (company && company.kind !== 'PUBLIC_AUTHORITY') add('HOLDS_SHARES_IN', holder, company, 0.65);
    }
  }
}

/** The company named right after an offset, its noun aside ("la société X", "la start-up X"), not a site ("l'usine de X"). */
function companyRightAfter(view: SentenceView, offset: number): Mention | undefined {
  const company = mentionAfter(view, offset, 30, 'ACTOR');
  const gap = company ? textBetween(view, offset, company.start) : '';
  const noun = /^\s*(?:(?:la|le|l'|les)\s*(?:societe|start-?up|entreprise|biotech|medtech|groupe|laboratoire|jeune pousse)?\s*)?$/;
  return company && noun.test(gap) && company.kind !== 'PUBLIC_AUTHORITY' ? company : undefined;
}

/** "Ce contrat, la Région l'a bâti avec A, B et C": each name after "avec" is a partner in the programme. */
function builtWith(view: SentenceView, lastProgramme: Mention | undefined, add: AddTie): void {
  const verb =
    /\b(?:bati|batie|elabore|elaboree|construit|construite|co-construit|coconstruit|concu|concue|redige|signe|built|drawn up|developed|designed)\s+(?:avec|with|aux cotes de)\b/.exec(
      view.folded,
    );
  if (!verb) return;
  const verbAt = view.reading.sentence.start + verb.index;
  const programme = mentionBefore(view, verbAt, 120, 'PROGRAMME') ?? mentionAfter(view, verbAt, 200, 'PROGRAMME') ?? lastProgramme;
  if (!programme) return;
  for (const partner of view.mentions.filter((m) => m.target === 'ACTOR' && m.start > verbAt)) add('PARTNER_IN', partner, programme, 0.7);
}

/**
 * "X a présenté Miroki, un robot mis au point avec le laboratoire Y", "Z, X's drug, was developed with Y": what is
 * developed or designed together with a named organisation makes its developer (the sentence's first name no
 * preposition governs, before the verb) and that organisation partners. Not with a programme (builtWith), nor
 * "développé avec le soutien de" (support is money, not a partner).
 */
const DEVELOPED_WITH =
  /\b(?:mise?s? au point|co-?developpee?s?|developpee?s?|co-?concue?s?|concue?s?|elaboree?s?|co-?developed|developed|designed|created)\s+(?:(?:conjointement|ensemble|jointly|together)\s+)?(?:avec|with)\s+/g;

function developedWith(view: SentenceView, add: AddTie): void {
  if (view.mentions.some((m) => m.target === 'PROGRAMME')) return;
  for (const match of matchesOf(DEVELOPED_WITH, view.folded)) {
    const at = view.reading.sentence.start + match.index;
    const partner = mentionAfter(view, at + match[0].length, 30, 'ACTOR');
    if (!partner || !/^(?:le |la |les |l'|the |des |du )?(?:[a-z-]+\s+){0,2}$/.test(textBetween(view, at + match[0].length, partner.start)))
      continue;
    if (/\b(?:soutien|appui|aide|financement|support|funding|help|grant)/.test(textBetween(view, at + match[0].length, partner.start)))
      continue;
    const candidates = view.mentions.filter(
      (m) => m.end <= at && m.target === 'ACTOR' && m.kind !== 'PERSON' && m.kind !== 'PUBLIC_AUTHORITY' && !isComplement(view, m),
    );
    // "Zelta, X's drug, was developed with Y": the owner by a possessive is the developer, not the product named first.
    const developer = candidates.find((m) => /^['’]s\b/.test(view.folded.slice(local(view, m.end)))) ?? candidates[0];
    if (!developer || partner.kind === 'PERSON' || PLANNED.test(textBetween(view, developer.end, at))) continue;
    add('PARTNERS_WITH', developer, partner, 0.6);
  }
}

/** "A, B, C … : quelques-unes des pépites de la filière X": each listed company is part of the industry. */
function sectorMembers(view: SentenceView, previous: SentenceView | undefined, add: AddTie): void {
  const cue =
    /\b(?:pepites|fleurons|champions|acteurs|entreprises|membres|leaders|nuggets|flagships)\W+(?:de la|du|des|de l'|de|of the|of)\s*$/;
  for (const sector of view.mentions.filter((m) => m.kind === 'INDUSTRY_SECTOR')) {
    if (
      !cue.test(
        view.folded
          .slice(0, local(view, sector.start))
          .replace(/[«»"“”]/g, ' ')
          .replace(/\s+/g, ' ')
          .replace(/\s*$/, ' ')
          .trimEnd() + ' ',
      )
    )
      continue;
    const here = view.mentions.filter((m) => m.end <= sector.start && m.target === 'ACTOR' && m.kind !== 'PUBLIC_AUTHORITY');
    const opensWithPointer = /^(?:voila|voici|ce sont|tels sont|telles sont|these are|those are|all are)\b/.test(view.folded);
    const members = here.length > 0 ? here : opensWithPointer && previous ? previous.mentions.filter((m) => m.target === 'ACTOR') : [];
    for (const member of members) add('PART_OF', member, sector, 0.7);
  }
}

/** "Carole Delga, présidente de la Région Occitanie": LEADS; "X, cofondateur de Y": FOUNDED. */
/**
 * A role a possessive names is of the organisation talked about: opening a sentence ("Son fondateur, X, en est le
 * président", "Its chief executive, X, …"), the one the sentence before is about (its first organisation no
 * preposition governs); inside one ("Exemplia recrute, explique son directeur, Paul Exemple"), the sentence's subject,
 * else the document's.
 */
function possessorOf(
  view: SentenceView,
  previous: SentenceView | undefined,
  subject: Mention | undefined,
  person: SentenceView['reading']['people'][number],
): Mention | undefined {
  // "Anne Exemple en dirige l'activité": "en" stands for an organisation already named, as a possessive does.
  const ofIt = /^\S+(?:\s+\S+){1,2}\s+en\s+(?:dirige|pr[ée]side|codirige|est|sera|devient)\b/u.test(person.text) && !person.organisation;
  if (!ofIt && !/^(?:son|sa|leur|notre|its|their)\s/iu.test(person.text)) return undefined;
  const opensSentence = /^[\s"«“-]*$/u.test(view.folded.slice(0, local(view, person.start)));
  // "X a acquis Y auprès de son fondateur", "bought Y from its founder": the seller's company is the name just bought.
  const seller = /(?:aupres (?:de|du)|from)\s*$/.test(view.folded.slice(0, local(view, person.start)));
  if (seller)
    return [...view.mentions].reverse().find((m) => m.end <= person.start && m.target === 'ACTOR' && m.kind !== 'PERSON') ?? subject;
  const before = opensSentence
    ? previous?.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && !isComplement(previous, m))
    : view.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && m.end <= person.start);
  return before ?? subject;
}

/** "Le centre Kappa (CNRS, directeur : Anne Exemple)": a role in brackets with no organisation is of the name before the bracket. */
function bracketOwner(view: SentenceView, person: SentenceView['reading']['people'][number]): Mention | undefined {
  if (
    person.organisation ||
    !/:\s*$/u.test(view.reading.sentence.text.slice(0, local(view, person.start + person.text.indexOf(person.name))))
  )
    return undefined;
  const before = view.reading.sentence.text.slice(0, local(view, person.start));
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return undefined;
  const owner = mentionBefore(view, view.reading.sentence.start + open, 3, 'ACTOR');
  return owner && owner.kind !== 'PERSON' ? owner : undefined;
}

function peopleRoles(view: SentenceView, previous: SentenceView | undefined, subject: Mention | undefined, add: AddTie): void {
  for (const person of view.reading.people) {
    const who = view.mentions.find((m) => m.kind === 'PERSON' && m.start >= person.start && m.end <= person.end);
    // "Exemplia recrute, explique son directeur, Paul Exemple": a possessive role is of the sentence's subject, else the document's.
    const possessed = possessorOf(view, previous, subject, person);
    // The organisation as the role wrote it ("maire de A et président de B" is read twice, once for B), else any in the span.
    const orgAt = person.organisation ? person.start + person.text.lastIndexOf(person.organisation) : -1;
    const inSpan = (m: Mention) => m.kind !== 'PERSON' && m.start >= person.start && m.end <= person.end + 1 && m.target === 'ACTOR';
    const organisation =
      view.mentions.find((m) => inSpan(m) && m.start === orgAt) ?? view.mentions.find(inSpan) ?? possessed ?? bracketOwner(view, person);
    if (!who || !organisation) continue;
    const role = person.role.toLowerCase();
    // "ancien président de X", "former CEO of X": a past role is no current tie.
    if (/^(?:ancien|ex-|former)/.test(role)) continue;
    const founder = /fonda|founder/.test(role);
    if (founder) add('FOUNDED', who, organisation, 0.75);
    // "son PDG-fondateur X", "founder and CEO": a leader who founded it leads it too.
    if (
      (!founder || /pdg|ceo|pr[ée]sident|directeur|directrice/.test(role)) &&
      /pr[ée]sid|directeur|directrice|pdg|ceo|dirigeant|dirige|g[ée]rant|chair|head|director|managing|leads|runs/.test(role) &&
      !/vice/.test(role)
    )
      // Whose role a possessive names is read from the context, hence less sure.
      add('LEADS', who, organisation, possessed === organisation ? 0.6 : 0.8);
  }
}

/** Young companies as the press names them in lists ("sept start-up", "les jeunes pousses"). */
const STARTUPS = /\b(?:start-?ups?|startups|jeunes pousses|jeunes entreprises|societes|entreprises|pepites)\b/;

/**
 * "Le tour de table réunit A et B", "A mène le tour, rejoint par B", "le tour, mené par A": each investor holds shares
 * in the company that raises (named in the round, else what the document is about); they are not partners.
 */
function roundShares(view: SentenceView, subject: Mention | undefined, add: AddTie): void {
  const round = roundInvestors(view);
  const raiser = round?.raiser ?? subject;
  if (!round || !raiser) return;
  for (const investor of round.investors) if (investor.key !== raiser.key) add('HOLDS_SHARES_IN', investor, raiser, 0.7);
}

/** "Y a pris 59 % du capital de X", "Y détient 30 % de X", "Y took a 60% stake in X": Y holds shares; more than half is a takeover. */
function capitalStakes(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:pris|prend|prennent|prendra|acquis|acquiert|rachete|detient|detenait|detiennent|possede|possedait|took|takes|acquired|holds?|owns?)\s+(?:(?:pres de|environ|plus de|quelque|un peu plus de|a stake of|an?|nearly|about|over)\s+)?(?<share>\d+(?:[,.]\d+)?)\s*%\s+(?:(?:du|de son|de leur) capital\s+|des (?:parts|actions|titres)\s+|stake\s+)?(?:de|du|des|d'|in|of)\s*/g,
    view.folded,
  )) {
    const at = view.reading.sentence.start + match.index;
    const company = mentionAfter(view, at + match[0].length, 40, 'ACTOR');
    const holder = doerBefore(view, at, 'ACTOR');
    if (!company || !holder || holder.key === company.key || notTheDoer(view, holder, at)) continue;
    add('HOLDS_SHARES_IN', holder, company, 0.75);
    if (Number(match.groups!.share!.replace(',', '.')) > 50) add('TOOK_OVER', holder, company, 0.7);
  }
}

/**
 * A list after a colon that a cue announces: "X a pris des parts dans trois d'entre elles : A, B et C" (shares),
 * "X héberge sept start-up : A, B", "sept start-up y sont hébergées : A, B" (incubated by X, or by what the document is about).
 */
function listedAfterColon(view: SentenceView, subject: Mention | undefined, add: AddTie): void {
  const cues: { pattern: RegExp; kind: TieType; holder: 'doer' | 'host' }[] = [
    {
      pattern:
        /\b(?:pris|prend|prennent|detient|detenait|detiennent|took|holds?)\s+(?:des\s+)?(?:parts|participations?|stakes?)\b[^.;:]{0,60}:\s*/g,
      kind: 'HOLDS_SHARES_IN',
      holder: 'doer',
    },
    {
      pattern:
        /\b(?:heberge|hebergent|accueille|accueillent|incube|incubent|hosts|incubates)\b[^.;:]{0,60}(?:start-?ups?|startups|jeunes pousses|jeunes entreprises|entreprises|societes)\b[^.;:]{0,60}:\s*/g,
      kind: 'INCUBATED_BY',
      holder: 'doer',
    },
    {
      pattern:
        /\b(?:start-?ups?|startups|jeunes pousses|jeunes entreprises|entreprises|societes)\b[^.;:]{0,40}\b(?:hebergees|incubees|accueillies|installees|hosted|incubated)\b[^.;:]{0,60}:\s*/g,
      kind: 'INCUBATED_BY',
      holder: 'host',
    },
  ];
  for (const cue of cues)
    for (const match of matchesOf(cue.pattern, view.folded)) {
      const at = view.reading.sentence.start + match.index;
      const first = mentionAfter(view, at + match[0].length, 15, 'ACTOR');
      if (!first) continue;
      // The host of "sont hébergées" is any name before ("Au centre X, …"); "y" or none stands for what the document is about.
      const named = cue.holder === 'doer' ? doerBefore(view, at, 'ACTOR') : mentionBefore(view, at, 120, 'ACTOR');
      const holder = named ?? subject;
      if (!holder || holder.kind === 'PUBLIC_AUTHORITY' || holder.kind === 'PERSON') continue;
      for (const listed of listFrom(view, first, 'ACTOR'))
        if (listed.kind !== 'PERSON' && listed.kind !== 'PUBLIC_AUTHORITY' && listed.key !== holder.key)
          cue.kind === 'HOLDS_SHARES_IN' ? add(cue.kind, holder, listed, 0.7) : add(cue.kind, listed, holder, 0.7);
    }
}

/** "A et B signent un accord", "A, B et C ont conclu une convention": the names that sign together are partners. */
function signedTogether(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:signent|signeront|ont signe|viennent de signer|vont signer|doivent signer|s'appretent a signer|sont sur le point de signer|concluent|ont conclu|nouent|ont noue|paraphent|sign|signed|will sign)(?:\s*,\s*(?:avec|with)\s+[^,.;:]{1,120},\s*|\s*,\s*(?:[a-z0-9]+\s+){0,3}[a-z0-9]+\s*,\s*|\s+)(?:un|une|le|la|l'|an?|the)\s*(?:[a-z-]+\s+){0,2}?(?:accord|convention|partenariat|alliance|contrat|agreement|partnership|memorandum|protocole|lettre d'intention|letter of intent)/g,
    view.folded,
  )) {
    const at = view.reading.sentence.start + match.index;
    // "A et B, associés à C et à D, ont signé": the names the apposition joins to the signers sign too.
    const joined = JOINED_APPOSITION.exec(view.folded.slice(0, local(view, at)));
    const joinedAt = joined ? view.reading.sentence.start + joined.index : at;
    const last = joined ? mentionBefore(view, joinedAt, 2, 'ACTOR') : namesRightBefore(view, at, 40);
    // The names right before the verb sign: "A et B, deux sociétés, signent" sets them apart from it.
    if (!last) continue;
    const partners = listUpTo(view, last).filter((m) => m.target === 'ACTOR' && m.kind !== 'PERSON');
    if (joined)
      partners.push(...view.mentions.filter((m) => m.start >= joinedAt && m.end <= at && m.target === 'ACTOR' && m.kind !== 'PERSON'));
    // "A et B ont conclu, avec C et D, une convention": the names after "avec" sign too.
    const withAt = /,\s*(?:avec|with)\s/.exec(match[0]);
    if (withAt) {
      const first = mentionAfter(view, at + withAt.index + withAt[0].length, 20, 'ACTOR');
      if (first) partners.push(...listFrom(view, first, 'ACTOR').filter((m) => m.kind !== 'PERSON'));
    }
    for (const [i, partner] of partners.entries()) for (const other of partners.slice(i + 1)) add('PARTNERS_WITH', partner, other, 0.7);
  }
}

/** A leader's title fronted before a pronoun that signs: "Directeur de X, il signe un accord avec A et B": X signs with them. */
function signedByLeader(view: SentenceView, add: AddTie): void {
  const match =
    /^[\s"«“-]*(?:as\s+)?(?:(?:le|la|the)\s+)?(?:(?:vice-|co-)?president(?:e)?|pdg|directeur|directrice|dg|patron(?:ne)?|fondat(?:eur|rice)|gerant(?:e)?|ceo|chief executive(?: officer)?|chair(?:man|woman)?|(?:managing |general )?director|head|founder)\b[^,;:()]{0,120}?,\s*(?:il|elle|he|she)\s+(?:(?:a|vient de|va|has|had|will)\s+)?(?:signe|signer|conclut|conclu|conclure|noue|nouer|paraphe|signs|signed|sign|concludes|concluded)\s+(?:\([^()]{0,60}\)\s*)?(?:un|une|le|la|l'|an?|the)\s*(?:[a-z-]+\s+){0,3}?(?:accord|convention|partenariat|contrat|protocole|agreement|partnership|memorandum)\b[^.;:]{0,60}?\b(?:avec|with)\s/.exec(
      view.folded,
    );
  if (!match) return;
  const comma = view.reading.sentence.start + view.folded.lastIndexOf(',', match[0].search(/,\s*(?:il|elle|he|she)\s/) + 1);
  // The organisation the title names, the last one before the comma: "Directeur général du groupe X, il …".
  const organisation = [...view.mentions]
    .reverse()
    .find((m) => m.end <= comma && m.start >= view.reading.sentence.start && m.target === 'ACTOR' && m.kind !== 'PERSON');
  const first = mentionAfter(view, view.reading.sentence.start + match.index + match[0].length, 20, 'ACTOR');
  if (!organisation || !first) return;
  for (const partner of listFrom(view, first, 'ACTOR'))
    if (partner.kind !== 'PERSON' && partner.key !== organisation.key) add('PARTNERS_WITH', organisation, partner, 0.65);
}

/** An apposition that joins more names to those before it: ", associés au réseau C et à D,", ", together with C,". */
const JOINED_APPOSITION =
  /,\s*(?:associee?s?|alliee?s?|together|along|alongside|joined)\s+(?:a|au|aux|avec|with|by)?\s*[^,;:()]{1,100},\s*$/;

/** An apposition that says the names before it act together: ", tous deux acteurs du campus,", ", both based in Lyon,". */
const JOINT_APPOSITION =
  /,\s*(?:tous deux|toutes deux|tous les deux|toutes les deux|tous trois|toutes trois|both|all three|(?:un|une|an?)\s)[^,;:()]{0,100},\s*$/;

/**
 * The last of the names right before a verb (no clause break in between), past an apposition that says they act
 * together ("A et B, tous deux implantés à Lunel, signent"); undefined when a clause comes in between.
 */
function namesRightBefore(view: SentenceView, at: number, reach: number): Mention | undefined {
  const joint = JOINT_APPOSITION.exec(view.folded.slice(0, local(view, at)));
  const end = joint ? view.reading.sentence.start + joint.index : at;
  const last = mentionBefore(view, end, reach, 'ACTOR');
  if (!last || /[,;:()]/.test(textBetween(view, last.end, end))) return undefined;
  return last;
}

/** One proposal per tie and sentence. */
function dedupe(ties: TieDraft[]): TieDraft[] {
  const seen = new Set<string>();
  return ties.filter((tie) => {
    const key = `${tie.tieKind}|${tie.from.name}|${tie.to.name}|${tie.sentence.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Nouns that announce the members of a body ("ses 40 membres", "les adhérents du cluster"). */
const MEMBER_NOUNS = '(?:membres|adherents|members)';

/**
 * "Parmi ses membres figurent A et B", "Parmi les membres du pôle X : A, B", "Parmi eux, A et B" after a sentence that
 * counts a body's members ("X réunit 51 membres"), or its partners: each organisation named is a member (a partner) of
 * the body, which is the name after "de", else the first organisation of the sentence before, else what the document is about.
 */
function membersAmong(view: SentenceView, previous: SentenceView | undefined, subject: Mention | undefined, add: AddTie): void {
  const among = new RegExp(
    String.raw`^(?:[^.;:]{0,40},\s*)?(?:parmi|among)\s+(?:(?<own>ses|leurs|its|their)\s+(?:\d+\s+)?(?<ownNoun>${MEMBER_NOUNS}|partenaires|partners)|les\s+(?:\d+\s+)?(?<ofNoun>${MEMBER_NOUNS}|partenaires)\s+(?:de|du|des|d')|the\s+(?<ofNounEn>${MEMBER_NOUNS}|partners)\s+of|(?<pronoun>eux|elles|them))\b\s*|^(?:[^.;:]{0,40},\s*)?(?<there>on y (?:re)?trouve|on y compte|y figurent|y siegent)\b\s*`,
  ).exec(view.folded);
  if (!among) return;
  const cueEnd = view.reading.sentence.start + among.index + among[0].length;
  const groups = among.groups ?? {};
  let host: Mention | undefined;
  let noun: string | undefined;
  if (groups.ofNoun || groups.ofNounEn) {
    host = mentionAfter(view, cueEnd, 30, 'ACTOR');
    noun = groups.ofNoun ?? groups.ofNounEn;
  } else {
    const before = previous?.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON');
    if (groups.pronoun || groups.there) {
      // "Parmi eux", "on y trouve" stand for the members or partners the sentence before counted, or the companies it invested in.
      const counted = new RegExp(String.raw`\b(${MEMBER_NOUNS}|partenaires|partners)\b`).exec(previous?.folded ?? '');
      const invested = /\b(?:mise|investi|investit|pris des participations|entre au capital|invested)\b/.test(previous?.folded ?? '');
      if (counted) noun = counted[1];
      else if (invested && groups.pronoun) noun = 'investments';
      else return;
      // "Sous la tutelle de A et B, X compte 51 membres. On y trouve …": the name right before the counting verb, not a
      // name of a fronted phrase (a comma in between: "…, placée sous la tutelle de A, réunit 51 membres" keeps the rule below).
      const countedAt = counted && previous ? previous.reading.sentence.start + counted.index : undefined;
      const counter = countedAt !== undefined ? mentionBefore(previous!, countedAt, 40, 'ACTOR') : undefined;
      if (counter && counter.kind !== 'PERSON' && /^\s+[^,;:()]*$/.test(textBetween(previous!, counter.end, countedAt!))) host = counter;
    } else noun = groups.ownNoun;
    host ??= before ?? subject;
  }
  if (!host || !noun) return;
  const partners = /^partenaires|^partners/.test(noun);
  for (const named of view.mentions.filter((m) => m.start >= cueEnd && m.target === 'ACTOR' && m.key !== host.key)) {
    if (named.kind === 'PERSON') continue;
    if (noun === 'investments') add('HOLDS_SHARES_IN', host, named, 0.6);
    else add(partners ? 'PARTNERS_WITH' : 'MEMBER_OF', named, host, 0.65);
  }
}

/** A sentence where a named host takes in start-ups it counts or calls by a plural noun: "X accueille cinq start-up", "X hosts five start-ups". */
const HOSTS_STARTUPS =
  /\b(?:heberge|hebergent|accueille|accueillent|incube|incubent|accompagne|accompagnent|hosts|incubates|supports)\s+(?:(?:cette annee|actuellement|aujourd'hui|desormais|deja|currently|now)\s+)?(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs|une dizaine de|une quinzaine de|une vingtaine de|de nouvelles|de nouveaux|several|two|three|four|five|six|seven|eight|nine|ten)\s+(?:nouvelles\s+|new\s+)?(?:start-?ups?|startups|jeunes pousses|jeunes entreprises|entreprises innovantes|projets d'entreprises?|companies)\b(?![^.;:]*:)/;
/** The opening of a sentence that lists those start-ups: "Parmi elles (figurent)", "Il s'agit de", "Ce sont", "Among them (are)". */
const LISTS_THEM =
  /^(?:parmi (?:elles|eux|celles-ci|ceux-ci)(?:\s*,|\s+(?:figurent|figure|on (?:re)?trouve|on compte|citons))?|il s'agit (?:de|des|du|d')|ce sont|among them(?:\s*,|\s+are)?|they are|these are)\s*/;

/**
 * "X accueille cinq start-up. Parmi elles, A, B et C.", "X hosts five start-ups. Among them are A and B.": the names listed
 * in the sentence after a host counts its start-ups are incubated by it (less sure than a list in the same sentence). The
 * host is the doer of the counting verb; a public authority or a person hosts nothing here.
 */
function hostedListedNext(view: SentenceView, previous: SentenceView | undefined, add: AddTie): void {
  if (!previous) return;
  const opening = LISTS_THEM.exec(view.folded);
  const counted = opening && HOSTS_STARTUPS.exec(previous.folded);
  if (!opening || !counted) return;
  const host = doerBefore(previous, previous.reading.sentence.start + counted.index, 'ACTOR');
  if (
    !host ||
    host.kind === 'PUBLIC_AUTHORITY' ||
    host.kind === 'PERSON' ||
    notTheDoer(previous, host, previous.reading.sentence.start + counted.index)
  )
    return;
  const first = mentionAfter(view, view.reading.sentence.start + opening[0].length, 15, 'ACTOR');
  if (!first) return;
  for (const listed of listFrom(view, first, 'ACTOR'))
    if (listed.kind !== 'PERSON' && listed.kind !== 'PUBLIC_AUTHORITY' && listed.key !== host.key) add('INCUBATED_BY', listed, host, 0.55);
}

/** "les 26 entreprises du cluster X, dont A et B", "les adhérents du pôle X, parmi lesquels A": each listed name is a member of X. */
function membersListedWithDont(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:membres|adherents|entreprises|societes|start-?ups?|members|companies)\s+(?:de la|de l'|du|des|de|d'|of the|of)\s*/g,
    view.folded,
  )) {
    const host = mentionAfter(view, view.reading.sentence.start + match.index + match[0].length, 25, 'ACTOR');
    if (!host) continue;
    const membership = /^(?:membres|adherents|members)/.test(match[0]) || MEMBERSHIP_KINDS.has(host.kind ?? '');
    const dont = /^\s*,?\s*(?:dont|parmi lesquel(?:le)?s|notamment|including|among them|such as)\s+(?:l'|la |le |les |the )?/.exec(
      view.folded.slice(local(view, host.end)),
    );
    if (!membership || !dont) continue;
    const first = mentionAfter(view, host.end + dont[0].length, 20, 'ACTOR');
    if (!first) continue;
    for (const member of listFrom(view, first, 'ACTOR')) if (member.kind !== 'PERSON') add('MEMBER_OF', member, host, 0.7);
  }
}

/** "X a donné naissance à quatre start-up : A, B", "X a essaimé A et B", "X spawned A": each is a spin-off of X. */
function spawned(view: SentenceView, following: SentenceView[], add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:(?:a|ont|avait|avaient)\s+(?:[a-z]+\s+){0,2}?donne naissance|donne(?:nt)? naissance|(?:a|ont)\s+essaime|gave rise|has spawned|spawned|spun (?:off|out))\s*(?:a|au|aux|to)?\b(?:[^.;:]{0,120}?:\s*)?/g,
    view.folded,
  )) {
    const at = view.reading.sentence.start + match.index;
    const parent = doerBefore(view, at, 'ACTOR');
    const first = mentionAfter(view, at + match[0].length, 15, 'ACTOR');
    if (!parent || parent.kind === 'PERSON' || notTheDoer(view, parent, at)) continue;
    const children = first ? listFrom(view, first, 'ACTOR') : bulletedAfterColon(view, following);
    for (const child of children) if (child.kind !== 'PERSON' && child.key !== parent.key) add('SPUN_OFF_FROM', child, parent, 0.7);
  }
}

/**
 * "A et B lancent ensemble X", "que A et B ont lancé", "co-organisé par A et B", "à l'initiative de A, avec B": the names
 * that launch or organise something together are partners.
 */
function launchedTogether(view: SentenceView, add: AddTie): void {
  // Names joined by "et" right before a verb of doing together: "A et B lancent", "A et B s'associent", "A and B team up".
  // "A et B ont uni leurs forces" states a partnership; the present ("unissent leurs forces") often headlines a merger.
  const together = (partners: Mention[], confidence: number) => {
    const organisations = partners.filter((m) => m.kind !== 'PERSON');
    for (const [i, partner] of organisations.entries())
      for (const other of organisations.slice(i + 1)) if (partner.key !== other.key) add('PARTNERS_WITH', partner, other, confidence);
  };
  for (const match of matchesOf(
    /\b(?:lancent|co-?organisent|organisent|co-?developpent|developpent|presentent|creent|ont (?:lance|co-?organise|organise|co-?developpe|developpe|cree)|launch|co-?organi[sz]e|jointly (?:launch|develop)\w*|s'associent|s'allient|se sont (?:associes|associees|allies|alliees)|resserrent (?:les|leurs) liens|(?:ont uni|avaient uni|ont joint|ont conjugue|ont mutualise) leurs (?:forces|efforts|competences|moyens)|join forces|joined forces|team up|teamed up|(?:annoncent|ont annonce|presentent|signent) conjointement|jointly (?:announce|announced|sign|signed|present|presented))\b(?!\s+(?:par|a|au|aux|avec|with)\b)/g,
    view.folded,
  )) {
    const at = view.reading.sentence.start + match.index;
    const last = namesRightBefore(view, at, 30);
    // The names right before the verb, joined by "et": "A et B lancent", not "A, qui … avec B, lance".
    if (!last) continue;
    const partners = listUpTo(view, last).filter((m) => m.target === 'ACTOR');
    if (partners.length > 1) together(partners, 0.7);
  }
  for (const match of matchesOf(
    /\b(?:co-?organisee?s?|co-?portee?s?|co-?developpee?s?|co-?organi[sz]ed|jointly (?:organi[sz]ed|run|developed))\s+(?:par|by)\s/g,
    view.folded,
  )) {
    const first = mentionAfter(view, view.reading.sentence.start + match.index + match[0].length, 20, 'ACTOR');
    if (first) together(listFrom(view, first, 'ACTOR'), 0.7);
  }
  // "à l'initiative de A, avec B et C", "porté par A en partenariat avec B": the initiator works with each name after "avec".
  for (const match of matchesOf(
    /\b(?:a l'initiative (?:de|du|des|d')|(?:portee?s?|organisee?s?|lancee?s?|led|organi[sz]ed|launched) (?:par|by))\s*/g,
    view.folded,
  )) {
    const initiator = mentionAfter(view, view.reading.sentence.start + match.index + match[0].length, 20, 'ACTOR');
    if (!initiator || initiator.kind === 'PERSON') continue;
    const rest = view.folded.slice(local(view, initiator.end));
    const withCue =
      /^\s*,?\s*(?:(?:en partenariat|en lien|en association|main dans la main) avec|avec|aux cotes (?:de|du|des|d')|in partnership with|with|alongside)\s*/.exec(
        rest,
      );
    if (!withCue) continue;
    const first = mentionAfter(view, initiator.end + withCue[0].length, 20, 'ACTOR');
    if (!first) continue;
    for (const partner of listFrom(view, first, 'ACTOR'))
      if (partner.kind !== 'PERSON' && partner.key !== initiator.key) add('PARTNERS_WITH', initiator, partner, 0.7);
  }
}

/** A noun standing for an organisation that calls it an incubator: "la pépinière toulousaine héberge A et B". */
function describedAsIncubator(mention: Mention): boolean {
  return mention.cue === 'anaphor' && /\b(?:incubat\w*|p[ée]pini[èe]re|accelerat\w*|acc[ée]l[ée]rateur)\b/iu.test(mention.text);
}

/** An incubator's name or kind: "BIC de Montpellier", "l'incubateur X", a pépinière; with a view, "the X accelerator" too. */
function isIncubator(mention: Mention, view?: SentenceView): boolean {
  return (
    mention.kind === 'INCUBATOR' ||
    describedAsIncubator(mention) ||
    /\b(?:BIC|incubat\w*|p[ée]pini[èe]re|accelerat\w*|acc[ée]l[ée]rateur)\b/iu.test(mention.name) ||
    // English puts the noun after the name: "the Exemplia accelerator", "the X incubator programme".
    (view !== undefined && /^\s*(?:incubator|accelerator|business incubator)s?\b/.test(view.folded.slice(local(view, mention.end))))
  );
}

/** "Parmi les sociétés passées par l'incubateur figurent A et B", "among the start-ups it hosted are A": the names listed after the verb. */
const AMONG_HOSTED = /^[\s"«“-]*(?:parmi|among)\s+(?:les|the|ses|its)\s+(?:[a-z-]+\s+){0,3}$/;
const LISTED_AFTER_HOSTS =
  /^[^.;:]{0,60}?\b(?:figurent|figure|on (?:trouve|retrouve|compte)|citons|se trouvent|are|were|is|was)\s+(?:notamment\s+|aussi\s+|including\s+)?(?:(?:la|le|l'|les|the)\s*(?:[a-z-]+\s+){0,2})?$/;

/**
 * "Hébergée au BIC de X, la start-up …", "elle est passée par l'incubateur Y", "X, incubée chez Z": a company a named
 * incubator hosts is incubated by it; the company is the name after a fronted clause, else the doer before the cue.
 */
function hostedByIncubator(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:hebergee?s?|accueillie?s?|incubee?s?|accompagnee?s?|(?:est|sont|a ete|ont ete|etait) passee?s?|passee?s?|hosted|incubated)\s+(?:au sein (?:de|du|des|d')|par|au|a|chez|dans|by|at|in)\s*(?:l'|la |le |les |the )?/g,
    view.folded,
  )) {
    const at = view.reading.sentence.start + match.index;
    // From the article on: a noun standing for the incubator ("par l'incubateur") is a mention that starts at it.
    const first = mentionAfter(view, at + match[0].replace(/(?:l'|la |le |les |the )$/, '').length, 15, 'ACTOR');
    if (!first || first.kind === 'PERSON') continue;
    const hosts = listFrom(view, first, 'ACTOR').filter((m) => isIncubator(m, view));
    if (hosts.length === 0) continue;
    const opening = textBetween(view, view.reading.sentence.start, at);
    const fronted = /^[\s"«“-]*$/.test(opening);
    const last = hosts[hosts.length - 1]!;
    const after = mentionAfter(view, last.end, 60, 'ACTOR');
    // Inverted: "Parmi les start-up passées par l'incubateur figurent A, B et C": each listed name is incubated there.
    if (
      AMONG_HOSTED.test(opening) &&
      after &&
      after.kind !== 'PERSON' &&
      LISTED_AFTER_HOSTS.test(textBetween(view, last.end, after.start))
    ) {
      for (const company of listFrom(view, after, 'ACTOR'))
        if (company.kind !== 'PERSON' && company.kind !== 'PUBLIC_AUTHORITY' && !hosts.includes(company))
          for (const host of hosts) add('INCUBATED_BY', company, host, 0.7);
      continue;
    }
    const company = fronted
      ? after && /^[^.;:]*,\s*(?:\S+\s+){0,3}$/.test(textBetween(view, last.end, after.start))
        ? after
        : undefined
      : doerBefore(view, at, 'ACTOR');
    if (!company || company.kind === 'PERSON' || company.kind === 'PUBLIC_AUTHORITY' || hosts.includes(company)) continue;
    for (const host of hosts) add('INCUBATED_BY', company, host, 0.7);
  }
}

/**
 * "X a inauguré son bio-incubateur, baptisé Y", "X lance sa fondation, nommée Y", "X opened its incubator, called Y":
 * what an organisation opens under a name it gives is founded by it.
 */
function namedAtOpening(view: SentenceView, add: AddTie): void {
  for (const match of matchesOf(
    /\b(?:(?:a|ont|avait|avaient)\s+(?:[a-z]+\s+)?(?:inaugure|ouvert|cree|lance|fonde|mis en place)|inaugure(?:nt)?|ouvre(?:nt)?|cree(?:nt)?|lance(?:nt)?|(?:has |have )?(?:opened|launched|created|set up|founded))\s+(?:son|sa|ses|leur|leurs|its|their)\s+(?:[^\s,.;:]+\s+){0,3}?[^\s,.;:]+\s*,?\s*(?:baptisee?s?|nommee?s?|appelee?s?|denommee?s?|named|called|dubbed)\s+/g,
    view.folded,
  )) {
    const at = view.reading.sentence.start + match.index;
    const founder = doerBefore(view, at, 'ACTOR');
    const founded = mentionAfter(view, at + match[0].length, 5, 'ACTOR');
    if (!founder || !founded || founder.key === founded.key || notTheDoer(view, founder, at)) continue;
    add('FOUNDED', founder, founded, 0.7);
  }
}

/** The names of a bulleted list that follows a sentence ending with a colon ("… quatre start-up :" then "- A ;", "- B."), one per item. */
function bulletedAfterColon(view: SentenceView, following: SentenceView[]): Mention[] {
  if (!/:\s*$/.test(view.folded)) return [];
  const items: Mention[] = [];
  for (const item of following) {
    if (!/^\s*[-•–*]\s/.test(item.folded)) break;
    const name = item.mentions.find((m) => m.target === 'ACTOR');
    if (name) items.push(name);
  }
  return items;
}

/** A line that says what the bullets after its colon are: members, founders or partners ("… trois nouveaux membres :"). */
const ROLE_LINE =
  /\b(?<noun>membres(?: fondateurs)?|adherents|members|fondateurs|cofondateurs|co-fondateurs|founders|co-?founders|founding members|partenaires|partners)\b(?:\s+[a-z'-]+){0,3}\s*:\s*$/;
/** A key-facts bullet that opens with the role of the names after it: "- Fondateurs : A, B et C", "- Partners: A and B". */
const ROLE_BULLET =
  /^\s*[-•–*]\s+(?<noun>membres(?: fondateurs)?|adherents|members|fondateurs|cofondateurs|co-fondateurs|founders|co-?founders|founding members|partenaires|partners)(?:\s+[a-z'-]+){0,2}\s*:\s*/;

/** The tie a role noun gives a listed name and its host. */
function roleTie(noun: string, host: Mention, listed: Mention, add: AddTie): void {
  if (listed.key === host.key) return;
  if (/fond|found/.test(noun)) add('FOUNDED', listed, host, 0.65);
  else if (listed.kind === 'PERSON') return;
  else if (/membre|adherent|member/.test(noun)) add('MEMBER_OF', listed, host, 0.65);
  else add('PARTNERS_WITH', host, listed, 0.65);
}

/**
 * "X ouvre ses rangs à trois nouveaux membres :" then "- A ;", "- B." (one name per bullet): each is a member (a
 * founder, a partner) of the line's subject, the first name no preposition governs, else what the document is about.
 */
function bulletsUnderLine(view: SentenceView, following: SentenceView[], subject: Mention | undefined, add: AddTie): void {
  const line = ROLE_LINE.exec(view.folded);
  if (!line) return;
  const items = bulletedAfterColon(view, following);
  if (items.length === 0) return;
  const named = view.mentions.find(
    (m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && m.start < view.reading.sentence.start + line.index && !isComplement(view, m),
  );
  const host = named ?? subject;
  if (!host || host.kind === 'PERSON') return;
  for (const item of items) roleTie(line.groups!.noun!, host, item, add);
}

/**
 * A key-facts box: "- Fondateurs : A, B et C" under a heading ("PredictCan key facts", "Les repères"): the names are the
 * founders (members, partners) of the organisation the heading names, else of what the document is about.
 */
function bulletOfRole(view: SentenceView, views: SentenceView[], subject: Mention | undefined, add: AddTie): void {
  const bullet = ROLE_BULLET.exec(view.folded);
  if (!bullet) return;
  const first = mentionAfter(view, view.reading.sentence.start + bullet[0].length, 20, 'ACTOR');
  if (!first) return;
  // The heading: the first line before the run of bullets; a short one that names an organisation names the host.
  let at = view.index - 1;
  while (at >= 0 && /^\s*[-•–*]\s/.test(views[at]!.folded)) at--;
  const heading = views[at];
  const named =
    heading && heading.folded.trim().split(/\s+/).length <= 6
      ? heading.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON')
      : undefined;
  const host = named ?? subject;
  if (!host || host.kind === 'PERSON') return;
  for (const listed of listFrom(view, first, 'ACTOR')) roleTie(bullet.groups!.noun!, host, listed, add);
}
