'use strict';

/**
 * Jest runs unit tests (pure domain, schema, mapping, components in jsdom) and integration tests (real services
 * against a local site started in-process). Browser tests run under Playwright (see playwright.config.ts).
 */
const common = {
  transform: {
    '^.+\\.m?(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }]
  },
  // PnPjs v4 and ical.js ship ESM only; let ts-jest turn them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|ical\\.js)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': 'identity-obj-proxy',
  },
  // The domain gets `rrule` handed to it (src/domain/rruleLibrary.ts); tests have it from the start.
  setupFiles: ['<rootDir>/test/support/setupRRule.ts'],
};

module.exports = {
  // Component tests drive Fluent UI in jsdom on two shared cores: 5 s (the default) is too tight under load.
  // A global option: inside `projects` Jest 29 ignores it ("Unknown option testTimeout").
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/test/support/setupUnit.ts']
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts']
    }
  ]
};
