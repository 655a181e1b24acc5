import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';

/** The ties proposed for a short text of our own, over an empty graph, as "from -KIND-> to". */
function ties(text: string): string[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.flatMap((p) =>
    p.kind === 'TIE' ? [`${p.from.name} -${p.tieKind}-> ${p.to.name}`] : [],
  );
}

describe('a noun standing for a name read in an earlier sentence', () => {
  it('makes "ce nouvel écosystème" the pôle the text is about, and not one more agent of the list before it', () => {
    expect(
      ties(
        'Le pôle Santexa a réuni trois cents personnes à Nîmes. Créé en 2020 et emmené par la société Vitalyse, ce nouvel écosystème fédère les acteurs du soin.',
      ),
    ).toContain('Vitalyse -CARRIES-> Santexa');
  });

  it('makes "la start-up" the company named last when the topic is no company', () => {
    expect(
      ties(
        'Le CHU de Nîmes entre au capital de la start-up Biorama. Cofondatrice de la start-up, la société Vitalyse apporte ses brevets.',
      ),
    ).toContain('Vitalyse -FOUNDED-> Biorama');
  });

  it('does not make "cet établissement" one of the names its own sentence lists', () => {
    expect(
      ties(
        'Le CHU de Nîmes ouvre un institut. Le CHU de Nîmes et la société Biorama se sont associés pour fonder cet établissement il y a dix ans.',
      ),
    ).not.toContain('Biorama -FOUNDED-> CHU de Nîmes');
  });
});

describe('who does what a cue says', () => {
  it('takes the subject of the sentence, not a name completing a noun in a clause between', () => {
    expect(
      ties(
        'Le groupe Vitalyse a ouvert un site à Nîmes. La multinationale a repris les équipes du site de la société Biorama, et a conclu une alliance de cinq ans avec la société Santexa.',
      ),
    ).toContain('Vitalyse -PARTNERS_WITH-> Santexa');
  });

  it('does not read the noun "président" as the verb "préside"', () => {
    expect(ties('La société Biorama, selon le président du groupe Vitalyse, recrute.')).not.toContain('Biorama -LEADS-> Vitalyse');
  });
});
