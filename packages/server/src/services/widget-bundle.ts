import { ProblemError } from '../domain/problem.js';
import type { StaticAsset, StaticAssets } from './static-assets.js';

/** The widget's entry point in the bundle folder (packages/widget/dist). */
export const WIDGET_SCRIPT = 'r2w-widget.js';
/** Seconds a client should wait before asking again for a bundle that is not there. */
const NOT_BUILT_RETRY_AFTER_SECONDS = 60;

/** The widget script's content hash as it appears in its versioned address. */
export function widgetVersionOf(script: StaticAsset): string {
  return script.sha256.slice(0, 16);
}

/**
 * The built `<r2w-widget>` bundle this server hands to career sites: the script by its stable
 * name or by its content hash, and the chunks it loads on demand (`chunks/`). Only the current
 * build is served; pages that pin an earlier hash rely on a CDN in front.
 */
export class WidgetBundle {
  constructor(private readonly deps: { dist: StaticAssets; chunks: StaticAssets }) {}

  /** The current script; `503 widget-not-built` when this deployment has none. */
  async script(): Promise<StaticAsset> {
    const script = await this.deps.dist.get(WIDGET_SCRIPT);
    if (!script) {
      throw new ProblemError(
        'widget-not-built',
        'This server has no widget bundle to serve; it was deployed without building the widget.',
        { headers: { 'Retry-After': String(NOT_BUILT_RETRY_AFTER_SECONDS) } },
      );
    }
    return script;
  }

  /** The script when `version` is the current build's hash; `404` for any other. */
  async versionedScript(version: string): Promise<StaticAsset> {
    const script = await this.script();
    if (widgetVersionOf(script) !== version) {
      throw new ProblemError(
        'not-found',
        `This server serves only the current widget release; load /widget/v1/${WIDGET_SCRIPT} for it.`,
      );
    }
    return script;
  }

  async chunk(name: string): Promise<StaticAsset> {
    const chunk = await this.deps.chunks.get(name);
    if (!chunk) throw new ProblemError('not-found', `The widget has no chunk ${JSON.stringify(name)}.`);
    return chunk;
  }
}
