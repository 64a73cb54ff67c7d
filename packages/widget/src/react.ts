// `@resume2website/widget/react`: <r2w-widget> as a React component. A separate entry (not in the
// rollup bundle), so career sites that embed the script tag never download React glue.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { defineR2wWidget } from './define.js';
import { R2wWidget as R2wWidgetElement } from './r2w-widget-element.js';
import type { WidgetEventMap, WidgetEventName } from './widget-events.js';

/** The event type a React handler receives for one widget event. */
export type R2wWidgetEvent<K extends WidgetEventName> = CustomEvent<WidgetEventMap[K]>;

// The cast is how @lit/react carries each event's type from the name to the `on…` prop.
const eventName = <K extends WidgetEventName>(name: K) => name as EventName<R2wWidgetEvent<K>>;

// Registered here rather than through index.js: during server rendering there may be no
// `customElements` registry (depending on how the SSR bundler resolves Lit), and the element only
// needs to exist in the browser, where it upgrades the server-rendered tag.
if (typeof customElements !== 'undefined') defineR2wWidget();

/**
 * `<r2w-widget>` for React: properties as props (`apiBase`, `publishableKey`, `locale`, `theme`,
 * `colorScheme`, `sessionToken`, `cv`, `strings`) and each event as a typed `on…` prop.
 */
export const R2wWidget = createComponent({
  react: React,
  tagName: 'r2w-widget',
  elementClass: R2wWidgetElement,
  displayName: 'R2wWidget',
  events: {
    onR2wReady: eventName('r2w-ready'),
    onR2wUploaded: eventName('r2w-uploaded'),
    onR2wExtracted: eventName('r2w-extracted'),
    onR2wPreview: eventName('r2w-preview'),
    onR2wCheckout: eventName('r2w-checkout'),
    onR2wPaid: eventName('r2w-paid'),
    onR2wPublished: eventName('r2w-published'),
    onR2wError: eventName('r2w-error'),
  },
});

/** The props `R2wWidget` takes, for components that pass them through. */
export type R2wWidgetProps = React.ComponentProps<typeof R2wWidget>;

export type { R2wWidgetElement };
export type { WidgetEventMap, WidgetEventName } from './widget-events.js';
