/** Jest: unit tests and integration tests against a real Neo4j started by tests/support/globalSetup.ts. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  // One shared database: test files run one after another (the machine has two cores anyway).
  maxWorkers: 1,
  testTimeout: 60_000,
  // Inline snapshots are written as they are: no prettier in the project (jest 30 would require it otherwise).
  prettierPath: null,
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
};
