import { ties } from '../../support/ingestionOfOurText';

describe('partners counted and listed after a colon', () => {
  it('reads items set apart by semicolons, each with its apposition, as partners', () => {
    const found = ties(
      'Ce capteur a été conçu par un consortium réunissant trois partenaires : la start-up Nuvelia, une société de biotechnologie ; la biotech Corvex, installée à Nîmes ; et la société Altheon, basée à Albi.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Nuvelia -PARTNERS_WITH-> Corvex', 'Nuvelia -PARTNERS_WITH-> Altheon', 'Corvex -PARTNERS_WITH-> Altheon']),
    );
  });

  it('reads "il réunit quatre acteurs : A, B, C et D" as partners, not as members of an unsure host', () => {
    const found = ties(
      "En 2019 est né à Albi un collectif de la santé connectée, porté par la société Orvane. Il réunit quatre acteurs locaux : la société Nuvelia, l'hôpital d'Albi, Corvex et Altheon.",
    );
    expect(found).toEqual(expect.arrayContaining(['Nuvelia -PARTNERS_WITH-> Corvex', 'Corvex -PARTNERS_WITH-> Altheon']));
    expect(found.filter((t) => t.includes('MEMBER_OF'))).toEqual([]);
  });

  it('reads the English "brings together three partners:"', () => {
    const found = ties(
      'The project brings together three partners: the start-up Nuvelia, the start-up Corvex and the company Altheon.',
      'en',
    );
    expect(found).toEqual(expect.arrayContaining(['Nuvelia -PARTNERS_WITH-> Corvex', 'Nuvelia -PARTNERS_WITH-> Altheon']));
  });

  it('leaves a named host its members', () => {
    const found = ties(
      'Le cluster Orvane réunit quatre membres : la start-up Nuvelia, la société Corvex, la biotech Altheon et la société Biolume.',
    );
    expect(found).toContain('Nuvelia -MEMBER_OF-> Orvane');
    expect(found.filter((t) => t.includes('PARTNERS_WITH'))).toEqual([]);
  });
});

describe('a buyer named by the words of control', () => {
  it('reads the unknown name after "passe sous le contrôle de" as the buyer', () => {
    expect(ties('Trois ans plus tard, la société Orvane passe sous le contrôle de Kelmar Industries.')).toEqual(
      expect.arrayContaining(['Kelmar Industries -TOOK_OVER-> Orvane', 'Orvane -PART_OF-> Kelmar Industries']),
    );
  });

  it('reads "a company acquired in 2016 by the American group Y" the right way round', () => {
    const found = ties(
      'She had earlier founded the start-up Orvane, a company acquired in 2016 by the American group Kelmar Industries.',
      'en',
    );
    expect(found).toContain('Kelmar Industries -TOOK_OVER-> Orvane');
    expect(found).not.toContain('Orvane -TOOK_OVER-> Kelmar Industries');
  });

  it('does not read a person with a role after "sous le contrôle de" as a company', () => {
    const found = ties("La société Orvane passe sous le contrôle de Jomo Talvik, fondateur et PDG d'une holding.");
    expect(found.filter((t) => t.includes('TOOK_OVER'))).toEqual([]);
  });
});

describe('a shareholder named before a relative clause', () => {
  it('reads "X, qui fabrique … à Agen (Lot-et-Garonne), est entré au capital de Y"', () => {
    expect(
      ties(
        'Un industriel a rejoint le projet. Kelmar, qui fabrique des pansements à Agen (Lot-et-Garonne), est entré au capital de la start-up Orvane.',
      ),
    ).toContain('Kelmar -HOLDS_SHARES_IN-> Orvane');
  });

  it('reads no tie when no verb of the domain follows the clause', () => {
    expect(ties('Kelmar, qui fabrique des pansements à Agen (Lot-et-Garonne), a fêté ses vingt ans avec la start-up Orvane.')).toEqual([]);
  });
});

describe('an investor named before an adverb and its verb', () => {
  it('reads "X a ainsi investi dans Y, …, et dans Z" with X unknown', () => {
    const found = ties('Kelmar Soridec a ainsi investi dans la start-up Orvane, installée à Albi, et dans la société Nuvelia, à Nîmes.');
    expect(found).toEqual(
      expect.arrayContaining(['Kelmar Soridec -HOLDS_SHARES_IN-> Orvane', 'Kelmar Soridec -HOLDS_SHARES_IN-> Nuvelia']),
    );
  });
});

describe('a takeover said as a noun fronted by a preposition', () => {
  it('reads "Depuis le rachat de X en 2016, Y …" as Y taking X over', () => {
    expect(ties("Depuis le rachat de la start-up Orvane en 2016, le groupe Kelmar dispose d'équipes à Montpellier.")).toContain(
      'Kelmar -TOOK_OVER-> Orvane',
    );
  });

  it('reads "Since the acquisition of X in 2019, Y …" in English', () => {
    expect(ties('Since the acquisition of the start-up Orvane in 2019, the group Kelmar has hired forty people.', 'en')).toContain(
      'Kelmar -TOOK_OVER-> Orvane',
    );
  });

  it('gives no buyer when no name opens the main clause', () => {
    const found = ties('Depuis le rachat de la start-up Orvane en 2016, les équipes travaillent à Montpellier avec la société Kelmar.');
    expect(found.filter((t) => t.includes('TOOK_OVER'))).toEqual([]);
  });
});

describe('two names that do something together, with no object', () => {
  it('reads "A et B s\'associent pour …" as partners', () => {
    expect(ties("La start-up Orvane et la société Kelmar s'associent pour développer un capteur.")).toContain(
      'Orvane -PARTNERS_WITH-> Kelmar',
    );
  });

  it('reads "A et B resserrent les liens" as partners', () => {
    expect(ties("Le CHU de Nîmes et l'Université de Montpellier resserrent les liens.")).toContain(
      'CHU de Nîmes -PARTNERS_WITH-> Université de Montpellier',
    );
  });

  it('reads the English "A and B team up"', () => {
    expect(ties('The start-up Orvane and the company Kelmar team up in imaging.', 'en')).toContain('Orvane -PARTNERS_WITH-> Kelmar');
  });

  it('does not join a name set apart by a clause to the doers', () => {
    expect(ties("La start-up Orvane, installée à Albi près de la société Kelmar, s'associent aux chercheurs.")).toEqual([]);
  });
});
