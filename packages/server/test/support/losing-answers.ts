import type { TestApp } from './test-app.js';

/**
 * Runs `work` while the answers of keyed requests cannot be kept: as if the process died right
 * after the request's writes, before its `Idempotency-Key` answer was stored.
 */
export async function losingAnswers<T>(app: TestApp, work: () => Promise<T>): Promise<T> {
  const store = app.container.services.infra.idempotencyKeys;
  const complete = store.complete.bind(store);
  store.complete = () => Promise.reject(new Error('the process died before keeping the answer'));
  try {
    return await work();
  } finally {
    store.complete = complete;
  }
}
