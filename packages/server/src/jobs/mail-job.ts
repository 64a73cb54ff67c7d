import type { JobQueue } from '../adapters/job-queue.js';
import {
  MAIL_QUEUE,
  PASSWORD_RESET_REQUEST,
  SEND_MAIL,
  type AccountMail,
  type SendMailPayload,
} from '../services/account-mail.js';

/** Sends the product's email; a failed send throws, and the queue retries it with backoff. */
export function registerMailJob(queue: JobQueue, mail: AccountMail): void {
  queue.process(
    MAIL_QUEUE,
    async (job) => {
      if (job.name === PASSWORD_RESET_REQUEST) return mail.handlePasswordResetRequest(String(job.payload.email));
      if (job.name === SEND_MAIL) return mail.deliver(job.payload as unknown as SendMailPayload);
    },
    { concurrency: 4 },
  );
}
