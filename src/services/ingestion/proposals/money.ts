import type { FigureMetric } from '../../../domain/model';
import type { AmountMention } from '../reading/money';
import { local, mentionBefore } from './clauses';
import type { Mention, SentenceView } from './mentions';

/** What an amount of money in a sentence is: money given (a funding), a figure of its subject, or neither (a share price, a valuation). */
export type AmountUse = { use: 'FUNDING' } | { use: 'FIGURE'; metric: FigureMetric } | { use: 'NEITHER' };

/** A revenue noun then a verb of measure before its amount: "chiffre d'affaires s'élève à", "revenue reached". */
const REVENUE_VERB =
  /\b(?:chiffre d'affaires|revenue|turnover|sales)(?:\s+(?:annuel|consolide|global|total|annual|consolidated|\d{4}))*\s+(?:a\s+)?(?:atteint|atteignait|depasse|depassait|s'eleve a|s'elevait a|s'est eleve a|est de|etait de|avoisine|avoisinait|reached|reaches|exceeded|exceeds|stood at|stands at|totalled|totaled|amounted to|came to|was|is)\s*(?:plus de |pres de |environ |more than |about |over |nearly |almost |some )?$/;

/** Kinds of actor that give money. */
export const FUNDER_KINDS = new Set(['PUBLIC_AUTHORITY', 'FUND', 'AGENCY', 'TECH_TRANSFER_OFFICE']);

/**
 * Reads what an amount is from the words around it: "6,7 milliards d'euros de chiffre d'affaires"
 * (REVENUE_EUR), "dotée de 60 M€" (BUDGET_EUR), "X investit 27 M€" by a company (INVESTMENT_EUR),
 * "X lève 5 M€" (FUNDS_RAISED_EUR, also a funding when investors are named), else a funding.
 */
export function amountUse(view: SentenceView, amount: AmountMention): AmountUse {
  const before = view.folded.slice(Math.max(0, local(view, amount.start) - 60), local(view, amount.start));
  const after = view.folded.slice(local(view, amount.end), local(view, amount.end) + 40);
  // A price per share or what a company is worth is neither money given nor a figure the graph keeps.
  if (
    /^\s*(?:par action|per share|l'action)\b/.test(after) ||
    /\b(?:valorisation|valorisee?s?|valued at|valuation of|capitalisation boursiere)\s+(?:\S+\s+){0,3}$/.test(before)
  )
    return { use: 'NEITHER' };
  if (isTotalOfShares(view, amount) || endOfRange(view, amount)) return { use: 'NEITHER' };
  // "lance une campagne de dons de 2 M€", "2 M€, c'est l'objectif de la collecte": a sum sought from donors, not given yet.
  if (CAMPAIGN_BEFORE.test(before) || /^[^.;]{0,40}\bc'est (?:l'objectif|le montant vise)\b/.test(after)) return { use: 'NEITHER' };
  // "les start-up de la région ont levé 300 M€", "Occitanie start-ups raised €168m": a total of many, no one's figure or gift.
  if (raisedByManyOfAPlace(view, amount)) return { use: 'NEITHER' };
  if (
    /\b(?:ca|chiffre d'affaires|revenue|turnover)(?:\s+(?:annuel|consolide|global|total|\d{4}))*\s*:\s*(?:plus de |pres de |environ |more than |about |over )?$/.test(
      before,
    ) ||
    // "son chiffre d'affaires dépassait 15 M€", "revenue reached €4m": the verb between the noun and its amount.
    REVENUE_VERB.test(before) ||
    /^\s*(?:de|d')\s*chiffre d'affaires|^\s*(?:in|of)\s+(?:revenue|sales|turnover)|^\s*(?:de|d')\s*(?:ca|revenus?)\b/.test(after) ||
    /chiffre d'affaires (?:(?:annuel|consolide|global|total|cumule)\s+)?(?:\d{4}\s+)?(?:de|d')\s*(?:un peu |bien )?(?:plus de |pres de |environ |moins de )?$|(?:revenue|turnover|sales) of\s*$/.test(
      before,
    )
  )
    return { use: 'FIGURE', metric: 'REVENUE_EUR' };
  if (
    /\bdote(?:e|s|es)?\s+(?:\S+\s+){0,3}(?:d'un budget\s+)?(?:de|d')\s*(?:plus de |pres de |environ )?$|\bbudget (?:de|d'|total de|global de)\s*(?:plus de |pres de |environ )?$|\bbudget of\s*$/.test(
      before,
    )
  )
    return { use: 'FIGURE', metric: 'BUDGET_EUR' };
  if (
    /\b(?:leve|levent|levant|a leve|ont leve|levee de fonds de|levee de|tour de table de|raises?|raised|raising|round of)\s+(?:\S+\s+){0,5}$|\b(?:a|avoir|ont|avait)\s+(?:reuni|collecte|securise|boucle)\s+(?:\S+\s+){0,2}$|\b(?:a|avoir|ont|avait)\s+(?:reuni|collecte|securise|boucle)\s+(?:une|un|sa|son)\s+(?:premiere\s+|nouvelle\s+|deuxieme\s+|seconde\s+)?(?:enveloppe|levee|tour de table|somme)\s+(?:de|d')\s*(?:plus de |pres de |environ )?$/.test(
      before,
    )
  )
    return { use: 'FIGURE', metric: 'FUNDS_RAISED_EUR' };
  // "a €15 million fundraising", "a €27 million Series B financing", "une levée de fonds" said after the amount.
  if (
    /^\s*(?:fundraising|fund-raising|funding round|financing round|(?:series [a-d]\s+)?(?:round|financing)|de levee de fonds|de tour de table|(?:en|de|lors d'une|dans le cadre d'une) (?:serie [a-d]|levee d'amorcage|tour d'amorcage))\b/.test(
      after,
    )
  )
    return { use: 'FIGURE', metric: 'FUNDS_RAISED_EUR' };
  // "avait levé 2 M€ en 2015, puis 5 M€ en 2017": an amount after a raised one and "puis" is raised too; so is the sum
  // an offering seeks ("the company is seeking €30 million" with its capital increase).
  if (raisedBefore(view, amount) || HOPED_RAISE.test(before)) return { use: 'FIGURE', metric: 'FUNDS_RAISED_EUR' };
  const invests =
    /\b(?:investit|investira|investissent|va investir|vont investir|a investi|ont investi|avait investi|a consacre|ont consacre|invests|will invest|is investing|invested|has invested)\s+(?:\S+\s+){0,2}$|\binvestissement (?:(?:total|global|initial)\s+)?(?:de|d')\s*(?:plus de |pres de |environ |d'environ )?$|\bmontant (?:de l'|du |des |de la )[a-z-]+ (?:atteint|s'eleve a|est de)\s*$/.exec(
      before,
    ) ?? (/^\s*(?:d'investissements?|of investment)\b/.test(after) ? /$/.exec(before) : null);
  if (invests) {
    const subject = mentionBefore(view, amount.start - (before.length - invests.index), 80, 'ACTOR');
    // A verb needs its investor named; the noun ("un investissement de 6 M€", "50 M€ d'investissement") says it of the subject.
    const noun = /^(?:investissement|montant|$)/.test(invests[0].trimStart());
    if ((subject || noun) && !FUNDER_KINDS.has(subject?.kind ?? '')) return { use: 'FIGURE', metric: 'INVESTMENT_EUR' };
  }
  // "racheté par X (pour 1,2 Md€)", "cette opération de quelque 70 M€" after an acquisition: the price of a takeover, no gift.
  if (
    TAKEOVER_WORDS.test(view.folded) &&
    !AID_WORDS.test(view.folded) &&
    /(?:\bpour|\boperation|\btransaction|\bmontant|\bprix|\bfor|\bdeal|\bprice)\b[^.;:]{0,25}$/.test(before)
  )
    return { use: 'NEITHER' };
  return { use: 'FUNDING' };
}

/** Many companies as a plural subject: "les start-up de la région", "ces entreprises", "Occitanie start-ups", "the companies it backs". */
const MANY_COMPANIES = String.raw`(?:(?:les|ces|nos|leurs|des|\d+)\s+(?:[a-z'-]+\s+)?(?:start-?ups?|startups?|jeunes pousses|entreprises|societes|biotechs|medtechs|pme|pepites)|(?:(?:the|these|our|\d+)\s+)?(?:[a-z'-]+\s+)?(?:start-?ups|startups|companies|firms|biotechs|medtechs))`;
/** A raise whose subject opens its clause and is many companies: the amount is their total ("… ont levé 300 M€ en 2023"). */
const RAISED_BY_MANY = new RegExp(
  String.raw`(?:^|[,:;]\s*)${MANY_COMPANIES}\b[^.;:,]{0,80}?(?:\b(?:ont|avaient|auront|auraient|have|had)\s+(?:\S+\s+){0,2}?(?:leve|reuni|mobilise|collecte|attire|raised|secured|attracted)|\b(?:levent|leveront|raised|raise)\b)\s+(?:\S+\s+){0,4}$`,
);

/** Words that make many companies those of a territory: "de la région", "régionales", "d'Occitanie", "in the region". */
const TERRITORY_WORDS =
  /\b(?:region|regions|regionale?s?|regional|territoire|occitan\w*|metropole|francaises?|french|france|nationale?s?|departement\w*)\b/;

/**
 * A raise totalled over the companies of a territory, or over those a funder backs ("les start-up de la région ont levé
 * 300 M€", "les start-up accompagnées par la Région"): no one's. An incubator's own companies ("ces jeunes pousses ont
 * levé 75 M€" after it) are its portfolio, whose total the press gives it: kept.
 */
function raisedByManyOfAPlace(view: SentenceView, amount: AmountMention): boolean {
  const before = view.folded.slice(0, local(view, amount.start));
  if (!RAISED_BY_MANY.test(before) || /\b(?:respectivement|respectively)\b/.test(view.folded)) return false;
  return (
    TERRITORY_WORDS.test(before) ||
    view.reading.places.some((p) => p.start < amount.start) ||
    view.mentions.some((m) => m.start < amount.start && FUNDER_KINDS.has(m.kind ?? ''))
  );
}

/** A campaign that asks for money, before its amount (folded): "une campagne de levée de fonds de", "appel aux dons de". */
const CAMPAIGN_BEFORE =
  /\b(?:campagne (?:de (?:levee de fonds|dons|mecenat|collecte|financement participatif|crowdfunding))?|appel aux dons|collecte de dons|fundraising campaign|donation campaign|crowdfunding campaign)\s+(?:\S+\s+){0,3}?(?:de|d'|of)\s*(?:plus de |pres de |environ )?$/;

/** Verbs of a sum a company hopes to raise, before the amount (folded): "s'apprête à lever", "espère lever", "cible". */
const HOPED_RAISE =
  /\b(?:is seeking|seeks|cherche a lever|entend lever|souhaite lever|s'appret\w* a lever|esper\w* lever|compte lever|prevoit de lever|ambitionne de lever|vise a lever|cible|ciblent|aims to raise|plans to raise|is about to raise|expects to raise)\s+(?:\S+\s+){0,2}$/;

/** The amount is a sum hoped for, not raised yet: its investors are the ones this sentence names, not those of the next. */
export function hopedRaise(view: SentenceView, amount: AmountMention): boolean {
  return HOPED_RAISE.test(view.folded.slice(Math.max(0, local(view, amount.start) - 60), local(view, amount.start)));
}

/**
 * "Cette spin-off du CNRS espère lever …", "Ce laboratoire de l'Inserm emploie …": a name in the complement of the
 * demonstrative noun phrase that opens the sentence is not its subject; the subject is the one the sentence refers back to.
 */
export function complementOfOpening(view: SentenceView, mention: Mention): boolean {
  return /^[\s"«“-]*(?:cette|cet|ce|ces|this|these)\s+(?:[a-z-]+\s+){1,3}(?:du|de la|de l'|des|de|d'|of the|of)\s*$/.test(
    view.folded.slice(0, local(view, mention.start)),
  );
}

/** A takeover stated in the sentence (folded text). */
const TAKEOVER_WORDS =
  /\b(?:rachat|rachete\w*|rachet\w*|acquisitions?|acquis|acquise|acquiert|cession|cede\w*|prend le controle|pris le controle|met la main|s'empare|acquired|acquires|takeover|bought)\b/;
/** Words of money given, which a takeover's price does not carry. */
const AID_WORDS = /\b(?:subventions?|aides?|prets?|avances? remboursables?|soutien|finance\w*|accorde\w*|grants?|loans?)\b/;

/** The amount before this one in its sentence was raised, and "puis" or "then" joins them ("a levé 2 M€ en 2015, puis 5 M€"). */
function raisedBefore(view: SentenceView, amount: AmountMention): boolean {
  const previous = [...view.reading.amounts].reverse().find((a) => a.end <= amount.start);
  if (
    !previous ||
    !/^[^.;:]{0,40}\b(?:puis|then|et encore|and later)\s+(?:\S+\s+){0,2}$/.test(
      view.folded.slice(local(view, previous.end), local(view, amount.start)),
    )
  )
    return false;
  const prior = amountUse(view, previous);
  return prior.use === 'FIGURE' && prior.metric === 'FUNDS_RAISED_EUR';
}

/** Words before a smaller amount that make the amount before it a total: "28 M€ … soit 4,2 M€", "51 M€ d'aides, dont 43 M€", "financé à hauteur de 2 M€", "par l'État pour 4 M€". */
const SHARE_BEFORE = /(?:\bsoit|\ba hauteur (?:de|d')|\bpour|\bdont|\bincluding|\bof which)\s*(?:plus de |pres de |environ )?$/;

/** A project's total cost or a sum split between funders: a later, smaller amount of the sentence is the share someone gives. */
function isTotalOfShares(view: SentenceView, amount: AmountMention): boolean {
  const sentenceStart = view.reading.sentence.start;
  // A share itself ("l'État pour 43 M€, la Région pour 6 M€") is not the total of the shares after it.
  if (SHARE_BEFORE.test(view.folded.slice(Math.max(0, local(view, amount.start) - 30), local(view, amount.start)).trimEnd())) return false;
  return (
    amount.start >= sentenceStart &&
    view.reading.amounts.some(
      (later) =>
        later.start > amount.end &&
        later.amountEur < amount.amountEur &&
        SHARE_BEFORE.test(view.folded.slice(local(view, amount.end), local(view, later.start)).trimEnd()),
    )
  );
}

/**
 * "des montants compris entre 150 000 € et 3 M€", "de 50 000 € à 2 M€ par projet", "from €1m to €3m": a range of sizes,
 * no sum given; both its ends are neither a funding nor a figure.
 */
function endOfRange(view: SentenceView, amount: AmountMention): boolean {
  const gap = (a: AmountMention, b: AmountMention) => view.folded.slice(local(view, a.end), local(view, b.start));
  const lead = (a: AmountMention) => view.folded.slice(Math.max(0, local(view, a.start) - 12), local(view, a.start));
  const joins = (a: AmountMention, b: AmountMention) =>
    (/^\s*(?:et|and)\s*$/.test(gap(a, b)) && /\b(?:entre|between)\s*$/.test(lead(a))) ||
    (/^\s*(?:a|to|-|–)\s*$/.test(gap(a, b)) &&
      (/\b(?:de|d'|from)\s*$/.test(lead(a)) || /^\s*(?:-|–)\s*$/.test(gap(a, b)) || /(?:^|[:;,-]\s*|\()$/.test(lead(a))));
  const amounts = view.reading.amounts;
  const at = amounts.indexOf(amount);
  return (at > 0 && joins(amounts[at - 1]!, amount)) || (at >= 0 && at < amounts.length - 1 && joins(amount, amounts[at + 1]!));
}
