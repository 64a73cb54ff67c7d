/** A write refused because the slug is someone's address already (planned or live). */
export class SlugTakenError extends Error {
  constructor(readonly slug: string) {
    super(`the slug "${slug}" is taken`);
    this.name = 'SlugTakenError';
  }
}

/** The signature is missing, forged, for another secret, or older than the tolerance. */
export class WebhookSignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookSignatureError';
  }
}

/** Stripe could not be reached or answered 5xx/429: worth retrying later. */
export class PaymentProviderUnavailableError extends Error {
  /** Stripe answered with the saved result of an earlier request under the same Idempotency-Key. */
  readonly replayed: boolean;

  constructor(message: string, options: { cause?: unknown; replayed?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.name = 'PaymentProviderUnavailableError';
    this.replayed = options.replayed ?? false;
  }
}

/** `PaymentProviderError.code` when an idempotency key was reused with other parameters. */
export const STRIPE_IDEMPOTENCY_ERROR = 'idempotency_error';

/** Stripe refused the request (unknown session, bad price, …). */
export class PaymentProviderError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly statusCode: number | undefined,
    /** Stripe answered with the saved result of an earlier request under the same Idempotency-Key. */
    readonly replayed = false,
  ) {
    super(message);
    this.name = 'PaymentProviderError';
  }
}

/**
 * The provider could not be used or refused: `code` is the provider's OAuth error code when it
 * sent one (`invalid_grant`, …), else `provider_error`.
 */
export class OpenIdConnectError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
    this.name = 'OpenIdConnectError';
  }
}

/** Thrown by a handler for a failure that retrying cannot fix (a broken file, not a timeout). */
export class PermanentJobError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'PermanentJobError';
  }
}

/** A write refused because another account already has this email address. */
export class EmailTakenError extends Error {
  constructor() {
    super('the email address belongs to another account');
    this.name = 'EmailTakenError';
  }
}
