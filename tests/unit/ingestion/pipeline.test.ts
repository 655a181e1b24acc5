import { ErrorCode } from '../../../src/domain/errors';
import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { DocumentRefusedError, MAX_DOCUMENT_CHARACTERS, prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';

const FRENCH = 'La start-up toulousaine Ipsolab lève 3 millions d’euros auprès du fonds Occitanie Invest pour recruter 20 personnes.';

function refusal(input: Parameters<typeof prepareDocument>[0]): DocumentRefusedError {
  try {
    prepareDocument(input);
  } catch (error) {
    if (error instanceof DocumentRefusedError) return error;
    throw error;
  }
  throw new Error('the document was accepted');
}

describe('preparing a document', () => {
  it('normalises line ends and Unicode, and names the document by the hash of its text', () => {
    const a = prepareDocument({ text: `${FRENCH}\r\nSuite.` });
    const b = prepareDocument({ text: `${FRENCH}\nSuite.`.normalize('NFD') });
    expect(a.text).toBe(`${FRENCH}\nSuite.`);
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
    expect(b.id).toBe(a.id);
    expect(prepareDocument({ text: `${FRENCH} Autre.` }).id).not.toBe(a.id);
  });

  it('reduces HTML to its text and keeps what is known of the document', () => {
    const document = prepareDocument({
      text: `<html><body><nav>Menu</nav><p>${FRENCH}</p><script>var x = 1;</script></body></html>`,
      format: 'html',
      url: 'https://www.example.fr/actu',
      title: ' Une levée ',
      published: '2024-02-29',
    });
    expect(document.text).toBe(FRENCH);
    expect(document).toMatchObject({
      url: 'https://www.example.fr/actu',
      title: 'Une levée',
      published: '2024-02-29',
      language: 'fr',
      length: FRENCH.length,
    });
  });

  it('detects French and English, and takes the language given', () => {
    expect(prepareDocument({ text: FRENCH }).language).toBe('fr');
    expect(
      prepareDocument({ text: 'The company raised 3 million euros from the fund to hire twenty people in the region.' }).language,
    ).toBe('en');
    expect(prepareDocument({ text: FRENCH, language: 'EN' }).language).toBe('en');
  });

  it.each([
    ['an empty text', { text: '   \n ' }, 'text', /no text/],
    ['a text over the limit', { text: 'a'.repeat(MAX_DOCUMENT_CHARACTERS + 1) }, 'text', /too long/],
    ['a binary file (NUL bytes)', { text: `PK\u0003\u0004${FRENCH}\u0000` }, 'text', /binary/],
    ['mostly unprintable characters', { text: '\u0001\u0002\u0003\u0004\u0005\u0006 abc' }, 'text', /binary/],
    ['a language given that is not read', { text: FRENCH, language: 'de' }, 'language', /"de" is not read/],
    [
      'a text detected as German',
      { text: 'Die Firma hat mit der Stadt und dem Land eine neue Fabrik für die Region gebaut, die nicht weit ist.' },
      'language',
      /German \(de\)/,
    ],
    ['a day that does not exist', { text: FRENCH, published: '2023-02-30' }, 'published', /not a date/],
    ['a date in another format', { text: FRENCH, published: '12/05/2023' }, 'published', /not a date/],
    ['an ftp URL', { text: FRENCH, url: 'ftp://example.fr/a' }, 'url', /not an http\(s\) address/],
    ['a URL that is not one', { text: FRENCH, url: 'pas une adresse' }, 'url', /not an http\(s\) address/],
  ])('refuses %s: BAD_USER_INPUT on the field to fix', (_label, input, field, message) => {
    const error = refusal(input);
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it('accepts a year, a month or a day as the publication date', () => {
    for (const published of ['2023', '2023-05', '2024-02-29'])
      expect(prepareDocument({ text: FRENCH, published }).published).toBe(published);
  });
});

describe('proposing the facts of a document', () => {
  it('is deterministic: the same text gives the same proposals with the same ids', () => {
    const document = prepareDocument({ text: FRENCH });
    const first = proposeFacts({ document, names: NO_GRAPH_NAMES });
    const second = proposeFacts({ document: prepareDocument({ text: FRENCH }), names: NO_GRAPH_NAMES });
    expect(second).toEqual(first);
    expect(new Set(first.proposals.map((p) => p.id)).size).toBe(first.proposals.length);
    expect(first.document).not.toHaveProperty('text');
    expect(first.document.id).toBe(document.id);
  });
});
