import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

/** Shapes met on real regional articles (F21ab), in short texts of our own over an empty graph. */
function proposals(text: string, language = 'fr'): Proposal[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals;
}

function ofKind<K extends Proposal['kind']>(text: string, kind: K, language = 'fr'): Extract<Proposal, { kind: K }>[] {
  return proposals(text, language).filter((p): p is Extract<Proposal, { kind: K }> => p.kind === kind);
}

const actors = (text: string, language = 'fr') => ofKind(text, 'ACTOR', language).map((a) => `${a.name} ${a.actorKind}`);
const ties = (text: string, language = 'fr') => ofKind(text, 'TIE', language).map((t) => `${t.from.name} ${t.tieKind} ${t.to.name}`);
const figures = (text: string, language = 'fr') => ofKind(text, 'FIGURE', language).map((f) => `${f.subject.name} ${f.metric} ${f.value}`);
const fundings = (text: string) =>
  ofKind(text, 'FUNDING').map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur}`);

describe('roles', () => {
  it('reads a past role as a person with no tie', () => {
    const text = 'Selon Paul Exemple, ancien président de Testia, le marché change.';
    expect(actors(text)).toEqual(['Paul Exemple PERSON', 'Testia COMPANY']);
    expect(ties(text)).toEqual([]);
  });

  it('reads a person with a past role inside a list of investors as a person', () => {
    const text = 'Testmed a levé 4 M€ auprès de ses actionnaires (Alpha Capital et Paul Exemple, ex-directeur de Testia).';
    expect(actors(text)).toContain('Paul Exemple PERSON');
    expect(actors(text)).not.toContain('Paul Exemple COMPANY');
    expect(ties(text)).not.toContain('Paul Exemple LEADS Testia');
  });

  it('reads "son directeur, X," as the person leading what the text is about', () => {
    expect(ties('La société Exemplia a été créée en 2015. Son directeur, Paul Exemple, veut recruter.')).toEqual([
      'Paul Exemple LEADS Exemplia',
    ]);
    expect(ties('Exemplia a levé 3 M€, revendique son président Jean-Paul Exemple.')).toEqual(['Jean-Paul Exemple LEADS Exemplia']);
  });

  it('reads "maire-président de" and "présidente - associée de" as roles that lead', () => {
    expect(ties('« Le marché repart », se réjouit Paul Exemple, maire-président de la Métropole de Testville.')).toEqual([
      'Paul Exemple LEADS Métropole de Testville',
    ]);
    expect(ties("« Tout avance », analyse Anne Exemple, présidente - associée d'Exemplia Conseil, auprès de La Tribune.")).toEqual([
      'Anne Exemple LEADS Exemplia Conseil',
    ]);
  });

  it('reads an English title after a name as a role, not as an organisation', () => {
    const text = '“It works,” highlights Paul Example, Mayor of Testville and President of Testville Metropole.';
    expect(actors(text, 'en')).toContain('Paul Example PERSON');
    expect(actors(text, 'en').filter((a) => /^(?:Mayor|President)\b/.test(a))).toEqual([]);
  });

  it('keeps the subject before a person speaking for it in a possessive role', () => {
    const text =
      "Exemplia crée à Toulouse une usine. Pour son président, Jean Exemple, la présence d'Aris a aidé. L'usine emploiera 40 personnes.";
    expect(figures(text)).toEqual(['Exemplia EMPLOYEES 40']);
  });
});

describe('words that are no names', () => {
  it('reads no actor from a number written in words opening a sentence', () => {
    const text =
      'C’est une levée record pour la biotech Testmed. Vingt-cinq millions d’euros ont été réunis. La société est installée à Labège.';
    expect(actors(text).filter((a) => a.startsWith('Vingt'))).toEqual([]);
  });

  it('reads no actor from the newspaper a speaker talks to', () => {
    expect(actors("« Le marché repart », analyse Anne Exemple, présidente d'Exemplia Conseil, auprès de La Tribune.")).toEqual([
      'Anne Exemple PERSON',
      'Exemplia Conseil COMPANY',
    ]);
    expect(actors('« Nous recrutons », a-t-il déclaré à La Gazette Testoise.')).toEqual([]);
  });

  it('still reads the investor a sum is raised from', () => {
    expect(fundings('Exemplia a levé 2 M€ auprès de Bpifrance.')).toEqual(['Bpifrance -> Exemplia: 2000000']);
  });

  it('reads no actor from a photo credit', () => {
    expect(actors("Anne Exemple, directrice d'Exemplia (© Paul Photo 2018, DC).")).toEqual(['Anne Exemple PERSON', 'Exemplia COMPANY']);
  });

  it('drops the LP and LLP legal forms from a name', () => {
    expect(actors('Testfund Partners LP et Gamma Capital LLP ont investi dans Exemplia.', 'fr')).not.toContain('LP COMPANY');
    expect(actors('Testfund Partners LP et Gamma Capital LLP ont investi dans Exemplia.').join('|')).not.toMatch(/\bLLP?\b/);
  });

  it('reads no actor from a bare "University Hospital", "Biopole" or a degree', () => {
    const text = 'Paul Example, who holds a PhD in biology, worked at the University Hospital before moving to the Biopole.';
    expect(actors(text, 'en').filter((a) => /^(?:University Hospital|Biopole|PhD)\b/.test(a))).toEqual([]);
  });
});

describe('figures', () => {
  it('gives the amount of a raise to the company named after it, not to who cites it', () => {
    expect(
      figures("Le cabinet Exemplia Conseil cite la levée de fonds de huit millions d'euros de la start-up toulousaine Testmed."),
    ).toEqual(['Testmed FUNDS_RAISED_EUR 8000000']);
  });

  it('reads no count of young companies as the figure of one company listed before it', () => {
    expect(
      figures('Parmi les start-up hébergées figurent Alpha Bio, Beta Bio et Gamma Bio, mais aussi trois start-up venues de Lyon.'),
    ).toEqual([]);
    expect(figures("L'incubateur Testhub héberge 12 start-up.")).toEqual(['Testhub COMPANIES 12']);
  });

  it('reads no staff from an audience', () => {
    expect(figures('The forum of Exemplia took place in Testville with 200 people attending.', 'en')).toEqual([]);
    expect(figures('Les assises, organisées par Exemplia en présence de 400 personnes, ont eu lieu à Toulouse.')).toEqual([]);
  });

  it('still reads the staff a company employs, and a team of researchers', () => {
    expect(figures('Exemplia emploie 200 personnes à Toulouse.')).toEqual(['Exemplia EMPLOYEES 200']);
    expect(figures('Exemplia compte une équipe de 12 chercheurs.')).toEqual(['Exemplia RESEARCHERS 12']);
  });
});

describe('investors listed together', () => {
  it('reads each investor of a bracketed list as giving to the company raising, none as a recipient', () => {
    const text =
      'La biotech Testmed boucle une levée. Vingt-cinq millions d’euros en série B, obtenus auprès de ses investisseurs (Alpha Capital, Gamma Santé / Beta Capital et Delta Investissement).';
    const read = fundings(text);
    expect(read.length).toBeGreaterThan(0);
    for (const line of read) expect(line).toMatch(/ -> Testmed: 25000000$/);
  });
});

describe('sums sought or raised', () => {
  it('reads no funding, no raise and no stake from a donation campaign', () => {
    const text =
      'La fondation Testia Santé a lancé une campagne de levée de fonds de 20 millions d’euros pour renforcer le campus Exemplia. 20 millions d’euros en 5 ans, c’est l’objectif de la collecte.';
    expect(ofKind(text, 'FUNDING')).toEqual([]);
    expect(figures(text)).toEqual([]);
    expect(ties(text)).toEqual([]);
  });

  it('reads an amount "en série B" as raised by what the text is about', () => {
    const text =
      'C’est une levée record pour la biotech Testmed. Trente millions d’euros en série B, obtenus auprès de ses investisseurs (Alpha Capital et Beta Invest).';
    expect(figures(text)).toEqual(['Testmed FUNDS_RAISED_EUR 30000000']);
    expect(fundings(text)).toEqual(['Alpha Capital -> Testmed: 30000000', 'Beta Invest -> Testmed: 30000000']);
  });

  it('reads "en levant" as a raise', () => {
    expect(figures("Testmed a réussi son entrée en bourse en levant cette année 12,5 millions d'euros.")).toEqual([
      'Testmed FUNDS_RAISED_EUR 12500000',
    ]);
  });

  it('reads the head of a region named with a slash before her name', () => {
    expect(ties('La présidente de la Région Occitanie / Pyrénées-Méditerranée Anne Exemple a réagi à cette annonce.')).toEqual([
      'Anne Exemple LEADS Région Occitanie',
    ]);
  });
});
