// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries from ARCHITECTURE.md, enforced with no-restricted-imports per folder:
 * domain is pure, the dashboard and widget never reach into the server, only repos touch the
 * database, and features start jobs by name instead of importing job files. Rules about the import
 * graph (no cycles, features never import jobs/, http/ auth/ email/ never import features) are
 * dependency-cruiser's: .dependency-cruiser.mjs, run by `npm run lint` after ESLint.
 */
const noServer = {
  group: ['**/server/**', '../server/*', 'drizzle-orm*', 'pg', '@electric-sql/*', 'fastify*'],
  message: 'only server code may import server modules or database drivers',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      '.test-cache/**',
      'src/server/db/migrations/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/cli/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noServer,
            {
              group: ['node:*', '**/web/**', '**/widget/**', '**/runtime/**'],
              message: 'domain code is pure: no I/O, no Node APIs, no UI',
            },
          ],
        },
      ],
    },
  },
  {
    // The public survey pages: pure render functions, shared by the server and the dashboard's branding preview.
    files: ['src/survey-pages/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noServer,
            {
              group: ['node:*', '**/web/**', '**/widget/**'],
              message: 'the survey pages are pure: string in, string out',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noServer,
            { group: ['node:*', '**/domain/**', '**/web/**'], message: 'shared runs in server and browser' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}', 'src/widget/**/*.ts', 'src/runtime/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noServer, { group: ['node:*'], message: 'browser code has no Node APIs' }] },
      ],
    },
  },
  {
    files: ['src/server/features/**/*.ts'],
    ignores: ['**/*.repo.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm', 'drizzle-orm/*', '**/db/schema/*', '**/db/schema'],
              message: 'only *.repo.ts files touch Drizzle and the schema',
            },
            {
              group: ['**/jobs/*.job.js'],
              message: 'features enqueue jobs by name; never import a job file',
            },
          ],
        },
      ],
    },
  },
);
