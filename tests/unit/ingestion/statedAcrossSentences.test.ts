import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { ties } from '../../support/ingestionOfOurText';

/** Facts stated across sentences and names cut at a bracketed acronym (helper F21s), in short texts of our own. */
function ofKind<K extends Proposal['kind']>(text: string, kind: K): Extract<Proposal, { kind: K }>[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: K }> => p.kind === kind,
  );
}

const fundings = (text: string) =>
  ofKind(text, 'FUNDING').map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur}`);
const actors = (text: string) => ofKind(text, 'ACTOR').map((a) => `${a.name} (${a.actorKind})`);
const aliases = (text: string) => ofKind(text, 'ALIAS').map((a) => `${a.actor.name} = ${a.alias}`);
const locations = (text: string) => ofKind(text, 'LOCATION').map((l) => `${l.actor.name} @ ${l.place.name}`);

describe('start-ups listed in the sentence after a host counts them', () => {
  it('reads "Parmi elles", "Il s\'agit de" and "Among them are" as the counted start-ups, incubated by the host', () => {
    expect(ties("L'incubateur Cap Exemple accueille cette année trois jeunes pousses. Parmi elles figurent Dermexa et Cardiolex.")).toEqual(
      ['Dermexa -INCUBATED_BY-> Cap Exemple', 'Cardiolex -INCUBATED_BY-> Cap Exemple'],
    );
    expect(ties("Le BIC de Montpellier accompagne cinq start-up. Il s'agit de Dermexa, Cardiolex et Genovexa.")).toEqual([
      'Dermexa -INCUBATED_BY-> BIC de Montpellier',
      'Cardiolex -INCUBATED_BY-> BIC de Montpellier',
      'Genovexa -INCUBATED_BY-> BIC de Montpellier',
    ]);
    expect(ties('Cap Exemple hosts five start-ups. Among them are the biotech Dermexa and the medtech Cardiolex.', 'en')).toEqual([
      'Dermexa -INCUBATED_BY-> Cap Exemple',
      'Cardiolex -INCUBATED_BY-> Cap Exemple',
    ]);
  });

  it('is less sure than a list in the same sentence', () => {
    const across = ofKind("Le BIC de Montpellier accompagne cinq start-up. Il s'agit de Dermexa, Cardiolex et Genovexa.", 'TIE');
    const within = ofKind('Le BIC de Montpellier accueille cinq start-up : Dermexa, Cardiolex et Genovexa.', 'TIE');
    expect(across[0]!.confidence).toBeLessThan(within[0]!.confidence);
  });

  it('takes no host that is a public authority or a person, and no list without a counted verb before it', () => {
    expect(ties('Le Conseil régional accueille cinq start-up. Parmi elles, Dermexa et Cardiolex.')).toEqual([]);
    expect(ties('La société Dermexa recrute. Parmi elles, Cardiolex et Genovexa.')).toEqual([]);
  });
});

describe('amounts whose verb is left out', () => {
  it('gives each share to the name right before it, the funder named in the sentence before', () => {
    expect(fundings('La Région Exemplie a voté une enveloppe de 3 M€. Dermexa reçoit 1 M€, Cardiolex 2 M€ et Genovexa 500 000 €.')).toEqual(
      ['Région Exemplie -> Dermexa: 1000000', 'Région Exemplie -> Cardiolex: 2000000', 'Région Exemplie -> Genovexa: 500000'],
    );
    expect(
      fundings('La Région Exemplie a voté une enveloppe de 3 M€. La société Dermexa reçoit 1 M€ et la société Cardiolex 2 M€.'),
    ).toEqual(['Région Exemplie -> Dermexa: 1000000', 'Région Exemplie -> Cardiolex: 2000000']);
  });

  it('ends a name before the number of an amount ("Cardiolex 2 M€" is not "Cardiolex 2 M")', () => {
    expect(actors('La société Dermexa obtient 1 M€ et la société Cardiolex 2 M€.')).toEqual(['Dermexa (COMPANY)', 'Cardiolex (COMPANY)']);
  });
});

describe('names cut at a bracketed acronym', () => {
  it('keeps the place after the acronym in the name, the acronym an alias', () => {
    const text = 'Le Centre Hospitalier Universitaire (CHU) de Toulouse a signé un partenariat avec la société Dermexa.';
    expect(actors(text)).toEqual(['Centre Hospitalier Universitaire de Toulouse (UNIVERSITY_HOSPITAL)', 'Dermexa (COMPANY)']);
    expect(aliases(text)).toEqual(['Centre Hospitalier Universitaire de Toulouse = CHU']);
    expect(actors('Le Centre hospitalier universitaire (CHU) de Nîmes recrute.')).toEqual([
      'Centre hospitalier universitaire de Nîmes (UNIVERSITY_HOSPITAL)',
    ]);
  });

  it('reads an acronym in small letters that abbreviates the long name before it as its alias, one actor', () => {
    const text = "La société Dermexa travaille avec l'Institut national des exemples et de la recherche appliquée (Inexra) depuis 2019.";
    expect(actors(text)).toEqual([
      'Dermexa (COMPANY)',
      'Institut national des exemples et de la recherche appliquée (RESEARCH_ORGANISATION)',
    ]);
    expect(aliases(text)).toEqual(['Institut national des exemples et de la recherche appliquée = Inexra']);
  });

  it('keeps a bracketed word that does not abbreviate the name a place or another name', () => {
    expect(aliases("L'Institut national des exemples et de la recherche appliquée (Montpellier) recrute.")).toEqual([]);
  });
});

describe('sites named by a place adjective', () => {
  it('puts the owner of "l\'usine héraultaise de X" and of "son site gardois" in the département', () => {
    expect(locations("L'usine héraultaise de la société Cardiolex recrute 30 personnes.")).toEqual(['Cardiolex @ Hérault']);
    expect(locations('La société Dermexa agrandit son site gardois.')).toEqual(['Dermexa @ Gard']);
  });

  it('gives no place across a comma or another name', () => {
    expect(locations('La société Dermexa, qui a racheté Cardiolex, ferme son usine gardoise.')).toEqual([]);
  });
});

describe('co-funders of several names', () => {
  it('has each funder joined before a plural funding verb give the amount to the names after it together', () => {
    expect(fundings('La Région Exemplie et Bpifrance financent la société Dermexa et la société Cardiolex à hauteur de 2 M€.')).toEqual([
      'Région Exemplie -> Dermexa+Cardiolex: 2000000',
      'Bpifrance -> Dermexa+Cardiolex: 2000000',
    ]);
  });

  it('gives a total over counted projects to no one of them', () => {
    expect(
      fundings('La Région Exemplie et Bpifrance financent six projets, dont celui de la start-up Dermexa, à hauteur de 2 M€.'),
    ).toEqual([]);
  });
});

describe('figures of "ce projet", "cette usine" after the sentence that names whose they are', () => {
  const figures = (text: string) => ofKind(text, 'FIGURE').map((f) => `${f.subject.name} ${f.metric} ${f.value}`);

  it('gives the jobs of "ce projet" to the subject of the sentence before, not to the funder in its apposition', () => {
    expect(
      figures(
        'La société Dermexa va construire une usine à Alès. Ce projet, soutenu par la Région Exemplie à hauteur de 2 M€, créera 40 emplois.',
      ),
    ).toEqual(['Dermexa JOBS 40']);
    expect(figures('La société Dermexa va construire une usine à Alès. Cette usine emploiera 40 personnes.')).toEqual([
      'Dermexa EMPLOYEES 40',
    ]);
  });

  it('is less sure than a figure stated with its name', () => {
    const through = ofKind('La société Dermexa va construire une usine à Alès. Cette usine emploiera 40 personnes.', 'FIGURE')[0]!;
    const named = ofKind('La société Dermexa emploiera 40 personnes à Alès.', 'FIGURE')[0]!;
    expect(through.confidence).toBeLessThan(named.confidence);
  });
});

describe('shares in brackets after the agents that give them', () => {
  it('makes each agent of "versées par A (1 M€) et par B (2 M€)" the giver of its share, to what the text is about', () => {
    expect(
      fundings(
        "L'incubateur Cap Exemple a coûté 20 M€, incluant des aides versées par l'État (1,1 M€) et par la Région Exemplie (1,13 M€).",
      ),
    ).toEqual(['État -> Cap Exemple: 1100000', 'Région Exemplie -> Cap Exemple: 1130000']);
  });
});

describe('capitalised words an acronym in brackets spells', () => {
  it('reads them as one name with no cue before it, the place after the brackets in it, the acronym an alias', () => {
    const text = 'Cet immeuble est le navire amiral du Business Exemple Center (BEC) de Montpellier, dédié aux start-up.';
    expect(ofKind(text, 'ACTOR').map((a) => a.name)).toEqual(['Business Exemple Center de Montpellier']);
    expect(aliases(text)).toEqual(['Business Exemple Center de Montpellier = BEC']);
  });

  it('reads nothing when the initials do not spell the acronym', () => {
    expect(aliases('Cet immeuble accueille le Grand Exemple Center (XYZ) de Montpellier.')).not.toContain(
      'Grand Exemple Center de Montpellier = XYZ',
    );
  });
});
