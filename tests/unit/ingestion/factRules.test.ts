import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

/** The proposals of one kind for a short text of our own, over an empty graph. */
function ofKind<K extends Proposal['kind']>(text: string, kind: K): Extract<Proposal, { kind: K }>[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: K }> => p.kind === kind,
  );
}
const fundings = (text: string) =>
  ofKind(text, 'FUNDING').map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur}`);
const ties = (text: string) => ofKind(text, 'TIE').map((t) => `${t.from.name} -${t.tieKind}-> ${t.to.name}`);
const places = (text: string) => ofKind(text, 'LOCATION').map((l) => `${l.actor.name} @ ${l.place.name}`);

describe('fundings: who gives which amount', () => {
  it('gives each share of a split sum to the funder named just before it, and not the total', () => {
    expect(
      fundings(
        "Le reste, 12 M€, est pris en charge par l'État pour 8 M€, la Région Occitanie, pour 3 M€, et la Métropole de Montpellier, pour 1 M€. La société Vitalyse s'en félicite.",
      ),
    ).toEqual(['État -> Vitalyse: 8000000', 'Région Occitanie -> Vitalyse: 3000000', 'Métropole de Montpellier -> Vitalyse: 1000000']);
  });

  it('takes the share funded, not the total cost of the project', () => {
    expect(fundings('Le projet de la société Vitalyse, d’un coût de 28 M€, est soutenu par la Région Occitanie, soit 4,2 M€.')).toEqual([
      'Région Occitanie -> Vitalyse: 4200000',
    ]);
  });

  it('gives a loan to the lender its noun names, not to the public authority of the sentence', () => {
    expect(fundings("La Région Occitanie salue le prêt de la BEI à la société Vitalyse, à hauteur de 9 millions d'euros.")).toEqual([
      'BEI -> Vitalyse: 9000000',
    ]);
  });

  it('gives an amount to the funder named right after it', () => {
    expect(
      fundings(
        "La société Vitalyse a bénéficié de 4 millions d'euros de l'État et d'une enveloppe de 1 million d'euros de la Région Occitanie.",
      ),
    ).toEqual(['État -> Vitalyse: 4000000', 'Région Occitanie -> Vitalyse: 1000000']);
  });

  it('reads the investors a fundraising puts around the table, or lists after a colon in the next sentence', () => {
    expect(
      fundings('La levée de fonds de 15 M€ réalisée par la société Vitalyse a mis autour de la table Bpifrance et Biomedia Capital.'),
    ).toEqual(['Bpifrance -> Vitalyse: 15000000', 'Biomedia Capital -> Vitalyse: 15000000']);
    expect(fundings('La société Vitalyse lève 5 M€. Ses investisseurs historiques : Bpifrance et Biomedia Capital.')).toEqual([
      'Bpifrance -> Vitalyse: 5000000',
      'Biomedia Capital -> Vitalyse: 5000000',
    ]);
  });

  it('reads the investor a sentence says entered the capital during a fundraising', () => {
    expect(
      fundings("Cette alliance suit l'entrée de Biomedia Capital au capital de la société Vitalyse lors de sa levée de 6 M€."),
    ).toEqual(['Biomedia Capital -> Vitalyse: 6000000']);
  });

  it('gives what a pronoun received to what the document is about, not to the names after the amount', () => {
    expect(
      fundings(
        'La société Vitalyse ouvre un site. Elle a ainsi reçu 3 M€ de subventions de la Région Occitanie et est placée sous la tutelle du CNRS.',
      ),
    ).toEqual(['Région Occitanie -> Vitalyse: 3000000']);
  });
});

describe('figures: whose figure it is', () => {
  it("gives a figure stated by a person in a role to the role's organisation", () => {
    expect(
      ofKind("Paul Martin, président de l'association Biomedia, compte 320 entreprises adhérentes.", 'FIGURE').map(
        (f) => `${f.subject.name} ${f.metric} ${f.value}`,
      ),
    ).toEqual(['Biomedia COMPANIES 320']);
  });
});

describe('locations: where an actor is', () => {
  it('does not locate a company where the people of one of its sites are', () => {
    expect(places('Les salariés toulousains de la société Vitalyse manifestent.')).toEqual([]);
  });

  it('prefers the commune a text states to the city of a place adjective', () => {
    expect(places('La société toulousaine Vitalyse grandit. La société Vitalyse à Labège recrute.')).toEqual(['Vitalyse @ Labège']);
  });
});

describe('ties: who does what', () => {
  it('does not take a planned partnership for one', () => {
    expect(ties('La société Vitalyse devrait signer un partenariat avec le CHU de Nîmes.')).toEqual([]);
  });

  it('does not make the company a founder sold his first one to the founder of his next one', () => {
    expect(ties('Après avoir cédé sa société au groupe Medilab, il a fondé la start-up Vitalyse.')).toEqual([]);
  });

  it("does not make a founder's former employer the founder", () => {
    expect(ties('Ancien cadre de la société Medilab, le docteur a fondé la start-up Vitalyse.')).toEqual([]);
  });

  it('reads "accompagnée par" an incubator as incubation, and not when a bank accompanies', () => {
    expect(ties("L'incubateur Incubalia ouvre un site. La start-up Vitalyse est accompagnée depuis 2023 par Incubalia.")).toEqual([
      'Vitalyse -INCUBATED_BY-> Incubalia',
    ]);
    expect(ties('La start-up Vitalyse est accompagnée par Bpifrance.')).toEqual([]);
  });
});
