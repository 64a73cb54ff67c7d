import type { Balancer } from './scale-out-balancer.js';
import { runUserFlow, type CompletedFlow, type SimulatedUser } from './scale-out-client.js';
import { corpusFileFor } from './scale-out-corpus.js';

/**
 * Many simulated people at once, closed loop: `concurrency` flows run at a time and the next person
 * starts when one finishes, as a queue of sign-ups would arrive at a service that keeps up.
 */

export interface LoadOptions {
  balancer: Balancer;
  users: number;
  concurrency: number;
  /** Makes emails and files unique to this run. */
  tag: string;
  /** Called after each flow ends, with how many have ended so far. */
  onFlowEnded?: (ended: number) => void;
}

export interface FailedFlow {
  user: SimulatedUser;
  error: unknown;
}

export interface LoadResult {
  completed: CompletedFlow[];
  failed: FailedFlow[];
  elapsedMs: number;
}

export function simulatedUser(index: number, tag: string): SimulatedUser {
  return {
    index,
    email: `user-${index}-${tag}@scale-out.example`,
    ip: `10.77.${Math.floor(index / 250)}.${(index % 250) + 1}`,
    file: corpusFileFor(index, tag),
  };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const completed: CompletedFlow[] = [];
  const failed: FailedFlow[] = [];
  let next = 0;
  let ended = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < options.users) {
      const user = simulatedUser(next++, options.tag);
      try {
        completed.push(await runUserFlow(options.balancer, user));
      } catch (error) {
        failed.push({ user, error });
      }
      options.onFlowEnded?.(++ended);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.users) }, lane));
  return { completed, failed, elapsedMs: performance.now() - started };
}
