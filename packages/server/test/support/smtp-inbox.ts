import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on a loopback port that keeps what it receives, parsed. */
export interface SmtpInbox {
  url: string;
  messages: ParsedMail[];
  /** Refuse the next `count` messages with a temporary failure (451), as a busy server does. */
  refuseNext(count: number): void;
  /** Attempts refused so far. */
  refused: number;
  /** Hang up on the next `count` connections as soon as they open (a server going away). */
  dropNext(count: number): void;
  /** Connections dropped so far. */
  dropped: number;
  /** The first message to `to` matching `match`, waiting up to `timeoutMs`. */
  waitFor(to: string, match?: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  to(address: string): ParsedMail[];
  close(): Promise<void>;
}

const recipients = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));

export async function startSmtpInbox(): Promise<SmtpInbox> {
  let refuse = 0;
  let drop = 0;
  const inbox: SmtpInbox = {
    url: '',
    messages: [],
    refused: 0,
    refuseNext: (count) => void (refuse = count),
    dropped: 0,
    dropNext: (count) => void (drop = count),
    to: (address) => inbox.messages.filter((m) => recipients(m).includes(address.toLowerCase())),
    async waitFor(to, match = () => true, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = inbox.to(to).find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no matching message to ${to} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      if (drop > 0) {
        drop--;
        inbox.dropped++;
        // Closes the connection before the greeting is complete.
        return callback(Object.assign(new Error('Going away'), { responseCode: 421 }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      if (refuse > 0) {
        refuse--;
        inbox.refused++;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          inbox.messages.push(mail);
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  inbox.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return inbox;
}

/** The link in a message's text that leads to `page` (`/reset-password`, `/verify-email`). */
export function linkTo(mail: { text?: string | undefined }, page: string): URL {
  const match = new RegExp(`https?://\\S+${page}\\?token=[A-Za-z0-9_%-]+`).exec(mail.text ?? '');
  if (!match) throw new Error(`no ${page} link in: ${mail.text}`);
  return new URL(match[0]);
}
