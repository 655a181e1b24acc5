import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the command cannot run with: shown with the command's usage, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `--help` or `-h`: runCli prints the usage and exits with 0. */
export class HelpRequested extends Error {
  override name = 'HelpRequested';
}

/** What parseArgs gives for a command's options (spelt out so the declaration emit can name it). */
type Parsed<T extends Omit<ParseArgsConfig, 'args'>> = ReturnType<typeof parseArgs<T & { args: string[]; strict: true }>>;

/**
 * node:util's parseArgs for a command with this usage line: `--help`/`-h` asks for the usage, and an
 * unknown option, a missing value or a stray argument becomes a UsageError naming it.
 */
export function parseCommandLine<T extends Omit<ParseArgsConfig, 'args'>>(
  usage: string,
  config: T,
  args = process.argv.slice(2),
): Parsed<T> {
  if (args.some((arg) => arg === '--help' || arg === '-h')) throw new HelpRequested(usage);
  try {
    return parseArgs({ ...config, args, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      // Node's advice on positionals that start with '-' is noise for these commands.
      const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
      throw new UsageError(`${message.endsWith('.') ? message : `${message}.`}\nUsage: ${usage}`);
    }
    throw error;
  }
}

/** For scripts that read their options as they load (the bench): the usage, or a usage error, then exit at once. */
export function parseCommandLineOrExit<T extends Omit<ParseArgsConfig, 'args'>>(usage: string, config: T): Parsed<T> {
  try {
    return parseCommandLine(usage, config);
  } catch (error) {
    if (error instanceof HelpRequested || error instanceof UsageError) exitFor(error);
    throw error;
  }
}

/** Prints the usage (exit 0) or the usage error (exit 1), and exits. */
export function exitFor(error: HelpRequested | UsageError): never {
  if (error instanceof HelpRequested) {
    console.log(`Usage: ${error.message}`);
    process.exit(0);
  }
  console.error(`${error.name}: ${error.message}`);
  process.exit(1);
}

/** Runs a command-line entry point: prints a failure's message (no stack trace for expected errors) and sets the exit code. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof HelpRequested || error instanceof UsageError) exitFor(error);
      const expected = error instanceof Error && /Error$/.test(error.name) && error.name !== 'Error' && error.name !== 'TypeError';
      console.error(error instanceof Error ? (expected ? `${error.name}: ${error.message}` : error.stack) : String(error));
      process.exit(1);
    },
  );
}
