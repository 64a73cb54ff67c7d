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
const VENDOR_MESSAGE = 'Vendor SDKs are imported only under src/adapters/.';
const vendorPaths = VENDOR_SDKS.map((name) => ({ name, message: VENDOR_MESSAGE }));
const vendorPatterns = [{ group: ['@aws-sdk/*'], message: VENDOR_MESSAGE }];

/**
 * The server's layers (docs/architecture.md): routes → services → adapters, with domain/ below all
 * of them. A layer may name a lower layer's interface with `import type`; any other import across
 * layers is a runtime dependency and must follow the arrows.
 */
const layer = (name) => `^(\\.\\./)+${name}/|^\\./${name}/`;
const forbid = (layers, why, allowTypeImports = false) => ({
  regex: `(${layers.map(layer).join('|')})`,
  message: why,
  allowTypeImports,
});
const WORKER_MESSAGE = 'The worker loads services and jobs, never the HTTP app (see src/service-root.ts).';
const WORKER_PATTERNS = [
  { regex: '^(\\.\\./)*(\\./)?(app|composition-root)\\.js$', message: WORKER_MESSAGE },
  { regex: '^koa(-.*)?$', message: WORKER_MESSAGE, allowTypeImports: true },
  { regex: '/security-headers\\.js$', message: WORKER_MESSAGE },
];
const ABOVE_SERVICES = ['http', 'routes', 'modules', 'jobs'];
const LAYER_RULES = {
  domain: [
    forbid(
      ['http', 'routes', 'services', 'adapters', 'modules', 'jobs'],
      'domain/ depends on nothing else in the server.',
    ),
  ],
  adapters: [
    forbid(
      ['services', ...ABOVE_SERVICES],
      'Adapters do I/O for the services; they never import them or anything above.',
    ),
  ],
  services: [
    forbid(ABOVE_SERVICES, 'Services hold the rules and know nothing of HTTP, routes, modules or jobs.'),
    forbid(
      ['adapters'],
      'Services name adapter interfaces with `import type` only; errors they catch live in domain/.',
      true,
    ),
  ],
  jobs: [
    forbid(['http', 'routes', 'modules'], 'Job handlers call services; they know nothing of HTTP.'),
    forbid(['adapters'], 'Job handlers name adapter interfaces with `import type` only.', true),
    ...WORKER_PATTERNS,
  ],
  routes: [
    forbid(['adapters'], 'Routes call services, never adapters.'),
    forbid(['modules', 'jobs'], 'Routes are wired by modules/, not the other way round.'),
  ],
  http: [
    forbid(['routes', 'adapters', 'modules', 'jobs'], 'The middleware chain calls services, never routes or adapters.'),
    forbid(['services'], 'Middleware names services with `import type` only; they are passed in.', true),
  ],
};
const restrictedImports = (patterns = [], { vendors = true } = {}) => [
  'error',
  {
    paths: vendors ? vendorPaths : [],
    patterns: [...(vendors ? vendorPatterns : []), ...patterns],
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
      '@typescript-eslint/no-restricted-imports': restrictedImports(),
    },
  },
  {
    // The worker builds services and jobs only: nothing it loads may build the HTTP app or load Koa.
    files: [
      'packages/server/src/worker.ts',
      'packages/server/src/service-root.ts',
      'packages/server/src/modules/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictedImports(WORKER_PATTERNS),
    },
  },
  ...Object.entries(LAYER_RULES).map(([name, patterns]) => ({
    files: [`packages/server/src/${name}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictedImports(patterns, { vendors: name !== 'adapters' }),
    },
  })),
  {
    // The CV pipeline package: the Anthropic SDK (any entry point of it) only in its one client
    // module, the environment only in its CLI.
    files: ['packages/cv-extraction/src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read the environment only in packages/cv-extraction/src/cli.ts.',
        },
      ],
      '@typescript-eslint/no-restricted-imports': restrictedImports([
        { group: ['@anthropic-ai/sdk/*'], message: 'Only src/claude/anthropic-client.ts imports the Anthropic SDK.' },
        {
          regex: '^(koa(-.*)?|knex|@resume2website/server)$|/server/',
          message: 'The CV pipeline knows nothing of HTTP, SQL or the server: it takes bytes and returns documents.',
        },
      ]),
    },
  },
  {
    files: ['packages/cv-extraction/src/claude/anthropic-client.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['packages/cv-extraction/src/cli.ts'],
    rules: { 'no-restricted-properties': 'off' },
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
    // Tests and scripts may read the environment and talk to services directly.
    files: ['**/test/**/*.ts', '**/scripts/**/*.ts', '**/bench/**/*.ts', 'examples/**', '*.config.{js,ts}'],
    rules: {
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-restricted-imports': 'off',
      'no-restricted-syntax': 'off',
      'no-console': 'off',
    },
  },
);
