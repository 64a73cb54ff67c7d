import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Mailer, OutgoingMail } from './mailer.js';

/** Mail through an SMTP server (`smtp://user:pass@host:587`, `smtps://…:465`). */
export function createSmtpMailer(options: { url: string; from: string; timeoutMs?: number }): Mailer {
  const timeout = options.timeoutMs ?? 30_000;
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  } as SMTPTransport.Options);
  return {
    async send(mail: OutgoingMail) {
      const info = await transport.sendMail({ from: options.from, ...mail });
      return { messageId: String(info.messageId) };
    },
    close: () => transport.close(),
  };
}

/**
 * The embedded default: each message is written as an `.eml` file (open it with any mail client)
 * into `dir`, so `npm start` works with no mail server and a developer can still follow the links.
 */
export function createEmlFileMailer(options: { dir: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail: OutgoingMail) {
      const info = await transport.sendMail({ from: options.from, ...mail });
      await mkdir(options.dir, { recursive: true });
      const id = String(info.messageId).replace(/[^A-Za-z0-9._-]/g, '');
      const file = path.join(options.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
      await writeFile(file, info.message as Buffer);
      return { messageId: String(info.messageId), file };
    },
    close: () => transport.close(),
  };
}
