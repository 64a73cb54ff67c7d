/** A message ready to go: who it is for, and the rendered subject and bodies. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface SentMail {
  messageId: string;
  /** Where the message was written instead of sent (the embedded default). */
  file?: string;
}

/**
 * Sends email. Two implementations share this contract: SMTP (any server, Amazon SES's SMTP
 * interface included) and, with no SMTP server configured, `.eml` files in a folder.
 */
export interface Mailer {
  /** Throws when the message was not accepted; the mail job retries it. */
  send(mail: OutgoingMail): Promise<SentMail>;
  close(): void;
}
