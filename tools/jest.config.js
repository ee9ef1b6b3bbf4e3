module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'workspace',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/checks/**/*.spec.ts'],
  testTimeout: 120_000,
};
