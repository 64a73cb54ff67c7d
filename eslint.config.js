// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const VENDOR_SDKS = [
  'pg',
  'ioredis',
  'bullmq',
  'stripe',
  '@anthropic-ai/sdk',
  'better-sqlite3',
  'openid-client',
  'argon2',
];
const vendorImportRule = [
  'error',
  {
    paths: VENDOR_SDKS.map((name) => ({ name, message: 'Vendor SDKs are imported only under src/adapters/.' })),
    patterns: [{ group: ['@aws-sdk/*'], message: 'Vendor SDKs are imported only under src/adapters/.' }],
  },
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'packages/sdk/src/generated/**', 'data/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // Library code: no console (inject the logger), environment only through config.ts,
    // vendor SDKs only in adapters.
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment only in packages/server/src/config.ts.' },
      ],
      'no-restricted-imports': vendorImportRule,
    },
  },
  {
    files: [
      'packages/server/src/config.ts',
      'packages/server/src/main.ts',
      'packages/server/src/migrate.ts',
      'packages/server/src/tenant-cli.ts',
      'packages/server/src/worker.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['packages/server/src/adapters/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests and scripts may read the environment and talk to services directly.
    files: ['**/test/**/*.ts', '**/scripts/**/*.ts', '**/bench/**/*.ts', 'examples/**', '*.config.{js,ts}'],
    rules: {
      'no-restricted-properties': 'off',
      'no-restricted-imports': 'off',
      'no-restricted-syntax': 'off',
      'no-console': 'off',
    },
  },
);
