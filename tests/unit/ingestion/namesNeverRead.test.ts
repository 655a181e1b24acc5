import { actors, organisations, ties } from '../../support/ingestionOfOurText';
import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import { namesByShape } from '../../../src/services/ingestion/reading/nameShapes';

describe('an acronym with the words of its name', () => {
  it('reads "le ORVA Exemple Cancer" whole, and its members join the whole name', () => {
    expect(organisations('En 2024, le ORVA Albi Cancer a obtenu un nouveau label.')).toContain('ORVA Albi Cancer');
    expect(ties('Le ORVA Albi Cancer fédère le CNRS et la start-up Nuvelia.')).toEqual(
      expect.arrayContaining(['CNRS -MEMBER_OF-> ORVA Albi Cancer']),
    );
  });

  it('reads an acronym and a capitalised noun after a colon ("NOVA Expertise")', () => {
    expect(organisations('Autre arrivée, plus discrète : NOVA Expertise.')).toContain('NOVA Expertise');
  });

  it('leaves an acronym and a place alone: a branch is read as the acronym', () => {
    const read = organisations('Le projet est soutenu par le CNRS Occitanie et par la start-up Nuvelia.');
    expect(read).not.toContain('CNRS Occitanie');
  });
});

describe('banks of the mutual networks', () => {
  it('reads the network with its region, after "par le" and "et le"', () => {
    const read = organisations(
      'Fondée en 1990 par le Crédit Agricole du Quercy et le Crédit Agricole Nord Albigeois, la société gère trois fonds.',
    );
    expect(read).toEqual(expect.arrayContaining(['Crédit Agricole du Quercy', 'Crédit Agricole Nord Albigeois']));
  });

  it("reads a Caisse d'Épargne and a Banque Populaire with their region", () => {
    const read = organisations("Le fonds a réuni la Caisse d'Épargne Rouergue et la Banque Populaire du Causse.");
    expect(read).toEqual(expect.arrayContaining(["Caisse d'Épargne Rouergue", 'Banque Populaire du Causse']));
  });
});

describe('heads with a lower-case complement', () => {
  it('reads "l\'Agence d\'attractivité de Exempleville Métropole" whole', () => {
    expect(organisations("Cette année, l'Agence d'attractivité de Albi Métropole annonce douze implantations.")).toContain(
      "Agence d'attractivité de Albi Métropole",
    );
  });

  it('reads an Établissement with its lower-case complement', () => {
    expect(organisations("Le laboratoire réunit des équipes de l'Établissement régional du plasma, du CNRS et de l'Inserm.")).toContain(
      'Établissement régional du plasma',
    );
  });

  it('reads a lower-case "conseil départemental" of a département as its council', () => {
    expect(organisations('Étaient présents Jeanne Morel, présidente du conseil départemental du Tarn, et le maire.')).toContain(
      'Conseil départemental du Tarn',
    );
  });
});

describe('names on list items and names presented', () => {
  it('reads a name alone on a list item, not a figure or a person with a role', () => {
    const text =
      'Trois start-up sont hébergées :\n- Nuvelia ;\n- Corvex Lab ;\n- Altheon.\n\nEn chiffres :\n- 12 salariés ;\n- Jeanne Morel, présidente du jury.';
    const read = organisations(text);
    expect(read).toEqual(expect.arrayContaining(['Nuvelia', 'Corvex Lab', 'Altheon']));
    expect(read).not.toContain('Jeanne Morel');
  });

  it('reads the names "figure" and "c\'est le cas de" present', () => {
    expect(organisations('Parmi les nouveaux venus figure Nuvelia.')).toContain('Nuvelia');
    expect(organisations('Autour de la table figuraient notamment Corvex, Altheon et Biolume.')).toEqual(
      expect.arrayContaining(['Corvex', 'Altheon', 'Biolume']),
    );
    expect(organisations("C'est le cas de Nuvelia, qui s'y est installée en 2019.")).toContain('Nuvelia');
  });

  it('does not read part of a name that goes on in lower case, nor a person with a role', () => {
    const found = namesByShape('Figuraient notamment Corvex, Move in place et Altheon.').map((n) => n.name);
    expect(found).toContain('Corvex');
    expect(found).not.toContain('Move');
    expect(namesByShape('Parmi eux figurait Jeanne Morel, présidente du pôle.').map((n) => n.name)).toEqual([]);
  });
});

describe('names after a nationality and a word of size, and possessive appositions', () => {
  it('reads "le géant américain de … X" and "le poids lourd australien X"', () => {
    expect(organisations('En 2016, le géant américain de la chirurgie dentaire Orvex a pris 40 % du capital.')).toContain('Orvex');
    expect(organisations('Le poids lourd australien Corvex Santé exploite trois cliniques.')).toContain('Corvex Santé');
  });

  it('reads "X, son incubateur" as an incubator', () => {
    const text = 'Albi : le CHU ouvre Nuvelab, son incubateur de start-up.';
    expect(organisations(text)).toContain('Nuvelab');
    expect(
      proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.find(
        (p) => p.kind === 'ACTOR' && p.name === 'Nuvelab',
      ),
    ).toMatchObject({ actorKind: 'INCUBATOR' });
  });
});

describe('more shapes', () => {
  it('reads an acronym after a capital elided article ("L\'ORVA y accueille …")', () => {
    expect(organisations("L'ORVA y accueille dix équipes.")).toContain('ORVA');
  });

  it('reads a capitalised word ending in -pôle, and two brand words side by side as one name', () => {
    expect(organisations("La stratégie s'articule autour d'un Nutripôle.")).toContain('Nutripôle');
    expect(actors('NuvaTex Bio-Lumix picks Albi for its European office.', 'en')).toContain('NuvaTex Bio-Lumix');
  });

  it('drops a possessive before a subject ("Exempleland\'s X raises")', () => {
    expect(actors("Oregon's Corvex Labs raises €3 million.", 'en')).toContain('Corvex Labs');
    expect(actors("Oregon's Corvex Labs raises €3 million.", 'en').some((name) => name.includes("'s"))).toBe(false);
  });

  it('reads an English subject cut from "took over" by an apposition', () => {
    expect(organisations('Nuvelia France, the Albi arm of the German group Nuvelia, took over the site in 2015.')).toContain(
      'Nuvelia France',
    );
  });

  it('reads "le groupement X" and "une holding baptisée X"', () => {
    expect(organisations('La clinique a été reprise par trois membres du groupement Orvane.')).toContain('Orvane');
    expect(organisations("L'opération passe par une holding baptisée Orvane Rive Droite.")).toContain('Orvane Rive Droite');
  });
});

describe('owners of counted clinics, and sites a group runs', () => {
  it('reads "trois cliniques de X" as the owner X, not a clinic named after it', () => {
    const read = organisations('Albi : trois cliniques de Orvane rachètent la clinique du Lac.');
    expect(read).toContain('Orvane');
    expect(read).not.toContain('Clinique de Orvane');
  });

  it('gives the clinics "X, qui exploite" to X alone, not to the names listed before it', () => {
    const found = ties(
      'Deux groupes étaient candidats : le français Orvane, propriétaire des cliniques du Pont et du Lac, et le poids lourd belge Corvex Santé, qui exploite les cliniques des Tilleuls et des Chênes.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Clinique des Tilleuls -PART_OF-> Corvex Santé', 'Clinique des Chênes -PART_OF-> Corvex Santé']),
    );
    expect(found.filter((t) => t.startsWith('Clinique des Tilleuls') && !t.endsWith('Corvex Santé'))).toEqual([]);
  });
});

describe('names with their place, their campus and their deal', () => {
  it('reads a lower-case filière with its field and its place, not "en" + a place', () => {
    expect(actors("La filière cosmétique d'Occitanie pèse lourd.")).toContain("Filière cosmétique d'Occitanie");
    expect(actors('La filière santé en Occitanie recrute.')).not.toContain('Filière santé en Occitanie');
  });

  it('keeps the place after an acronym in brackets in the name ("Pôle X (PX) de Nîmes")', () => {
    expect(organisations("Il est membre du Pôle Universitaire d'Exemple (PUE) de Nîmes.")).toContain(
      "Pôle Universitaire d'Exemple de Nîmes",
    );
  });

  it('reads a capitalised Campus with its name', () => {
    expect(organisations("Le groupe s'installe sur l'ancien site, rebaptisé Campus Orvane.")).toContain('Campus Orvane');
  });

  it('reads a trade word as the company a deal names, and its buyer', () => {
    expect(actors("Depuis le rachat de Medtech en 2016, Orvex dispose d'équipes à Albi.")).toContain('Medtech');
    expect(actors('La medtech Orvex lève 2 M€.')).not.toContain('Medtech');
  });
});
