import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';

/** The ties proposed for a short text of our own, over an empty graph, as "from -KIND-> to". */
function ties(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals.flatMap((p) =>
    p.kind === 'TIE' ? [`${p.from.name} -${p.tieKind}-> ${p.to.name}`] : [],
  );
}

describe('a noun opening a sentence as the subject of a passive role (F21ac)', () => {
  it('makes "l\'équipe" the agent of the sentence before, not a name of its apposition', () => {
    expect(
      ties(
        "Le test Vitalis a été mis au point par le laboratoire Biorama, une structure qui associe des chercheurs de la société Santexa. L'équipe est dirigée par le chercheur Paul Exemple.",
      ),
    ).toContain('Paul Exemple -LEADS-> Biorama');
  });

  it('makes "le dossier" the project the sentence before names', () => {
    expect(
      ties("Avec le projet NEUROLIS, la ville de Nîmes obtient un institut. Le dossier est porté par l'Université de Nîmes."),
    ).toContain('Université de Nîmes -CARRIES-> NEUROLIS');
  });

  it('makes "the lab" the organisation the sentence before calls a laboratory', () => {
    expect(
      ties(
        'The Vitalis kit was launched in May by Santexa, with the help of Medilab, a laboratory based in Nîmes. The lab is led by the researcher Paul Example.',
        'en',
      ),
    ).toContain('Paul Example -LEADS-> Medilab');
  });

  it('draws nothing when the sentence before names no organisation', () => {
    expect(
      ties("La société Biorama vend des kits. Le robot séduit les familles. L'équipe est dirigée par le chercheur Paul Exemple.").filter(
        (t) => t.startsWith('Paul Exemple'),
      ),
    ).toEqual([]);
  });
});

describe('an acronym spelled out later (F21ac)', () => {
  it('reads "le centre de recherche en imagerie numérique" as the CRIN named before', () => {
    expect(
      ties(
        'Le CRIN Occitanie ouvre ses portes à Nîmes. Les familles sont invitées. Le centre de recherche en imagerie numérique est dirigé par le chercheur Paul Exemple.',
      ),
    ).toContain('Paul Exemple -LEADS-> CRIN Occitanie');
  });

  it('does not spell an acronym across a verb ("le centre est actif" is no CEA)', () => {
    expect(
      ties('Le CEA Grenoble recrute. Le centre est actif, selon la société Biorama, qui travaille avec la société Santexa.'),
    ).not.toContain('CEA Grenoble -PARTNERS_WITH-> Santexa');
  });
});

describe('incubators the press names after the verb (F21ac)', () => {
  it('reads "hosted in the X accelerator" as incubation, the noun after the name', () => {
    expect(ties('The start-up Medilab sells kits. Since 2019, the company has been hosted in the EXIA accelerator.', 'en')).toContain(
      'Medilab -INCUBATED_BY-> EXIA',
    );
  });

  it('reads each company listed after "Parmi les sociétés passées par l\'incubateur X figurent"', () => {
    const found = ties("Parmi les sociétés passées par l'incubateur Exemplia figurent la société Biorama et la société Vitalyse.");
    expect(found).toEqual(expect.arrayContaining(['Biorama -INCUBATED_BY-> Exemplia', 'Vitalyse -INCUBATED_BY-> Exemplia']));
  });
});

describe('a project put forward by bodies (F21ac)', () => {
  it('reads "a été proposé comme … par A et B" as A and B carrying the project', () => {
    expect(
      ties(
        "Le projet d'institut Neurolis vise le bien vieillir. Neurolis a été proposé comme institut hospitalo-universitaire par le CHU de Nîmes et l'Université de Nîmes.",
      ),
    ).toEqual(expect.arrayContaining(['CHU de Nîmes -CARRIES-> Neurolis', 'Université de Nîmes -CARRIES-> Neurolis']));
  });

  it('does not read an offer made by a body as carrying ("un service est proposé par")', () => {
    expect(
      ties('La société Biorama ouvre un site. Un service est proposé par le CHU de Nîmes.').filter((t) => t.includes('CARRIES')),
    ).toEqual([]);
  });
});

describe('a leader of the organisation "en" stands for (F21ac)', () => {
  it('reads "X en dirige l\'activité" as X leading the organisation the sentence before is about', () => {
    expect(ties("La société Biorama ouvre un site à Nîmes. Paul Exemple en dirige l'activité depuis 2020.")).toContain(
      'Paul Exemple -LEADS-> Biorama',
    );
  });

  it('reads "X en est la présidente" too', () => {
    expect(ties("L'association Santexa fédère les soignants du Gard. Anne Exemple en est la présidente.")).toContain(
      'Anne Exemple -LEADS-> Santexa',
    );
  });

  it('draws no tie from "en" with another verb', () => {
    expect(ties('La société Biorama ouvre un site à Nîmes. Paul Exemple en parle volontiers.').filter((t) => t.includes('LEADS'))).toEqual(
      [],
    );
  });
});
