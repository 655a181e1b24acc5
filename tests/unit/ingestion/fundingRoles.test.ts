import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

/** The figures of a short text of our own, over an empty graph, as "subject:metric:value". */
function figures(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES })
    .proposals.filter((p): p is Extract<Proposal, { kind: 'FIGURE' }> => p.kind === 'FIGURE')
    .map((f) => `${f.subject.name}:${f.metric}:${f.value}`);
}

/** The fundings of a short text of our own, over an empty graph, as "funder -> recipients: amount". */
function fundings(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES })
    .proposals.filter((p): p is Extract<Proposal, { kind: 'FUNDING' }> => p.kind === 'FUNDING')
    .map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur}`);
}

describe('roles in the clause of the money', () => {
  it('a name a giving participle hands money to receives it, never gives it', () => {
    const found = fundings(
      "La Région Occitanie a soutenu la filière. La start-up Brovane a reçu une subvention de 310 000 € versée à l'Institut Kelmor pour ses essais.",
    );
    expect(found.some((f) => f.startsWith('Institut Kelmor ->'))).toBe(false);
  });

  it('the subject of a receiving verb is the name an apposition follows, not the one inside it', () => {
    const found = fundings(
      "L'institut Norvane, installé au centre hospitalier Sarlis de Nîmes, a obtenu une subvention de 2,7 M€, attribuée par la Région Occitanie.",
    );
    expect(found).toContain('Région Occitanie -> Norvane: 2700000');
    expect(found.some((f) => f.includes('Sarlis'))).toBe(false);
  });

  it('the one who raises is the name an apposition follows', () => {
    const found = fundings(
      'The start-up Velmora, a Nîmes company listed on Bourse Exemple, said it has raised €31.5 million. The round was subscribed by existing shareholders, the fund Tarkan Capital.',
      'en',
    );
    expect(found).toContain('Tarkan Capital -> Velmora: 31500000');
    expect(found.some((f) => f.includes('-> Bourse Exemple'))).toBe(false);
  });

  it('the subject of a receiving verb is read as a name, after a dateline dash too', () => {
    const found = fundings(
      'March 3, 2024 — Kalvane has signed a lease in Albi. To build the site, Kalvane received €12 million from the French State.',
      'en',
    );
    expect(found).toContain('État -> Kalvane: 12000000');
  });

  it('every agent of a passive list gives, and none of them receives', () => {
    const found = fundings(
      "La société Orvane construit une usine à Albi. L'usine a reçu 12 millions d'euros, apportés par l'État, la Région Occitanie et le Département du Tarn.",
    );
    expect(found).toContain('État -> Orvane: 12000000');
    expect(found).toContain('Région Occitanie -> Orvane: 12000000');
    expect(found.some((f) => /-> .*Région Occitanie/.test(f))).toBe(false);
  });

  it('the givers of a split sum are co-funders, not recipients', () => {
    const found = fundings(
      "La société Orvane agrandit son site d'Albi. Le projet reçoit 9 M€ de soutien, dont 5 M€ de l'État, 3 M€ de la Région Occitanie et 1 M€ de Toulouse Métropole.",
    );
    expect(found).toContain('État -> Orvane: 5000000');
    expect(found).toContain('Région Occitanie -> Orvane: 3000000');
    expect(found).toContain('Toulouse Métropole -> Orvane: 1000000');
    expect(found.some((f) => f.includes('Région et'))).toBe(false);
  });

  it('"une aide régionale" is given by the Région the document names', () => {
    const found = fundings(
      "La Région Occitanie présente ses projets. La start-up Quelvia s'installe à Rodez. L'entreprise bénéficie d'une aide régionale de 1,8 M€.",
    );
    expect(found).toContain('Région Occitanie -> Quelvia: 1800000');
  });
});

describe('blocks of short lines read as one record', () => {
  it('a header that names the giver gives each bulleted sum to whom the line names', () => {
    const found = fundings(
      [
        "Le test Exemplia a été mis au point par l'Institut Brova.",
        '',
        'La Région Occitanie a financé le projet deux fois :',
        "- une subvention de 118 000 € versée à l'Institut Brova en mars ;",
        '- une avance de 95 000 € accordée en juin à la société Dalvane.',
      ].join('\n'),
    );
    expect(found).toContain('Région Occitanie -> Institut Brova: 118000');
    expect(found).toContain('Région Occitanie -> Dalvane: 95000');
  });

  it('a fact sheet gives the sum from the investors its labels name to what the article is about', () => {
    const found = fundings(
      [
        'La biotech Sarvane lève 7,4 millions d’euros.',
        '',
        "Les chiffres de l'opération :",
        'Montant : 7,4 M€',
        'Chef de file : Kestrel Ventures',
        'Autres investisseurs : Fonds Marbel, Ouranos Capital',
      ].join('\n'),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Kestrel Ventures -> Sarvane: 7400000',
        'Fonds Marbel -> Sarvane: 7400000',
        'Ouranos Capital -> Sarvane: 7400000',
      ]),
    );
  });

  it('names in brackets after a round are its investors, not its recipients', () => {
    const found = fundings(
      [
        'The medtech company Torvane, based in Nîmes, develops surgical implants.',
        '',
        'Key facts',
        '- Headquarters: Nîmes',
        '- 2021 round: €3.3 million (Helio Capital, Brasset Partners)',
      ].join('\n'),
      'en',
    );
    expect(found).toContain('Helio Capital -> Torvane: 3300000');
    expect(found).toContain('Brasset Partners -> Torvane: 3300000');
    expect(found.some((f) => f.includes('-> Brasset'))).toBe(false);
  });

  it('who a line brings into the capital gives its sum', () => {
    const found = fundings(
      [
        'The biotech company Morvane is growing.',
        '',
        'Since 2022 it has:',
        '- brought Fonds Arbel and Kestrel Ventures into its capital, for €2.3 million;',
      ].join('\n'),
      'en',
    );
    expect(found).toContain('Fonds Arbel -> Morvane: 2300000');
    expect(found).toContain('Kestrel Ventures -> Morvane: 2300000');
  });

  it('the lines of a sources header name who gives', () => {
    const found = fundings(
      [
        'The company Pelvane moves to a new building in Albi.',
        '',
        'Funding comes from two sources:',
        '- the Université de Rodez: 1.9 million euros.',
      ].join('\n'),
      'en',
    );
    expect(found).toContain('Université de Rodez -> Pelvane: 1900000');
  });

  it('investors listed as bullets under a sentence that ends with a colon', () => {
    const found = fundings(
      [
        'The biotech Morvane has raised €8 million.',
        'The round was led alongside its existing investors:',
        '- Fonds Arbel;',
        '- Kestrel Ventures.',
      ].join('\n'),
      'en',
    );
    expect(found.some((f) => f.startsWith('Fonds Arbel -> Morvane'))).toBe(true);
  });

  it('a heading that names a company makes it the receiver of its paragraph', () => {
    const found = fundings(
      [
        'Communiqué de la Région Occitanie — la Région soutient deux projets.',
        '',
        'Dalvane : une usine à Castres',
        'Dalvane construit une usine à Castres.',
        '',
        'Orvane : un laboratoire à Albi',
        'La start-up Orvane ouvre un laboratoire à Albi.',
        'La Région a soutenu cette opération à hauteur de 2 M€.',
      ].join('\n'),
    );
    expect(found).toContain('Région Occitanie -> Orvane: 2000000');
    expect(found).not.toContain('Région Occitanie -> Dalvane: 2000000');
  });
});

describe('the subject carried over', () => {
  it('a pronoun that gives stands for the public funder the sentence before opens with', () => {
    const found = fundings(
      "La start-up Quelvia bâtit une usine à Rodez. L'État soutient le chantier. Dans le cadre de son plan, il apportera 14 M€ à ce projet.",
    );
    expect(found).toContain('État -> Quelvia: 14000000');
  });

  it('a bare noun that receives stands for the actor the sentence before opens with', () => {
    const found = fundings(
      'The start-up Kelvane was founded in Albi. It is a spin-off of the Institut Morel. Since then the company received €4 million of State grants.',
      'en',
    );
    expect(found).toContain('État -> Kelvane: 4000000');
  });

  it('"Sa construction a été financée par" funds the actor the sentence before opens with', () => {
    const found = fundings(
      "Le pôle Exemplia Santé s'installe à Nîmes. L'institut Varenne, unité de recherche, a ouvert ses portes à Alès. Sa construction a été financée par la Région Occitanie, pour 6,5 millions d'euros.",
    );
    expect(found).toContain('Région Occitanie -> Varenne: 6500000');
  });

  it('a giver named by "grâce à" four sentences before gives what is received with no giver', () => {
    const found = fundings(
      [
        "L'institut Brivane a été créé grâce au programme d'investissement de l'État.",
        'Marc Exemple la préside.',
        'Sa mission : transférer les inventions.',
        'Pour cela, elle a plusieurs outils.',
        'Au total, l’institut Brivane a reçu 41 millions d’euros.',
      ].join(' '),
    );
    expect(found).toContain('État -> Brivane: 41000000');
  });
});

describe('figures of a bare noun and of a record', () => {
  it('a sentence opening with a bare noun for an actor has the subject of the sentence before', () => {
    expect(figures("L'institut Varenne ouvre un site. Le laboratoire, qui emploie 44 personnes, prépare d'autres tests.")).toContain(
      'Varenne:EMPLOYEES:44',
    );
  });

  it('a labelled count in a fact sheet is read, once', () => {
    const found = figures(
      [
        'The medtech company Torvane, based in Nîmes, develops implants.',
        '',
        'Key facts',
        '- Employees: 37',
        '- Workforce: nearly 60 people',
      ].join('\n'),
      'en',
    );
    expect(found).toContain('Torvane:EMPLOYEES:37');
    expect(found.filter((f) => f.endsWith(':60'))).toHaveLength(1);
  });

  it('a bare noun after a fronted phrase stands for the subject before', () => {
    expect(figures("L'incubateur Brenna fête ses dix ans. En dix ans, la structure a accompagné 212 start-up.")).toContain(
      'Brenna:COMPANIES:212',
    );
  });

  it('the lines of a record are figures of who the record is about', () => {
    expect(
      figures(
        [
          'The medtech company Torvane, based in Nîmes, develops implants.',
          '',
          'Key facts',
          '- Headquarters: Nîmes',
          '- 23 employees',
        ].join('\n'),
        'en',
      ),
    ).toContain('Torvane:EMPLOYEES:23');
  });
});

describe('a place the subject opens under a name', () => {
  it('reads the name after "son incubateur, baptisé" and gives it the story money with no recipient', () => {
    const text =
      "La clinique Solvane a inauguré son incubateur, baptisé Ravela. L'État a apporté 2,2 M€, tandis que la Région Occitanie a versé 800 000 €.";
    const found = fundings(text);
    expect(found).toContain('État -> Ravela: 2200000');
    expect(found).toContain('Région Occitanie -> Ravela: 800000');
    expect(found.some((f) => /-> .*Solvane/.test(f))).toBe(false);
  });
});
