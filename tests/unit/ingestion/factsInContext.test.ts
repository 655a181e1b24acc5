import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { findAmounts } from '../../../src/services/ingestion/reading/money';

/** The proposals of one kind for a short text of our own, over an empty graph. */
function ofKind<K extends Proposal['kind']>(text: string, kind: K): Extract<Proposal, { kind: K }>[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: K }> => p.kind === kind,
  );
}
const ties = (text: string) => ofKind(text, 'TIE').map((t) => `${t.from.name} -${t.tieKind}-> ${t.to.name}`);
const figures = (text: string) => ofKind(text, 'FIGURE').map((f) => `${f.subject.name} ${f.metric} ${f.value}`);
const places = (text: string) => ofKind(text, 'LOCATION').map((l) => `${l.actor.name} @ ${l.place.name}`);

describe('countries', () => {
  it('places a company in the country its nationality adjective names', () => {
    expect(places('Le groupe américain Exemplor ouvre un bureau.')).toContain('Exemplor @ États-Unis');
    expect(places('La société Vitalyse signe avec le fonds suisse Alpaga Capital.')).toContain('Alpaga Capital @ Suisse');
  });

  it('reads France from "le français X" as the same place as the State', () => {
    expect(places('Le français Clinora rachète deux cliniques.')).toContain('Clinora @ France');
  });

  it('places a company in a country named after a location cue', () => {
    expect(places("L'entreprise Vitalyse, basée en Allemagne, ouvre un site.")).toContain('Vitalyse @ Allemagne');
  });

  it('does not place a company by the nationality of the subsidiaries it owns', () => {
    expect(places('La société Vitalyse grandit. Les filiales américaines de Vitalyse recrutent.')).not.toContain('Vitalyse @ États-Unis');
  });
});

describe('what "la société" and "elle" stand for', () => {
  const story = 'La start-up Vitalyse conçoit des capteurs. ';

  it('gives the figures of "la société" to what the document is about', () => {
    expect(figures(`${story}Aujourd'hui, la société emploie 40 salariés.`)).toContain('Vitalyse EMPLOYEES 40');
  });

  it('gives the ties of "elle" opening a sentence to what the document is about', () => {
    expect(ties(`${story}Elle a été rachetée par le groupe Exemplor.`)).toContain('Exemplor -TOOK_OVER-> Vitalyse');
  });

  it('reads "la société X" as the cue of X, not as what the document is about', () => {
    const said = ties(`${story}Le groupe Exemplor a racheté la société Capteo.`);
    expect(said).toContain('Exemplor -TOOK_OVER-> Capteo');
    expect(said).not.toContain('Exemplor -TOOK_OVER-> Vitalyse');
  });
});

describe('takeovers and shareholders', () => {
  it('makes the company a group took over part of that group', () => {
    expect(ties('Le groupe Exemplor a racheté la société Vitalyse.')).toEqual(
      expect.arrayContaining(['Exemplor -TOOK_OVER-> Vitalyse', 'Vitalyse -PART_OF-> Exemplor']),
    );
  });

  it('gives each investor listed after "investisseurs … :" shares in the company', () => {
    expect(ties('La société Vitalyse a levé des fonds auprès de ses investisseurs historiques : Alpaga Capital et Bravo Invest.')).toEqual(
      expect.arrayContaining(['Alpaga Capital -HOLDS_SHARES_IN-> Vitalyse', 'Bravo Invest -HOLDS_SHARES_IN-> Vitalyse']),
    );
  });
});

describe('new companies and amounts with a scale', () => {
  it('counts companies followed by "créées" as new companies', () => {
    expect(figures("L'incubateur Pépinor a accompagné 50 projets et 20 start-up créées.")).toContain('Pépinor NEW_COMPANIES 20');
  });

  it('reads a comma before a scale word as the decimal mark', () => {
    const text = 'Les entreprises ont levé 1,234 Md€.';
    expect(findAmounts({ start: 0, end: text.length, text }).map((a) => a.amountEur)).toEqual([1234000000]);
  });
});

describe('places stated by the shape of a sentence', () => {
  it('places the first organisation after a fronted place', () => {
    expect(places("À Albi, l'institut Vitalis teste des implants.")).toContain('Vitalis @ Albi');
  });

  it('places a company by the place adjective of its description after the name', () => {
    expect(places('Capteo, une société montpelliéraine, recrute.')).toContain('Capteo @ Montpellier');
  });

  it('places every company of a list after a plural place adjective', () => {
    expect(places('Des start-up toulousaines comme Capteo, Vitalyse et Medora exposent.')).toEqual(
      expect.arrayContaining(['Capteo @ Toulouse', 'Vitalyse @ Toulouse', 'Medora @ Toulouse']),
    );
  });

  it('places a company named after an English cue noun with a city before it', () => {
    expect(places('The Montpellier company Capteo makes sensors.')).toContain('Capteo @ Montpellier');
  });
});
