/** The events `<r2w-widget>` fires and their `detail`: ids and URLs only, never personal data. */
export interface WidgetEventMap {
  'r2w-ready': Record<string, never>;
  'r2w-uploaded': { cv_id: string };
  'r2w-extracted': { cv_id: string; extraction_id: string };
  'r2w-preview': { portfolio_id: string; preview_url: string };
  'r2w-checkout': { portfolio_id: string };
  'r2w-paid': { portfolio_id: string };
  'r2w-published': { portfolio_id: string; url: string };
  'r2w-error': { code: string; message: string };
}

export type WidgetEventName = keyof WidgetEventMap;

/** Every event's name, in the order a paid flow fires them (`r2w-error` can come at any point). */
export const WIDGET_EVENTS = [
  'r2w-ready',
  'r2w-uploaded',
  'r2w-extracted',
  'r2w-preview',
  'r2w-checkout',
  'r2w-paid',
  'r2w-published',
  'r2w-error',
] as const satisfies readonly WidgetEventName[];

/** Dispatches one widget event from `target`; every event crosses shadow roots and bubbles. */
export function emit<K extends WidgetEventName>(target: EventTarget, name: K, detail: WidgetEventMap[K]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
