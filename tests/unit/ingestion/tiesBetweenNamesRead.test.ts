import { ties } from '../../support/ingestionOfOurText';
import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';

describe('who leads: passive and inverted relative clauses', () => {
  it('reads "Cette société …, dirigée par X, …" with the subject named by a noun before the participle', () => {
    const found = ties(
      'La société Orvane conçoit des capteurs. Cette société nîmoise, dirigée par Jeanne Valat, a mis au point un boîtier.',
    );
    expect(found).toContain('Jeanne Valat -LEADS-> Orvane');
  });

  it('reads a fronted participle after a place: "Basée à Albi et présidée par X, la SATT …"', () => {
    const found = ties('La SATT Corvex finance des projets. Basée à Albi et présidée par Paul Mirande, la SATT soutient dix projets.');
    expect(found).toContain('Paul Mirande -LEADS-> Corvex');
  });

  it('reads "que dirige X" (the person after the inverted verb leads the name before "que")', () => {
    const found = ties(
      'Jeanne Valat, présidente de la société Altheon, parle. La start-up Orvane, que dirige Jeanne Valat depuis 2019, recrute.',
    );
    expect(found).toContain('Jeanne Valat -LEADS-> Orvane');
  });

  it('reads two participles opening a sentence, each agent tied to the subject after them', () => {
    const found = ties(
      "Paul Mirande, président de la société Corvex, parle. Fondé par la société Altheon et aujourd'hui dirigé par Paul Mirande, le groupe Orvane emploie 80 personnes.",
    );
    expect(found).toEqual(expect.arrayContaining(['Altheon -FOUNDED-> Orvane', 'Paul Mirande -LEADS-> Orvane']));
    expect(found).not.toContain('Altheon -FOUNDED-> Paul Mirande');
  });

  it('reads a second agent after "et par": "cofondée par A, qui la préside, et par B"', () => {
    const found = ties('La société Orvane a été cofondée en 2014 par Jeanne Valat, qui la préside, et par le Dr Paul Mirande.');
    expect(found).toEqual(expect.arrayContaining(['Jeanne Valat -FOUNDED-> Orvane', 'Paul Mirande -FOUNDED-> Orvane']));
  });
});

describe('a noun in apposition describes the name before it', () => {
  it('keeps the name as the subject: "X, la société d\'aménagement de la Métropole, a signé un partenariat avec Y"', () => {
    const found = ties(
      "Le pôle Corvex Santé se développe. En 2023, Altheon, la société d'aménagement de la métropole, a signé un partenariat avec la société Orvane.",
    );
    expect(found).toContain('Altheon -PARTNERS_WITH-> Orvane');
    expect(found).not.toContain('Corvex Santé -PARTNERS_WITH-> Orvane');
  });

  it('keeps a noun after a fronted agent as the clause subject ("Dirigée par X, la PME compte …")', () => {
    const found = ties("La PME Orvane fabrique des attelles. Dirigée par Jeanne Valat, présidente d'Orvane, la PME compte 64 salariés.");
    expect(found).toContain('Jeanne Valat -LEADS-> Orvane');
  });
});

describe('verbs and nouns of ties the rules lacked', () => {
  it('reads "membre fondateur de" as membership (and, as before, as a founding)', () => {
    const found = ties('Le CHU de Nîmes est membre fondateur du pôle Corvex Santé.');
    expect(found).toEqual(expect.arrayContaining(['CHU de Nîmes -MEMBER_OF-> Corvex Santé', 'CHU de Nîmes -FOUNDED-> Corvex Santé']));
  });

  it('reads "est à la fois partenaire et actionnaire de" as a holding', () => {
    expect(ties("L'Université d'Albi est à la fois partenaire et actionnaire de la société Orvane.")).toContain(
      "Université d'Albi -HOLDS_SHARES_IN-> Orvane",
    );
  });

  it('reads "un rapprochement avec" as a partnership', () => {
    expect(ties("Le CHU de Nîmes a présenté un rapprochement avec l'Institut Corvex.")).toContain(
      'CHU de Nîmes -PARTNERS_WITH-> Institut Corvex',
    );
  });

  it('reads "a absorbé" as a takeover', () => {
    expect(ties("Depuis 2016, l'hôpital Altheon a absorbé la Clinique du Causse.")).toContain(
      'Hôpital Altheon -TOOK_OVER-> Clinique du Causse',
    );
  });

  it('reads "…, dont il a fait l\'acquisition" as a takeover by the sentence\'s subject', () => {
    const found = ties(
      "Le groupe Orvane y installera son usine, sur l'ancien parc de la société Altheon, rebaptisé Campus Corvex, dont il a fait l'acquisition en 2020.",
    );
    expect(found).toContain('Orvane -TOOK_OVER-> Campus Corvex');
  });

  it('reads members a host takes in: "il intègre trois nouveaux membres : A, B et C"', () => {
    const found = ties("Le cluster Orvane intègre trois nouveaux membres : l'incubateur Nubia, l'Université d'Albi et la société Corvex.");
    expect(found).toEqual(
      expect.arrayContaining(['Nubia -MEMBER_OF-> Orvane', "Université d'Albi -MEMBER_OF-> Orvane", 'Corvex -MEMBER_OF-> Orvane']),
    );
  });
});

describe('units, initiatives and shareholders said by a noun', () => {
  it('reads "X est une initiative de Y" and "X is an initiative of Y" as Y carrying X', () => {
    expect(ties('La start-up Orvane est une initiative de la société Corvex.')).toContain('Corvex -CARRIES-> Orvane');
    expect(ties('The start-up Orvane is an initiative of the company Corvex.', 'en')).toContain('Corvex -CARRIES-> Orvane');
  });

  it('reads a parent group with its nationality: "X, the Toulouse arm of the German group Y"', () => {
    expect(ties('Orvane France, the Toulouse arm of the German group Orvane, took over the site.', 'en')).toContain(
      'Orvane France -PART_OF-> Orvane',
    );
  });

  it('reads "X\'s shareholders A, B and C" as holders of X', () => {
    const found = ties(
      "The buyer takes control of the company by buying the securities held by the start-up Orvane's shareholders Corvex Capital, Altheon Partners and Nubia Invest.",
      'en',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Corvex Capital -HOLDS_SHARES_IN-> Orvane',
        'Altheon Partners -HOLDS_SHARES_IN-> Orvane',
        'Nubia Invest -HOLDS_SHARES_IN-> Orvane',
      ]),
    );
  });
});

describe('a group selling its own site', () => {
  it('reads "vendre sa nouvelle usine …, Y, au laboratoire Z": Y part of the seller, taken over by Z', () => {
    const found = ties(
      'Le 3 mai 2025, le groupe Orvane a annoncé un accord pour vendre sa nouvelle usine de Toulouse, Corvex Biologics, au laboratoire bâlois Altheon.',
    );
    expect(found).toEqual(expect.arrayContaining(['Corvex Biologics -PART_OF-> Orvane', 'Altheon -TOOK_OVER-> Corvex Biologics']));
  });

  it('reads the English "sell its Y plant in Toulouse to the Swiss group Z"', () => {
    const found = ties('Orvane has signed an agreement to sell its Corvex Biologics plant in Toulouse to the Swiss group Altheon.', 'en');
    expect(found).toEqual(expect.arrayContaining(['Corvex Biologics -PART_OF-> Orvane', 'Altheon -TOOK_OVER-> Corvex Biologics']));
  });

  it('does not take the buyer after "à" for what is sold ("céder son usine à Z")', () => {
    const found = ties("Le groupe Orvane s'apprête à céder son usine toulousaine à la société Altheon.");
    expect(found).not.toContain('Altheon -PART_OF-> Orvane');
  });
});

describe('money of the Contrat de plan État-Région', () => {
  /** The fundings proposed for a short text of our own, as "funder -> recipients: amount". */
  function fundings(text: string): string[] {
    return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.flatMap((p) =>
      p.kind === 'FUNDING' ? [`${p.funder.name} -> ${p.recipients.map((r) => r.name).join('+')}: ${p.amountEur}`] : [],
    );
  }

  it("is the State's when no other giver is named", () => {
    expect(fundings('La plateforme Orvane a reçu 3,9 M€ au titre du contrat de plan État-Région.')).toContain('État -> Orvane: 3900000');
  });

  it("stays the named giver's when one is named before", () => {
    const found = fundings('La Région Occitanie a financé la société Orvane, 6 M€, dans le cadre du contrat de plan État-Région.');
    expect(found.some((f) => f.startsWith('État'))).toBe(false);
  });
});
