import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';

/** The ties proposed for a short text of our own, over an empty graph, as "from -KIND-> to". */
function ties(text: string): string[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.flatMap((p) =>
    p.kind === 'TIE' ? [`${p.from.name} -${p.tieKind}-> ${p.to.name}`] : [],
  );
}

describe('stakes and owners', () => {
  it('reads a stake taken with an aside before "au capital de"', () => {
    expect(ties('Le groupe Vitalyse a signé sa prise de participation, à hauteur de 30 %, au capital de la société Biorama.')).toContain(
      'Vitalyse -HOLDS_SHARES_IN-> Biorama',
    );
  });

  it('makes the one that opens its capital the company held', () => {
    expect(ties('La société Biorama ouvre son capital au groupe Vitalyse.')).toContain('Vitalyse -HOLDS_SHARES_IN-> Biorama');
  });

  it('makes each name an owner holds part of it', () => {
    expect(ties('Le groupe Vitalyse, propriétaire des cliniques Alba et Borea, recrute.')).toEqual(
      expect.arrayContaining(['Clinique Alba -PART_OF-> Vitalyse', 'Clinique Borea -PART_OF-> Vitalyse']),
    );
  });

  it('reads the buyer a sale names after its object', () => {
    expect(ties('Le groupe Vitalyse annonce la vente de la société Biorama au groupe Santexa.')).toContain('Santexa -TOOK_OVER-> Biorama');
  });
});

describe('partners and founders', () => {
  it('reads a partnership qualified by an adjective', () => {
    expect(ties('La société Biorama a signé un partenariat stratégique avec le groupe Vitalyse.')).toContain(
      'Biorama -PARTNERS_WITH-> Vitalyse',
    );
  });

  it('makes the names a group gathers partners when no host is named', () => {
    expect(ties('Un nouveau cercle réunit la société Biorama, le groupe Vitalyse et la société Santexa.')).toEqual(
      expect.arrayContaining([
        'Biorama -PARTNERS_WITH-> Vitalyse',
        'Biorama -PARTNERS_WITH-> Santexa',
        'Vitalyse -PARTNERS_WITH-> Santexa',
      ]),
    );
  });

  it('reads the founders of a nominal creation fronted before the name', () => {
    expect(ties('Depuis sa création par le groupe Vitalyse et la société Biorama, le cluster Santexa a grandi.')).toEqual(
      expect.arrayContaining(['Vitalyse -FOUNDED-> Santexa', 'Biorama -FOUNDED-> Santexa']),
    );
  });

  it('takes the name after a founder set off by commas as the subject', () => {
    expect(ties('Fondée en 2003 par son président, Paul Durand, la société Biorama recrute.')).toContain('Paul Durand -FOUNDED-> Biorama');
  });

  it('does not take a name after a comma for the agent of "par", but a partner of the subject', () => {
    const found = ties('Labellisée par le pôle, en lien avec la société Biorama et la société Santexa, la société Vitalyse grandit.');
    expect(found).not.toContain('Biorama -LABELLED-> Vitalyse');
    expect(found).toEqual(expect.arrayContaining(['Vitalyse -PARTNERS_WITH-> Biorama', 'Vitalyse -PARTNERS_WITH-> Santexa']));
  });
});

describe('groups and their parts', () => {
  it('makes incubators a host is made of part of it, not incubated by it', () => {
    expect(ties("L'incubateur Exemplab, composé des pépinières Alpha et Omega, grandit.")).toEqual(
      expect.arrayContaining(['Alpha -PART_OF-> Exemplab', 'Omega -PART_OF-> Exemplab']),
    );
  });

  it('makes the subsidiary named after "la filiale du groupe" part of the group named before', () => {
    expect(ties('Le groupe Vitalyse agrandit le site de sa filiale, la société Biorama.')).toContain('Biorama -PART_OF-> Vitalyse');
  });

  it('makes the person the one who leads, whichever end the words name first', () => {
    expect(ties('Le pôle Santexa, avec son président Paul Durand, grandit. Paul Durand, président du pôle Santexa, parle.')).not.toContain(
      'Santexa -LEADS-> Paul Durand',
    );
  });
});
