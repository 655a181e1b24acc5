import { HelpRequested, parseCommandLine, UsageError } from '../../src/cli/runCli';

const USAGE = 'npm run thing -- --count N [--dry-run]';
const options = { count: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } as const;

describe('parseCommandLine', () => {
  it('parses a good command line', () => {
    const { values } = parseCommandLine(USAGE, { options }, ['--count', '3', '--dry-run']);
    expect(values).toEqual({ count: '3', 'dry-run': true });
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'."],
    [['--count'], "Option '--count <value>' argument missing."],
    [['stray'], "Unexpected argument 'stray'."],
    [['-x'], "Unknown option '-x'."],
  ])('turns %j into a UsageError that names the problem and gives the usage', (args, first) => {
    let error: unknown;
    try {
      parseCommandLine(USAGE, { options }, args);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toContain(first);
    expect(lines[0]).not.toContain('To specify a positional argument');
    expect(lines[1]).toBe(`Usage: ${USAGE}`);
  });

  it.each([['--help'], ['-h'], ['--count', '3', '--help']])('answers %j with the usage', (...args) => {
    expect(() => parseCommandLine(USAGE, { options }, args)).toThrow(new HelpRequested(USAGE));
  });

  it('takes positionals only where the command says so', () => {
    expect(parseCommandLine(USAGE, { options, allowPositionals: true }, ['file.csv']).positionals).toEqual(['file.csv']);
  });
});
