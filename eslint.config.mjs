import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import { createProjectGraphAsync } from '@nx/devkit';

// @nx/enforce-module-boundaries silently skips itself when no project graph is cached (e.g. plain `eslint .`);
// computing it here makes the dependency rule bite on every lint run.
await createProjectGraphAsync({ exitOnError: true });

export default [
  {
    ignores: [
      '**/dist/**',
      '**/dist-ssr/**',
      '**/node_modules/**',
      '**/generated/**',
      '**/coverage/**',
      '.nx/**',
      '.data/**',
      'docs/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // The dependency rule of DESIGN.md: domain imports nothing of ours; contract → domain;
      // api → contract, domain; web → contract, domain; web never imports api.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:contract', onlyDependOnLibsWithTags: ['scope:domain'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:contract', 'scope:domain'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:contract', 'scope:domain'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Frameworks stay out of the domain library.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', '@prisma/*', 'react', 'react-*', 'pg', 'zod', 'node:*'],
              message: 'libs/domain is pure TypeScript: no frameworks, no I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    // Its specs may read the repository (sources.spec.ts checks docs/domain.md); frameworks stay out there too.
    files: ['libs/domain/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', '@prisma/*', 'react', 'react-*', 'pg', 'zod'],
              message: 'libs/domain is pure TypeScript: no frameworks.',
            },
          ],
        },
      ],
    },
  },
  {
    // Other parts of the web app use the cases module through its index (modules/cases/index.ts), not its folders.
    // Its test fixtures are open to other modules' tests; the route table loads its pages by their files, with
    // import(), which this rule does not cover (a page in the index would sit in every importer's reach).
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    ignores: ['apps/web/src/modules/cases/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.{1,2}/)+(modules/)?cases/(?!test/)',
              message: "Import from the cases module's index ('…/cases'), not its files.",
            },
          ],
        },
      ],
    },
  },
  {
    // Inside the api, cases → reminders → database, never back (ARCHITECTURE.md, "Inside the api"): the cases
    // module calls the reminder planner, and both build on database/ (case events, outbox, nextDueAt).
    files: ['apps/api/src/reminders/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.{1,2}/)+cases(/|$)',
              message: 'reminders/ never imports cases/: the cases module calls the reminders (ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/database/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.{1,2}/)+(cases|reminders)(/|$)',
              message: 'database/ is below cases/ and reminders/ and imports neither (ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // The API loads these libraries on first use, through apps/api/src/common/lazy.ts (issue 21: start-up time and
    // idle memory); a value import anywhere else would load one at start again. Types: `import type`.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/common/lazy.ts', 'apps/api/src/**/*.spec.ts', 'apps/api/src/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            'sharp',
            'heic-decode',
            'tesseract.js',
            'mrz',
            'nodemailer',
            'smtp-server',
            'mailparser',
            'sanitize-html',
            'imapflow',
            '@simplewebauthn/server',
            'otplib',
            'qrcode',
            'openid-client',
          ].map((name) => ({
            name,
            allowTypeImports: true,
            message: 'Loaded on first use: take it from common/lazy.ts (and its types with `import type`).',
          })),
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Mantine's autosize measures the text with getComputedStyle on every render (a forced layout of the page).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='autosize']",
          message: 'A growing multi-line input is ui/GrowingTextarea (CSS field-sizing), not Textarea autosize.',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/testing/**/*.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-empty-function': 'off' },
  },
  {
    // Module augmentation (e.g. i18next's CustomTypeOptions) only works with interfaces.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
