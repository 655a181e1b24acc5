import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { isStopName, STOP_NAME_CLASSES } from '../../../src/services/ingestion/reading/nameRules';
import { findOrganisations } from '../../../src/services/ingestion/reading/organisations';

/** Rules for names the press writes without a cue noun, on short sentences of our own. */

const sentence = (text: string) => ({ start: 0, end: text.length, text });
const organisations = (text: string) => findOrganisations(sentence(text)).map((o) => o.name);
const named = (text: string) => findOrganisations(sentence(text)).map((o) => [o.name, o.kind ?? null]);
function ofKind<K extends Proposal['kind']>(text: string, kind: K): Extract<Proposal, { kind: K }>[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: K }> => p.kind === kind,
  );
}
const actors = (text: string) => ofKind(text, 'ACTOR').map((a) => a.name);

describe('a name standing as the subject of a verb of the domain', () => {
  it.each([
    ['Zorbatec lève 4 millions pour son usine.', 'Zorbatec'],
    ["Après un an d'essais, Quantilis annonce un accord.", 'Quantilis'],
    ['Moravia Santé rachète un concurrent.', 'Moravia Santé'],
    ["Pelorin s'installe près de la gare.", 'Pelorin'],
    ['Ardanel a développé un capteur.', 'Ardanel'],
    ['Vestrium raised €3m last spring.', 'Vestrium'],
    ['Last week Ordovo acquires a lab.', undefined],
  ])('"%s" names %s', (text, name) => {
    expect(organisations(text)).toEqual(name ? [name] : []);
  });

  it('is proposed as a new actor', () => {
    expect(actors('Zorbatec lève 4 millions pour son usine.')).toEqual(['Zorbatec']);
  });

  it('is not a sentence opener nor a commune', () => {
    expect(actors('Elle annonce un rachat. Nîmes accueille un salon.')).toEqual([]);
  });
});

describe('stylised brand names', () => {
  it.each([
    ['Le capteur de QuinVia mesure le pouls.', 'QuinVia'],
    ['Le logiciel de eMedra trie les dossiers.', 'eMedra'],
    ['Le test de Gen2Scan est rapide.', 'Gen2Scan'],
    ['Le robot de Hi-Bot aide les soignants.', 'Hi-Bot'],
    ['Les essais de Norvatech commencent.', 'Norvatech'],
    ['Les essais de Calibio commencent.', 'Calibio'],
    ['Les essais de Sorimed commencent.', 'Sorimed'],
    ['Les essais de Tolpharma commencent.', 'Tolpharma'],
    ['Le kit de Kerdiag sort en mai.', 'Kerdiag'],
    ['Les lignées de Vantacell grandissent.', 'Vantacell'],
  ])('"%s" names %s', (text, name) => {
    expect(organisations(text)).toEqual([name]);
  });

  it('reads a capitalised name ended by a corporate word, with the kind it says', () => {
    expect(named('Le vaccin de Lumen Therapeutics avance.')).toEqual([['Lumen Therapeutics', 'COMPANY']]);
    expect(named('Le tour est suivi par Garonne Ventures.')).toEqual([['Garonne Ventures', 'FUND']]);
    expect(named('Le tour est suivi par Azur Capital.')).toEqual([['Azur Capital', 'FUND']]);
  });
});

describe('legal forms after a name', () => {
  it.each([
    ['Le contrat lie Ferval SAS et la ville.', 'Ferval'],
    ['Un accord avec Brenner Medizin GmbH est signé.', 'Brenner Medizin'],
    ['The buyer is Coastline Devices Inc. of Ohio.', 'Coastline Devices'],
    ['Le site de Orvale SARL ferme.', 'Orvale'],
  ])('"%s" names %s, without its legal form', (text, name) => {
    expect(named(text)).toEqual([[name, 'COMPANY']]);
  });
});

describe('investors listed after a cue', () => {
  it.each([
    ['La biotech Zorbatec lève 5 M€ auprès de Garonne Ventures et Azur Capital.', ['Garonne Ventures', 'Azur Capital']],
    [
      'La biotech Zorbatec lève 5 M€ aux côtés de Minerve Invest, Sofalis et Caudalie Fonds.',
      ['Minerve Invest', 'Sofalis', 'Caudalie Fonds'],
    ],
    ['La biotech Zorbatec lève 5 M€ dans un tour mené par Perlan et Ostral.', ['Perlan', 'Ostral']],
    ['La biotech Zorbatec lève 5 M€ avec la participation de Perlan et de Ostral.', ['Perlan', 'Ostral']],
    ['The biotech Zorbatec raised €5m in a round led by Perlan and Ostral.', ['Perlan', 'Ostral']],
  ])('"%s": an EQUITY funding from each investor', (text, investors) => {
    const fundings = ofKind(text, 'FUNDING');
    expect(fundings.map((f) => f.funder.name).sort()).toEqual([...investors].sort());
    for (const funding of fundings)
      expect(funding).toMatchObject({ amountEur: 5_000_000, instrument: 'EQUITY', recipients: [{ name: 'Zorbatec' }] });
  });

  it('reads the investors of a fundraising in the sentence after it', () => {
    const fundings = ofKind('La start-up Zorbatec boucle une levée de 7 M€. Le tour est mené par Garonne Ventures et Perlan.', 'FUNDING');
    expect(fundings.map((f) => [f.funder.name, f.amountEur, f.recipients.map((r) => r.name)])).toEqual([
      ['Garonne Ventures', 7_000_000, ['Zorbatec']],
      ['Perlan', 7_000_000, ['Zorbatec']],
    ]);
  });
});

describe('a funding with no recipient in its sentence', () => {
  it('goes to the organisation the document is about, with a lower confidence than one that names it', () => {
    const [funding] = ofKind(
      "La start-up Zorbatec ouvre un site. Zorbatec recrute. La Région Occitanie apporte 2 millions d'euros.",
      'FUNDING',
    );
    const [named] = ofKind("La Région Occitanie apporte 2 millions d'euros à la start-up Zorbatec.", 'FUNDING');
    expect(funding).toMatchObject({ funder: { name: 'Région Occitanie' }, recipients: [{ name: 'Zorbatec' }], amountEur: 2_000_000 });
    expect(funding!.confidence).toBeLessThan(named!.confidence);
  });
});

describe('an acronym in parentheses after a name', () => {
  it('is an ALIAS of the name, not another actor, and names it again further on', () => {
    const text = "L'Institut de Recherche en Exemples (IRE) ouvre. L'IRE recrute dix chercheurs.";
    expect(actors(text)).toEqual(['Institut de Recherche en Exemples']);
    expect(ofKind(text, 'ALIAS')).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ name: 'Institut de Recherche en Exemples' }), alias: 'IRE' }),
    ]);
    expect(ofKind(text, 'FIGURE').map((f) => f.subject.name)).toEqual(['Institut de Recherche en Exemples']);
  });
});

describe('words that are never an organisation alone', () => {
  it.each<[keyof typeof STOP_NAME_CLASSES, string, string]>([
    ['pageFurniture', 'URL', 'URL : la page du site. Publié le 3 mai.'],
    ['months', 'NOVEMBRE', 'NOVEMBRE 2024 : Exemplia recrute.'],
    ['days', 'Jeudi', 'Jeudi dernier, la visite a eu lieu.'],
    ['titles', 'Docteur', 'Le Docteur Martin ouvre son cabinet.'],
    ['openers', 'Ces', 'Ces travaux durent un an.'],
    ['commonNouns', 'Covid', 'La Covid a freiné les essais.'],
    ['commonAcronyms', 'UFR', "L'UFR de médecine ouvre une salle."],
    ['legalForms', 'SAS', 'La SAS est créée en mai.'],
    ['countries', 'Chine', 'La Chine ouvre son marché.'],
    ['unitsAndTradeWords', 'MW', 'Le site consomme 5 MW.'],
  ])('%s: "%s" is a stop name and is not proposed', (stopClass, word, text) => {
    expect(STOP_NAME_CLASSES[stopClass]).toContainEqual(expect.anything());
    expect(isStopName(word)).toBe(true);
    expect(actors(text)).not.toContain(word);
  });

  it('drops "la Région" alone when the document names no region, and keeps it named when it does', () => {
    expect(actors('La Région soutient le projet.')).toEqual([]);
    expect(actors('La Région Occitanie soutient le projet. La Région vote.')).toEqual(['Région Occitanie']);
  });
});
