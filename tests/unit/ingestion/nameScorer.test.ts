import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import { actorCandidatesOfText } from '../../../src/services/ingestion/proposals/propose';
import { scoreCandidate, vouchedByShape } from '../../../src/services/ingestion/proposals/nameScorer';
import { NAME_SCORER } from '../../../src/services/ingestion/proposals/nameScorerWeights';

/** The candidate names of a short text of our own, as the scorer sees them. */
const candidates = (text: string) => actorCandidatesOfText({ text, language: 'fr', names: NO_GRAPH_NAMES });
const actors = (text: string) =>
  proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.filter((p) => p.kind === 'ACTOR');

describe('the candidates of the name scorer', () => {
  it('include a capitalised sequence no rule reads, marked as such', () => {
    const found = candidates('Le dossier a été confié hier à Quarvel Desimo pour la suite.');
    expect(found).toContainEqual(
      expect.objectContaining({ name: 'Quarvel Desimo', features: expect.arrayContaining(['source:sequence']) }),
    );
  });

  it('include the acronym that opens a longer sequence', () => {
    const names = candidates('Le projet réunit aussi ZBTQ Lab pour la suite.').map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['ZBTQ Lab', 'ZBTQ']));
  });

  it('give the first of two acronyms the complement they share', () => {
    expect(candidates('Le projet associe la ZBQ et la QVR du Tarn pour la suite.').map((c) => c.name)).toContain('ZBQ du Tarn');
  });

  it('keep the particles of a surname inside the name', () => {
    expect(candidates('Le dossier a été confié hier à Quarvel Van der Desimo pour la suite.').map((c) => c.name)).toContain(
      'Quarvel Van der Desimo',
    );
  });

  it('include the names the rules read, with their cue words and kind', () => {
    const found = candidates('La start-up Zorbatec lève deux millions.').find((c) => c.name === 'Zorbatec');
    expect(found?.features).toEqual(expect.arrayContaining(['source:rules', 'cue:start-up', 'kind:COMPANY', 'words:1']));
  });

  it('count how many sentences name the same candidate', () => {
    const found = candidates('La start-up Zorbatec recrute. Zorbatec vise Lyon. Zorbatec signe aussi.').find((c) => c.name === 'Zorbatec');
    expect(found?.features).toContain('mentions:3');
  });

  it('never hold a word of the name itself among their features', () => {
    for (const { features } of candidates('La start-up Zorbatec et la société Quarvel Desimo signent.'))
      expect(features.filter((f) => /zorbatec|quarvel|desimo/i.test(f))).toEqual([]);
  });
});

describe('the scores', () => {
  it('are the logistic of the summed weights of the features', () => {
    const weights = { threshold: 0.5, weights: { bias: 1, 'shape:digit': -1, 'words:1': 2 } };
    expect(scoreCandidate(['bias', 'shape:digit'], weights)).toBeCloseTo(0.5);
    expect(scoreCandidate(['bias', 'words:1'], weights)).toBeCloseTo(1 / (1 + Math.exp(-3)));
    expect(scoreCandidate(['unknown'], weights)).toBeCloseTo(0.5);
  });

  it('give a name the rules read its proposal confidence, and keep it proposed whatever the score', () => {
    const [actor] = actors('La start-up Zorbatec lève deux millions.');
    const features = candidates('La start-up Zorbatec lève deux millions.').find((c) => c.name === 'Zorbatec')!.features;
    expect(actor).toEqual(expect.objectContaining({ name: 'Zorbatec', confidence: Math.round(scoreCandidate(features) * 100) / 100 }));
  });

  it('propose a capitalised sequence no rule reads only from the fitted threshold', () => {
    const text = 'Le dossier a été confié hier à Quarvel Desimo pour la suite.';
    const features = candidates(text).find((c) => c.name === 'Quarvel Desimo')!.features;
    const proposed = actors(text).some((a) => a.name === 'Quarvel Desimo');
    expect(proposed).toBe(scoreCandidate(features) >= NAME_SCORER.threshold);
  });

  it('propose a capitalised sequence the document repeats in three sentences, whatever its score', () => {
    const text =
      'Le rapport cite Quarvel Desimo dès la première page. La presse reprend Quarvel Desimo ensuite. Le jury salue Quarvel Desimo aussi.';
    const features = candidates(text).find((c) => c.name === 'Quarvel Desimo')!.features;
    expect(scoreCandidate(features)).toBeLessThan(NAME_SCORER.threshold);
    expect(actors(text).map((a) => a.name)).toContain('Quarvel Desimo');
  });

  it('never propose a place for being repeated', () => {
    const text =
      'Le rapport cite Montpellier dès la première page. La presse reprend Montpellier ensuite. Le jury salue Montpellier aussi.';
    expect(actors(text).map((a) => a.name)).not.toContain('Montpellier');
  });

  it('let a one-word name with a trade ending vouch for itself, unless it is a place', () => {
    expect(vouchedByShape(new Set(['bias', 'source:sequence', 'shape:brand end', 'mentions:1']))).toBe(true);
    expect(vouchedByShape(new Set(['bias', 'source:sequence', 'shape:brand end', 'place:is a place']))).toBe(false);
    expect(vouchedByShape(new Set(['bias', 'source:sequence', 'mentions:2']))).toBe(false);
  });
});
