import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { readDocument } from '../../../src/services/ingestion/reading/document';
import { mentionsOf } from '../../../src/services/ingestion/proposals/mentions';
import { withAnaphora } from '../../../src/services/ingestion/proposals/anaphora';
import { documentSubject } from '../../../src/services/ingestion/proposals/subject';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';

/** The ties proposed for a short text of our own, over an empty graph, as "from -KIND-> to". */
function ties(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals.flatMap((p) =>
    p.kind === 'TIE' ? [`${p.from.name} -${p.tieKind}-> ${p.to.name}`] : [],
  );
}

describe('a unit formed by the teams of its tutelles (F21ad)', () => {
  it('reads "formé par des équipes de A, B et C" as A, B and C carrying the unit, not founding it', () => {
    const found = ties("Le laboratoire Biorama, formé par des équipes de l'Université de Nîmes, du CNRS et de l'Inserm, étudie le sang.");
    expect(found).toEqual(
      expect.arrayContaining(['Université de Nîmes -CARRIES-> Biorama', 'CNRS -CARRIES-> Biorama', 'Inserm -CARRIES-> Biorama']),
    );
    expect(found.filter((t) => t.includes('-FOUNDED->'))).toEqual([]);
  });

  it('still reads a body that formed a company as its founder', () => {
    expect(ties('La société Santexa a été formée en 2019 par Medilab.')).toContain('Medilab -FOUNDED-> Santexa');
  });

  it('does not make an organisation the founder of a company its researchers founded', () => {
    expect(ties('La société Santexa, fondée par des chercheurs du CNRS, vend des kits.')).not.toContain('CNRS -FOUNDED-> Santexa');
  });
});

describe('a body called by its noun and the adjective of its town (F21ad)', () => {
  it('reads "la pépinière toulousaine" as the centre named before, which incubates the companies it hosts', () => {
    expect(
      ties(
        "Le Centre Jean Exemple, créé en 2004, associe une pépinière d'entreprises et des laboratoires. Aujourd'hui, la pépinière toulousaine héberge Santexa, Medilab et Vitalix.",
      ),
    ).toEqual(
      expect.arrayContaining([
        'Santexa -INCUBATED_BY-> Centre Jean Exemple',
        'Medilab -INCUBATED_BY-> Centre Jean Exemple',
        'Vitalix -INCUBATED_BY-> Centre Jean Exemple',
      ]),
    );
  });

  it('reads "the Nîmes-based incubator" as the one organisation named with that noun, not the last one named', () => {
    const found = ties(
      'The Nîmes-based incubator Biopark opened in May. The Medilab Institute joined the project. Today the Nîmes-based incubator hosts the companies Santexa and Vitalix.',
      'en',
    );
    expect(found.some((t) => t.startsWith('Santexa') && t.endsWith('Biopark'))).toBe(true);
    expect(found.filter((t) => t.endsWith('Medilab Institute'))).toEqual([]);
  });

  it('does not call an institute named before an incubator', () => {
    expect(
      ties('The Medilab Institute opened in May. Today the Nîmes-based incubator hosts the companies Santexa and Vitalix.', 'en').filter(
        (t) => t.endsWith('Medilab Institute'),
      ),
    ).toEqual([]);
  });

  it('stands for nothing in a headline, before any name', () => {
    expect(ties('Start-up : la pépinière toulousaine héberge les sociétés Santexa et Medilab.')).toEqual([]);
  });
});

describe('members listed after a sentence that counts them (F21ad)', () => {
  it('makes them members of the body that counts them, not of a tutelle of the fronted phrase', () => {
    const found = ties(
      "Sous la tutelle du CNRS et de l'Inserm, le laboratoire Biorama compte 40 membres. On y trouve les sociétés Santexa et Medilab.",
    );
    expect(found).toEqual(expect.arrayContaining(['Santexa -MEMBER_OF-> Biorama', 'Medilab -MEMBER_OF-> Biorama']));
    expect(found.filter((t) => t.endsWith('-> CNRS'))).toEqual([]);
  });

  it('keeps the first organisation of that sentence when a comma parts the counting verb from the name before it', () => {
    expect(
      ties('Le laboratoire Biorama, placé sous la tutelle du CNRS, réunit 40 membres. On y trouve les sociétés Santexa et Medilab.'),
    ).toEqual(expect.arrayContaining(['Santexa -MEMBER_OF-> Biorama', 'Medilab -MEMBER_OF-> Biorama']));
  });
});

describe('what a document is about, with nouns standing for names (F21ad)', () => {
  const subjectOf = (text: string) => documentSubject(withAnaphora(mentionsOf(readDocument(text, 'fr').sentences, NO_GRAPH_NAMES)))?.name;

  it('counts a noun standing for a name half: two names beat one name and a noun', () => {
    expect(
      subjectOf(
        "Le laboratoire Medilab lance une usine. La société Santexa y entre. La société Santexa recrute. Le laboratoire agenais s'engage.",
      ),
    ).toBe('Santexa');
  });

  it('counts a pronoun whole: it carries the story on', () => {
    expect(
      subjectOf('La société Santexa lance une usine. Elle recrute. Elle exporte. La société Medilab vend. La société Medilab achète.'),
    ).toBe('Santexa');
  });
});

describe('a fronted participle and the subject right after it (F21ad)', () => {
  it('does not make a name after the verb the one led ("Présidée par X, la SATT a vu entrer … la Région")', () => {
    expect(
      ties('Présidée par Paul Exemple, la SATT a vu entrer à son capital la Région Occitanie et la société Santexa.').filter((t) =>
        t.startsWith('Paul Exemple'),
      ),
    ).toEqual([]);
  });

  it('still reads a subject named right after the clause, behind a few words', () => {
    expect(ties('Dirigée par Paul Exemple, la jeune pousse nîmoise Santexa recrute.')).toContain('Paul Exemple -LEADS-> Santexa');
  });
});

describe('a date opening the sentence before its subject (F21ad)', () => {
  const actors = (text: string) =>
    proposeFacts({ document: prepareDocument({ text, language: 'en' }), names: NO_GRAPH_NAMES }).proposals.flatMap((p) =>
      p.kind === 'ACTOR' ? [p.name] : [],
    );

  it('reads "In September 2021 Santexa raised" as Santexa, not "September 2021 Santexa"', () => {
    const names = actors('Santexa sells kits to clinics. In September 2021 Santexa raised €10m from investors.');
    expect(names).toContain('Santexa');
    expect(names.filter((n) => /2021/.test(n))).toEqual([]);
  });
});

describe('shares bought from their holders (F21ad)', () => {
  it('does not make the sellers of shares taken over ("bought the securities held by A", "a racheté les actions détenues par A")', () => {
    const taken = (t: string) => t.includes('-TOOK_OVER->') || t.includes('-PART_OF->');
    expect(ties('Medigroup SA bought the securities held by shareholders Alpha Capital and Beta Partners.', 'en').filter(taken)).toEqual(
      [],
    );
    expect(ties('Le groupe Santexa a racheté les actions détenues par la société Vitalix.').filter(taken)).toEqual([]);
  });

  it('still reads a company bought as taken over', () => {
    expect(ties('Le groupe Santexa a racheté la société Vitalix en 2019.')).toContain('Santexa -TOOK_OVER-> Vitalix');
  });
});
