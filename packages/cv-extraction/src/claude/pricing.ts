import type { ExtractionUsage } from '../extractor.js';
import type { Usage } from './anthropic-client.js';

/** What a Claude extraction costs: list prices per model, and a response's usage priced. */

/** US dollars per million tokens. */
export interface ModelPrice {
  input: number;
  output: number;
  /** 5-minute cache writes: 1.25 × input. */
  cacheWrite: number;
  /** Cache hits: 0.1 × input. */
  cacheRead: number;
}

/**
 * List prices per model family, checked on 2026-11-27 (standard tier, no batch discount, 5-minute
 * cache writes at 1.25 × input, cache reads at 0.1 × input). First matching prefix wins. A model not
 * listed costs 0, with a warning. Re-check when the model changes (ADR 0004 has the table).
 */
export const MODEL_PRICES: readonly { prefix: string; price: ModelPrice }[] = [
  ...['claude-opus-4-8', 'claude-opus-4-7', 'claude-opus-4-6', 'claude-opus-4-5'].map((prefix) => ({
    prefix,
    price: { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 },
  })),
  ...['claude-opus-4-1', 'claude-opus-4-0', 'claude-opus-4-2025'].map((prefix) => ({
    prefix,
    price: { input: 15, output: 75, cacheWrite: 18.75, cacheRead: 1.5 },
  })),
  { prefix: 'claude-sonnet-4', price: { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 } },
  { prefix: 'claude-haiku-4-5', price: { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 } },
];

export function priceOf(model: string): ModelPrice | undefined {
  return MODEL_PRICES.find((entry) => model.startsWith(entry.prefix))?.price;
}

/** `usage.input_tokens` excludes the cached part; cache writes and reads are priced separately. */
export function costUsd(price: ModelPrice, usage: Omit<ExtractionUsage, 'cost_usd'>): number {
  const micro =
    usage.input_tokens * price.input +
    usage.output_tokens * price.output +
    usage.cache_creation_input_tokens * price.cacheWrite +
    usage.cache_read_input_tokens * price.cacheRead;
  return Math.round(micro) / 1_000_000;
}

/** A response's token counts with their cost (0 for a model without a known price). */
export function usageOf(usage: Usage, price: ModelPrice | undefined): ExtractionUsage {
  const counts = {
    input_tokens: usage.input_tokens ?? 0,
    output_tokens: usage.output_tokens ?? 0,
    cache_read_input_tokens: usage.cache_read_input_tokens ?? 0,
    cache_creation_input_tokens: usage.cache_creation_input_tokens ?? 0,
  };
  return { ...counts, cost_usd: price ? costUsd(price, counts) : 0 };
}
