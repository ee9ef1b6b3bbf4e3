// ESM because apps/web is "type": "module" (Vite's native config loading wants that); the preset is CommonJS.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const preset = require('../../jest.preset.js');

export default {
  ...preset,
  displayName: 'web',
  rootDir: import.meta.dirname,
  testEnvironment: '<rootDir>/src/test/jsdomEnvironment.ts',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/build/**/*.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.css$': '<rootDir>/src/test/styleStub.ts',
  },
  collectCoverageFrom: ['<rootDir>/src/**/*.{ts,tsx}', '!<rootDir>/src/**/*.spec.{ts,tsx}', '!<rootDir>/src/test/**'],
};
