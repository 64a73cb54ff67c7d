import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The only module that reads the environment. Every variable is documented, with its default, in
 * `.env.example`; a value that fails to parse stops the start with a message naming the variable.
 */

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const optionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.url().optional());

const booleanFlag = (defaultValue: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? defaultValue : ['true', '1', 'yes'].includes(v)));

const integer = (defaultValue: number, min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? String(defaultValue) : v))
    .pipe(z.string().regex(/^-?\d+$/, 'must be a whole number'))
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const envSchema = z.object({
  ENVIRONMENT: z.enum(['development', 'test', 'staging', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: optionalString,
  BACKEND_PORT: integer(2000, 0, 65535),
  BACKEND_URL: optionalUrl,
  FRONTEND_URL: optionalUrl,
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL (leave it unset for SQLite)')
      .optional(),
  ),
  REDIS_URL: optionalString.pipe(
    z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL (leave it unset for the embedded stores)')
      .optional(),
  ),
  MIGRATE_ON_START: booleanFlag(true),
  SESSION_TTL: integer(7 * 24 * 3600, 60, 365 * 24 * 3600),
  SESSION_CACHE_TTL: integer(30, 0, 300),
  READ_CACHE_TTL: integer(30, 0, 300),
  ADMIN_TOKEN: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  TRUST_PROXY: booleanFlag(false),
  SHUTDOWN_TIMEOUT_MS: integer(25_000, 0, 600_000),
  SHUTDOWN_DELAY_MS: integer(0, 0, 120_000),
  REQUEST_TIMEOUT_MS: integer(120_000, 1000, 3_600_000),
  MAX_UPLOAD_BYTES: integer(10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
  MAX_JSON_BODY_BYTES: integer(1024 * 1024, 1024, 20 * 1024 * 1024),
  MAX_CVS_PER_USER: integer(20, 1, 10_000),
  EXTRACTION_CONCURRENCY: integer(2, 1, 64),
  EXTRACTION_TIMEOUT_MS: integer(120_000, 1000, 600_000),
  PORTFOLIO_CLEANUP_HOURS: integer(24, 1, 24 * 365),
  SITES_BASE_URL: optionalUrl,
  AWS_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_BUCKET_NAME: optionalString,
  S3_ENDPOINT: optionalUrl,
  S3_FORCE_PATH_STYLE: booleanFlag(false),
  CLOUDFRONT_DISTRIBUTION_ID: optionalString,
  CLOUDFRONT_ENDPOINT: optionalUrl,
  CLAUDE_API_KEY: optionalString,
  CLAUDE_MODEL: optionalString,
  CLAUDE_BASE_URL: optionalUrl,
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_PUBLISHABLE_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_PRICE_ID: optionalString,
  STRIPE_API_BASE_URL: optionalUrl,
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  GOOGLE_ISSUER_URL: optionalUrl,
  LINKEDIN_CLIENT_ID: optionalString,
  LINKEDIN_CLIENT_SECRET: optionalString,
  LINKEDIN_ISSUER_URL: optionalUrl,
  WORKER_METRICS_PORT: integer(2001, 0, 65535),
  WIDGET_DIST_DIR: optionalString,
  SITE_DIST_DIR: optionalString,
  SMTP_URL: optionalString.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL (leave it unset to write .eml files)')
      .optional(),
  ),
  MAIL_FROM: optionalString,
});

/**
 * The widget package's build output (packages/widget/dist), found from this file's place in the
 * workspace: the same from src/ and from dist/, in the repository and in the image.
 */
export const DEFAULT_WIDGET_DIST_DIR = fileURLToPath(new URL('../../widget/dist', import.meta.url));

/** The hosted site's build output (packages/widget/dist/site), found the same way. */
export const DEFAULT_SITE_DIST_DIR = fileURLToPath(new URL('../../widget/dist/site', import.meta.url));

export type Environment = 'development' | 'test' | 'staging' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface OAuthProviderConfig {
  clientId: string;
  clientSecret: string;
  issuerUrl: string;
}

export interface Config {
  environment: Environment;
  logLevel: LogLevel;
  host: string | undefined;
  port: number;
  backendUrl: string;
  frontendUrl: string;
  dataDir: string;
  /** Unset means the embedded SQLite database at `sqliteFile`. */
  databaseUrl: string | undefined;
  sqliteFile: string;
  /** Deployments with several replicas run migrations once as a job and turn this off. */
  migrateOnStart: boolean;
  redisUrl: string | undefined;
  sessionTtlSeconds: number;
  /**
   * How long a process may answer "who is calling" from memory (0: never). Changes reach every
   * process at once over Redis; without Redis, through the database within about 250 ms.
   */
  sessionCacheTtlSeconds: number;
  /**
   * How long a process may answer a user's reads of their CVs, extractions and portfolios from
   * memory (0: never). Every write, in the API or a worker, reaches every process at once over
   * Redis; without Redis, through the database within about 250 ms.
   */
  readCacheTtlSeconds: number;
  adminToken: string | undefined;
  trustProxy: boolean;
  shutdownTimeoutMs: number;
  /**
   * After SIGTERM, how long the API keeps serving (answering /ready with 503) before it stops
   * accepting connections: the time load balancers need to stop sending it new requests.
   */
  shutdownDelayMs: number;
  /** How long a client may take to send a whole request (headers and body) before a 408. */
  requestTimeoutMs: number;
  limits: {
    maxUploadBytes: number;
    maxJsonBodyBytes: number;
    maxCvsPerUser: number;
  };
  extraction: {
    concurrency: number;
    timeoutMs: number;
    claude: { apiKey: string; model: string | undefined; baseUrl: string | undefined } | undefined;
  };
  portfolioCleanupHours: number;
  sitesBaseUrl: string;
  storage: {
    localDir: string;
    s3:
      | {
          bucket: string;
          region: string;
          endpoint: string | undefined;
          forcePathStyle: boolean;
          cloudFrontDistributionId: string | undefined;
          /** Another CloudFront API host (a local stub in tests). */
          cloudFrontEndpoint: string | undefined;
        }
      | undefined;
  };
  stripe:
    | {
        secretKey: string;
        publishableKey: string;
        webhookSecret: string;
        priceId: string | undefined;
        apiBaseUrl: string | undefined;
      }
    | undefined;
  oauth: { google: OAuthProviderConfig | undefined; linkedin: OAuthProviderConfig | undefined };
  workerMetricsPort: number;
  /** Where the built `<r2w-widget>` bundle (`r2w-widget.js`, `chunks/`) is read from. */
  widgetDistDir: string;
  /** Where the hosted site's build (`manifest.json` and the files it lists) is read from. */
  siteDistDir: string;
  mail: {
    /** Unset means each message is written as an `.eml` file into `dir`. */
    smtpUrl: string | undefined;
    from: string;
    dir: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function stripTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function pairOrNothing(
  issues: string[],
  names: [string, string],
  values: [string | undefined, string | undefined],
): [string, string] | undefined {
  const [a, b] = values;
  if (a && b) return [a, b];
  if (a || b) issues.push(`${a ? names[1] : names[0]}: must be set together with ${a ? names[0] : names[1]}`);
  return undefined;
}

/**
 * Relative paths (`DATA_DIR`, `WIDGET_DIST_DIR`, `SITE_DIST_DIR`) resolve from where the person typed the command:
 * npm runs a workspace's scripts (`npm run tenant`, `npm run worker`) inside the workspace, but says
 * where it was invoked in `INIT_CWD`, so the CLI and `npm start` share `./data` at the root.
 */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string = env.INIT_CWD || process.cwd()): Config {
  // An empty assignment (`LOG_LEVEL=` in a .env file) means "use the default", not "invalid".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const raw = env[name];
        const shown = raw === undefined ? '' : ` (got ${JSON.stringify(name.match(/KEY|SECRET|TOKEN/) ? '***' : raw)})`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const issues: string[] = [];

  const backendUrl = stripTrailingSlash(e.BACKEND_URL ?? `http://localhost:${e.BACKEND_PORT}`);
  const dataDir = path.resolve(cwd, e.DATA_DIR);

  const stripeKeys = [e.STRIPE_SECRET_KEY, e.STRIPE_PUBLISHABLE_KEY, e.STRIPE_WEBHOOK_SECRET];
  let stripe: Config['stripe'];
  if (stripeKeys.every(Boolean)) {
    stripe = {
      secretKey: e.STRIPE_SECRET_KEY!,
      publishableKey: e.STRIPE_PUBLISHABLE_KEY!,
      webhookSecret: e.STRIPE_WEBHOOK_SECRET!,
      priceId: e.STRIPE_PRICE_ID,
      apiBaseUrl: e.STRIPE_API_BASE_URL,
    };
  } else if (stripeKeys.some(Boolean)) {
    issues.push(
      'STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET: set all three to turn payments on, or none to keep publishing free',
    );
  }

  const google = pairOrNothing(
    issues,
    ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'],
    [e.GOOGLE_CLIENT_ID, e.GOOGLE_CLIENT_SECRET],
  );
  const linkedin = pairOrNothing(
    issues,
    ['LINKEDIN_CLIENT_ID', 'LINKEDIN_CLIENT_SECRET'],
    [e.LINKEDIN_CLIENT_ID, e.LINKEDIN_CLIENT_SECRET],
  );

  if (e.ENVIRONMENT === 'production' && !e.SMTP_URL) {
    issues.push(
      'SMTP_URL: required when ENVIRONMENT=production (without it, reset and verification emails are only written to local .eml files)',
    );
  }
  if (e.ENVIRONMENT === 'production' && !e.DATABASE_URL) {
    issues.push('DATABASE_URL: required when ENVIRONMENT=production (the embedded SQLite file does not scale out)');
  }
  if (issues.length > 0) throw new ConfigError(issues);

  return {
    environment: e.ENVIRONMENT,
    logLevel: e.LOG_LEVEL,
    host: e.HOST,
    port: e.BACKEND_PORT,
    backendUrl,
    frontendUrl: stripTrailingSlash(e.FRONTEND_URL ?? backendUrl),
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sqliteFile: path.join(dataDir, 'resume2website.sqlite'),
    migrateOnStart: e.MIGRATE_ON_START,
    redisUrl: e.REDIS_URL,
    sessionTtlSeconds: e.SESSION_TTL,
    sessionCacheTtlSeconds: e.SESSION_CACHE_TTL,
    readCacheTtlSeconds: e.READ_CACHE_TTL,
    adminToken: e.ADMIN_TOKEN,
    trustProxy: e.TRUST_PROXY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    limits: {
      maxUploadBytes: e.MAX_UPLOAD_BYTES,
      maxJsonBodyBytes: e.MAX_JSON_BODY_BYTES,
      maxCvsPerUser: e.MAX_CVS_PER_USER,
    },
    extraction: {
      concurrency: e.EXTRACTION_CONCURRENCY,
      timeoutMs: e.EXTRACTION_TIMEOUT_MS,
      claude: e.CLAUDE_API_KEY
        ? { apiKey: e.CLAUDE_API_KEY, model: e.CLAUDE_MODEL, baseUrl: e.CLAUDE_BASE_URL }
        : undefined,
    },
    portfolioCleanupHours: e.PORTFOLIO_CLEANUP_HOURS,
    sitesBaseUrl: stripTrailingSlash(e.SITES_BASE_URL ?? `${backendUrl}/sites`) + '/',
    storage: {
      localDir: path.join(dataDir, 'files'),
      s3: e.S3_BUCKET_NAME
        ? {
            bucket: e.S3_BUCKET_NAME,
            region: e.AWS_REGION,
            endpoint: e.S3_ENDPOINT,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            cloudFrontDistributionId: e.CLOUDFRONT_DISTRIBUTION_ID,
            cloudFrontEndpoint: e.CLOUDFRONT_ENDPOINT,
          }
        : undefined,
    },
    stripe,
    oauth: {
      google: google && {
        clientId: google[0],
        clientSecret: google[1],
        issuerUrl: e.GOOGLE_ISSUER_URL ?? 'https://accounts.google.com',
      },
      linkedin: linkedin && {
        clientId: linkedin[0],
        clientSecret: linkedin[1],
        issuerUrl: e.LINKEDIN_ISSUER_URL ?? 'https://www.linkedin.com/oauth',
      },
    },
    workerMetricsPort: e.WORKER_METRICS_PORT,
    widgetDistDir: e.WIDGET_DIST_DIR ? path.resolve(cwd, e.WIDGET_DIST_DIR) : DEFAULT_WIDGET_DIST_DIR,
    siteDistDir: e.SITE_DIST_DIR ? path.resolve(cwd, e.SITE_DIST_DIR) : DEFAULT_SITE_DIST_DIR,
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM ?? 'RESUME2WEBSITE <no-reply@localhost>',
      dir: path.join(dataDir, 'mail'),
    },
  };
}

/** Every variable the server reads; `.env.example` must document exactly these. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);
