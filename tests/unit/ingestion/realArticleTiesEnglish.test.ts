import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

/** Ties real articles state in English and French that the rules still missed (R12's causes left), in short texts of our own. */
function ties(text: string): string[] {
  return proposeFacts({ document: prepareDocument({ text }), names: NO_GRAPH_NAMES })
    .proposals.filter((p): p is Extract<Proposal, { kind: 'TIE' }> => p.kind === 'TIE')
    .map((t) => `${t.from.name} ${t.tieKind} ${t.to.name}`);
}

describe('an agreement signed by a leader named by a fronted title and a pronoun', () => {
  it('gives the agreement to the organisation of the title ("Directrice de X, elle signe un accord avec A, B et C")', () => {
    const text =
      "Directrice générale du groupe lyonnais Novalis, elle signe (le 3 mai) un accord cadre avec le Centre Kappa de Lunel, l'Institut Orion et le CHU de Lunel.";
    expect(ties(text)).toEqual(
      expect.arrayContaining([
        'Novalis PARTNERS_WITH Centre Kappa de Lunel',
        'Novalis PARTNERS_WITH Institut Orion',
        'Novalis PARTNERS_WITH CHU de Lunel',
      ]),
    );
  });

  it('reads the same in English ("As CEO of X, she signed an agreement with A and B")', () => {
    expect(ties('As CEO of Delta Biotech, she signed an agreement with the Vega Institute and the Orion Center.')).toEqual(
      expect.arrayContaining(['Delta Biotech PARTNERS_WITH Vega Institute', 'Delta Biotech PARTNERS_WITH Orion Center']),
    );
  });

  it('reads no partnership when the pronoun signs no agreement', () => {
    expect(ties("Directeur du groupe Novalis, il signe les statuts avec l'aide de la Banque Kappa.")).not.toContain(
      'Novalis PARTNERS_WITH Banque Kappa',
    );
  });
});

describe('names that sign together past an apposition that describes the last one', () => {
  it('reads "A and B, a national centre of …, signed a partnership" as A and B partners', () => {
    const text =
      'On March 3, two Lyra-based institutes, the Kappa Institute and the Vega Institute, a national center of expertise in imaging, signed a partnership on robotics.';
    expect(ties(text)).toContain('Kappa Institute PARTNERS_WITH Vega Institute');
  });

  it('reads the French "A et B, un acteur de …, signent une convention"', () => {
    expect(ties("Le CHU de Lunel et l'Institut Vega, un acteur majeur de l'imagerie, signent une convention.")).toContain(
      'CHU de Lunel PARTNERS_WITH Institut Vega',
    );
  });

  it('reads no partnership with the parent named inside the apposition of a single signer', () => {
    const found = ties("L'Institut Vega, une filiale du groupe Novalis, signe un accord avec l'Université de Lyra.");
    expect(found).toContain('Institut Vega PARTNERS_WITH Université de Lyra');
    expect(found).not.toContain('Institut Vega PARTNERS_WITH Novalis');
  });
});
