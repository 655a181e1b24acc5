import { LIMITS } from '../../src/domain/limits';
import { actorSeed, fundingSeed } from '../../src/domain/records';
import { actorRow, csvRecordToRow, neutraliseCell, restoreCell, rowToCsvRecord } from '../../src/services/curation/directoryFormat';

const actor = (overrides: Record<string, unknown> = {}) => ({
  id: 'probe',
  name: 'Probe',
  kind: 'COMPANY',
  cite: ['pepites'],
  ...overrides,
});
const funding = (overrides: Record<string, unknown> = {}) => ({
  id: 'probe-funding',
  funder: 'region-occitanie',
  recipients: ['sanofi'],
  status: 'PLANNED',
  cite: ['pepites'],
  ...overrides,
});

/** The first refusal of a record as "field: message", or undefined when it is accepted. */
function refusal(schema: typeof actorSeed | typeof fundingSeed | typeof actorRow, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('the bounds of a curated record', () => {
  it.each([
    ['a 9,000-character name', { name: 'x'.repeat(9000) }, `name: must be at most ${LIMITS.maxNameLength} characters`],
    ['a 95 kB description', { description: 'd'.repeat(95_000) }, `description: must be at most ${LIMITS.maxDescriptionLength} characters`],
    [
      '5,000 aliases',
      { aliases: Array.from({ length: 5000 }, (_, i) => `alias ${i}`) },
      `aliases: must list at most ${LIMITS.maxAliases} aliases`,
    ],
    ['an alias of 201 characters', { aliases: ['a'.repeat(201)] }, 'aliases.0: must be at most 200 characters'],
    [
      'a javascript: website',
      { website: 'javascript:alert(1)' },
      'website: must be an http:// or https:// address, e.g. "https://www.example.org"',
    ],
    [
      'a data: website',
      { website: 'data:text/html,<script>alert(1)</script>' },
      'website: must be an http:// or https:// address, e.g. "https://www.example.org"',
    ],
    ['an id of 101 characters', { id: 'a'.repeat(101) }, 'id: must be at most 100 characters'],
  ])('refuses %s, naming the field and the bound', (_, overrides, message) => {
    expect(refusal(actorSeed, actor(overrides))).toBe(message);
  });

  it('accepts values at the bounds', () => {
    expect(
      refusal(
        actorSeed,
        actor({
          name: 'n'.repeat(200),
          description: 'd'.repeat(5000),
          aliases: Array.from({ length: 30 }, (_, i) => `${i}`.padEnd(200, 'a')),
          website: 'https://www.example.org/a',
        }),
      ),
    ).toBeUndefined();
  });

  it.each([
    ['1e308 euros', 1e308, 'amountEur: must be at most 1e+12 euros (1,000,000,000,000)'],
    ['Infinity', Infinity, expect.stringMatching(/^amountEur: /)],
    ['NaN', NaN, expect.stringMatching(/^amountEur: /)],
    ['a negative amount', -1, 'amountEur: must be a positive number of euros'],
  ])('refuses a funding of %s', (_, amountEur, message) => {
    expect(refusal(fundingSeed, funding({ amountEur }))).toEqual(message);
  });

  it('accepts a funding of a thousand billion euros, the largest', () => {
    expect(refusal(fundingSeed, funding({ amountEur: LIMITS.maxAmountEur }))).toBeUndefined();
  });

  it('applies the same bounds to import rows and their sources', () => {
    const row = { name: 'Probe', kind: 'COMPANY', passages: ['pepites'] };
    expect(refusal(actorRow, { ...row, name: 'x'.repeat(9000) })).toBe('name: must be at most 200 characters');
    expect(refusal(actorRow, { ...row, website: 'javascript:alert(1)' })).toMatch(/^website: must be an http/);
    expect(refusal(actorRow, { ...row, source: { url: 'javascript:alert(1)', title: 't', quote: 'q' } })).toMatch(
      /^source\.url: must be an http/,
    );
    expect(refusal(actorRow, { ...row, source: { url: 'https://example.org', title: 't', quote: 'q'.repeat(2001) } })).toBe(
      'source.quote: must be at most 2000 characters',
    );
  });
});

describe('CSV cells and spreadsheet formulas', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['@SUM(1+1)', `'@SUM(1+1)`],
    ["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
    ['-2+3', `'-2+3`],
    ['\tindent', `'\tindent`],
    ['\rreturn', `'\rreturn`],
    [`'=already quoted`, `''=already quoted`],
  ])('neutralises %j as %j, and import gives the value back', (value, exported) => {
    expect(neutraliseCell(value)).toBe(exported);
    expect(restoreCell(exported)).toBe(value);
  });

  it.each(['Sanofi', "L'Oréal", "'quoted'", '', '2+3', 'a=b'])('leaves %j as it is, both ways', (value) => {
    expect(neutraliseCell(value)).toBe(value);
    expect(restoreCell(value)).toBe(value);
  });

  it('round-trips an exported actor row exactly, lists included', () => {
    const actor = {
      id: 'probe',
      name: '=1+1',
      kind: 'COMPANY',
      aliases: ['-minus', '@at'],
      description: '+plus',
      website: 'https://example.org',
      places: [],
      domains: [],
      passages: ['pepites'],
    };
    const cells = rowToCsvRecord(actor);
    expect(cells).toMatchObject({ name: "'=1+1", aliases: "'-minus | @at", description: "'+plus" });
    expect(actorRow.parse(csvRecordToRow(cells))).toMatchObject({ name: '=1+1', aliases: ['-minus', '@at'], description: '+plus' });
  });
});

describe("an actor's founding date", () => {
  const year = new Date().getUTCFullYear();
  it('may be this year or any date up to today, at any precision', () => {
    expect(refusal(actorSeed, actor({ founded: String(year) }))).toBeUndefined();
    expect(refusal(actorSeed, actor({ founded: '2019-05-14' }))).toBeUndefined();
  });
  it('is refused when it is after today: a founding is recorded once it has happened', () => {
    expect(refusal(actorSeed, actor({ founded: String(year + 1) }))).toBe(
      'founded: must not be after today: record a founding once it has happened',
    );
  });
});
