/** Runs a command-line entry point: prints a failure's message (no stack trace for expected errors) and sets the exit code. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      const expected = error instanceof Error && /Error$/.test(error.name) && error.name !== 'Error' && error.name !== 'TypeError';
      console.error(error instanceof Error ? (expected ? `${error.name}: ${error.message}` : error.stack) : String(error));
      process.exit(1);
    },
  );
}
