import { ties } from '../../support/ingestionOfOurText';

describe('bullets under a heading with no colon', () => {
  it('reads the names bulleted under "Les cofondateurs" as founders of what the document is about', () => {
    const text = [
      'La plateforme Orvalys ouvre ses portes à Albi.',
      '',
      'Orvalys accompagnera les projets numériques des soignants.',
      '',
      'Les cofondateurs',
      "- l'Université de Nîmes",
      '- Nubix Conseil',
    ].join('\n');
    expect(ties(text)).toEqual(expect.arrayContaining(['Université de Nîmes -FOUNDED-> Orvalys', 'Nubix Conseil -FOUNDED-> Orvalys']));
  });

  it('reads the names under "The partners" as partners of the subject', () => {
    const text = ['Corvex Robotics opened an office in Lyon.', '', 'The partners', '- Nubix Capital, a fund', '- Halden Medical'].join(
      '\n',
    );
    expect(ties(text, 'en')).toEqual(
      expect.arrayContaining(['Corvex Robotics -PARTNERS_WITH-> Nubix Capital', 'Corvex Robotics -PARTNERS_WITH-> Halden Medical']),
    );
  });

  it('reads nothing from bullets that open with a common noun under such a heading', () => {
    const text = ['Le cluster Medinov grandit.', '', 'Les partenaires', '- les chercheurs du CHU de Nîmes', '- les patients'].join('\n');
    expect(ties(text).join(' ')).not.toMatch(/PARTNERS_WITH/);
  });

  it('does not take a sentence that speaks of partners for a heading', () => {
    const text = ['Le cluster Medinov grandit.', '', 'Il cherche encore des partenaires', "- l'Université de Nîmes"].join('\n');
    expect(ties(text).join(' ')).not.toMatch(/Université de Nîmes -(?:PARTNERS_WITH|MEMBER_OF)/);
  });
});

describe('bullets after a line that gathers them', () => {
  it('reads "X regroupe trois pépinières :" then bullets as parts of X', () => {
    const text = [
      "L'incubateur Nubix fête ses dix ans.",
      '',
      "Aujourd'hui, l'incubateur Nubix regroupe trois pépinières d'entreprises :",
      '- Cap Orvane',
      '- Cap Halden',
    ].join('\n');
    expect(ties(text)).toEqual(expect.arrayContaining(['Cap Orvane -PART_OF-> Nubix', 'Cap Halden -PART_OF-> Nubix']));
  });

  it('reads "le cluster X réunit :" then bullets as members of the cluster', () => {
    const text = ['Le cluster Medinov réunit :', '- la société Orvane', '- Halden Medical'].join('\n');
    expect(ties(text)).toEqual(expect.arrayContaining(['Orvane -MEMBER_OF-> Medinov', 'Halden Medical -MEMBER_OF-> Medinov']));
  });

  it('reads "Il réunit :" (no name) then bullets as partners of each other', () => {
    const text = [
      'Des acteurs locaux ont formé un club.',
      'Il réunit :',
      '- les Laboratoires Orvane',
      '- Halden Medical',
      '- Nubix Conseil',
    ].join('\n');
    expect(ties(text)).toEqual(
      expect.arrayContaining([
        'Laboratoires Orvane -PARTNERS_WITH-> Halden Medical',
        'Halden Medical -PARTNERS_WITH-> Nubix Conseil',
        'Laboratoires Orvane -PARTNERS_WITH-> Nubix Conseil',
      ]),
    );
  });

  it('reads no tie when the line does not end with a colon', () => {
    const text = ['Le cluster Medinov réunit des soignants.', '- la société Orvane', '- Halden Medical'].join('\n');
    expect(ties(text).join(' ')).not.toMatch(/MEMBER_OF|PARTNERS_WITH/);
  });

  it('reads the start-ups bulleted after "l\'incubateur X accueille huit jeunes entreprises"', () => {
    const text = [
      "L'incubateur Nubix accueille six jeunes entreprises, toutes dans la e-santé.",
      '- quatre sociétés nîmoises : Orvane, Halden et Corvia',
      "- deux venues d'ailleurs : de Lyon et de Suisse",
    ].join('\n');
    expect(ties(text)).toEqual(
      expect.arrayContaining(['Orvane -INCUBATED_BY-> Nubix', 'Halden -INCUBATED_BY-> Nubix', 'Corvia -INCUBATED_BY-> Nubix']),
    );
  });

  it('does not read the bullets after a public authority that supports companies as incubated', () => {
    const text = ['La Région Occitanie accompagne six jeunes entreprises.', '- la société Orvane', '- Halden Medical'].join('\n');
    expect(ties(text).join(' ')).not.toMatch(/INCUBATED_BY/);
  });
});

describe('a key-facts bullet labelled with parts or a consortium', () => {
  it('reads "- 2 pépinières : A, B" under a heading naming the body as its parts', () => {
    const text = [
      'Le BIC de Lunel a trente ans. Les pépinières Cap Orvane et Cap Halden sont pleines.',
      '',
      'Le BIC de Lunel en chiffres',
      '- 2 pépinières : Cap Orvane, Cap Halden',
    ].join('\n');
    expect(ties(text)).toEqual(expect.arrayContaining(['Cap Orvane -PART_OF-> BIC de Lunel', 'Cap Halden -PART_OF-> BIC de Lunel']));
  });

  it('reads "- consortium : A, B, C" as partners of each other', () => {
    const text = ['Le test Salivo arrive.', '', 'En bref', '- consortium : Orvane Biotech, Halden Medical, Nubix Pharma'].join('\n');
    expect(ties(text)).toEqual(
      expect.arrayContaining(['Orvane Biotech -PARTNERS_WITH-> Halden Medical', 'Halden Medical -PARTNERS_WITH-> Nubix Pharma']),
    );
  });

  it('reads no partners from a bullet labelled with another noun', () => {
    const text = ['Le test Salivo arrive.', '', 'En bref', '- clients : Orvane Biotech, Halden Medical, Nubix Pharma'].join('\n');
    expect(ties(text).join(' ')).not.toMatch(/PARTNERS_WITH/);
  });

  it('gives no parts to a subject that is itself listed among them', () => {
    const text = [
      'Nubix Capital investit.',
      'Nubix Capital grandit.',
      '',
      'À retenir',
      '- trois composantes : Nubix Capital, Orvane Fonds, Halden',
    ].join('\n');
    expect(ties(text).join(' ')).not.toMatch(/PART_OF/);
  });
});

describe('the names found in an unnamed consortium', () => {
  it('reads "… le fruit d\'un consortium. On y trouve A, B et C." as partners of each other', () => {
    const text = "Le test Salivo est le fruit d'un consortium. On y trouve la société Orvane, Halden Medical et l'entreprise Nubix.";
    expect(ties(text)).toEqual(
      expect.arrayContaining([
        'Orvane -PARTNERS_WITH-> Halden Medical',
        'Orvane -PARTNERS_WITH-> Nubix',
        'Halden Medical -PARTNERS_WITH-> Nubix',
      ]),
    );
  });

  it('reads nothing new when the sentence before names no consortium', () => {
    const text = 'Le test Salivo est vendu en pharmacie. On y trouve la société Orvane et Halden Medical.';
    expect(ties(text).join(' ')).not.toMatch(/PARTNERS_WITH/);
  });
});

describe('a head alone standing for the body named in full', () => {
  it('reads "la Métropole" of a headline as the métropole the article names in full', () => {
    const text = [
      'La Métropole crée Orvalys pour fédérer la santé numérique',
      '',
      'La Métropole de Lunel a créé une association, Orvalys.',
    ].join('\n');
    expect(ties(text)).toContain('Métropole de Lunel -FOUNDED-> Orvalys');
    expect(ties(text).join(' ')).not.toMatch(/^Métropole -|La Métropole -/);
  });

  it('reads "le CHU" bulleted under partners as the CHU named in full before', () => {
    const text = [
      "Le CHU de Lunel soigne 2 000 patients. L'association Orvalys naît.",
      '',
      "L'association Orvalys s'appuie sur plusieurs partenaires :",
      '- le cluster Medinov',
      '- le CHU',
    ].join('\n');
    expect(ties(text)).toEqual(expect.arrayContaining(['Orvalys -PARTNERS_WITH-> CHU de Lunel', 'Orvalys -PARTNERS_WITH-> Medinov']));
  });

  it('reads no one for "le CHU" when the article names two CHU', () => {
    const text = [
      'Le CHU de Lunel et le CHU de Sète soignent 2 000 patients.',
      '',
      "L'association Orvalys s'appuie sur plusieurs partenaires :",
      '- le cluster Medinov',
      '- le CHU',
    ].join('\n');
    expect(ties(text).join(' ')).not.toMatch(/Orvalys -PARTNERS_WITH-> CHU/);
  });

  it('does not take a head followed by its complement for a short form', () => {
    const text = ['La Métropole de Lunel investit.', "La Métropole de Sète s'associe avec le cluster Medinov."].join('\n');
    expect(ties(text).join(' ')).not.toMatch(/Métropole de Lunel -PARTNERS_WITH->/);
  });
});

describe('a partner named by a possessive', () => {
  it('reads "souscrit par le laboratoire Y, son partenaire" as a partner of what the document is about', () => {
    const text = [
      'La biotech Orvane Pharma entre en bourse.',
      'Orvane Pharma vise 20 millions.',
      "L'emprunt a été souscrit en 2016 par le laboratoire Halden Biotech, son partenaire.",
    ].join(' ');
    expect(ties(text)).toContain('Orvane Pharma -PARTNERS_WITH-> Halden Biotech');
  });

  it('reads "its partner Y" as a partner of the sentence\'s subject', () => {
    expect(ties('Corvex Robotics opened a lab in Lyon with its partner Halden Medical.', 'en')).toContain(
      'Corvex Robotics -PARTNERS_WITH-> Halden Medical',
    );
  });

  it('does not read the plural or a partner of a person', () => {
    const text =
      'Jeanne Exemple et son partenaire Halden Medical fondent un club. Orvane Pharma et ses partenaires, Halden Medical, avancent.';
    expect(ties(text).join(' ')).not.toMatch(/PARTNERS_WITH-> Halden Medical|Halden Medical -PARTNERS_WITH->/);
  });
});

describe('a partnership told in the perfect', () => {
  it('reads "has also worked with Y"', () => {
    expect(ties('Partners. The biotech Corvex Bio has also worked with Halden Medical.', 'en')).toContain(
      'Corvex Bio -PARTNERS_WITH-> Halden Medical',
    );
  });

  it('reads "a travaillé avec Y"', () => {
    expect(ties('La société Orvane a déjà travaillé avec le cluster Medinov.')).toContain('Orvane -PARTNERS_WITH-> Medinov');
  });

  it('does not read "worked for"', () => {
    expect(ties('The biotech Corvex Bio has worked for Halden Medical.', 'en').join(' ')).not.toMatch(/PARTNERS_WITH/);
  });
});

describe('a gathering of members is not an unnamed consortium', () => {
  it('reads no partners from "les membres fondateurs forment un collectif. On y trouve A et B"', () => {
    const text =
      "L'association Orvalys est lancée. Ses membres fondateurs forment un collectif large. On y trouve la société Orvane et Halden Medical.";
    expect(ties(text)).not.toContain('Orvane -PARTNERS_WITH-> Halden Medical');
  });
});

describe('a fronted partner of a subject that is a list', () => {
  it('reads "Avec X, le CHU et l\'université se dotent …" as X partner of both', () => {
    const text =
      "Le CHU de Lunel et l'Université de Lunel présentent Orvalys. Avec la plateforme Orvalys, le CHU et l'université se dotent d'un outil commun.";
    expect(ties(text)).toEqual(
      expect.arrayContaining(['CHU de Lunel -PARTNERS_WITH-> Orvalys', 'Université de Lunel -PARTNERS_WITH-> Orvalys']),
    );
  });

  it("does not take a name after the subject's verb for one of its list", () => {
    const text = "Avec la plateforme Orvalys, le CHU de Lunel s'équipe pour l'Université de Lunel.";
    expect(ties(text)).not.toContain('Université de Lunel -PARTNERS_WITH-> Orvalys');
  });
});

describe('a bullet whose name has an apposition', () => {
  it('reads the bullet "- A, institut du B" as A alone', () => {
    const text = [
      'Le cluster Medinov grandit. Le cluster Medinov recrute.',
      '',
      'Les partenaires',
      '- Orvane Biotech, filiale du CHU de Lunel ;',
      '- Halden Medical et Nubix Pharma.',
    ].join('\n');
    const read = ties(text);
    expect(read).toEqual(
      expect.arrayContaining([
        'Medinov -PARTNERS_WITH-> Orvane Biotech',
        'Medinov -PARTNERS_WITH-> Halden Medical',
        'Medinov -PARTNERS_WITH-> Nubix Pharma',
      ]),
    );
    expect(read).not.toContain('Medinov -PARTNERS_WITH-> CHU de Lunel');
  });
});

describe('the agent of a passive that is a noun a name completes', () => {
  it('does not read "des projets portés par des professionnels du CHU" as carried by the CHU', () => {
    const text =
      'Le CHU de Lunel soigne. Depuis 2019, la plateforme Orvalys a accompagné des projets portés par des professionnels du CHU.';
    expect(ties(text).join(' ')).not.toMatch(/CHU de Lunel -CARRIES->/);
  });

  it('still reads "porté par l\'Université de X" and "porté par des équipes de X"', () => {
    expect(ties("La plateforme Orvalys est portée par l'Université de Lunel.")).toContain('Université de Lunel -CARRIES-> Orvalys');
    expect(ties("La plateforme Orvalys est portée par des équipes de l'Université de Lunel.")).toContain(
      'Université de Lunel -CARRIES-> Orvalys',
    );
  });
});
