// The npm entry: importing it registers <r2w-widget>.
import { defineR2wWidget } from './define.js';

defineR2wWidget();

export { defineR2wWidget } from './define.js';
export { R2wWidget } from './r2w-widget-element.js';
export type { Locale, Strings } from './i18n/index.js';
export type { Step } from './flow-state.js';
export { WIDGET_EVENTS, type WidgetEventMap, type WidgetEventName } from './widget-events.js';
