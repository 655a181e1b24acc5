import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { findPeople } from '../../../src/services/ingestion/reading/people';
import { namesOfProducts } from '../../../src/services/ingestion/reading/nameRules';

/** The proposals of one kind for a short text of our own, over an empty graph. */
function ofKind<K extends Proposal['kind']>(text: string, kind: K, language: 'fr' | 'en' = 'fr'): Extract<Proposal, { kind: K }>[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: K }> => p.kind === kind,
  );
}
const actors = (text: string, language: 'fr' | 'en' = 'fr') => ofKind(text, 'ACTOR', language).map((a) => a.name);
const fundings = (text: string, language: 'fr' | 'en' = 'fr') =>
  ofKind(text, 'FUNDING', language).map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur}`);
const figures = (text: string, language: 'fr' | 'en' = 'fr') =>
  ofKind(text, 'FIGURE', language).map((f) => `${f.subject.name}:${f.metric}:${f.value}`);

describe('names that are cut short or carry a word of the sentence', () => {
  it('reads a metropolitan authority of several words whole', () => {
    const names = actors('Carnoux Littoral Métropole finance le projet de la société Velora.');
    expect(names).toContain('Carnoux Littoral Métropole');
    expect(names).not.toContain('Littoral Métropole');
  });

  it('drops the preposition opening a sentence and the possessive after a name', () => {
    const names = actors("Chez Velora Group, la robotique pèse lourd. Les actionnaires de Velora Group's ont vendu.");
    expect(names).toContain('Velora Group');
    expect(names).not.toContain('Chez Velora Group');
    expect(names).not.toContain("Velora Group's");
  });

  it('keeps the field a corporate end word is followed by', () => {
    expect(actors('Le fonds Brenne Capital Santé entre au capital de la société Velora.')).toContain('Brenne Capital Santé');
  });

  it('does not end a name with a period of years', () => {
    const names = actors('Le bâtiment a été financé par la Région 2019-2024 et la société Velora.');
    expect(names.some((n) => /\d{4}/.test(n))).toBe(false);
  });

  it('reads no nationality before a company noun as a name', () => {
    const names = actors('The device was designed by German company Loravex.', 'en');
    expect(names).not.toContain('German');
  });

  it('reads the product a maker makes, and a technology, as no organisation', () => {
    expect(actors('Velora, le fabricant de la table Ostrix, ouvre une usine.')).not.toContain('Ostrix');
    expect([...namesOfProducts('sa technologie Kelbo est brevetée')]).toContain('Kelbo');
    expect(actors('La société Velora est la marque de la table Ostrix.')).toContain('Velora');
    expect([...namesOfProducts('le test sanguin myLora-B sort en mai')]).toEqual(expect.arrayContaining(['myLora-B', 'myLora']));
  });

  it('names an industry after "filière" with the "en" its name carries', () => {
    expect(actors('La journée de la filière Robotique en Santé Garonne ouvre le salon.')).toContain('filière Robotique en Santé Garonne');
  });

  it('takes no preposition for a first name', () => {
    expect(
      findPeople({ start: 0, end: 60, text: 'Pour Lucie Marchal, présidente de Velora, le pari est tenu.' }).map((p) => p.name),
    ).toEqual(['Lucie Marchal']);
  });

  it('reads a partner named after its noun, and a company after a trade word standing for the determiner', () => {
    expect(actors('The loan was subscribed by its partner Loravex.', 'en')).toContain('Loravex');
    expect(actors('Medtech group Loravex has moved to buy Velora.', 'en')).toContain('Loravex');
  });
});

describe('money with the funder or the recipient away from the amount', () => {
  it('reads a ministry as the State and the regional council as the Région', () => {
    expect(fundings("La start-up Velora a obtenu 800 000 euros du ministère de l'Industrie.")).toContain('État -> Velora: 800000');
    expect(fundings('La start-up Velora annonce un projet en Occitanie. La collectivité régionale y a investi 3 M€.')).toContain(
      'Région Occitanie -> Velora: 3000000',
    );
  });

  it('gives a total followed by "dont" no funder of its part', () => {
    const found = fundings("La start-up Velora a reçu 12 millions d'euros d'aides, dont 9 millions versés par l'État.");
    expect(found).toContain('État -> Velora: 9000000');
    expect(found).not.toContain('État -> Velora: 12000000');
  });

  it('does not give the money to the channel it goes through', () => {
    const found = fundings(
      "La start-up Velora bâtit une usine. Velora recrute. La Région Occitanie apporte 2 M€ à Velora par l'intermédiaire de l'agence Ardea.",
    );
    expect(found).toContain('Région Occitanie -> Velora: 2000000');
    expect(found.some((f) => f.includes('Ardea'))).toBe(false);
  });

  it('does not give the money to another giver of the sentence nor to the frame it is given in', () => {
    const found = fundings(
      "La société Velora ouvre un laboratoire. L'État a apporté 900 000 €, tandis que Carnoux Métropole a versé 400 000 €, au titre du plan régional, Carnoux Innovation.",
    );
    expect(found).toContain('État -> Velora: 900000');
    expect(found).toContain('Carnoux Métropole -> Velora: 400000');
  });

  it('finds the public funder that opens one of the two sentences before a receiving one', () => {
    expect(
      fundings(
        "Exempleville, le 3 mars 2021 — L'État relance ses incubateurs. Cinq structures se partagent 40 M€. C'est la société Velora qui reçoit 9 M€.",
      ),
    ).toContain('État -> Velora: 9000000');
  });

  it('reads the agent after an instrument and its date, and help from an incubator as no funding', () => {
    expect(fundings('The company Velora took a €7 million, five-year bond subscribed in May 2019 by its partner Loravex.', 'en')).toContain(
      'Loravex -> Velora: 7000000',
    );
    expect(fundings('The company Velora was supported by the incubator Ardea Lab.', 'en')).toEqual([]);
  });

  it('gives to the document subject what a thing of it was cofinanced by', () => {
    expect(
      fundings("La société Velora agrandit son usine. Velora recrute. L'extension a été cofinancée par la Région Occitanie."),
    ).toContain('Région Occitanie -> Velora: null');
  });
});

describe('figures', () => {
  it('reads an investment by a past verb or by the noun', () => {
    expect(figures('La société Velora a investi 3 M€ dans son usine.')).toContain('Velora:INVESTMENT_EUR:3000000');
    expect(
      figures("La société Velora agrandit son site. Velora recrute. Le projet représente un investissement d'environ 7 M€."),
    ).toContain('Velora:INVESTMENT_EUR:7000000');
  });

  it('reads a second raise after "puis" and the sum an offering seeks', () => {
    expect(figures('La start-up Velora avait levé 1 M€ en 2019, puis 4 M€ en 2021.')).toEqual(
      expect.arrayContaining(['Velora:FUNDS_RAISED_EUR:1000000', 'Velora:FUNDS_RAISED_EUR:4000000']),
    );
    expect(figures('With its listing, the company Velora is seeking about €22 million.', 'en')).toContain(
      'Velora:FUNDS_RAISED_EUR:22000000',
    );
  });

  it('counts clinicians and researchers as researchers', () => {
    expect(figures("L'institut Velora fédère 300 cliniciens et chercheurs.")).toContain('Velora:RESEARCHERS:300');
  });
});
