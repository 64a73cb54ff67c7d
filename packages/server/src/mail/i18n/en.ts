/**
 * The words of every transactional email, in English. Placeholders in braces are filled in by
 * mail-messages.ts; the layout escapes the filled text, so no string here may contain markup.
 */
export const mailEn = {
  greeting: 'Hi {name},',
  greetingNoName: 'Hi,',
  colon: ':',
  linkFallback: 'If the button doesn’t work, copy this link into your browser:',
  footerSentBy: 'Sent by {brand}.',
  footerReason: 'You are receiving this email because of your account with {brand}.',

  passwordReset: {
    subject: 'Reset your {brand} password',
    intro: 'Someone asked to reset the password of your {brand} account. Use the button below to set a new one.',
    button: 'Set a new password',
    validity: 'The link is valid for {duration} and works only once.',
    ignore: 'If this wasn’t you, just ignore this email: your password stays as it is.',
  },
  verifyEmail: {
    subject: 'Confirm your email address for {brand}',
    intro: 'Welcome to {brand}! Please confirm that this is your email address.',
    button: 'Confirm my email address',
    validity: 'The link is valid for {duration}.',
    ignore: 'If you didn’t create an account with {brand}, you can ignore this email.',
  },
  passwordChanged: {
    subject: 'Your {brand} password was changed',
    intro: 'The password of your {brand} account was changed on {date}.',
    signedOut: 'For your safety, every other device has been signed out.',
    notYou: 'If this wasn’t you, reset your password now.',
    button: 'Reset my password',
  },
  portfolioLive: {
    subject: 'Your website is live',
    intro: 'Good news: your website is live at {url}.',
    button: 'Open your website',
    share: 'Share the link with recruiters and add it to your profiles.',
  },
  paymentReceipt: {
    subject: 'Your {brand} receipt',
    thanks: 'Thank you for your payment. Here is your receipt.',
    amountLabel: 'Amount',
    dateLabel: 'Date',
    forLabel: 'For',
    forValue: 'Publishing your website “{slug}”',
    siteButton: 'Open your website',
    receiptLink: 'Stripe receipt',
    keep: 'Keep this email for your records.',
  },
  siteTakenDown: {
    subject: 'Your website “{slug}” is offline',
    intro: 'Your website “{slug}” was taken offline because its payment was refunded.',
    kept: 'Your CV and your design are kept in your account.',
    publishAgain: 'You can publish it again at any time after paying.',
  },
};

export type MailStrings = typeof mailEn;
