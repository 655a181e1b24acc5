import type { FundingInstrument } from '../../../domain/model';
import type { DateMention } from '../reading/dates';
import type { AmountMention } from '../reading/money';
import { listFrom, listJoin, listUpTo, local, mentionAfter, mentionBefore, textBetween } from './clauses';
import type { FundingProposal } from './contract';
import { confidenceOf, refOf, sentenceRef } from './ids';
import { compactKey } from '../linking/names';
import { documentRegion, type Mention, type SentenceView } from './mentions';
import { amountUse, complementOfOpening, FUNDER_KINDS, hopedRaise } from './money';
import { agentsAfter, bracketedAfter, inRecipientSlot, isRecordLine, labelOf, type MoneyRecord, moneyRecords } from './records';
import { roundInvestors } from './rounds';
import { documentSubject } from './subject';

type FundingDraft = Omit<FundingProposal, 'id'>;

/** Instruments by the words that name them, folded; the first that a sentence holds wins. */
const INSTRUMENTS: [RegExp, FundingInstrument][] = [
  [/\bavances? remboursables?\b|\brepayable advances?\b/, 'REPAYABLE_ADVANCE'],
  [/\bprets?\b(?! a porter)|\bloans?\b|\bobligations?\b|\bbonds?\b/, 'LOAN'],
  [
    /\blevee de fonds\b|\bleve\b|\blevent\b|\btour de table\b|\bentree? au capital\b|\baugmentation de capital\b|\bcapital increase\b|\bequity\b|\braised?\b|\bfunding round\b|\bseries [a-d]\b/,
    'EQUITY',
  ],
  [/\bsubventions?\b|\bgrants?\b|\baides? (?:regionales?|publiques?)\b/, 'GRANT'],
  [
    /\bmarches? publics?\b|\bcommande publique\b|\bcontrat (?:de|d') (?:recherche|prestation|licence|fourniture|collaboration)\b|\bcontracts?\b/,
    'CONTRACT',
  ],
];

/**
 * Words before a name that make it the one who gives: "financé par", "avec le soutien de", "subvention de"; no comma
 * between ("présidée par Jeanne X, la SATT …": the SATT gives nothing).
 */
const GIVER_BEFORE =
  /(?:\bpar|\bde la part (?:de|du|de la|des)|\bavec le soutien (?:de|du|de la|des)|\bgrace au soutien (?:de|du|de la|des)|\bsubventions? (?:de|du|de la|des)|\baide (?:de|du|de la|des)|\bfrom|\bby|\bbacked by|\bsupported by)\s*(?:l'|le |la |les )?(?:[^\s,;:]+\s+){0,5}$/;
/** An instrument's noun and its giver: "un prêt de la BEI", "une avance remboursable de 2 M€ de Bpifrance", "a loan from X". */
const LENDER_BEFORE =
  /\b(?:prets?|avances? remboursables?|emprunts?|subventions?|dotations?|loans?|grants?)\s+(?:(?:de|d')\s*[\d\s,.]+\s*(?:millions?|milliards?|m|k)?\s*(?:d'euros|euros|€)\s+)?(?:de la|de l'|du|des|de|d'|aupres (?:de|du|des|d')|from)\s*(?:l'|le |la |les )?$/;
/** The words between a funder and its share in a split ("l'État pour 43 M€, la Région, pour 6 M€"). */
const SHARE_GAP = /^\s*,?\s*(?:pour|a hauteur (?:de|d'))\s*(?:plus de |pres de |environ )?$/;
/**
 * An amount and its giver after it: "6 M€ de la Région", "2 millions d'euros de subventions de l'État", "1 M€ provient de
 * la Métropole", "€2m came from the Region".
 */
const GIVER_AFTER =
  /^\s*(?:,\s*(?:en|in)\s+(?:\p{L}+\s+)?(?:19|20)\d\d\s*,\s*)?(?:(?:provient|proviennent|provenant|proviendra|viendra|vient|viennent|comes?|came|coming)\s+)?(?:(?:de|d')\s*(?:subventions?|aides?|financements?|avances? remboursables?|prets?)\s+)?(?:de la|de l'|du|des|de|d'|from(?: the)?)\s*(?:l'|le |la |les )?$/u;
/** The words that introduce who money goes to: "à la société X", "au CHU", "to X". */
const RECIPIENT_BEFORE = /(?:^|[\s,])(?:a|au|aux|to)\s+(?:la |le |l'|les |the )?(?:[a-z-]+\s+)?$/;
/** Verbs after which the subject receives: "X obtient 2 M€", "X a reçu une subvention". */
const RECEIVES =
  /\b(?:obtient|obtenu|recoit|recu|beneficie|beneficient|decroche|decroche|percoit|empoche|receives?|received|secures?|secured|wins?|won|obtains?)\b/;
/** Words after a fundraising that introduce its investors: "auprès de", "aux côtés de", "mené par", "avec la participation de", "led by". */
const INVESTORS =
  /\b(?:aupres (?:de|du|des|d')|aux cotes (?:de|du|des|d')|menee? par|conduite? par|avec la participation (?:de|du|des|d')|autour de la table|avec|from|led by|alongside|with)\b|\binvestisseurs?\b[^.;:]{0,40}:/;
/** Investors that enter the capital: "l'entrée de X au capital de Y lors de sa levée", "l'arrivée de A et B à son capital". */
const ENTERS_CAPITAL = /\b(?:entree|arrivee)s?\s+(?:de|du|des|d')\s*/g;
/** The same cues opening a sentence that follows the fundraising: "Cette levée a été menée par X", "Y et Z ont participé". */
const INVESTORS_LATER =
  /\b(?:aupres (?:de|du|des|d')|aux cotes (?:de|du|des|d')|menee? par|conduite? par|souscrite? par|subscribed by|avec la participation (?:de|du|des|d')|autour de la table|led by|alongside)\b|\b(?:investisseurs?|investors)\b[^.;:]{0,40}:/;
/** Fronted or inserted support with no amount: "Soutenu par le Fonds X, Y investit …". */
const SUPPORTED_BY =
  /\b(?:soutenue?s?|financee?s?|accompagnee?s?|cofinancee?s?|aidee?s?)\s+par\b|\bavec le soutien (?:de|du|de la|des)\b|\b(?:supported|backed|funded)\s+by\b/;

/** The money each sentence says a funder gives: funder, recipients, amount, instrument, date or period, programme. */
export function fundingProposals(views: SentenceView[]): FundingDraft[] {
  const drafts: FundingDraft[] = [];
  // "X a inauguré son incubateur, baptisé Y": the story's money with no named recipient goes to the new place Y, not to X.
  const documentTopic = newFacility(views) ?? documentSubject(views);
  // The Région a document names, which "une aide régionale" stands for; else the region of its places, named so.
  const region =
    views.flatMap((v) => v.mentions).find((m) => m.kind === 'PUBLIC_AUTHORITY' && /^R[ée]gion\s+\p{Lu}/u.test(m.name)) ??
    impliedRegion(views);
  // The État a document names, which gives the money of a national programme ("au titre de France 2030").
  const state = views.flatMap((v) => v.mentions).find((m) => m.target === 'ACTOR' && compactKey(m.name) === compactKey('État'));
  const recoveryPlan = regionalRecoveryPlanOf(views, region);
  for (const view of views) {
    // Under a heading that names an organisation ("Exemplia : une usine à Albi"), its paragraph is about it.
    const subject = sectionSubject(views, view.index) ?? documentTopic;
    const instrument = INSTRUMENTS.find(([pattern]) => pattern.test(view.folded))?.[1] ?? null;
    const programme = view.mentions.find((m) => m.target === 'PROGRAMME') ?? null;
    const { date, period } = timeOf(view.reading.dates, view.reading.amounts[0]?.start);
    const funded = view.reading.amounts.filter((amount) => amountUse(view, amount).use === 'FUNDING');
    // "1,6 M€ versés à trois sociétés, A (700 000 €), B (778 000 €) et C (142 000 €)": the names whose shares are in brackets.
    const shareOwners = new Set(funded.flatMap((amount) => bracketOwner(view, amount)?.key ?? []));
    for (const amount of funded) {
      // "des aides versées par l'État (1,1 M€) et par la Région (1,13 M€)": a share in brackets after an agent is what that
      // agent gives, to what the paragraph is about (said by a lower confidence).
      const agentShare = bracketOwner(view, amount);
      if (
        agentShare &&
        /(?:^|\s)(?:par|by)\s+(?:l'|la |le |les |the )?$/.test(
          view.folded.slice(Math.max(0, local(view, agentShare.start) - 12), local(view, agentShare.start)),
        )
      ) {
        if (subject && subject.key !== agentShare.key && FUNDER_KINDS.has(agentShare.kind ?? ''))
          drafts.push({
            kind: 'FUNDING',
            funder: refOf(agentShare),
            recipients: [refOf(subject)],
            amountEur: amount.amountEur,
            qualifier: amount.qualifier,
            instrument: instrument ?? (agentShare.kind !== 'FUND' ? 'GRANT' : null),
            date,
            period,
            programme: programme ? refOf(programme) : null,
            sentence: sentenceRef(view),
            confidence: confidenceOf(0.3 + 0.3 * agentShare.confidence),
          });
        continue;
      }
      // "A et B financent C et D à hauteur de 2 M€": each co-funder gives with the others to the names funded together;
      // "… financent six projets, dont C, pour 4 M€" is a total over projects not all named: no one's.
      const together = coFunded(view, amount);
      if (together === 'total') continue;
      if (together) {
        for (const giver of together.givers)
          drafts.push({
            kind: 'FUNDING',
            funder: refOf(giver),
            recipients: together.recipients.map(refOf),
            amountEur: amount.amountEur,
            qualifier: amount.qualifier,
            instrument:
              instrumentAfter(view, amount) ?? instrument ?? (FUNDER_KINDS.has(giver.kind ?? '') && giver.kind !== 'FUND' ? 'GRANT' : null),
            date,
            period,
            programme: programme ? refOf(programme) : null,
            sentence: sentenceRef(view),
            confidence: confidenceOf(0.45 + 0.3 * giver.confidence + (instrument ? 0.1 : 0)),
          });
        continue;
      }
      // "X décroche 1,5 M€. C'est ce qu'a obtenu X de la part de l'État.": the giver may be named in the next or previous sentence.
      // Only when the sentence says someone receives it ("décroche", "obtient", "est soutenue à hauteur de").
      const receives = RECEIVES.test(view.folded) || /\bsoutenue?s? (?:a hauteur (?:de|d')|pour)\b/.test(view.folded);
      const named = funderOf(view, amount);
      const stated =
        regionalAid(view, amount, region) ??
        nationalProgrammeGiver(view, amount, named, state, recoveryPlan) ??
        named ??
        pronounGiver(views, view, amount);
      const neighbour = stated || !receives ? undefined : (neighbourGiver(views, view.index) ?? earlierGiver(views, view.index));
      const funder = stated ?? neighbour;
      if (!funder) continue;
      // With the giver named elsewhere, the sentence's subject is who receives ("X, basée à Y, est soutenue à hauteur de 1,5 M€").
      const subjectHere = neighbour && view.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && m.end <= amount.start);
      const share = bracketOwner(view, amount) ?? gappedOwner(view, amount);
      const readRecipients =
        share && share.key !== funder.key ? [share] : subjectHere ? [subjectHere] : recipientsOf(view, funder, amount.start);
      // A person is no recipient of a grant or a round here ("signé avec X, présidente de la Région, … 5,7 Md€"): who speaks or signs.
      // "auprès de ses investisseurs (A, B et C)": names listed with the funder give with it; they receive nothing.
      const firstRead = readRecipients.find((r) => view.mentions.includes(r));
      const listOfFirst = firstRead ? listFrom(view, firstRead, 'ACTOR') : [];
      const listOfFunder = view.mentions.includes(funder) ? listFrom(view, funder, 'ACTOR') : [];
      // One list holds both: "A et B", "A, B, C" (not "Dans le cadre du plan de A, la société B").
      const holdsBoth = (list: Mention[]) =>
        list.some((m) => m.key === funder.key) &&
        readRecipients.some((r) => list.some((m) => m.key === r.key)) &&
        (list.length >= 3 || list.slice(1).some((m, i) => listJoin(textBetween(view, list[i]!.end, m.start)) === 'and'));
      const listedTogether = holdsBoth(listOfFirst) || holdsBoth(listOfFunder);
      const coListed = listedTogether
        ? [...listOfFirst, ...listOfFunder].filter((m, i, all) => m.key !== funder.key && m.kind !== 'PERSON' && all.indexOf(m) === i)
        : [];
      const recipients = readRecipients.filter((r) => r.kind !== 'PERSON' && !coListed.some((c) => c.key === r.key));
      if (readRecipients.length > 0 && recipients.length === 0 && !listedTogether) continue;
      // The total of shares stated one by one in brackets is no recipient's money.
      if (!share && recipients.some((r) => shareOwners.has(r.key))) continue;
      // A sum the funder budgets or totals ("un plan de 250 M€", "injecte 15 M€ dans sa stratégie", "ces projets
      // représentent 5 M€") goes to no one named here: not to what the document is about either.
      if (recipients.length === 0 && budgetOrTotal(view, amount)) continue;
      // No recipient in the sentence: the money goes to what the document is about, said by a lower confidence.
      // "It is a unit of X. The platform received 2 M€": a pronoun or a bare noun receives for the actor the sentence before opens with.
      // "une augmentation de capital réservée à X": the company whose capital it is, which this sentence or the one before opens with.
      const owner = recipients.length === 0 && reservedFor(view, funder) ? capitalOwner(views, view, funder) : undefined;
      const receiver = owner ?? ((recipients.length === 0 && pronounReceiver(views, view, funder)) || subject);
      const toSubject =
        recipients.length === 0 &&
        receiver !== undefined &&
        receiver.key !== funder.key &&
        !view.mentions.some((m) => m.key === receiver.key && isChannel(view, m));
      if (recipients.length === 0 && !toSubject && !programme?.link) continue;
      // "50 M€, apportés par l'État, la Région et la Métropole": each agent of the list gives it with the others.
      const agents = agentsAfter(view, amount.end);
      const receiving = new Set((toSubject ? [receiver] : recipients).map((r) => r.key));
      // "A investit 2 M€ dans X aux côtés de B et C": the co-investors named after the amount give with A.
      const coInvestors = invests(view, amount) ? coInvestorsAfter(view, amount.end).filter((m) => !receiving.has(m.key)) : [];
      const givers =
        agents.length > 1 && agents.some((a) => a.key === funder.key)
          ? agents
          : [funder, ...(listedTogether ? coListed : []), ...coInvestors.filter((m) => m.key !== funder.key)];
      for (const giver of givers)
        drafts.push({
          kind: 'FUNDING',
          funder: refOf(giver),
          recipients: (toSubject ? [receiver] : recipients).map(refOf),
          amountEur: amount.amountEur,
          qualifier: amount.qualifier,
          instrument:
            instrumentAfter(view, amount) ??
            (invests(view, amount) ? 'EQUITY' : null) ??
            instrument ??
            (FUNDER_KINDS.has(funder.kind ?? '') && funder.kind !== 'FUND' ? 'GRANT' : null),
          date,
          period,
          programme: programme ? refOf(programme) : null,
          sentence: sentenceRef(view),
          confidence: confidenceOf(0.5 + 0.3 * funder.confidence + (instrument ? 0.1 : 0) - (toSubject ? 0.2 : 0) - (neighbour ? 0.1 : 0)),
        });
    }
    // "X lève 3 M€ auprès de Y": equity from the investors named.
    for (const amount of view.reading.amounts) {
      const use = amountUse(view, amount);
      if (use.use !== 'FIGURE' || use.metric !== 'FUNDS_RAISED_EUR') continue;
      const hoped = hopedRaise(view, amount);
      const listed =
        investorsOf(view, amount.end) ??
        enteringInvestors(view) ??
        (hoped ? undefined : laterInvestors(views, view.index)) ??
        // "Le fonds A mène le tour, rejoint par B", "le tour de table réunit A et B", in this sentence or the two after.
        views
          .slice(view.index, view.index + 3)
          .map(roundInvestors)
          .find((round) => round && round.investors.length > 0)?.investors;
      // The one who raises is an organisation: "Marie Exemple, sa présidente, annonce …" names who speaks for it.
      // Nor is it one of the investors listed ("un tour de table de 7 M€ auprès des fonds A et B").
      const organisations = view.mentions.filter(
        (m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && !listed?.some((l) => l.key === m.key),
      );
      const nearest = organisations.findLast((m) => m.end <= amount.start && amount.start - m.end <= 100 && !complementOfOpening(view, m));
      const raiser =
        (nearest && appositionHead(view, nearest, amount.start)) ??
        // Names after the amount are more investors when the list is there ("auprès de A et B - et le fonds C").
        (listed?.some((m) => m.start > amount.end)
          ? undefined
          : organisations.find((m) => m.start >= amount.end && m.start - amount.end <= 100)) ??
        subject;
      if (!listed || !raiser) continue;
      // "a réuni une première enveloppe de 25 M€ auprès de A et B": a fund's subscribers hold units of the fund, not shares.
      const envelope = /\benveloppe\s+(?:\S+\s+){0,2}$/.test(
        view.folded.slice(Math.max(0, local(view, amount.start) - 40), local(view, amount.start)),
      );
      for (const investor of listed.filter((m) => m.key !== raiser.key))
        drafts.push({
          kind: 'FUNDING',
          funder: refOf(investor),
          recipients: [refOf(raiser)],
          amountEur: amount.amountEur,
          qualifier: amount.qualifier,
          instrument: envelope ? null : 'EQUITY',
          date,
          period,
          programme: programme ? refOf(programme) : null,
          sentence: sentenceRef(view),
          confidence: confidenceOf(0.5 + 0.3 * Math.min(investor.confidence, raiser.confidence)),
        });
    }
    const support = SUPPORTED_BY.exec(view.folded);
    if (support && funded.length === 0) {
      const supportAt = view.reading.sentence.start + support.index + support[0].length;
      const funder = mentionAfter(view, supportAt, 40, 'ACTOR');
      const named =
        support.index === 0
          ? funder && mentionAfter(view, funder.end, 80, 'ACTOR')
          : mentionBefore(view, supportAt - support[0].length, 60, 'ACTOR');
      // "Le chantier a été cofinancé par la Région": a thing of the document's subject, which receives, said by a lower confidence.
      const thing = !named && support.index > 0 && /^\s*(?:(?:le|la|les|ce|cet|cette|ces|son|sa|ses)\s|l')/.test(view.folded);
      const recipient = named ?? (thing && funder && FUNDER_KINDS.has(funder.kind ?? '') ? subject : undefined);
      // "accompagnée par l'incubateur X" is help, not money: a giver of money by its kind, or a verb that says money.
      const money = /financ|funded/.test(support[0]) || FUNDER_KINDS.has(funder?.kind ?? '');
      if (funder && recipient && funder.key !== recipient.key && money)
        drafts.push({
          kind: 'FUNDING',
          funder: refOf(funder),
          recipients: [refOf(recipient)],
          amountEur: null,
          qualifier: 'EXACT',
          instrument,
          date,
          period,
          programme: programme ? refOf(programme) : null,
          sentence: sentenceRef(view),
          confidence: confidenceOf(0.6 * funder.confidence + 0.1),
        });
    }
  }
  // Blocks of short lines take their roles from their header and labels; their readings replace the line-by-line ones.
  const fromRecords = moneyRecords(views, documentTopic).flatMap(recordFundings);
  const recorded = new Set(fromRecords.map((d) => d.sentence.start));
  return dedupe([...drafts.filter((d) => !recorded.has(d.sentence.start)), ...fromRecords]);
}

/**
 * "des aides à A (1 M€) et à B (6 M€)", "A à Albi (700 000 € en avance remboursable)": an amount in brackets right after a
 * name, or after a name and its commune, is that name's share.
 */
function bracketOwner(view: SentenceView, amount: AmountMention): Mention | undefined {
  const before = view.reading.sentence.text.slice(Math.max(0, local(view, amount.start) - 60), local(view, amount.start));
  if (!/\(\s*(?:(?:plus de|près de|environ)\s+)?$/u.test(before)) return undefined;
  const owner = view.mentions.findLast((m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && m.end <= amount.start);
  if (!owner) return undefined;
  const between = view.reading.sentence.text.slice(local(view, owner.end), local(view, amount.start));
  return /^\s*(?:(?:à|a|au|en)\s+\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,2}\s*)?\(\s*(?:(?:plus de|près de|environ)\s+)?$/u.test(
    between,
  )
    ? owner
    : undefined;
}

/**
 * "A reçoit 1 M€, B 2 M€", "A obtient 1 M€ et la société B 2 M€": a name right before an amount, after a comma or "et",
 * once the sentence has stated an amount before, is that amount's owner (the verb of the clause before is left out).
 */
function gappedOwner(view: SentenceView, amount: AmountMention): Mention | undefined {
  if (!view.reading.amounts.some((a) => a.end <= amount.start)) return undefined;
  const owner = mentionBefore(view, amount.start, 3, 'ACTOR');
  if (!owner || owner.kind === 'PERSON' || !/^\s*$/.test(textBetween(view, owner.end, amount.start))) return undefined;
  const lead = view.folded.slice(Math.max(0, local(view, owner.start) - 30), local(view, owner.start));
  return /(?:,|\bet|\band)\s+(?:la |le |l'|les |the )?(?:[a-z-]+\s+)?$/.test(lead) ? owner : undefined;
}

/** A plural verb of funding whose subject is the list of funders: "A et B financent", "A and B fund". */
const FUND_TOGETHER =
  /\b(?:co-?financent|financent|soutiennent|accompagnent|subventionnent|co-?financeront|financeront|soutiendront|co-?fund|fund|support)\b(?!\s+(?:par|au|aux|by)\b|\s+a\s+(?!hauteur\b))/g;
/** Several things funded, counted or in the plural, before the names: "six projets, dont", "plusieurs entreprises, comme". */
const COUNTED_FUNDED =
  /^\s*(?:(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|une dizaine de|une vingtaine de|several|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\p{L}+\s+)?(?:projets|entreprises|societes|start-?ups|laureats|structures|projects|companies|firms))\b/u;

/**
 * "La Région et Bpifrance financent A et B à hauteur de 2 M€", "… soutiennent à hauteur de 2 M€ les projets de A et de B":
 * the names joined before a plural funding verb each give the amount, to the names after it together. When the verb's
 * object is several things counted ("six projets, dont A"), the amount is their total: 'total', no one's.
 */
function coFunded(view: SentenceView, amount: AmountMention): { givers: Mention[]; recipients: Mention[] } | 'total' | undefined {
  for (const verb of view.folded.matchAll(FUND_TOGETHER)) {
    const verbAt = view.reading.sentence.start + verb.index;
    const verbEnd = verbAt + verb[0].length;
    if (verbEnd > amount.start) continue;
    const last = mentionBefore(view, verbAt, 12, 'ACTOR');
    if (
      !last ||
      !/^\s*(?:(?:aussi|egalement|ensemble|conjointement|also|jointly)\s+)?$/.test(
        view.folded.slice(local(view, last.end), local(view, verbAt)),
      )
    )
      continue;
    const givers = listUpTo(view, last).filter((m) => m.target === 'ACTOR' && m.kind !== 'PERSON');
    if (givers.length < 2) continue;
    if (COUNTED_FUNDED.test(view.folded.slice(local(view, verbEnd)))) return 'total';
    const first = view.mentions.find(
      (m) => m.start >= verbEnd && m.target === 'ACTOR' && m.kind !== 'PERSON' && !givers.some((g) => g.key === m.key),
    );
    if (!first || /[.;:]/.test(textBetween(view, verbEnd, first.start))) continue;
    const recipients = listFrom(view, first, 'ACTOR').filter((m) => m.kind !== 'PERSON' && !givers.some((g) => g.key === m.key));
    if (recipients.length > 0) return { givers, recipients };
  }
  return undefined;
}

/** Words that make a sum a funder's own budget or a total over several recipients, around the amount. */
const BUDGET_BEFORE =
  /\b(?:plan|enveloppe|budget|programme|strategie|dispositif|fonds|volet|tranche)\b[^.;:()]{0,60}\s(?:de|d'|a hauteur de|s'eleve a|s'elevant a)\s*(?:plus de |pres de |environ |quelque )?$|\b(?:representent|totalisent|cumulent|au total|un total de|total de)\s+(?:\S+\s+){0,3}$/;
const BUDGET_AFTER =
  /^\s*(?:\S+\s+){0,3}?(?:dans|a|pour)\s+(?:sa|son|ses|leur|leurs)\s+(?:strategie|plan|programme|politique|dispositif)\b/;

function budgetOrTotal(view: SentenceView, amount: AmountMention): boolean {
  const before = view.folded.slice(Math.max(0, local(view, amount.start) - 90), local(view, amount.start));
  const after = view.folded.slice(local(view, amount.end), local(view, amount.end) + 60);
  return BUDGET_BEFORE.test(before) || BUDGET_AFTER.test(after);
}

/** A header that introduces where money comes from: "Funding comes from two sources:", "Les financeurs :". */
const SOURCES_HEADER = /\b(?:sources?|financeurs?|funders?|financements?|funding|financing|contributeurs?|contributors?|apports?)\b/;
/** Labels of the line that states the sum of a round or a record: "Montant", "Amount", "2018 round". */
const AMOUNT_LABEL = /^(?:montant|amount|total|somme)\b|\b(?:round|tour|levee|fundraising)$/;

/**
 * The fundings of a record's lines. Givers, first found wins: the names in parentheses after the amount ("€5 M (A, B)"),
 * the agents of a passive ("apportés par A et B"), the investors the labels name for the line of the sum, the giver the
 * line names, the name a line of a sources header opens with ("- l'Université X : 2 M€"), the header's giver. Who
 * receives: the one a giving participle names ("versée au CNRS"), else who the record is about.
 */
function recordFundings(record: MoneyRecord): FundingDraft[] {
  const drafts: FundingDraft[] = [];
  const sources = record.header !== undefined && SOURCES_HEADER.test(record.header.folded);
  for (const line of record.lines) {
    const label = labelOf(line);
    const colonAt = line.reading.sentence.start + line.folded.indexOf(':');
    const instrument = INSTRUMENTS.find(([pattern]) => pattern.test(line.folded))?.[1] ?? null;
    const programme = line.mentions.find((m) => m.target === 'PROGRAMME') ?? null;
    const { date, period } = timeOf(line.reading.dates, line.reading.amounts[0]?.start);
    for (const amount of line.reading.amounts) {
      const use = amountUse(line, amount);
      if (use.use === 'NEITHER' || (use.use === 'FIGURE' && use.metric !== 'FUNDS_RAISED_EUR')) continue;
      const bracketed = bracketedAfter(line, amount.end);
      const agents = agentsAfter(line, amount.end);
      const labelled = line.mentions.find(
        (m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && label !== undefined && m.end <= colonAt && colonAt < amount.start,
      );
      // "- brought A and B into its capital, for €1 million": who enters the capital gives.
      const capital =
        /\b(?:into|in|to) (?:its|their|the) (?:capital|share capital)\b|\b(?:au|a son|a leur|dans son|dans le) capital\b/.exec(line.folded);
      const entering = capital
        ? line.mentions.filter(
            (m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && local(line, m.end) <= capital.index && m.key !== record.subject?.key,
          )
        : [];
      const single = funderOf(line, amount) ?? (sources ? labelled : undefined) ?? record.giver;
      const funders =
        bracketed.length > 0
          ? bracketed
          : agents.length > 0
            ? agents
            : entering.length > 0
              ? entering
              : AMOUNT_LABEL.test(label ?? '') && record.investors.length > 0
                ? record.investors
                : single
                  ? [single]
                  : [];
      const slot = line.mentions.find((m) => m.target === 'ACTOR' && m.start > amount.end && inRecipientSlot(line, m));
      // "- à Albi, X, qui conçoit des capteurs, a reçu 300 000 €": the line's own subject of a receiving verb receives.
      const receives = [...line.folded.matchAll(new RegExp(RECEIVES.source, 'g'))]
        .filter((m) => line.reading.sentence.start + m.index < amount.start)
        .pop();
      const receiver = receives && clauseSubject(line, line.reading.sentence.start + receives.index);
      const recipients = slot
        ? listFrom(line, slot, 'ACTOR')
        : receiver && receiver.kind !== 'PERSON'
          ? [receiver]
          : record.subject
            ? [record.subject]
            : [];
      for (const funder of funders) {
        const to = recipients.filter((r) => r.key !== funder.key && !funders.some((f) => f.key === r.key));
        if (to.length === 0) continue;
        drafts.push({
          kind: 'FUNDING',
          funder: refOf(funder),
          recipients: to.map(refOf),
          amountEur: amount.amountEur,
          qualifier: amount.qualifier,
          instrument:
            instrumentAfter(line, amount) ??
            instrument ??
            (record.investors.includes(funder) || bracketed.includes(funder) || entering.includes(funder) ? 'EQUITY' : null) ??
            (FUNDER_KINDS.has(funder.kind ?? '') && funder.kind !== 'FUND' ? 'GRANT' : null),
          date,
          period,
          programme: programme ? refOf(programme) : null,
          sentence: sentenceRef(line),
          confidence: confidenceOf(0.45 + 0.3 * funder.confidence + (slot ? 0.1 : 0)),
        });
      }
    }
  }
  return drafts;
}

/** A funder a sentence next to an amount names as the giver ("de la part de l'État", "financé par la Région") when that sentence states no amount of its own. */
function neighbourGiver(views: SentenceView[], index: number): Mention | undefined {
  for (const view of [views[index + 1], views[index - 1]]) {
    if (!view || view.reading.amounts.length > 0) continue;
    const giver = view.mentions.find((m) => {
      if (m.target !== 'ACTOR' || !FUNDER_KINDS.has(m.kind ?? '')) return false;
      // "C'est ce qu'a obtenu X de la part de l'État": here a receiving verb before the giver does not make it a recipient.
      return GIVER_BEFORE.test(view.folded.slice(0, local(view, m.start)));
    });
    if (giver) return giver;
  }
  return undefined;
}

/** The investors named after a fundraising's amount in its sentence ("lève 3 M€ auprès de A et B"), or undefined. */
function investorsOf(view: SentenceView, from: number): Mention[] | undefined {
  const investors = INVESTORS.exec(view.folded.slice(local(view, from)));
  // "auprès d'investisseurs parisiens : le fonds A, B et C": the list may follow a short description.
  const first = investors && mentionAfter(view, from + investors.index, investors[0].length + 70, 'ACTOR');
  if (!first) return undefined;
  const listed = listFrom(view, first, 'ACTOR');
  // "auprès de A, avec la participation de B et C", "led by A, joined by B and C": the later lists are investors too.
  const more = coInvestorsAfter(view, listed[listed.length - 1]!.end);
  return [...listed, ...more.filter((m) => !listed.some((l) => l.key === m.key))];
}

/** Words that add investors to a round or an investment: "avec la participation de", "aux côtés de", "rejoint par", "joined by". */
const CO_INVESTORS =
  /\b(?:aux cotes (?:de|du|des|d')|avec la participation (?:de|du|des|d')|rejointe?s? par|suivie? par|joined by|alongside|together with|with participation from)\s*/g;

/** The investors every co-investment cue after `from` in the sentence names ("aux côtés de A et B, avec la participation de C"). */
function coInvestorsAfter(view: SentenceView, from: number): Mention[] {
  const found: Mention[] = [];
  const rest = view.folded.slice(local(view, from));
  for (const cue of rest.matchAll(CO_INVESTORS)) {
    const first = mentionAfter(view, from + cue.index + cue[0].length, 30, 'ACTOR');
    if (!first) continue;
    for (const m of listFrom(view, first, 'ACTOR')) if (m.kind !== 'PERSON' && !found.some((f) => f.key === m.key)) found.push(m);
  }
  return found;
}

/** "A investit 2 M€ dans X", "A invests €2m in X": money put into a company's capital, by the subject of the verb. */
function invests(view: SentenceView, amount: AmountMention): boolean {
  const before = view.folded.slice(Math.max(0, local(view, amount.start) - 40), local(view, amount.start));
  const after = view.folded.slice(local(view, amount.end), local(view, amount.end) + 40);
  return (
    /\b(?:investit|investissent|a investi|ont investi|va investir|vont investir|investira|invests|invested|has invested|will invest)\s+(?:\S+\s+){0,2}$/.test(
      before,
    ) && /^\s*(?:dans|au capital (?:de|du|d')|in|into)\s/.test(after)
  );
}

/** The document's Région, implied by "subventions régionales" when no sentence names it: the region of its places. */
function impliedRegion(views: SentenceView[]): Mention | undefined {
  const place = documentRegion(views.map((v) => v.reading));
  const words = views.map((v) => ({ v, m: REGIONAL_WORDS.exec(v.folded) })).find(({ m }) => m);
  if (!place || !words?.m) return undefined;
  const start = words.v.reading.sentence.start + words.m.index;
  const name = `Région ${place.name}`;
  return {
    start,
    end: start + words.m[0].length,
    text: words.v.reading.sentence.text.slice(words.m.index, words.m.index + words.m[0].length),
    name,
    key: compactKey(name),
    target: 'ACTOR',
    kind: 'PUBLIC_AUTHORITY',
    confidence: 0.7,
    cue: 'regional aid',
  };
}

/**
 * Programmes of the State's money: France 2030, France Relance, the Programme d'investissements d'avenir (PIA), the
 * Contrat de plan État-Région (CPER, the State's contract with a region: the curators record the State as its giver).
 */
const NATIONAL_PROGRAMME =
  /\bcontrats? de plan etat-regions?\b|\bcper\b|\bfrance 2030\b|\bfrance relance\b|\bplan (?:de )?relance\b|\brecovery plan\b|\b(?:programmes? (?:des? |d')?)?investissements? d'avenir\b|\bpia\s?\d?\b/;

/** A recovery plan said in lower case, the State's or a region's ("plan de relance", "recovery plan"). */
const RECOVERY_PLAN = /^(?:plan (?:de )?relance|recovery plan)$/;
/** A region's recovery plan: "plan de relance régional", "plan régional de relance", "plan de relance de la Région", "la Région a lancé un plan de relance", "the Region's recovery plan". */
const REGIONAL_RECOVERY_PLAN =
  /\bplan (?:de )?relance (?:regional|de la region|du conseil regional|de l'executif regional)\b|\bplan regional (?:de )?relance\b|\bregion\b[^.;:]{0,60}\b(?:lance|a lance|adopte|a adopte|vote|a vote|met en place|a mis en place|son|sa)\s+(?:un |une |le |son |sa )?(?:propre |vaste |grand |nouveau )?plan (?:de )?relance\b|\bregional recovery plan\b|\bregion'?s (?:own )?recovery plan\b|\brecovery plan (?:of|launched by|adopted by) the region\b|\bregion\b[^.;:]{0,60}\b(?:launched|adopted|passed) (?:a|its) (?:own )?recovery plan\b/;
/** The State's recovery plan said so: "plan de relance national / de l'État / du gouvernement", "France Relance", "national recovery plan". */
const NATIONAL_RECOVERY_PLAN =
  /\bfrance relance\b|\bplan (?:de )?relance (?:national|de l'etat|du gouvernement|francais|europeen)\b|\bplan national (?:de )?relance\b|\b(?:national|french|france's|government's|state's|european) recovery plan\b/;

/** Whether a document's bare "plan de relance" is the Région's: it names a regional recovery plan and no national one. */
function regionalRecoveryPlanOf(views: SentenceView[], region: Mention | undefined): { region: Mention | undefined; bare: boolean } {
  const regional = views.some((v) => REGIONAL_RECOVERY_PLAN.test(v.folded));
  const national = views.some((v) => NATIONAL_RECOVERY_PLAN.test(v.folded));
  return { region, bare: regional && !national };
}

/**
 * "X reçoit 2 M€ au titre de France 2030": money of a national programme is the État's, unless a giver is named before
 * the programme ("Bpifrance, dans le cadre de France 2030, accorde 3 M€ à X"). The État the document names, else one
 * named so at the programme's words.
 */
function nationalProgrammeGiver(
  view: SentenceView,
  amount: AmountMention,
  named: Mention | undefined,
  state: Mention | undefined,
  regionalPlan?: { region: Mention | undefined; bare: boolean },
): Mention | undefined {
  const programme = NATIONAL_PROGRAMME.exec(view.folded);
  if (!programme) return undefined;
  const programmeAt = view.reading.sentence.start + programme.index;
  if (named && (named.end <= programmeAt || named.end <= amount.start)) return undefined;
  // "le plan de relance régional", "the Region's recovery plan", or a bare "plan de relance" in a document whose only
  // recovery plan is the Région's: the Région's money, not the State's.
  if (regionalPlan && RECOVERY_PLAN.test(programme[0])) {
    const regional = REGIONAL_RECOVERY_PLAN.test(view.folded) || (regionalPlan.bare && !NATIONAL_RECOVERY_PLAN.test(view.folded));
    if (regional) return regionalPlan.region;
  }
  if (state) return state;
  return {
    start: programmeAt,
    end: programmeAt + programme[0].length,
    text: view.reading.sentence.text.slice(programme.index, programme.index + programme[0].length),
    name: 'État',
    key: compactKey('État'),
    target: 'ACTOR',
    kind: 'PUBLIC_AUTHORITY',
    confidence: 0.7,
    cue: 'national programme',
  };
}

/** What a story says its subject opens or builds under a name: "a inauguré son incubateur, baptisé Y", "opens its new lab, named Y". */
function newFacility(views: SentenceView[]): Mention | undefined {
  for (const view of views.slice(0, 4)) {
    const named = view.mentions.find(
      (m) => m.target === 'ACTOR' && /\b(?:baptisee?|nommee?|named|called)$/.test(m.cue.normalize('NFD').replace(/\p{M}/gu, '')),
    );
    if (
      named &&
      /\b(?:inaugure|a inaugure|ouvre|a ouvert|cree|a cree|lance|a lance|construit|inaugurates?|inaugurated|opens|opened|builds|built|launche[sd])\s+(?:son|sa|ses|leur|its|their)\b/.test(
        view.folded.slice(0, local(view, named.start)),
      )
    )
      return named;
  }
  return undefined;
}

/** The actor a sentence opens with, as its subject: "X …", "L'agence X …", "En 2020, X …" (an anaphor counts). */
function openingActor(view: SentenceView): Mention | undefined {
  const first = view.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON');
  if (!first) return undefined;
  const before = view.folded.slice(0, local(view, first.start));
  return /^\s*(?:[^,.;:]{0,60},\s*)?(?:(?:l'|le |la |les |the )(?:[a-z-]+\s+){0,3})?$/.test(before) ? first : undefined;
}

/** A pronoun right before a verb: "il apportera", "elle a reçu", "it received", "they will provide". */
const PRONOUN_BEFORE_VERB =
  /(?:^|[\s,])(?:il|elle|ils|elles|it|they)\s+(?:(?:lui|leur|y|en|also|then)\s+)?(?:a|ont|va|vont|avait|has|have|had|will|would)?\s*$/;
/** A bare definite noun for an actor right before a verb: "la société a reçu", "the platform received". */
const NOUN_BEFORE_VERB =
  /(?:^|[\s,])(?:la|le|l'|the)\s*(?:jeune\s+)?(?:societe|start-up|startup|entreprise|plateforme|platform|company|firm|biotech|medtech|groupe|group|laboratoire|laboratory|lab|unite|unit|institut|institute|structure|association|pepite)\s+(?:(?:also|then|a|ont|has|have|had|will)\s+)?$/;

/** A thing of the actor named before, funded: "Sa construction a été financée par …", "Its new plant was funded by …". */
const POSSESSIVE_FUNDED =
  /^\s*(?:[^,.;:]{0,40},\s*)?(?:sa|son|ses|leur|leurs|its|their)\s+(?:[a-z-]+\s+){1,3}(?:a ete|ont ete|est|sont|sera|seront|was|were|is|are|will be|has been|have been)\s+(?:[a-z]+\s+)?(?:financee?s?|cofinancee?s?|soutenue?s?|subventionnee?s?|funded|financed|cofunded|co-funded|backed|paid for)\b/;

/** "L'État participe. Il apportera 5 M€ …": a pronoun that gives stands for the public funder the sentence before opens with. */
function pronounGiver(views: SentenceView[], view: SentenceView, amount: AmountMention): Mention | undefined {
  const verb = [...view.folded.matchAll(GIVES)].filter((m) => view.reading.sentence.start + m.index < amount.start).pop();
  if (!verb || !PRONOUN_BEFORE_VERB.test(view.folded.slice(0, verb.index))) return undefined;
  const previous = views[view.index - 1];
  const giver = previous && openingActor(previous);
  return giver && FUNDER_KINDS.has(giver.kind ?? '') ? giver : undefined;
}

/** A definite noun of a kind of body, the subject of a passive verb of funding: "L'incubateur a été cofinancé", "The hub was funded". */
const KIND_NOUN_FUNDED =
  /^\s*(?:[^,.;:]{0,40},\s*)?(?:l'|le |la |the )\s*(?:nouvel(?:le)?\s+|new\s+)?(?<noun>incubateur|incubator|pepiniere|accelerateur|accelerator|technopole|pole de competitivite|cluster|societe|start-up|startup|entreprise|company)\s+(?:a ete|ont ete|est|sera|a|was|is|has been|will be)\s+(?:[a-z]+\s+)?(?:financee?|cofinancee?|soutenue?|subventionnee?|dotee?|funded|co-funded|cofunded|financed|backed)\b/;
/** The kinds of actor each noun of KIND_NOUN_FUNDED names. */
const KINDS_OF_NOUN: [RegExp, Set<string>][] = [
  [/^(?:incubat|pepiniere|accelerat|technopole)/, new Set(['INCUBATOR'])],
  [/^(?:pole|cluster)/, new Set(['COMPETITIVENESS_POLE', 'CLUSTER'])],
  [/^(?:societe|start|entreprise|company)/, new Set(['COMPANY'])],
];
/** The same families of nouns, written right before a name that they introduce ("la pépinière Vextrane", "the incubator X"). */
const NOUN_FAMILIES: [RegExp, RegExp][] = [
  [
    /^(?:incubat|pepiniere|accelerat|technopole)/,
    /\b(?:incubateur|incubator|pepiniere|accelerateur|accelerator|technopole)\s+(?:de\s+|d')?$/,
  ],
  [/^(?:pole|cluster)/, /\b(?:pole de competitivite|pole|cluster)\s+$/],
  [/^(?:societe|start|entreprise|company)/, /\b(?:societe|start-?up|entreprise|company)\s+$/],
];

/**
 * "Avec X, l'université dispose d'un incubateur. … L'incubateur a été cofinancé à hauteur de 2 M€": a definite noun of a
 * kind of body that is funded stands for the last body of that kind named in the ten sentences before.
 */
function kindNounReceiver(views: SentenceView[], view: SentenceView, funder: Mention): Mention | undefined {
  const noun = KIND_NOUN_FUNDED.exec(view.folded)?.groups?.noun;
  const kinds = noun ? KINDS_OF_NOUN.find(([head]) => head.test(noun))?.[1] : undefined;
  if (!kinds) return undefined;
  // A name introduced by a noun of the family counts whatever kind it was read as ("la pépinière X" read as a company).
  const introducer = NOUN_FAMILIES.find(([head]) => head.test(noun!))?.[1];
  const introduced = (seen: SentenceView, m: Mention) =>
    introducer?.test(seen.folded.slice(Math.max(0, local(seen, m.start) - 30), local(seen, m.start)));
  for (let i = view.index - 1; i >= Math.max(0, view.index - 10); i--) {
    const seen = views[i]!;
    const named = seen.mentions.findLast(
      (m) => m.target === 'ACTOR' && m.key !== funder.key && (kinds.has(m.kind ?? '') || introduced(seen, m)),
    );
    if (named) return named;
  }
  return undefined;
}

/** "It is a unit of X. The platform then received 2 M€": who a pronoun or a bare noun that receives stands for. */
function pronounReceiver(views: SentenceView[], view: SentenceView, funder: Mention): Mention | undefined {
  const ofKind = kindNounReceiver(views, view, funder);
  if (ofKind) return ofKind;
  const verb = RECEIVES.exec(view.folded);
  const before = verb ? view.folded.slice(0, verb.index) : '';
  const receives = verb && (PRONOUN_BEFORE_VERB.test(before) || NOUN_BEFORE_VERB.test(before));
  if (!receives && !POSSESSIVE_FUNDED.test(view.folded)) return undefined;
  for (const previous of [views[view.index - 1], views[view.index - 2]]) {
    const opening = previous && openingActor(previous);
    if (opening && opening.key !== funder.key && !FUNDER_KINDS.has(opening.kind ?? '')) return opening;
  }
  return undefined;
}

/** Words for the Région's money: "aide régionale", "subventions régionales", "regional grant". */
const REGIONAL_WORDS =
  /\b(?:(?:aide|subvention|dotation|avance remboursable|soutien|financement|pret)s? regionale?s?|regional (?:grants?|aid|support|subsid(?:y|ies)|funding))\b/;

/**
 * "une aide régionale de 2 M€", "a regional grant of €1 million", "2 M€ de subventions régionales", "€1m in regional
 * grants": the document's Région gives it.
 */
function regionalAid(view: SentenceView, amount: AmountMention, region: Mention | undefined): Mention | undefined {
  if (!region) return undefined;
  const before = view.folded.slice(Math.max(0, local(view, amount.start) - 50), local(view, amount.start));
  const after = view.folded.slice(local(view, amount.end), local(view, amount.end) + 50);
  const words = REGIONAL_WORDS.source;
  return new RegExp(`${words}(?:\\s+[a-z]+)?\\s+(?:de|d'|of)\\s*$`).test(before) ||
    new RegExp(`^\\s*(?:de|d'|en|in|of)\\s*${words}`).test(after)
    ? region
    : undefined;
}

/** The organisation a heading line opens with ("Exemplia : une usine à Albi") for the sentences after it, up to the next heading. */
function sectionSubject(views: SentenceView[], index: number): Mention | undefined {
  for (const view of views.slice(1, index + 1).reverse()) {
    const heading =
      !/[.!?;]["»”]?\s*$/u.test(view.reading.sentence.text) && labelOf(view) !== undefined && !/^\s*[-•*–]/u.test(view.folded);
    if (!heading) continue;
    const colonAt = view.reading.sentence.start + view.folded.indexOf(':');
    return view.mentions.find(
      (m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && m.end <= colonAt && m.start - view.reading.sentence.start < 3,
    );
  }
  return undefined;
}

/** The names that open the lines of a list a sentence ending with a colon introduces ("investors: - A; - B;"). */
function listedBelow(views: SentenceView[], view: SentenceView): Mention[] {
  if (!/:\s*$/.test(view.folded)) return [];
  const listed: Mention[] = [];
  for (const line of views.slice(view.index + 1)) {
    if (!isRecordLine(line)) break;
    const first = line.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON');
    if (first) listed.push(first);
  }
  return listed;
}

/** The investors a sentence says enter the capital ("l'entrée de A au capital de X lors de sa levée"), or undefined. */
function enteringInvestors(view: SentenceView): Mention[] | undefined {
  for (const cue of view.folded.matchAll(ENTERS_CAPITAL)) {
    const first = mentionAfter(view, view.reading.sentence.start + cue.index + cue[0].length, 10, 'ACTOR');
    if (!first) continue;
    const listed = listFrom(view, first, 'ACTOR');
    const after = view.folded.slice(local(view, listed[listed.length - 1]!.end), local(view, listed[listed.length - 1]!.end) + 40);
    if (/^\W*(?:\([^)]*\)\s*)?(?:au|a son|a leur|dans (?:le|son)) capital\b/.test(after)) return listed;
  }
  return undefined;
}

/** Investors named in one of the two sentences after a fundraising ("Cette levée a été menée par A, aux côtés de B"). */
function laterInvestors(views: SentenceView[], index: number): Mention[] | undefined {
  for (const view of views.slice(index + 1, index + 3)) {
    const cues = [...view.folded.matchAll(new RegExp(INVESTORS_LATER.source, 'g'))];
    const listed = cues.flatMap((cue) => {
      const first = mentionAfter(view, view.reading.sentence.start + cue.index + cue[0].length, 60, 'ACTOR');
      // "alongside the company's investors": an anaphor stands for who raises, not for an investor.
      return first && first.cue !== 'anaphor' ? listFrom(view, first, 'ACTOR') : [];
    });
    if (listed.length > 0) return listed;
    // "… alongside its existing investors:" followed by a bulleted list: each line names one.
    if (cues.length > 0) {
      const lined = listedBelow(views, view);
      if (lined.length > 0) return lined;
    }
  }
  return undefined;
}

/** Words before the one a capital increase is reserved for. */
const RESERVED_FOR =
  /\b(?:augmentation de capital|capital increase|emission|share issue)\s+reserve(?:e|es|s|d)?\s+(?:a|au|aux|for)\s*(?:l'|le |la |les |the )?(?:groupe |group |fonds |fund |societe |company )?$/;

/** The name is the one a capital increase is reserved for. */
function reservedFor(view: SentenceView, mention: Mention): boolean {
  return RESERVED_FOR.test(view.folded.slice(Math.max(0, local(view, mention.start) - 60), local(view, mention.start)));
}

/** The organisation other than the subscriber that a sentence, or the one before, opens with (after a dateline too). */
function capitalOwner(views: SentenceView[], view: SentenceView, subscriber: Mention): Mention | undefined {
  for (const candidate of [view, views[view.index - 1]]) {
    const first = candidate?.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON');
    if (!candidate || !first || first.key === subscriber.key) continue;
    const before = candidate.folded.slice(0, local(candidate, first.start));
    if (/^\s*(?:[^.;:]{0,60}\s[—–-]\s*)?(?:(?:l'|le |la |the )(?:[a-z-]+\s+){0,2})?$/.test(before)) return first;
  }
  return undefined;
}

/** Who gives the amount: the name after "par"/"avec le soutien de", else the funder-like subject before it, else the sentence's funder-like name. */
function funderOf(view: SentenceView, amount: AmountMention): Mention | undefined {
  const amountAt = amount.start;
  // The channel money goes through ("par l'intermédiaire de l'agence X") is not who gives it.
  // Nor is the one a giving participle hands it to ("une subvention versée au CNRS").
  const actors = view.mentions.filter(
    (m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && !isChannel(view, m, false) && !inRecipientSlot(view, m),
  );
  // "une augmentation de capital réservée à X", "a capital increase reserved for the group X": X subscribes it, whatever its kind.
  const subscriber = view.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && reservedFor(view, m));
  if (subscriber) return subscriber;
  const sharer = shareGiver(view, actors, amountAt);
  if (sharer) return sharer;
  const agent = agentAfter(view, actors, amount);
  if (agent) return agent;
  // "6 M€ de la Région": a funder named right after the amount gives it.
  const after = actors.find((m) => m.start > amountAt && FUNDER_KINDS.has(m.kind ?? ''));
  if (after && GIVER_AFTER.test(textBetween(view, amount.end, after.start))) return after;
  // The one an instrument names is the giver whatever its kind ("la Région salue le prêt de la BEI"); the nearest such if several.
  const lender = actors
    .filter((m) => LENDER_BEFORE.test(view.folded.slice(Math.max(0, local(view, m.start) - 80), local(view, m.start))))
    .sort((a, b) => Math.abs(a.start - amountAt) - Math.abs(b.start - amountAt))[0];
  if (lender) return lender;
  const giver = actors.find(
    (m) =>
      GIVER_BEFORE.test(view.folded.slice(0, local(view, m.start))) &&
      !RECEIVES.test(view.folded.slice(0, local(view, m.start)).slice(-40)),
  );
  if (giver && FUNDER_KINDS.has(giver.kind ?? '')) return giver;
  const before = [...actors].reverse().find((m) => m.end <= amountAt && FUNDER_KINDS.has(m.kind ?? ''));
  if (before) return before;
  return giver ?? actors.find((m) => FUNDER_KINDS.has(m.kind ?? '')) ?? subjectOfGiving(view, actors, amountAt);
}

/** Verbs of giving money before its amount: "apporte", "octroie", "verse", "injecte", "s'engage à hauteur de". */
const GIVES =
  /\b(?:apporte|apportent|apportera|a apporte|ont apporte|octroie|octroient|a octroye|verse|versent|a verse|alloue|allouent|a alloue|injecte|injectent|a injecte|debloque|debloquent|a debloque|s'engage|s'engagent|s'est engagee?|provides?|provided|grants?|granted|contributes?|contributed)\b/g;

/** "Le groupe X apporte 1 M€ à Y": whoever the giving verb before the amount has as its subject gives, whatever its kind. */
function subjectOfGiving(view: SentenceView, actors: Mention[], amountAt: number): Mention | undefined {
  const verb = [...view.folded.matchAll(GIVES)].filter((m) => view.reading.sentence.start + m.index < amountAt).pop();
  if (!verb) return undefined;
  const verbAt = view.reading.sentence.start + verb.index;
  const subject = [...actors].reverse().find((m) => m.end <= verbAt && verbAt - m.end <= 60);
  // "… apporté par X" or a name governed by a preposition is not the verb's subject.
  if (
    !subject ||
    /(?:^|[\s'])(?:de|du|des|d|a|au|aux|par|pour|avec|of|to|by|for|with)\s*(?:l'|la |le |les |the )?(?:[a-z-]+\s+){0,2}$/.test(
      view.folded.slice(Math.max(0, local(view, subject.start) - 30), local(view, subject.start)),
    )
  )
    return undefined;
  return subject;
}

/** "5 M€ en fonds propres, menés par A", "3 M€ de prêts, mobilisés par B": the agent after the amount, in its clause, gives it. */
function agentAfter(view: SentenceView, actors: Mention[], amount: AmountMention): Mention | undefined {
  const next = view.reading.amounts.find((a) => a.start > amount.end)?.start ?? Infinity;
  return actors.find((m) => {
    if (m.start < amount.end || m.start > next || m.start - amount.end > 120) return false;
    const between = textBetween(view, amount.end, m.start);
    // Only a participle of giving: "un programme piloté par X" names who runs the programme, not who gives.
    return (
      !/[;.]/.test(between) &&
      !view.mentions.some((other) => other.start >= amount.end && other.end <= m.start) &&
      // "2 M€, a seven-year bond subscribed in May 2016 by X": the instrument's words and a date may come between.
      /,?\s*(?:[a-z-]+\s+){0,3}?(?:menee?s?|conduite?s?|mobilisee?s?|apportee?s?|versee?s?|accordee?s?|octroyee?s?|investie?s?|engagee?s?|souscrite?s?|led|provided|granted|subscribed|underwritten)(?:\s+(?:en|in|on)\s+(?:[a-z]+\s+)?\d{4})?\s+(?:par|by)\s+(?:l'|le |la |les )?(?:[a-z-]+\s+){0,2}$/.test(
        between,
      )
    );
  });
}

/** The instrument the words right after an amount name: "5 M€ en fonds propres", "3 M€ de financements non dilutifs", "1 M€ de prêts". */
function instrumentAfter(view: SentenceView, amount: AmountMention): FundingInstrument | null {
  const after = view.folded.slice(local(view, amount.end), local(view, amount.end) + 40);
  if (/^\s*(?:en|de|d'|in)\s*(?:fonds propres|capital|equity|actions)\b/.test(after)) return 'EQUITY';
  if (/^\s*(?:en|de|d'|in)\s*(?:avances? remboursables?|repayable advances?)\b/.test(after)) return 'REPAYABLE_ADVANCE';
  if (/^\s*(?:en|de|d'|in)\s*(?:prets?|emprunts?|dette|loans?|debt)\b/.test(after)) return 'LOAN';
  if (/^\s*(?:en|de|d'|in)\s*(?:subventions?|financements? non dilutifs?|aides?|grants?|non-dilutive)\b/.test(after)) return 'GRANT';
  return null;
}

/** Words of a fundraising: "aux côtés de" names co-investors there, not the one a public body stands by ("la Région est aux côtés de la filière"). */
const ROUND_WORDS = /\b(?:tour|levee|fonds propres|capital|round|investisseurs?|investors?)\b/;

/** Words before a name that make it a co-investor, not who receives: "aux côtés de A", "alongside A". */
const ALONGSIDE = /\b(?:aux cotes? (?:de|du|des|d')|alongside|together with)\s*(?:l'|le |la |les )?(?:[a-z-]+\s+){0,2}$/;

/** The funder named just before its share of a split sum ("l'État pour 43 M€, la Région, pour 6 M€"), or undefined. */
function shareGiver(view: SentenceView, actors: Mention[], amountAt: number): Mention | undefined {
  const before = [...actors].reverse().find((m) => m.end <= amountAt);
  if (!before || !SHARE_GAP.test(textBetween(view, before.end, amountAt))) return undefined;
  // "… à la société X, à hauteur de 9 M€": the one the money goes to is not a giver.
  return RECIPIENT_BEFORE.test(view.folded.slice(Math.max(0, local(view, before.start) - 40), local(view, before.start)))
    ? undefined
    : before;
}

/** Who receives: the subject of "obtient"/"reçoit" (what the document is about when it is a pronoun), else the names after the amount ("accordés à X", "au profit de Y"). */
function recipientsOf(view: SentenceView, funder: Mention, amountAt: number): Mention[] {
  const receives = RECEIVES.exec(view.folded);
  if (receives) {
    const subject = clauseSubject(view, view.reading.sentence.start + receives.index);
    if (subject && subject !== funder) return [subject];
    // "Elle a reçu 2 M€ de l'État …": the names after the amount are not who received it.
    if (!subject && receives.index < local(view, amountAt)) return [];
  }
  // The other givers of a split sum are co-funders, not recipients.
  const givers = coGivers(view);
  const first = view.mentions.find(
    (m) =>
      m.start > amountAt &&
      m.target === 'ACTOR' &&
      m.key !== funder.key &&
      m.kind !== 'PERSON' &&
      !givers.has(m.key) &&
      !isChannel(view, m) &&
      !givesToo(view, m),
  );
  // "menés par A, aux côtés de B et C": co-investors receive nothing; the money goes to what the document is about.
  if (
    first &&
    ROUND_WORDS.test(view.folded) &&
    ALONGSIDE.test(view.folded.slice(Math.max(0, local(view, first.start) - 40), local(view, first.start)))
  )
    return [];
  if (!first) {
    // Agents and co-investors of another share of the sum ("menés par A, aux côtés de B et C ; et 3 M€ …") receive nothing.
    const helpers = new Set(
      view.mentions
        .filter(
          (m) =>
            m.target === 'ACTOR' &&
            /\b(?:par|by)\s+(?:l'|le |la |les )?$|\b(?:aux cotes? (?:de|du|des|d')|alongside)\s*(?:l'|le |la |les )?$/.test(
              view.folded.slice(Math.max(0, local(view, m.start) - 30), local(view, m.start)),
            ),
        )
        .flatMap((m) => listFrom(view, m, 'ACTOR'))
        .map((m) => m.key),
    );
    const front = view.mentions.find(
      (m) => m.end <= amountAt && m.target === 'ACTOR' && m.key !== funder.key && !FUNDER_KINDS.has(m.kind ?? '') && !helpers.has(m.key),
    );
    return front ? [front] : [];
  }
  return listFrom(view, first, 'ACTOR').filter((m) => m.key !== funder.key);
}

/**
 * The subject of the verb at `verbAt`: the nearest name before it, unless that name sits in an apposition set off by
 * commas ("L'institut X, installé à l'hôpital Y, a obtenu …"): then the name the apposition follows.
 */
function clauseSubject(view: SentenceView, verbAt: number): Mention | undefined {
  const nearest = mentionBefore(view, verbAt, 80, 'ACTOR');
  if (nearest) return appositionHead(view, nearest, verbAt);
  // "X, qui conçoit des thérapies contre … à partir d'exosomes, a bénéficié de …": a long relative clause between.
  return view.mentions.findLast(
    (m) =>
      m.target === 'ACTOR' &&
      m.kind !== 'PERSON' &&
      m.end <= verbAt &&
      /^\s*,[^,;.:]{1,160}(?:,[^,;.:]{1,80})?,\s*(?:[a-z']+\s+){0,3}$/.test(view.folded.slice(local(view, m.end), local(view, verbAt))),
  );
}

/** The name an apposition holding `inside` follows ("X, the biotech listed on Y, announced that it has raised"), else `inside`. */
function appositionHead(view: SentenceView, inside: Mention, verbAt: number): Mention {
  const head = view.mentions.findLast(
    (m) =>
      m.target === 'ACTOR' &&
      m.kind !== 'PERSON' &&
      m.end <= inside.start &&
      /^\s*,[^,;.:]{1,80}(?:,[^,;.:]{1,60})?,\s*(?:[a-z']+\s+){0,6}$/.test(view.folded.slice(local(view, m.end), local(view, verbAt))),
  );
  return head ?? inside;
}

/**
 * Every giver a sentence names for one of its amounts, who therefore receives none of them: the funder before its share
 * ("l'État pour 43 M€"), after it ("6 M€ de la Région et 2 M€ de la Métropole"), the agents of a passive ("apportés
 * par A, B et C").
 */
function coGivers(view: SentenceView): Set<string> {
  const actors = view.mentions.filter((m) => m.target === 'ACTOR');
  const keys = new Set<string>();
  for (const amount of view.reading.amounts) {
    const before = shareGiver(view, actors, amount.start);
    if (before) keys.add(before.key);
    const after = actors.find((m) => m.start > amount.end && FUNDER_KINDS.has(m.kind ?? ''));
    if (after && GIVER_AFTER.test(textBetween(view, amount.end, after.start))) keys.add(after.key);
    for (const agent of agentsAfter(view, amount.end)) keys.add(agent.key);
  }
  return keys;
}

/**
 * Words before a name that make it the channel money goes through or the frame it is given in, not who receives it:
 * "par l'intermédiaire de X", "via X", "through X", "au titre du pacte d'innovation, X".
 */
const CHANNEL_BEFORE =
  /\b(?:par l'intermediaire (?:de|du|des|d')|par le biais (?:de|du|des|d')|au travers (?:de|du|des|d')|a travers (?:de|du|des|d')?|via|through)\s*(?:l'|le |la |les |the )?(?:[a-z-]+\s+){0,2}$/;
const FRAME_BEFORE = /\b(?:au titre (?:de|du|des|d')|dans le cadre (?:de|du|des|d')|under the)[^.;:()]{0,60}$/;
/** A name money goes through; with `orFrame`, also a name of the frame it is given in (never who receives it, but its giver may stand there). */
function isChannel(view: SentenceView, mention: Mention, orFrame = true): boolean {
  const before = view.folded.slice(Math.max(0, local(view, mention.start) - 70), local(view, mention.start));
  // "Dans le cadre de P, A accorde 3 M€ à X": an amount between the frame and the name ends the frame.
  const frame = orFrame ? FRAME_BEFORE.exec(before) : null;
  if (CHANNEL_BEFORE.test(before) || (frame !== null && !/€|\beuros?\b/.test(frame[0]))) return true;
  // "via l'Agence régionale X (ARIS)": the acronym in brackets after a channel is the channel too.
  const named = /\(\s*$/.test(before) && mentionBefore(view, mention.start, 3, 'ACTOR');
  return !!named && named !== mention && isChannel(view, named, false);
}
/** A name followed by a verb of giving is another giver ("l'État a apporté 2 M€, tandis que la Métropole a versé 1 M€"), not a recipient. */
const GIVES_AFTER =
  /^\s*(?:,\s*)?(?:a|ont|avait|va|vont)?\s*(?:apporte|verse|octroye|alloue|injecte|debloque|engage|investi|finance|cofinance|accorde|provided|granted|contributed|invested)e?s?\b/;
function givesToo(view: SentenceView, mention: Mention): boolean {
  return GIVES_AFTER.test(view.folded.slice(local(view, mention.end), local(view, mention.end) + 40));
}

/**
 * "L'État relance les SATT. … C'est AxLR qui reçoit 22 M€", "Créée grâce au programme de l'État, X a reçu 70 M€": for a
 * sentence that says someone receives money from no one, a public funder that opens one of the two sentences before it,
 * or that a "grâce à" / "financé par" names in one of the four before it (the paragraph that tells the story), gives it.
 */
function earlierGiver(views: SentenceView[], index: number): Mention | undefined {
  for (const [distance, view] of [views[index - 1], views[index - 2], views[index - 3], views[index - 4]].entries()) {
    if (!view) continue;
    const giver = view.mentions.find((m) => {
      if (m.target !== 'ACTOR' || m.kind !== 'PUBLIC_AUTHORITY') return false;
      const before = view.folded.slice(0, local(view, m.start));
      return (
        // At the opening, after a fronted phrase or a dateline ("Exempleville, le 2 mai 2019 — L'État …").
        (distance < 2 && /^\s*(?:[^.;:]{0,60}\s[—–-]\s*)?(?:[^,.;:]{0,40},\s*)?(?:l'|le |la |les )?$/.test(before)) ||
        /\b(?:grace (?:a|au|aux)|finance(?:e|s|es)? par|soutenue?s? par)\s+(?:(?:l'|le |la |les |des |du |de |d')?[^\s,.;:]+\s+){0,5}(?:l'|le |la |les )?$/.test(
          before,
        )
      );
    });
    if (giver) return giver;
  }
  return undefined;
}

/** A point in time ("2023-05") or a period ("2024-2028", "2017-" when open-ended). */
function timeOf(dates: DateMention[], near?: number): { date: string | null; period: string | null } {
  // The date nearest the amount: "Fondée en 2018, X a levé en mai 2024 …" is dated May 2024.
  const byDistance = near === undefined ? dates : [...dates].sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near));
  const period = byDistance.find((d) => d.period)?.period;
  const date = byDistance.find((d) => d.date)?.date ?? null;
  return { date, period: period ? `${period.from ?? ''}-${period.to ?? ''}` : null };
}

/** One funding per funder, amount and sentence text (a caption repeating a sentence says it once). */
function dedupe(drafts: FundingDraft[]): FundingDraft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.funder.name}|${d.amountEur}|${d.sentence.text
      .normalize('NFD')
      .replace(/[^\p{L}\d]/gu, '')
      .toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
