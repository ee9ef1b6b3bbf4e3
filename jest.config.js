// One jest run across every project, so `npm test` ends with a single summary line.
module.exports = {
  projects: [
    '<rootDir>/tools',
    '<rootDir>/libs/domain',
    '<rootDir>/libs/contract',
    '<rootDir>/apps/api',
    '<rootDir>/apps/web',
  ],
  // Integration tests start Nest apps on real databases; a project's own testTimeout is ignored in multi-project runs.
  testTimeout: 60_000,
};
