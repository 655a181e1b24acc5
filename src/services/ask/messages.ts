import type { Lang } from '../../domain/vocabulary';

/**
 * The notes an answer may carry, in French and English. `{name}` marks a value filled in by `message`
 * (a value is inserted as it is, never read for further marks).
 */
export const MESSAGES = {
  missingName: { FR: 'Il manque un nom dans la question.', EN: 'The question lacks a name.' },
  noSuchName: {
    FR: 'Aucun acteur, programme, domaine ou lieu ne s’appelle « {text} ».',
    EN: 'No actor, programme, domain or place is called "{text}".',
  },
  describedByKind: {
    FR: '« {text} » lu comme {name}, le seul acteur de ce genre dont le nom porte ces mots selon les sources.',
    EN: '"{text}" read as {name}, the only actor of that kind whose name holds those words in the sources.',
  },
  describedByKindAndPlace: {
    FR: '« {text} » lu comme {name}, le seul acteur de ce genre situé à cet endroit selon les sources.',
    EN: '"{text}" read as {name}, the only actor of that kind the sources place there.',
  },
  soldPartRead: {
    FR: '« {text} » lu comme {name}, le site du vendeur situé à cet endroit selon les sources.',
    EN: '"{text}" read as {name}, the seller’s site the sources place there.',
  },
  introductionLeftOut: {
    FR: 'Ce que vous dites de vous (« {words} ») ne restreint pas la réponse.',
    EN: 'What you say of yourself ("{words}") does not narrow the answer.',
  },
  placeWhereActorAsked: {
    FR: '« {text} » est un lieu ; la question porte sur un acteur (entreprise, institut, financeur…), et le graphe ne dit rien de tel d’un lieu.',
    EN: '"{text}" is a place; the question asks about an actor (a company, an institute, a funder…), which the graph does not say of a place.',
  },
  onlyFirstPlace: { FR: 'Seul le premier lieu ({name}) filtre la liste.', EN: 'Only the first place ({name}) filters the list.' },
  onlyFirstProgramme: {
    FR: 'Seul le premier programme ({name}) filtre la liste.',
    EN: 'Only the first programme ({name}) filters the list.',
  },
  widenedToTiedActors: {
    FR: 'Aucun acteur de la liste n’est directement rattaché à {anchor} : voici ceux qui y sont liés en {hops} étapes au plus, avec le chemin.',
    EN: 'No actor of the list is tied directly to {anchor}: these are tied to it within {hops} steps, each with its path.',
  },
  noneTiedEvenWidened: {
    FR: 'Aucun acteur de ce genre n’est rattaché à {anchor}, même en {hops} étapes.',
    EN: 'No such actor is tied to {anchor}, even within {hops} steps.',
  },
  sameNode: { FR: 'Les deux noms désignent le même nœud.', EN: 'Both names point to the same node.' },
  noPath: { FR: 'Rien ne relie {from} à {to} en {hops} étapes au plus.', EN: 'Nothing ties {from} to {to} within {hops} steps.' },
  fundingNeedsRecipient: {
    FR: 'Les financements se cherchent par bénéficiaire, programme ou domaine ; {name} n’en est pas un.',
    EN: 'Funding is looked up by recipient, programme or domain; {name} is none of these.',
  },
  fundingGivenInstead: {
    FR: 'Les sources ne donnent aucun financement reçu par {name} ; voici ceux qu’il accorde.',
    EN: 'The sources record no funding received by {name}; here are those it grants.',
  },
  periodApplied: {
    FR: 'Période appliquée : « {period} » (financements datés dans la période, ou dont la période la recoupe).',
    EN: 'Period applied: "{period}" (fundings dated within it, or whose period overlaps it).',
  },
  undatedExcluded: {
    FR: 'Financements sans date ni période, laissés de côté : {count}.',
    EN: 'Fundings with no date or period, left out: {count}.',
  },
  noInstrumentExcluded: {
    FR: 'Financements dont les sources ne disent pas la forme (subvention, avance, prêt…), laissés de côté : {count}.',
    EN: 'Fundings whose form (grant, advance, loan…) the sources do not say, left out: {count}.',
  },
  sharedAmounts: {
    FR: 'Montants partagés, comptés une fois dans les totaux : {list}.',
    EN: 'Shared amounts, counted once in the totals: {list}.',
  },
  noFundingInPeriod: {
    FR: 'Les sources ne donnent aucun financement pour {name} daté dans la période « {period} ».',
    EN: 'The sources record no funding for {name} dated within "{period}".',
  },
  noFunding: { FR: 'Les sources ne donnent aucun financement pour {name}.', EN: 'The sources record no funding for {name}.' },
  noFundingFrom: {
    FR: 'Les sources ne donnent aucun financement de {funder} pour {name}.',
    EN: 'The sources record no funding from {funder} for {name}.',
  },
  tooManyToRelate: {
    FR: 'Plus de {count} acteurs répondent à cette description et aucun des {count} premiers n’est ainsi lié : précisez un lieu ou un nom.',
    EN: 'More than {count} actors fit that description and none of the first {count} is tied so: add a place or a name.',
  },
  // Two actors compared side by side (comparison.ts, family 41).
  comparedValues: {
    FR: 'Comparaison de {first} et {second} ({what}) : {values}.',
    EN: 'Comparing {first} and {second} ({what}): {values}.',
  },
  comparedLarger: { FR: 'Le plus élevé : {name}.', EN: 'The larger: {name}.' },
  comparedEqual: { FR: 'Les deux valeurs sont égales.', EN: 'Both values are equal.' },
  comparedMissing: {
    FR: 'Les sources ne donnent pas ce chiffre ({what}) pour {names} : la comparaison ne peut pas être faite.',
    EN: 'The sources give no such figure ({what}) for {names}: the comparison cannot be made.',
  },
  comparedSizeBy: {
    FR: 'La taille est comparée par {what}, le premier chiffre que les sources donnent pour les deux.',
    EN: 'Size is compared by {what}, the first figure the sources give for both.',
  },
  comparedDatesDiffer: {
    FR: 'Les deux chiffres ne sont pas de la même date : à lire avec prudence.',
    EN: 'The two figures are not of the same date: read them with care.',
  },
  comparedSharedAmounts: {
    FR: 'Totaux des financements reçus selon les sources ; un montant partagé avec d’autres y compte en entier.',
    EN: 'Totals of the fundings received as the sources give them; an amount shared with others counts in full.',
  },
  comparedFunderApplied: { FR: 'Seul l’argent de « {name} » est compté.', EN: 'Only the money of "{name}" is counted.' },
  comparedNatureApplied: {
    FR: '« {words} » : seuls les financeurs publics (collectivités, agences) ou privés, selon les mots, sont comptés.',
    EN: '"{words}": only public funders (authorities, agencies) or private ones, as said, are counted.',
  },
  comparedPeriodApplied: {
    FR: 'Période appliquée : « {period} » (financements et chiffres datés dans la période).',
    EN: 'Period applied: "{period}" (fundings and figures dated within it).',
  },
  noneOfKindTied: {
    FR: 'Aucun acteur du genre dit ({kinds}) n’est ainsi lié ; voici ceux de tout genre.',
    EN: 'No actor of the kind said ({kinds}) is tied so; here are those of any kind.',
  },
  noRelated: { FR: 'Les sources ne donnent aucun acteur ainsi lié à {name}.', EN: 'The sources give no actor tied so to {name}.' },
  placeAskedYes: {
    FR: 'Oui : {name} est situé à {where}, dans {asked}.',
    EN: 'Yes: {name} is located in {where}, within {asked}.',
  },
  placeAskedYesThroughSites: {
    FR: 'Oui : {name} est présent dans {asked} par ses sites : {sites}.',
    EN: 'Yes: {name} is present in {asked} through its sites: {sites}.',
  },
  sitesThereToo: {
    FR: 'Ses sites dans {asked} : {sites}.',
    EN: 'Its sites within {asked}: {sites}.',
  },
  placeAskedNo: {
    FR: 'Non : {name} est situé à {where}, pas dans {asked}.',
    EN: 'No: {name} is located in {where}, not in {asked}.',
  },
  placeAskedUnknown: {
    FR: 'Les sources ne donnent aucune localisation pour {name} : impossible de dire s’il est dans {asked}.',
    EN: 'The sources record no location for {name}: whether it is in {asked} cannot be said.',
  },
  noSiteAt: {
    FR: 'Les sources ne donnent aucun site de {name} à {place}.',
    EN: 'The sources record no site of {name} in {place}.',
  },
  placeOutsideRegion: {
    FR: '« {words} » ({where}) est hors d’Occitanie, la région que couvre le graphe : il n’y situe aucun acteur, et ne peut dire qui s’y trouve.',
    EN: '"{words}" ({where}) is outside Occitanie, the region the graph covers: it locates no actor there, and cannot say who is there.',
  },
  placeWithoutActors: {
    FR: '« {words} » ({where}) : le graphe n’y situe aucun acteur.',
    EN: '"{words}" ({where}): the graph locates no actor there.',
  },
  sitesOfGroups: {
    FR: 'Sites : les entreprises qui font partie d’une autre entreprise (un site ou une filiale d’un groupe) ; le graphe ne distingue pas une usine d’un autre site.',
    EN: 'Sites: the companies that are part of another company (a site or subsidiary of a group); the graph does not tell a plant from another site.',
  },
  sitesAmongFirst: {
    FR: 'Sites : parmi les {count} premières entreprises de la liste, celles qui font partie d’une autre entreprise (un site ou une filiale d’un groupe).',
    EN: 'Sites: among the first {count} companies of the list, those that are part of another company (a site or subsidiary of a group).',
  },
  formerParts: {
    FR: 'Ne sont plus rattachés selon les sources (fin du lien entre parenthèses) : {list}.',
    EN: 'No longer part of it according to the sources (end of the tie in brackets): {list}.',
  },
  locationNeedsActor: {
    FR: 'Seul un acteur a une localisation ; {name} n’en est pas un.',
    EN: 'Only an actor has a location; {name} is not one.',
  },
  figuresInsteadOfFunding: {
    FR: 'Les sources ne donnent aucun financement reçu par {name}, mais ses montants (budget, investissement) : les voici.',
    EN: 'The sources record no funding received by {name}, but give its amounts (budget, investment): here they are.',
  },
  largestFunder: {
    FR: '« {words} » : les financeurs sont classés par montant total, le premier étant {name} ({amount}).',
    EN: '"{words}": the funders come by total amount, the first being {name} ({amount}).',
  },
  largestFunderCofunded: {
    FR: '« {words} » : {name} vient en tête ({amount}), mais ce total compte en entier des montants apportés avec d’autres financeurs, dont la part de chacun n’est pas connue.',
    EN: '"{words}": {name} comes first ({amount}), but that total counts in full amounts given with other funders, whose shares are not known.',
  },
  rankedByFigure: {
    FR: '« {words} » : la liste est classée par ce chiffre, le plus grand d’abord (dernier chiffre connu de chacun) : {list}.',
    EN: '"{words}": the list is ranked by this figure, largest first (each one\'s latest figure): {list}.',
  },
  noneWithFigure: {
    FR: '« {words} » : les sources ne donnent ce chiffre pour aucun acteur de la liste.',
    EN: '"{words}": the sources give this figure for no actor of the list.',
  },
  rankedAmongFirst: {
    FR: 'Classement fait parmi les {count} premiers acteurs de la liste.',
    EN: 'Ranked among the first {count} actors of the list.',
  },
  fundedWithinPeriod: {
    FR: 'Seuls les acteurs de la liste que {funder} a financés dans la période « {period} » (financements datés).',
    EN: 'Only the actors of the list {funder} funded within "{period}" (dated fundings).',
  },
  noneFundedWithinPeriod: {
    FR: 'Aucun acteur de la liste n’a reçu de financement daté de {funder} dans la période « {period} ».',
    EN: 'No actor of the list received a dated funding from {funder} within "{period}".',
  },
  rankLimited: {
    FR: 'Les {count} premiers seulement, sur {total}.',
    EN: 'The first {count} only, of {total}.',
  },
  largestRecipient: {
    FR: '« {words} » : les bénéficiaires sont classés par montant total, le premier étant {name} ({amount}).',
    EN: '"{words}": the recipients come by total amount, the first being {name} ({amount}).',
  },
  budgetFigure: {
    FR: 'Le budget de {name} selon les sources est dans « figures » ; les financements reçus sont listés avec.',
    EN: 'The budget of {name} given by the sources is in "figures"; the funding received is listed with it.',
  },
  cameOutOfNone: {
    FR: 'Les sources ne donnent ni start-up issue de cet acteur ni start-up qu’il a incubée ; « sorties de » peut demander autre chose (ce qui a quitté un groupe), que ce graphe ne lit pas ainsi.',
    EN: 'The sources give no company spun off from or incubated by this actor; "came out of" may ask something else (what left a group), which is not read so.',
  },
  futureFromTargets: {
    FR: 'Ce qui est à venir : les objectifs que donnent les sources (chiffres annoncés, pas encore atteints).',
    EN: 'What is to come: the targets the sources give (figures announced, not yet reached).',
  },
  listCountHeld: {
    FR: '« {words} » : la liste compte bien {count} acteurs.',
    EN: '"{words}": the list holds {count} actors, as said.',
  },
  listCountNotHeld: {
    FR: '« {words} » : les sources en donnent {count}, pas ce nombre ; la liste est celle des sources.',
    EN: '"{words}": the sources give {count}, not that number; the list is theirs.',
  },
  funderNatureApplied: {
    FR: '« {words} » : financeurs classés par le graphe comme autorités publiques ou agences ({names}) ; un fonds compte comme privé, quel que soit son actionnaire.',
    EN: '"{words}": funders the graph files as public authorities or agencies ({names}); a fund counts as private, whoever holds it.',
  },
  funderNaturePrivateApplied: {
    FR: '« {words} » : financeurs que le graphe ne classe ni comme autorités publiques ni comme agences ({names}).',
    EN: '"{words}": funders the graph files neither as public authorities nor as agencies ({names}).',
  },
  funderNatureNone: {
    FR: '« {words} » : aucun financeur de cette nature selon les types du graphe (autorités publiques, agences) ; tous les financements sont donnés.',
    EN: '"{words}": no funder of that nature by the graph’s kinds (public authorities, agencies); every funding is given.',
  },
  futureFromUndatedJobs: {
    FR: 'Aucun objectif chiffré, mais les sources donnent des emplois sans date (ceux d’un projet, pas un effectif constaté à une date) : les voici.',
    EN: 'No target is given, but the sources give jobs with no date (a project’s jobs, not a headcount counted at a date): here they are.',
  },
  futureNotRecorded: {
    FR: 'Les sources ne donnent aucun objectif à venir : voici les chiffres constatés, qui ne disent pas l’avenir.',
    EN: 'The sources give no target for what is to come: here are the figures recorded, which do not tell the future.',
  },
  budgetNotRecorded: {
    FR: 'Les sources ne donnent pas le budget de {name} : seuls les financements reçus sont donnés, qui ne sont pas son budget.',
    EN: 'The sources give no budget for {name}: only the funding it received is given, which is not its budget.',
  },
  budgetOutsidePeriod: {
    FR: 'Le budget de {name} selon les sources ({dates}) n’est pas daté dans « {period} » : il est donné tel quel, la période non appliquée à ce chiffre.',
    EN: 'The budget of {name} the sources give ({dates}) is not dated within "{period}": it is given as it is, the period not applied to it.',
  },
  fundingOtherWay: {
    FR: 'Les sources ne donnent aucun financement de {funder} pour {name}, mais de {name} pour {funder} : la question est lue dans ce sens.',
    EN: 'The sources record no funding from {funder} for {name}, but some from {name} for {funder}: the question is read that way.',
  },
  funderAmongCandidates: {
    FR: '« {words} » : parmi les acteurs de ce nom, seul {name} a financé {recipient} ; c’est lui qui est lu.',
    EN: '"{words}": of the actors so named, only {name} funded {recipient}; it is the one read.',
  },
  eventNotApplied: {
    FR: '« {words} » : les sources ne rattachent aucun financement de {name} à cet événement ; voici tous ses financements.',
    EN: '"{words}": the sources tie none of the funding of {name} to this event; here is all its funding.',
  },
  eventApplied: {
    FR: '« {words} » : seuls les financements de {name} que les sources rattachent à ce projet ({count}) sont donnés.',
    EN: '"{words}": only the funding of {name} the sources tie to this project ({count}) is given.',
  },
  instrumentNotRecorded: {
    FR: '« {words} » : les sources ne disent pas sous quelle forme ces financements ({count}) ont été accordés ; voici ceux dont la forme n’est pas connue.',
    EN: '"{words}": the sources do not say in what form these fundings ({count}) were given; here are those whose form is not known.',
  },
  sectorRead: {
    FR: '« {words} » : lu comme le secteur {name} ; ses chiffres sont ceux que les sources donnent pour lui.',
    EN: '"{words}": read as the sector {name}; its figures are those the sources give for it.',
  },
  sectorFigures: {
    FR: 'Les chiffres du domaine {domain} sont portés par la filière {name} : les voici.',
    EN: 'The figures of the domain {domain} are held by the sector {name}: here they are.',
  },
  noSectorFigures: {
    FR: 'Les sources ne donnent aucun chiffre (emplois, chiffre d’affaires…) pour le secteur {name} dans la région.',
    EN: 'The sources give no figure (jobs, revenue…) for the {name} sector in the region.',
  },
  countFromFigures: {
    FR: 'Les sources ne nomment aucun de ces acteurs pour {name} ; son propre chiffre (voir `figures`) dit combien.',
    EN: 'The sources name none of these actors for {name}; its own figure (see `figures`) says how many.',
  },
  telegraphicRead: {
    FR: 'Un nom et un mot-clé, lus comme la question « {question} ».',
    EN: 'A name and a keyword, read as the question "{question}".',
  },
  namePutBack: {
    FR: 'Le nom dit avant la question est lu dans la question : « {question} ».',
    EN: 'The name said before the question is read into it: "{question}".',
  },
  pronounRead: {
    FR: 'Le pronom est lu comme {name}, nommé avant la question : « {question} ».',
    EN: 'The pronoun is read as {name}, named before the question: "{question}".',
  },
  secondQuestionHeld: {
    FR: 'Deux questions en une : la réponse à la première donne aussi « {words} ».',
    EN: 'Two questions in one: the answer to the first also gives "{words}".',
  },
  secondQuestionNotAnswered: {
    FR: 'Deux questions en une : seule la première a reçu une réponse ; « {words} » n’est pas traitée.',
    EN: 'Two questions in one: only the first is answered; "{words}" is not.',
  },
  tiedWithoutPlace: {
    FR: 'Les sources ne situent pas {list} : impossible de dire s’ils sont dans {place}.',
    EN: 'The sources place {list} nowhere: whether they are in {place} cannot be said.',
  },
  locationTimeline: {
    FR: 'Lieux de {name} selon les sources, dans l’ordre de leurs dates (arrivée – départ) : {list}.',
    EN: 'Places of {name} the sources give, in the order of their dates (came – left): {list}.',
  },
  timeline: {
    FR: 'Ce que les sources disent de {name}, dans l’ordre des dates : {list}.',
    EN: 'What the sources say of {name}, in the order of the dates: {list}.',
  },
  kindNotRecorded: {
    FR: '« {words} » : le graphe ne classe aucun acteur dans cette catégorie (ses catégories : entreprises, clusters, pôles, hôpitaux, laboratoires, universités, fonds, incubateurs, agences, collectivités…).',
    EN: '"{words}": the graph files no actor under that kind (its kinds: companies, clusters, poles, hospitals, labs, universities, funds, incubators, agencies, public authorities…).',
  },
  locationSince: {
    FR: '{name} y est situé depuis, selon les sources : {list}.',
    EN: '{name} has been there since, according to the sources: {list}.',
  },
  locationSinceNotRecorded: {
    FR: 'Les sources ne disent pas depuis quand {name} est à cet endroit.',
    EN: 'The sources do not say since when {name} has been there.',
  },
  noMoveRecorded: {
    FR: 'Les sources ne datent aucun lieu de {name} ({list}) : aucun déménagement n’est consigné.',
    EN: 'The sources date no place of {name} ({list}): no move is recorded.',
  },
  noTieToDate: {
    FR: 'Les sources ne donnent aucun lien de ce type entre {name} et {other} : aucune date à donner.',
    EN: 'The sources give no such tie between {name} and {other}: no date to give.',
  },
  siteKindNotNamed: {
    FR: 'Aucun site de ce groupe n’est nommé comme un « {words} » dans les sources : tous ses sites sont donnés.',
    EN: 'No site of this group is named as a "{words}" in the sources: all its sites are given.',
  },
  locationInPeriod: {
    FR: '{name} était installé, pour « {period} », selon les dates des sources : {list}.',
    EN: '{name} was based, for "{period}", by the dates the sources give: {list}.',
  },
  locationPeriodNotRecorded: {
    FR: 'Les sources ne datent aucun lieu de {name} qui couvre « {period} » (lieux datés : {list}).',
    EN: 'The sources date no place of {name} covering "{period}" (dated places: {list}).',
  },
  pastPlaceNotRecorded: {
    FR: 'Les sources ne placent pas {name} à {asked}, ni maintenant ni avant ; elles le situent à {where}. Un lieu quitté peut n’y être pas noté.',
    EN: 'The sources do not place {name} in {asked}, now or before; they locate it in {where}. A place it left may not be recorded.',
  },
  tieDates: { FR: 'Dates selon les sources : {list}.', EN: 'Dates the sources give: {list}.' },
  noTieDate: {
    FR: 'Les sources ne datent pas ce lien ({list}) : aucune date n’est donnée.',
    EN: 'The sources give no date for this tie ({list}): no date is given.',
  },
  tiePeriodApplied: {
    FR: 'Période appliquée : « {period} » (liens commencés dans la période, selon la date que donnent les sources).',
    EN: 'Period applied: "{period}" (ties that began within it, by the date the sources give).',
  },
  tieUndatedExcluded: {
    FR: '{count} lien(s) sans date dans les sources laissé(s) de côté : {list}.',
    EN: '{count} tie(s) the sources give no date for left out: {list}.',
  },
  figurePeriodApplied: {
    FR: 'Période appliquée : « {period} » (chiffres datés dans la période).',
    EN: 'Period applied: "{period}" (figures dated within it).',
  },
  figurePeriodNotRecorded: {
    FR: 'Les sources ne datent aucun de ces chiffres : la période « {period} » ne peut pas être appliquée.',
    EN: 'The sources date none of these figures: the period "{period}" cannot be applied.',
  },
  figurePeriodNone: {
    FR: 'Aucun chiffre n’est daté dans la période « {period} » ({list}) ; les voici avec leurs dates.',
    EN: 'No figure is dated within "{period}" ({list}); here they are with their dates.',
  },
  tiePeriodNotRecorded: {
    FR: 'Les sources ne datent aucun de ces liens : la période « {period} » ne peut pas être appliquée.',
    EN: 'The sources date none of these ties: the period "{period}" cannot be applied.',
  },
  tiePeriodNoneUndated: {
    FR: 'Aucun lien daté ne commence dans la période « {period} » ({list}) ; voici tous les liens, datés ou non.',
    EN: 'No dated tie began within "{period}" ({list}); here are all the ties, dated or not.',
  },
  tiePeriodNone: {
    FR: 'Aucun lien ne commence dans la période « {period} » selon les sources ({list}) ; les voici avec leurs dates.',
    EN: 'No tie began within "{period}" according to the sources ({list}); here they are with their dates.',
  },
  programmeApplied: {
    FR: 'Programme appliqué : « {words} » (financements passés par {name}).',
    EN: 'Programme applied: "{words}" (fundings that went through {name}).',
  },
  programmeNoneUnder: {
    FR: 'Aucun financement de {name} ne passe par {programme} selon les sources ; les voici, passés par : {list}.',
    EN: 'No funding of {name} went through {programme} according to the sources; here they are, through: {list}.',
  },
  programmeNotRecorded: {
    FR: 'Les sources ne disent pas par quel programme sont passés ces financements de {name} : « {words} » ne peut pas être appliqué.',
    EN: 'The sources do not say which programme these fundings of {name} went through: "{words}" cannot be applied.',
  },
  partnersForTopic: {
    FR: 'Partenaires pour un projet sur {names} : les acteurs qui y travaillent ou s’y trouvent.',
    EN: 'Partners for a project on {names}: the actors working on it or located there.',
  },
  noPartnersForTopic: {
    FR: 'Aucun acteur ne travaille sur {names} ou ne s’y trouve selon les sources.',
    EN: 'No actor works on {names} or is located there according to the sources.',
  },
  unapplied: {
    FR: 'Non pris en compte : « {words} ». La réponse ne tient pas compte de ces mots ; elle peut être plus large que la question.',
    EN: 'Not applied: "{words}". The answer ignores these words; it may be broader than the question.',
  },
  partnersOfKind: {
    FR: 'Partenaires suggérés pour chacun de ces acteurs, le meilleur score gardé : {names}.',
    EN: 'Partners suggested for each of these actors, best score kept: {names}.',
  },
  readByClassifier: {
    FR: 'Question lue par le classifieur d’intentions ({intent}, confiance {confidence}) : aucune forme exacte ne la couvre.',
    EN: 'Question read by the intent classifier ({intent}, confidence {confidence}): no exact shape covers it.',
  },
  wholeRegion: {
    FR: '« {words} » : tout le graphe porte sur l’Occitanie ; voici tous les financements accordés par {name}.',
    EN: '"{words}": the whole graph is about Occitanie; here are all the fundings granted by {name}.',
  },
  regionIsTheGraph: {
    FR: '« {words} » : tout le graphe porte sur l’Occitanie ; ces mots ne restreignent rien.',
    EN: '"{words}": the whole graph is about Occitanie; these words narrow nothing.',
  },
  wholeField: {
    FR: '« {words} » : toutes les données du graphe portent sur la santé ; voici tous les financements accordés par {name}.',
    EN: '"{words}": the whole graph is about health; here are all the fundings granted by {name}.',
  },
  outOfScope: {
    FR: '« {words} » : une opinion, un événement à venir ou une tâche (traduire, écrire), rien que le graphe consigne.',
    EN: '"{words}": an opinion, something still to happen or a task (translating, writing), nothing the graph records.',
  },
  unknownNameInList: {
    FR: '« {words} » : un nom que le graphe ne connaît pas (un lieu hors d’Occitanie ?) ; la liste des acteurs d’Occitanie n’y répondrait pas.',
    EN: '"{words}": a name the graph does not know (a place outside Occitanie?); a list of the actors of Occitanie would not answer it.',
  },
  fundingGivenToKind: {
    FR: 'Aucun bénéficiaire nommé : voici les financements accordés par {name} à des « {words} », avec leur total.',
    EN: 'No recipient named: here are the fundings granted by {name} to "{words}", with their total.',
  },
  everyFundingGiven: {
    FR: 'Aucun bénéficiaire nommé : voici tous les financements accordés par {name}, avec leur total.',
    EN: 'No recipient named: here are all the fundings granted by {name}, with their total.',
  },
  partsNamedByKind: {
    FR: 'Les parties de {name} sont toutes données : le type nommé dans la question (celui de {name}) les décrit sans les restreindre.',
    EN: 'Every part of {name} is given: the kind the question names (that of {name}) describes them without narrowing them.',
  },
  roundQualifierNotRecorded: {
    FR: 'Les sources disent qui a donné et quand, jamais qui a mené un tour, lequel est le premier ou le dernier, ni quel financeur est nouveau, public ou privé : « {words} » n’est pas appliqué, tous les financeurs sont donnés.',
    EN: 'The sources say who gave and when, never who led a round, which came first or last, nor which funder is new, public or private: "{words}" is not applied, every funder is given.',
  },
  foundersNotRecorded: {
    FR: 'Les sources ne nomment aucun fondateur de {name} : le graphe ne peut pas dire qui l’a fondé.',
    EN: 'The sources name no founder of {name}: the graph cannot say who founded it.',
  },
  historyRead: {
    FR: 'L’histoire de {name} que donnent les sources : ses liens datés (rachats, groupes, parts, fondateurs, labels, partenariats) et les financements reçus.',
    EN: 'The history of {name} the sources give: its dated ties (takeovers, groups, stakes, founders, labels, partnerships) and the fundings it received.',
  },
  historyNotRecorded: {
    FR: 'Les sources ne donnent aucun lien ni financement de {name} qui en retrace l’histoire.',
    EN: 'The sources give no tie or funding of {name} that tells its history.',
  },
  jobsAsStaff: {
    FR: 'Les sources ne donnent pas d’emplois pour {name} : ses effectifs (salariés) répondent.',
    EN: 'The sources give no jobs figure for {name}: its headcount (employees) answers.',
  },
  plannedFigureApplied: {
    FR: 'Chiffres prévus (objectifs) de {name} : « {words} » appliqué.',
    EN: 'Planned figures (targets) of {name}: "{words}" applied.',
  },
  plannedFigureNone: {
    FR: 'Les sources ne donnent aucun chiffre prévu (objectif) pour {name} : ses chiffres constatés sont donnés, « {words} » non appliqué.',
    EN: 'The sources give no planned figure (target) for {name}: its recorded figures are given, "{words}" not applied.',
  },
  headNotRecorded: {
    FR: 'Les sources ne nomment personne à la tête de cet acteur : le graphe ne peut pas dire qui le dirige.',
    EN: 'The sources name no one at the head of this actor: the graph cannot say who leads it.',
  },
  amountApplied: {
    FR: 'Montant appliqué : « {words} » (financements de ce montant, à l’arrondi près).',
    EN: 'Amount applied: "{words}" (fundings of that amount, give or take rounding).',
  },
  amountNotFound: {
    FR: 'Aucun financement de « {words} » dans les sources : voici tous ceux qui répondent au reste de la question.',
    EN: 'No funding of "{words}" in the sources: here are all those that answer the rest of the question.',
  },
  classifierRoleNotSaid: {
    FR: 'La question demande qui a agi (financé, racheté, investi) : le nom cité ne peut pas être lu comme celui qui a agi, et aucune forme exacte ne la couvre.',
    EN: 'The question asks who acted (funded, bought, invested): the name said cannot be read as the one who acted, and no exact shape covers it.',
  },
  classifiedEmpty: {
    FR: 'La lecture du classifieur ne donne aucun acteur : la question a peut-être été mal lue.',
    EN: 'The classifier’s reading gives no actor: the question may have been misread.',
  },
  mostWordsUnread: {
    FR: 'Trop de mots de la question sont inconnus du graphe (« {words} ») pour y répondre.',
    EN: 'Too many words of the question are unknown to the graph ("{words}") to answer it.',
  },
  noFigures: {
    FR: 'Les sources ne donnent aucun chiffre (effectifs, chiffre d’affaires, budget…) pour {name}.',
    EN: 'The sources give no figure (staff, revenue, budget…) for {name}.',
  },
  tiesCounted: {
    FR: 'Le graphe en relie {count} à {name} (ceux que ses sources nomment ; les chiffres de {name}, s’il y en a, sont donnés à côté).',
    EN: 'The graph ties {count} to {name} (those its sources name; {name}’s own figures, if any, are given beside them).',
  },
  tiesCountedAtLeast: {
    FR: 'Le graphe en relie au moins {count} à {name} (ceux que ses sources nomment).',
    EN: 'The graph ties at least {count} to {name} (those its sources name).',
  },
  foundedIn: {
    FR: '{name} a été créé(e) en {date} (il y a environ {years} ans), selon les sources.',
    EN: '{name} was founded in {date} (about {years} years ago), as the sources say.',
  },
  noFoundingDate: {
    FR: 'Les sources ne donnent pas la date de création de {name}.',
    EN: 'The sources do not give the date {name} was founded.',
  },
  noFigureOfMetric: {
    FR: 'Les sources ne donnent pas « {words} » pour {name} ; voici ses autres chiffres.',
    EN: 'The sources do not give "{words}" for {name}; here are its other figures.',
  },
  fundersForInvestors: {
    FR: 'Les sources ne donnent aucun actionnaire de {name} ; ceux qui y ont mis de l’argent sont ses financeurs : les voici.',
    EN: 'The sources record no shareholder of {name}; those who put money into it are its funders: here they are.',
  },
  fundingsForPortfolio: {
    FR: 'Les sources ne donnent aucune participation de {name} ; là où il a mis de l’argent, ce sont les financements qu’il a accordés : les voici (par bénéficiaire).',
    EN: 'The sources record no stake held by {name}; where it put money are the fundings it gave: here they are (by recipient).',
  },
  fundingsGivenToo: {
    FR: 'Là où {name} a mis de l’argent : ses participations (acteurs liés), et les financements qu’il a accordés (par bénéficiaire).',
    EN: 'Where {name} put money: its stakes (tied actors), and the fundings it gave (by recipient).',
  },
  fundersToo: {
    FR: 'Investisseurs : les actionnaires de {name}, et ses financeurs (par financeur).',
    EN: 'Investors: the shareholders of {name}, and its funders (by funder).',
  },
  shareholdersForInvestors: {
    FR: 'Les sources ne donnent aucun financement reçu par {name} ; ceux qui y ont mis de l’argent sont ses actionnaires : les voici.',
    EN: 'The sources record no funding received by {name}; those who put money into it are its shareholders: here they are.',
  },
  shareholdersToo: {
    FR: 'Ceux qui ont mis de l’argent dans {name} : ses financeurs, et ses actionnaires (liste des acteurs liés).',
    EN: 'Those who put money into {name}: its funders, and its shareholders (list of tied actors).',
  },
  endedTiesLeftOut: {
    FR: 'Au présent : {count} lien(s) que les sources disent terminé(s) sont laissés de côté.',
    EN: 'In the present: {count} tie(s) the sources say have ended are left out.',
  },
  partnersNeedActor: {
    FR: 'Les partenaires se suggèrent pour un acteur ; {name} n’en est pas un.',
    EN: 'Partners are suggested for an actor; {name} is not one.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** A note in one language, its `{marks}` filled in from `values` in one pass. */
export function message(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (mark, name: string) => (name in values ? String(values[name]) : mark));
}
