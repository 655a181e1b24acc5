import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

/** Actor names met on real articles (R12's causes), in short texts of our own over an empty graph. */
function actors(text: string, language = 'fr'): string[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES })
    .proposals.filter((p): p is Extract<Proposal, { kind: 'ACTOR' }> => p.kind === 'ACTOR')
    .map((a) => `${a.name} ${a.actorKind}`);
}
const names = (text: string, language = 'fr') => actors(text, language).map((a) => a.replace(/ [A-Z_]+$/u, ''));

describe('places in a list of sites', () => {
  it('reads no organisation in a list of communes, even where some are not in the code', () => {
    const text = 'Le groupe Exemplia compte neuf agences : à Albi, Castres, Mazamet, La Bastidette, Gaillac et Lavaur.';
    expect(names(text)).toEqual(['Exemplia']);
  });

  it('reads no organisation in an English list of offices in cities', () => {
    const text = 'The robotics company Exemplix has offices in Toulouse, Bordeaux, Lyon, Vallombreuse and Quebec.';
    expect(names(text, 'en')).toEqual(['Exemplix']);
  });

  it('still reads a list of companies that holds one commune', () => {
    const text = "Le pôle réunit Biolix, Tarvogen, Exemplia et l'incubateur de Nîmes.";
    expect(names(text)).toEqual(expect.arrayContaining(['Biolix', 'Tarvogen', 'Exemplia']));
  });

  it('reads no organisation in districts of a commune in brackets', () => {
    const text = 'Exemplia ouvre deux laboratoires à Rodez (Centre et Bourran) cette année.';
    expect(names(text)).toEqual(['Exemplia']);
  });

  it('reads a US state code after a city as no organisation', () => {
    const text = 'Exemplix Bio, based in Redmond, WA, opened a plant in Toulouse.';
    expect(names(text, 'en')).not.toContain('WA');
  });
});

describe('sector, market and norm words', () => {
  it('reads the fields listed after "secteurs" as no companies', () => {
    const text = "L'incubateur Exemplab accompagne des projets dans les secteurs Santé, Agritech et Énergie-Climat.";
    expect(names(text)).toEqual(['Exemplab']);
  });

  it('reads a trade word after a plural noun or an article as a sector, and a company with a trade name after a deal', () => {
    expect(names('Les startups Deeptech de la région grandissent. La Deeptech recrute. Les pépites Deeptech lèvent des fonds.')).toEqual(
      [],
    );
    expect(names('Le groupe Exemplia annonce le rachat de Medtech, fabricant de robots.')).toContain('Medtech');
  });

  it('reads "BtoB", "GMP" and "AI-based" as no organisation', () => {
    expect(names('La start-up Exemplia développe une offre BtoB pour les pharmacies.')).toEqual(['Exemplia']);
    expect(names('The biotech Exemplix builds a cGMP plant to run AI-based projects.', 'en')).toEqual(['Exemplix']);
  });

  it('reads an acronym that spells a list of lower-case fields as no organisation', () => {
    const text = "Le programme a aidé des jeunes pousses issues de l'aéronautique, spatial et défense (ASD).";
    expect(names(text)).not.toContain('ASD');
  });
});

describe('titles, party tags and misshapen person names', () => {
  it('reads a party tag in brackets as no organisation, an acronym of an organisation in brackets still', () => {
    const text = 'Le projet est soutenu par Paul Exemple, maire (PS) de Lunel, et par la Fondation Exemplia.';
    expect(names(text)).not.toContain('PS');
    expect(names('Le projet est soutenu par Paul Exemple, chercheur (ERB) à Lunel.')).toContain('ERB');
  });

  it('reads "PDG-fondateur" as a role, not a company', () => {
    const text = 'Le fonds a racheté les actions de son PDG-fondateur Paul Exemple.';
    expect(names(text)).not.toContain('PDG-fondateur');
  });

  it('reads a first name run together before a lower-case surname and a role as no company', () => {
    const text = 'Le CHU de Nîmes a créé un institut avec le soutien de JeanMarc exemple, président du conseil de surveillance.';
    expect(names(text)).not.toContain('JeanMarc');
    // A brand with a capital inside, followed by a verb, is still a company.
    expect(names('La société ExemBio, présente à Nîmes, recrute.')).toContain('ExemBio');
  });
});

describe('headlines', () => {
  it('reads a headline in capitals as no single name', () => {
    const text = "LE CHU DE LUNEL OUVRE SON CENTRE D'ESSAIS CLINIQUES\nLe CHU de Lunel a ouvert un centre.";
    expect(names(text).some((n) => n.split(' ').length >= 5)).toBe(false);
  });

  it('reads a Title Case headline as no single name, a long English name still', () => {
    const text = 'The Exemplia Foundation And The Exemplix Institute Launch A Research Team At The Lunel Campus';
    expect(names(text, 'en').some((n) => /Launch/u.test(n))).toBe(false);
    const long = 'The Exemplia Institute of Applied Biology Research and Teaching hires 20 people.';
    expect(names(long, 'en').some((n) => n.startsWith('Exemplia Institute'))).toBe(true);
  });
});

describe('the kind a name says by its own words', () => {
  it('reads an English name ending in "Institute" as research where its cue gives no kind, not as a company', () => {
    const text = 'The agreement was signed by Anne Example, President of the Exemplia Cancer Institute.';
    expect(actors(text, 'en')).toEqual(['Anne Example PERSON', 'Exemplia Cancer Institute RESEARCH_ORGANISATION']);
  });

  it('reads an "IRT" name and a single "-pole" word by their kind, a plain brand as a company', () => {
    expect(actors('Exemplix collabore avec IRT Exemple Aéro sur la robotique.')).toContain('IRT Exemple Aéro RESEARCH_ORGANISATION');
    expect(actors('La société Exemplix rejoint le campus. Exemplix recrute.')).toEqual(['Exemplix COMPANY']);
  });
});

describe('public bodies under English descriptive names', () => {
  it('reads "the Occitanie Region" as the Région, "the French government" as the State', () => {
    const text = 'The plant is supported by the French government and the Occitanie Region.';
    const read = actors(text, 'en');
    expect(read).toEqual(expect.arrayContaining(['État PUBLIC_AUTHORITY', 'Région Occitanie PUBLIC_AUTHORITY']));
  });

  it('reads "the University Hospital of X" and "X University Hospital" as the CHU of X, only for a place', () => {
    const read = names('The team works with the University Hospital of Nîmes and several teams from Toulouse University Hospital.', 'en');
    expect(read).toEqual(expect.arrayContaining(['CHU de Nîmes', 'CHU de Toulouse']));
    expect(names('Exemplix signed with the Example University Hospital.', 'en')).not.toContain('CHU de Example');
  });
});

describe('English institution names past "of"', () => {
  it('keeps the capitalised words after "of" in an institute\'s name, not a lower-case complement', () => {
    expect(names('The Exemplia Institute of Applied Optics hires 20 engineers.', 'en')).toContain('Exemplia Institute of Applied Optics');
    expect(names('The Exemplia Institute of the region hires 20 engineers.', 'en')).toContain('Exemplia Institute');
  });
});

describe('generic nouns and products repeated', () => {
  it('reads a head noun alone as no name, however often it is repeated', () => {
    const text = 'Les deux CHU signent. Les CHU travaillent ensemble. Le CHU de Lunel recrute, et les CHU ouvrent un centre.';
    expect(names(text)).not.toContain('CHU');
  });

  it('reads a name marked as a product as no organisation, a repeated company still', () => {
    const text = 'Exemplix builds its Exemplo® line. Exemplo will make drugs. Exemplix hires. The Exemplo plant opens. Exemplix grows.';
    const read = names(text, 'en');
    expect(read).not.toContain('Exemplo');
    expect(read).toContain('Exemplix');
  });
});
