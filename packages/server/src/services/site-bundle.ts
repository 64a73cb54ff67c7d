import { z } from 'zod';
import { ProblemError } from '../domain/problem.js';
import type { StaticAsset, StaticAssets } from './static-assets.js';

/** The build's table of contents, written by the widget package's rollup build beside the files. */
export const SITE_MANIFEST = 'manifest.json';
/** The site's icon: not content-hashed, not in the manifest, optional. */
export const SITE_FAVICON = 'favicon.svg';
const CHUNKS = 'chunks/';
/** Seconds a client should wait before asking again for a site that is not there. */
const NOT_BUILT_RETRY_AFTER_SECONDS = 60;
/** One flat file name: what the manifest may list (under `chunks/` for a chunk), nothing else. */
const FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

/** What the build says the app is made of; names are flat, `chunks` without their `chunks/` prefix. */
export interface SiteManifest {
  /** The module script that starts the app. */
  entry: string;
  css: string | undefined;
  /** The top-level files the manifest lists (the entry, the stylesheet, …). */
  files: ReadonlySet<string>;
  chunks: ReadonlySet<string>;
  /** The manifest's own hash: a new build, a new value (the shell's cache key). */
  version: string;
}

/**
 * The hosted site's build (packages/widget/dist/site): its manifest, and only the files the
 * manifest lists. A name that is not listed is never read, so nothing else of the folder (nor
 * anything outside it) can be fetched through the site's routes.
 */
export class SiteBundle {
  private parsed: { sha256: string; manifest: SiteManifest | undefined } | undefined;

  constructor(private readonly deps: { dist: StaticAssets; chunks: StaticAssets }) {}

  /** The current manifest; `503 site-not-built` when this deployment has none (or a broken one). */
  async manifest(): Promise<SiteManifest> {
    const file = await this.deps.dist.get(SITE_MANIFEST);
    if (!file) throw notBuilt('This server has no hosted site to serve; it was deployed without building it.');
    // StaticAssets keeps the bytes for a few seconds; parse again only when they changed.
    if (this.parsed?.sha256 !== file.sha256) this.parsed = { sha256: file.sha256, manifest: parseManifest(file) };
    const { manifest } = this.parsed;
    if (!manifest)
      throw notBuilt(`The hosted site's ${SITE_MANIFEST} is not a valid build manifest; rebuild the site.`);
    return manifest;
  }

  /** A top-level file the manifest lists; `404` for any other name. */
  async file(name: string): Promise<StaticAsset> {
    const manifest = await this.manifest();
    const file = manifest.files.has(name) ? await this.deps.dist.get(name) : undefined;
    if (!file) throw new ProblemError('not-found', `The hosted site has no file ${JSON.stringify(name)}.`);
    return file;
  }

  /** A chunk the manifest lists under `chunks/`; `404` for any other name. */
  async chunk(name: string): Promise<StaticAsset> {
    const manifest = await this.manifest();
    const chunk = manifest.chunks.has(name) ? await this.deps.chunks.get(name) : undefined;
    if (!chunk) throw new ProblemError('not-found', `The hosted site has no chunk ${JSON.stringify(name)}.`);
    return chunk;
  }

  /** The icon, whether or not a build is there (browsers ask for it on every page of the origin). */
  async favicon(): Promise<StaticAsset> {
    const icon = await this.deps.dist.get(SITE_FAVICON);
    if (!icon) throw new ProblemError('not-found', 'This server has no site icon.');
    return icon;
  }
}

function notBuilt(detail: string): ProblemError {
  return new ProblemError('site-not-built', detail, {
    headers: { 'Retry-After': String(NOT_BUILT_RETRY_AFTER_SECONDS) },
  });
}

/** What rollup writes: names flat, or flat under `chunks/`; the entry and stylesheet among them. */
const manifestSchema = z
  .object({
    entry: z.string().endsWith('.js'),
    css: z.string().endsWith('.css').optional(),
    files: z.array(
      z.string().refine((name) => FILE_NAME.test(name.startsWith(CHUNKS) ? name.slice(CHUNKS.length) : name)),
    ),
  })
  .refine((m) => m.files.includes(m.entry) && (m.css === undefined || m.files.includes(m.css)));

/** The manifest, or `undefined` when it is not one: a listed name that is not flat is refused whole. */
function parseManifest(file: StaticAsset): SiteManifest | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(file.bytes).toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { entry, css, files } = parsed.data;
  const top = new Set(files.filter((name) => !name.startsWith(CHUNKS)));
  const chunks = new Set(files.filter((name) => name.startsWith(CHUNKS)).map((name) => name.slice(CHUNKS.length)));
  return { entry, css, files: top, chunks, version: file.sha256 };
}
