import { buildWidget } from './widget-harness.js';

/** Builds the widget once (tsc, then the rollup bundle) before the test files that load it run in parallel. */
export default function globalSetup(): void {
  buildWidget();
}
