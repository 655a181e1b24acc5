/**
 * Jest, in two projects: `unit` (pure tests and Cypher statement snapshots, no database) and
 * `integration` (the API, the commands and the explorer against a real Neo4j that
 * tests/support/globalSetup.ts starts once). `npm run test:unit` runs the first alone.
 */
const common = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // Inline snapshots are written as they are: no prettier in the project (jest 30 would require it otherwise).
  prettierPath: null,
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/tests/unit', '<rootDir>/tests/cypher'] },
    {
      ...common,
      displayName: 'integration',
      roots: ['<rootDir>/tests/integration', '<rootDir>/tests/browser'],
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/support/seedGraphIntact.ts'],
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
    },
  ],
  // One shared database: test files run one after another (the machine has two cores anyway).
  maxWorkers: 1,
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
};
