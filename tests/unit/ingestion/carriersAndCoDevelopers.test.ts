import { actors, ties } from '../../support/ingestionOfOurText';

/** Ties of the sixth rewritten set's shapes (helper F21u), in short texts of our own. */

describe('a project presented by counted bearers listed after a colon', () => {
  it('makes each listed bearer carry the project (French and English)', () => {
    expect(
      ties(
        "L'institut Helios, un projet consacré au sommeil, avait été présenté comme IHU par trois partenaires : le CHU de Nîmes, l'Inserm et le CNRS.",
      ),
    ).toEqual(expect.arrayContaining(['CHU de Nîmes -CARRIES-> Helios', 'Inserm -CARRIES-> Helios', 'CNRS -CARRIES-> Helios']));
    expect(
      ties(
        'The Orion Institute, a planned research centre on ageing, was put forward by two partners: the CNRS and the biotech Cardiolex.',
        'en',
      ),
    ).toEqual(expect.arrayContaining(['CNRS -CARRIES-> Orion Institute', 'Cardiolex -CARRIES-> Orion Institute']));
  });

  it('needs the count and the colon: bearers named otherwise are read by the other cues', () => {
    expect(ties("L'institut Helios, un projet consacré au sommeil, a été présenté lors d'un colloque par le CHU de Nîmes.")).toEqual([]);
  });
});

describe('something developed together with an organisation', () => {
  it('makes the developer and that organisation partners', () => {
    expect(ties('La start-up Dermexa a présenté Lumio, un capteur mis au point avec le laboratoire Cardiolex.')).toContain(
      'Dermexa -PARTNERS_WITH-> Cardiolex',
    );
    expect(
      ties(
        "The biotech Genovexa has a drug on the market. Zelta, Genovexa's treatment for asthma, was developed with Cardiolex Pharma.",
        'en',
      ),
    ).toContain('Genovexa -PARTNERS_WITH-> Cardiolex Pharma');
  });

  it('reads no partner in support or funding given for the development', () => {
    expect(ties('La start-up Dermexa a présenté un capteur développé avec le soutien de la Région Occitanie.')).not.toEqual(
      expect.arrayContaining([expect.stringContaining('PARTNERS_WITH')]),
    );
  });
});

describe('people who lead an organisation, in English, after a role', () => {
  it('reads "run by its chief executive, X" and "led by the biologist X" said of a noun standing for the name', () => {
    expect(ties('The Toulouse company Dermexa makes sensors. The company is run by its chief executive, Marie Dufresne.', 'en')).toContain(
      'Marie Dufresne -LEADS-> Dermexa',
    );
    expect(ties('The biotech Genovexa makes sensors. Genovexa is led by its managing director, Paul Lambert.', 'en')).toContain(
      'Paul Lambert -LEADS-> Genovexa',
    );
  });

  it('keeps the organisation the doer of the main verb when the person leads it in an apposition', () => {
    const read = ties(
      'In 2019, Medexa, the hospital group based in Nimes and chaired by Jean Valmont, completed the acquisition of the Clinique des Pins.',
      'en',
    );
    expect(read).toEqual(
      expect.arrayContaining([
        'Jean Valmont -LEADS-> Medexa',
        'Medexa -TOOK_OVER-> Clinique des Pins',
        'Clinique des Pins -PART_OF-> Medexa',
      ]),
    );
    expect(read).not.toContain('Clinique des Pins -LEADS-> Medexa');
  });
});

describe('words that are no names', () => {
  it('reads no actor in a nationality adjective or a sea', () => {
    const read = actors(
      'The biotech company Dermexa relies on the biotech Cardiolex, an American laboratory, to work across the Atlantic.',
      'en',
    );
    expect(read).toContain('Cardiolex');
    expect(read).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:American|Atlantic)$/)]));
  });

  it('reads a commune after "in" then "by" as where, not as a brand ("in Montpellier by X")', () => {
    const read = actors('The saliva test was developed in Montpellier by Genovexa, a laboratory.', 'en');
    expect(read).toContain('Genovexa');
    expect(read).not.toContain('Montpellier by Genovexa');
  });
});
