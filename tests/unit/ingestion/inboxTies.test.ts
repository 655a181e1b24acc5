import { actors, ties } from '../../support/ingestionOfOurText';

describe('a unit named by a copula', () => {
  it('reads "X is the Lyon subsidiary of the group Y" as part of the group', () => {
    expect(ties('The plant opened. Nuvelia France is the Lyon subsidiary of the Swiss group Corvex.', 'en')).toContain(
      'Nuvelia France -PART_OF-> Corvex',
    );
  });

  it('reads "X est l\'incubateur de l\'Université Y" as carried by the university', () => {
    expect(ties("Le bâtiment ouvre. Orvane Lab est l'incubateur de l'Université de Montpellier.")).toContain(
      'Université de Montpellier -CARRIES-> Orvane Lab',
    );
  });

  it('reads "X, l\'incubateur de la Région Y" as carried by the region', () => {
    expect(ties("La société Orvane, l'incubateur de la Région Occitanie, grandit.")).toContain('Région Occitanie -CARRIES-> Orvane');
  });

  it('does not give an incubator to a bare "Métropole" the text never names', () => {
    expect(ties("La Métropole a voté. Le BIC de Lunel, l'incubateur de la Métropole, grandit.").join(' ')).not.toMatch(/CARRIES/);
  });

  it('does not read a parent far after the noun of a copula ("est une unité mixte placée sous la tutelle de")', () => {
    expect(ties("Le laboratoire Orvia est une unité mixte placée sous la tutelle de l'Inserm.")).not.toContain('Orvia -PART_OF-> Inserm');
  });

  it('does not read a copula with no unit noun', () => {
    expect(ties('La société Nuvelia est le partenaire du groupe Corvex.').join(' ')).not.toMatch(/PART_OF|CARRIES/);
  });
});

describe('members counted after an adverb', () => {
  it('reads "compte désormais parmi ses membres A, B et C"', () => {
    expect(
      ties("Le consortium Medinov réunit des soignants. Il compte désormais parmi ses membres la société Orvane et l'Université de Nîmes."),
    ).toEqual(expect.arrayContaining(['Orvane -MEMBER_OF-> Medinov', 'Université de Nîmes -MEMBER_OF-> Medinov']));
  });
});

describe('bullets under a line that says what they are', () => {
  it('reads each bulleted name after "trois nouveaux membres :" as a member of the line\'s subject', () => {
    const text = [
      'Le cluster Medinov accueille des entreprises.',
      '',
      'Le cluster Medinov ouvre ses rangs à deux nouveaux membres :',
      "- l'incubateur Nubix ;",
      "- l'Université de Nîmes.",
    ].join('\n');
    expect(ties(text)).toEqual(expect.arrayContaining(['Nubix -MEMBER_OF-> Medinov', 'Université de Nîmes -MEMBER_OF-> Medinov']));
  });

  it('reads "- Fondateurs : A, B et C" in a key-facts box as founders of what the document is about', () => {
    const text = [
      'La société Orvane accompagne des projets. La société Orvane a trente salariés.',
      '',
      'Les repères',
      '- Fondateurs : la société Corvex, la Région Occitanie et le CHU de Nîmes',
      '- Salariés : 30',
    ].join('\n');
    expect(ties(text)).toEqual(
      expect.arrayContaining(['Corvex -FOUNDED-> Orvane', 'Région Occitanie -FOUNDED-> Orvane', 'CHU de Nîmes -FOUNDED-> Orvane']),
    );
  });

  it('does not read bullets under a line about something else', () => {
    const text = ['Le cluster Medinov a trois priorités :', '- la santé ;', '- la société Nubix.'].join('\n');
    expect(ties(text).join(' ')).not.toMatch(/MEMBER_OF|FOUNDED|PARTNERS_WITH/);
  });
});

describe('the subject before an apposition', () => {
  it('reads "X, essaimage de Y, a été fondée par A" as founded by A, not Y', () => {
    const found = ties("La société Orvane, essaimage de l'Inserm à Lunel, a été fondée par Anne Delmas.");
    expect(found).toContain('Anne Delmas -FOUNDED-> Orvane');
    expect(found).not.toContain('Anne Delmas -FOUNDED-> Inserm');
  });

  it('reads "X, filiale du groupe Y, a été rachetée par Z" as a takeover of X', () => {
    const found = ties('La société Orvane, filiale du groupe Corvex, a été rachetée par la société Delmia.');
    expect(found).toContain('Delmia -TOOK_OVER-> Orvane');
    expect(found).not.toContain('Delmia -TOOK_OVER-> Corvex');
  });
});

describe('words that name no one', () => {
  it('does not read a fronted "Issue du X" as a name', () => {
    expect(actors("Issue de l'Inserm, la start-up lunelloise vient de lever des fonds.")).not.toContain("Issue de l'Inserm");
  });

  it('does not read a month and a year as an organisation', () => {
    const text = 'Orvane key facts\n- Founded: March 2020, Lunel\n\nThe company Orvane, founded in March 2020, is incubated by the BIC.';
    expect(actors(text, 'en')).not.toContain('March 2020');
  });

  it('reads a place then "Technopole" as a technopole', () => {
    expect(actors('Rodez-Millau Technopole accompagne quarante entreprises.')).toContain('Rodez-Millau Technopole');
  });
});

describe('signers an apposition joins', () => {
  it('reads "A et B, associés à C et à D, ont signé une convention" as four partners', () => {
    const found = ties(
      "En 2021, la société Orvane et le CHU de Nîmes, associés à l'Université de Nîmes et à la société Delmia, ont signé une convention de partenariat.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Orvane -PARTNERS_WITH-> CHU de Nîmes',
        'Orvane -PARTNERS_WITH-> Université de Nîmes',
        'CHU de Nîmes -PARTNERS_WITH-> Delmia',
      ]),
    );
  });

  it('does not join names of an apposition that is no association', () => {
    const found = ties('La société Orvane et le CHU de Nîmes, tous deux acteurs du Gard, ont signé une convention de partenariat.');
    expect(found).toContain('Orvane -PARTNERS_WITH-> CHU de Nîmes');
    expect(found.join(' ')).not.toMatch(/Gard/);
  });
});

describe("a group's site named by an English possessive", () => {
  it('reads "X takes over Y\'s Lyon site" as a takeover of the site, part of Y', () => {
    const found = ties('The news came today. Nuvelia takes over Corvex’s Lyon research site, with its 80 staff.', 'en');
    expect(found).toEqual(expect.arrayContaining(['Nuvelia -TOOK_OVER-> Corvex Lyon', 'Corvex Lyon -PART_OF-> Corvex']));
  });

  it('does not read a possessive before a word that is no site', () => {
    expect(ties('The news came today. Nuvelia joins Corvex’s Lyon programme.', 'en').join(' ')).not.toMatch(/Corvex Lyon/);
  });
});

describe('who is sold, past an apposition', () => {
  it('reads "X, the company behind the Y robots, is being sold to Z" as Z taking X over', () => {
    const found = ties('Nuvelabio, the Lyon company behind the Arva family of robots, is being sold to the American group Corvex.', 'en');
    expect(found).toContain('Corvex -TOOK_OVER-> Nuvelabio');
    expect(found).not.toContain('Corvex -TOOK_OVER-> Arva');
  });
});

describe('only people lead', () => {
  it('does not read a site as leading the body its director chairs', () => {
    const found = ties('Nous avons invité le président du pôle Medinov, qui dirige par ailleurs le site Corvex de Lunel.');
    expect(found.join(' ')).not.toMatch(/-LEADS->/);
  });
});

describe('names a tie needs whole', () => {
  it('reads a surname with a particle ("Van der") as part of the founder\'s name', () => {
    expect(ties('La société Orvane a été fondée par Pieter van der Berg et Anne Delmas.')).toEqual(
      expect.arrayContaining(['Pieter van der Berg -FOUNDED-> Orvane', 'Anne Delmas -FOUNDED-> Orvane']),
    );
  });

  it('keeps a name that is the apposition itself as the subject ("Le projet retenu, X, est porté par Y")', () => {
    expect(ties("Le projet retenu, ORVIA, est porté par l'Université de Nîmes.")).toContain('Université de Nîmes -CARRIES-> ORVIA');
  });

  it('keeps the head of an apposition the cue opens ("Parmi eux, le groupe X, propriétaire des cliniques A et B")', () => {
    expect(ties('Parmi eux, le groupe Corvex, propriétaire des cliniques Saint-Roch et Arnaud, investit.')).toEqual(
      expect.arrayContaining(['Clinique Saint-Roch -PART_OF-> Corvex']),
    );
  });

  it('gives no subject when the apposition follows words not read as a name', () => {
    const found = ties('Nuvo, the Lyon company behind the Arva family of robots, is being sold to the American group Corvex.', 'en');
    expect(found).not.toContain('Corvex -TOOK_OVER-> Arva');
  });
});
