// Shared by every project: SWC compiles TypeScript (with decorator metadata for Nest) far faster than ts-jest.
const path = require('node:path');

const swc = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', tsx: true, decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swc] },
  // content-disposition 3 (under @fastify/static) ships ESM only; Node runs it natively, jest needs it compiled.
  transformIgnorePatterns: [
    '/node_modules/(?!(content-disposition|mrz|openid-client|oauth4webapi|jose|@scure|@noble|@simplewebauthn|@levischuck|@peculiar|@hexagon)/)',
  ],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    // Prisma's generated client imports './x.js' for './x.ts'.
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@waiji/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@waiji/contract$': path.join(__dirname, 'libs/contract/src/index.ts'),
  },
};
