import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

/** Shapes met on real regional articles (F21t, third round), in short texts of our own over an empty graph. */
function proposals(text: string, language = 'fr'): Proposal[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals;
}

function ofKind<K extends Proposal['kind']>(text: string, kind: K): Extract<Proposal, { kind: K }>[] {
  return proposals(text).filter((p): p is Extract<Proposal, { kind: K }> => p.kind === kind);
}

const figures = (text: string) => ofKind(text, 'FIGURE').map((f) => `${f.subject.name} ${f.metric} ${f.value} ${f.qualifier}`);
const fundings = (text: string) =>
  ofKind(text, 'FUNDING').map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur}`);
const ties = (text: string) => ofKind(text, 'TIE').map((t) => `${t.from.name} ${t.tieKind} ${t.to.name}`);
const actors = (text: string) => ofKind(text, 'ACTOR').map((a) => `${a.name} ${a.actorKind}`);

describe('a person with capitalised titles', () => {
  it('reads two titles joined by "et" as the roles of one person, not as organisations', () => {
    const text = 'Selon Paul Exemple, Directeur Général Adjoint et Directeur Recherche et Innovation du CHU de Nîmes, tout avance.';
    expect(actors(text)).toEqual(['Paul Exemple PERSON', 'CHU de Nîmes UNIVERSITY_HOSPITAL']);
    expect(ties(text)).toEqual(['Paul Exemple LEADS CHU de Nîmes']);
  });

  it('reads a prefect as a person, with no tie to the département', () => {
    const text = 'La visite a eu lieu en présence de Jean Exemple, Préfet du Gard, et des élus.';
    expect(actors(text)).toEqual(['Jean Exemple PERSON']);
    expect(ties(text)).toEqual([]);
  });

  it('reads "et président de la X Y" after a person as a second role, not as a person named Y', () => {
    const text = "« Il faut aller vite », commente Paul Exemple, PDG de l'entreprise Exemplia et président de la French Tech Exemple.";
    expect(actors(text)).not.toContain('Tech Exemple PERSON');
    // The second role is read with its own organisation (R12's cause 1: two titles joined by "et").
    expect(ties(text)).toEqual(['Paul Exemple LEADS Exemplia', 'Paul Exemple LEADS French Tech Exemple']);
  });

  it('reads in English the organisation, its role, then the name, and "general director of"', () => {
    const text = 'Led by MBA president Dr. Paul Example, the round table included Anne Example (general director of the Montpellier CHU).';
    expect(
      proposeFacts({ document: prepareDocument({ text, language: 'en' }), names: NO_GRAPH_NAMES })
        .proposals.filter((p) => p.kind === 'TIE')
        .map((t) => (t.kind === 'TIE' ? `${t.from.name} ${t.tieKind} ${t.to.name}` : '')),
    ).toEqual(['Paul Example LEADS MBA', 'Anne Example LEADS CHU de Montpellier']);
  });

  it('keeps the whole name of the organisation a role names when a shorter one was read inside it', () => {
    expect(ties("La société a été rachetée par Paul Exemple, fondateur et PDG d'Exa Diagnostics, un groupe basé à Londres.")).toEqual([
      'Paul Exemple FOUNDED Exa Diagnostics',
    ]);
  });
});

describe('takeovers', () => {
  it('reads no takeover a conditional only envisages', () => {
    expect(ties('Le laboratoire Exemplab pourrait être racheté par le groupe Testco.')).toEqual([]);
  });

  it('reads the buyer after a dated aside in a passive, and no funding from the price', () => {
    const text = "Le groupe Testco a été racheté, l'an passé, par le fonds d'investissement Fundix (pour 1,2 milliard d'euros).";
    // A fund that buys a company holds it; the company does not become part of the fund (R12's cause 26).
    expect(ties(text)).toEqual(['Fundix TOOK_OVER Testco']);
    expect(fundings(text)).toEqual([]);
  });

  it.each([
    'Le groupe Alphalab met la main sur le laboratoire Betalab.',
    'Le groupe Alphalab prend possession du laboratoire Betalab.',
    "Alphalab s'empare de Betalab.",
  ])('reads the press verbs of a takeover: %s', (text) => {
    expect(ties(text)).toEqual(['Alphalab TOOK_OVER Betalab', 'Betalab PART_OF Alphalab']);
  });

  it('gives no funding for the price of an acquisition', () => {
    expect(
      fundings(
        "Le groupe Alphamed a acquis 59 % du capital de Betamed. En plus de cette opération de quelque 70 millions d'euros, Alphamed a acquis ses obligations.",
      ),
    ).toEqual([]);
  });

  it('still reads a grant in a sentence about a site taken over', () => {
    expect(fundings("La Région Exemplie accorde une subvention de 2 millions d'euros à Betamed pour la reprise du site.")).toEqual([
      'Région Exemplie -> Betamed: 2000000',
    ]);
  });
});

describe('partners', () => {
  it('reads the names after "et ses partenaires, dont" as partners of the first, a bare head standing for its full name', () => {
    const text =
      "Le CHU de Nîmes innove. Le projet a été présenté par le CHU et ses partenaires institutionnels, dont l'Université de Nîmes et la Région Occitanie.";
    expect(ties(text)).toEqual(['CHU de Nîmes PARTNERS_WITH Université de Nîmes', 'CHU de Nîmes PARTNERS_WITH Région Occitanie']);
  });

  it('reads "ont uni leurs forces" as a partnership, not the present of a headline', () => {
    expect(ties("L'Université de Nîmes et le CHU de Nîmes ont uni leurs forces pour la recherche.")).toEqual([
      'Université de Nîmes PARTNERS_WITH CHU de Nîmes',
    ]);
    expect(ties('Exemplia et Testco unissent leurs forces')).toEqual([]);
  });
});

describe('raises hoped for and commercial agencies', () => {
  it('reads a raise a company is about to make as its target figure', () => {
    expect(figures("La biotech toulousaine Exemplia s'apprête à lever 15 millions d'euros.")).toEqual([
      'Exemplia FUNDS_RAISED_EUR 15000000 TARGET',
    ]);
  });

  it('gives a hoped-for raise to the subject referred back to, not to the name in its complement, and takes no investor from the next sentence', () => {
    const text =
      "La société Exemplia a été fondée à Albi. Cette spin-off du CNRS espère lever 1,8 million d'euros. Elle a lancé une campagne auprès de Crowdix Company.";
    expect(figures(text)).toEqual(['Exemplia FUNDS_RAISED_EUR 1800000 TARGET']);
    expect(fundings(text)).toEqual([]);
  });

  it('reads a marketing agency as a company, which receives what it raises', () => {
    const text = "Dans ce classement : l'agence de marketing digital Exemplia (25 millions d'euros auprès de Fundix Capital).";
    expect(actors(text)).toContain('Exemplia COMPANY');
    expect(fundings(text)).toEqual(['Fundix Capital -> Exemplia: 25000000']);
  });
});
