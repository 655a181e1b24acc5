import { htmlToText, readDocument } from '../../../src/services/ingestion/reading/document';
import { findCounts } from '../../../src/services/ingestion/reading/counts';
import { findDates } from '../../../src/services/ingestion/reading/dates';
import { detectLanguage } from '../../../src/services/ingestion/reading/language';
import { findAmounts } from '../../../src/services/ingestion/reading/money';
import { findOrganisations } from '../../../src/services/ingestion/reading/organisations';
import { findPeople } from '../../../src/services/ingestion/reading/people';
import { findPlaces } from '../../../src/services/ingestion/reading/places';
import { splitSentences } from '../../../src/services/ingestion/reading/sentences';

const sentence = (text: string) => ({ start: 0, end: text.length, text });
const amounts = (text: string) => findAmounts(sentence(text)).map(({ amountEur, qualifier }) => ({ amountEur, qualifier }));
const dates = (text: string) => findDates(sentence(text)).map(({ date, period }) => date ?? period);

describe('splitting a document into sentences', () => {
  it('cuts at full stops, question marks and paragraph breaks, with offsets into the text', () => {
    const text = 'La start-up lève 3 M€. Elle recrute.\n\nUn titre\nEst-ce fini ? Oui.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['La start-up lève 3 M€.', 'Elle recrute.', 'Un titre', 'Est-ce fini ?', 'Oui.']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('does not cut after civilities, titles or initials', () => {
    const text = 'M. Dupont et le Dr. Martin ont rencontré J. Durand. Ils signent.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['M. Dupont et le Dr. Martin ont rencontré J. Durand.', 'Ils signent.']);
  });

  it('keeps decimals and a closing guillemet with their sentence', () => {
    const text = '« Nous investissons 4.5 millions. » La suite vient.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['« Nous investissons 4.5 millions. »', 'La suite vient.']);
  });
});

describe('reading amounts of money', () => {
  it.each([
    ["Elle reçoit 4,2 millions d'euros.", 4_200_000],
    ['Une aide de 6 M€ est votée.', 6_000_000],
    ['Un prêt de 300.000 euros.', 300_000],
    ['Un prêt de 300 000 €.', 300_000],
    ['Un plan de 1,5 milliard d’euros.', 1_500_000_000],
    ['Un ticket de 500 k€.', 500_000],
    ['The company raised €6m in May.', 6_000_000],
    ['The fund invests EUR 12 million.', 12_000_000],
    ['The State granted 437,000 euros.', 437_000],
    ['A plan of €7,700,000 was voted.', 7_700_000],
    ['Une avance de 0,125 million d’euros.', 125_000],
  ])('reads "%s" as %d euros', (text, expected) => {
    expect(amounts(text)).toEqual([{ amountEur: expected, qualifier: 'EXACT' }]);
  });

  it('keeps the qualifier written before the amount', () => {
    expect(amounts('Un investissement de plus de 30 millions.')).toEqual([{ amountEur: 30_000_000, qualifier: 'AT_LEAST' }]);
    expect(amounts('Un budget de près de 36 M€.')).toEqual([{ amountEur: 36_000_000, qualifier: 'APPROXIMATE' }]);
    expect(amounts('It raised nearly €2 million.')).toEqual([{ amountEur: 2_000_000, qualifier: 'APPROXIMATE' }]);
  });

  it('does not take millions of something else for money', () => {
    expect(amounts("La région compte 6 millions d'habitants.")).toEqual([]);
    expect(amounts('Le site produit 30 millions de doses par an.')).toEqual([]);
    expect(amounts('Elle recrute 40 personnes en 2024.')).toEqual([]);
  });
});

describe('reading dates and periods', () => {
  it('reads a day, a month, a year, at the precision written', () => {
    expect(dates('Signé le 9 décembre 2021 à Toulouse.')).toEqual(['2021-12-09']);
    expect(dates('Créée en mai 2018.')).toEqual(['2018-05']);
    expect(dates('Elle a ouvert en 2019.')).toEqual(['2019']);
    expect(dates('Founded on 3 March 2020.')).toEqual(['2020-03-03']);
  });

  it('reads periods with one or two ends', () => {
    expect(dates('Le contrat 2024-2028 est adopté.')).toEqual([{ from: '2024', to: '2028' }]);
    expect(dates('Présente depuis 2017.')).toEqual([{ from: '2017' }]);
    expect(dates("Objectif atteint d'ici à 2028.")).toEqual([{ to: '2028' }]);
    expect(dates('Financé de 2020 à 2023.')).toEqual([{ from: '2020', to: '2023' }]);
  });

  it('reads a precise date once, not again as its month', () => {
    expect(findDates(sentence('Le 1er juin 2022, puis en 2023.')).map((d) => d.text)).toEqual(['1er juin 2022', 'en 2023']);
  });
});

describe('reading counts', () => {
  it('reads what is counted and maps it to a metric', () => {
    const counts = findCounts(sentence("L'usine crée 135 emplois et emploie plus de 40 personnes."));
    expect(counts.map(({ value, metric, qualifier, noun }) => ({ value, metric, qualifier, noun }))).toEqual([
      { value: 135, metric: 'JOBS', qualifier: 'EXACT', noun: 'emplois' },
      { value: 40, metric: 'EMPLOYEES', qualifier: 'AT_LEAST', noun: 'personnes' },
    ]);
  });

  it('reads compound number words whole', () => {
    const counts = findCounts(sentence('Elle compte trente-trois salariés et vingt-et-une entreprises.'));
    expect(counts.map(({ value, metric }) => [value, metric])).toEqual([
      [33, 'EMPLOYEES'],
      [21, 'COMPANIES'],
    ]);
  });

  it('reads number words and adjectives between the number and the noun', () => {
    const counts = findCounts(sentence('Trois CHU et 26 nouvelles entreprises.'));
    expect(counts.map(({ value, metric }) => [value, metric])).toEqual([
      [3, 'UNIVERSITY_HOSPITALS'],
      [26, 'COMPANIES'],
    ]);
  });

  it('does not read a count inside a word', () => {
    expect(findCounts(sentence('Une commune accueille des chercheurs.'))).toEqual([]);
  });
});

describe('telling the language of a document', () => {
  it('tells French from English', () => {
    expect(detectLanguage("La Région soutient les entreprises de la filière santé dans le cadre d'un plan.")).toBe('fr');
    expect(detectLanguage('The region supports the companies of the health sector with a plan and its funds.')).toBe('en');
  });

  it('names another language so that the caller can refuse it', () => {
    expect(detectLanguage('Die Region unterstützt die Unternehmen der Gesundheitsbranche und ist auch mit den Kliniken.')).toBe('de');
    expect(detectLanguage('La región apoya a las empresas del sector de la salud con un plan para los hospitales y sus centros.')).toBe(
      'es',
    );
  });

  it('does not guess from too few words', () => {
    expect(detectLanguage('Evotec Toulouse')).toBeUndefined();
  });
});

describe('reading places from the official geographic code', () => {
  const places = (text: string) =>
    findPlaces(sentence(text)).map(({ text: written, place, cue }) => [written, place.kind, place.code, cue]);

  it('reads a commune after a preposition, with its INSEE code', () => {
    expect(places("L'usine s'installe à Mauguio.")).toEqual([['Mauguio', 'CITY', '34154', 'PREPOSITION']]);
    expect(places('The plant opens in Toulouse next year.')).toEqual([['Toulouse', 'CITY', '31555', 'PREPOSITION']]);
  });

  it('reads a département after "dans" and a region after "en"', () => {
    expect(places("Elle recrute dans l'Hérault et en Occitanie.")).toEqual([
      ['Hérault', 'DEPARTMENT', '34', 'PREPOSITION'],
      ['Occitanie', 'REGION', '76', 'PREPOSITION'],
    ]);
  });

  it('uses the département written in brackets to choose between communes of one name', () => {
    expect(places('Le site de Saint-Jean (31) ouvre.')).toEqual([['Saint-Jean (31)', 'CITY', '31488', 'DEPARTMENT_CODE']]);
  });

  it('reads the adjectives the press uses for a city', () => {
    expect(places('La biotech toulousaine recrute.')).toEqual([['toulousaine', 'CITY', '31555', 'ADJECTIVE']]);
  });

  it('reads a big city of the region named without a preposition, but not a small homonym', () => {
    expect(places("L'Oncopole de Toulouse accueille Evotec.")).toEqual([['Toulouse', 'CITY', '31555', 'BARE']]);
    expect(places('Pierre Fabre signe un accord.')).toEqual([]);
  });
});

describe('reading organisations from the cues the press uses', () => {
  const organisations = (text: string) => findOrganisations(sentence(text)).map(({ name, kind }) => [name, kind ?? null]);

  it('reads a typed cue and the capitalised name after it, through adjectives', () => {
    expect(organisations('La biotech toulousaine Genoskin lève des fonds.')).toEqual([['Genoskin', 'COMPANY']]);
    expect(organisations('Le laboratoire allemand Evotec reprend le site.')).toEqual([['Evotec', 'COMPANY']]);
    expect(organisations("L'entreprise Ipsophène et le pôle Eurobiomed signent.")).toEqual([
      ['Ipsophène', 'COMPANY'],
      ['Eurobiomed', 'COMPETITIVENESS_POLE'],
    ]);
    expect(organisations('The biotech company Quantum Surgical opens a site.')).toEqual([['Quantum Surgical', 'COMPANY']]);
  });

  it('reads acronyms, without a kind', () => {
    expect(organisations('Le CNRS et Inserm travaillent ensemble.')).toEqual([['CNRS', null]]);
  });

  it('keeps the offsets of each name in the document', () => {
    const text = 'Hier, la start-up MedinBox a ouvert.';
    const [mention] = findOrganisations({ start: 100, end: 100 + text.length, text });
    expect(mention).toMatchObject({ start: 100 + text.indexOf('MedinBox'), end: 100 + text.indexOf('MedinBox') + 'MedinBox'.length });
  });
});

describe('the cue of an organisation', () => {
  it('is the words that introduced it, and the name starts after its adjectives', () => {
    const text = 'Puis la biotech toulousaine Genoskin.';
    const [mention] = findOrganisations(sentence(text));
    expect(mention).toMatchObject({ cue: 'la biotech toulousaine', start: text.indexOf('Genoskin'), name: 'Genoskin' });
  });
});

describe('reading people in their public roles', () => {
  const people = (text: string) => findPeople(sentence(text)).map(({ name, role, organisation }) => [name, role, organisation]);

  it('reads a name followed by its role and organisation', () => {
    expect(people('« Nous avançons », a dit Jeanne Martin, présidente de la Région Exemple.')).toEqual([
      ['Jeanne Martin', 'présidente', 'Région Exemple'],
    ]);
    expect(people("Paul Durand, cofondateur d'Acmé Bio, confirme.")).toEqual([['Paul Durand', 'cofondateur', 'Acmé Bio']]);
    expect(people('Anna Smith, CEO of Example Robotics, said so.')).toEqual([['Anna Smith', 'CEO', 'Example Robotics']]);
  });

  it('reads a role written before the name', () => {
    expect(people('Le directeur général de Genexa, Marc Petit, annonce.')).toEqual([['Marc Petit', 'directeur général', 'Genexa']]);
  });
});

describe('reading a whole document', () => {
  it('reduces a web page to its text, one paragraph or list item a line, without scripts', () => {
    const text = htmlToText(
      '<p>La start-up <b>Acmé</b> l&egrave;ve 3&nbsp;M&euro;.</p><ul><li>Un</li><li>Deux</li></ul><script>alert(1)</script>',
    );
    expect(text).toContain('La start-up Acmé lève 3');
    expect(text).toMatch(/Un\n.*Deux/);
    expect(text).not.toContain('alert');
  });

  it('gives every sentence its mentions, with offsets into the text', () => {
    const text = "La start-up Acmé Bio s'installe à Mauguio. Elle lève 2 M€ en mai 2024 et crée 30 emplois.";
    const { sentences } = readDocument(text, 'fr');
    expect(sentences).toHaveLength(2);
    const [first, second] = sentences;
    expect(first!.organisations.map((o) => o.name)).toEqual(['Acmé Bio']);
    expect(first!.places.map((p) => p.place.code)).toEqual(['34154']);
    expect(second!.amounts.map((a) => a.amountEur)).toEqual([2_000_000]);
    expect(second!.dates.map((d) => d.date)).toEqual(['2024-05']);
    expect(second!.counts.map((c) => [c.value, c.metric])).toEqual([[30, 'JOBS']]);
    for (const mention of [...first!.organisations, ...second!.amounts]) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});
