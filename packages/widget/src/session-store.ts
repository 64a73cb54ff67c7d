import { FLOW_IDS, STEPS, type FlowState } from './flow-state.js';

const PREFIX = 'r2w-widget:';

/** The `sessionStorage` key for one API base and publishable key, so two widgets never mix their flows. */
export function storageKey(apiBase: string, publishableKey: string): string {
  return `${PREFIX}${apiBase}|${publishableKey}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage disabled (sandboxed frame, privacy settings)
  }
}

/** The saved flow, or a fresh one when nothing (valid) is stored. */
export function loadFlow(key: string): FlowState {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return { step: 'upload' };
    const parsed = JSON.parse(raw) as Partial<FlowState>;
    const flow: FlowState = { step: parsed.step && STEPS.includes(parsed.step) ? parsed.step : 'upload' };
    for (const name of FLOW_IDS) {
      const value = parsed[name];
      if (typeof value === 'string') flow[name] = value;
    }
    return flow;
  } catch {
    return { step: 'upload' };
  }
}

export function saveFlow(key: string, flow: FlowState): void {
  try {
    storage()?.setItem(key, JSON.stringify(flow));
  } catch {
    // quota or disabled storage: the flow still works, it just does not survive a reload
  }
}

export function clearFlow(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing to clear
  }
}
