import type { MailStrings } from './en.js';

/** The words of every transactional email, in German (Sie, like the site). */
export const mailDe: MailStrings = {
  greeting: 'Hallo {name},',
  greetingNoName: 'Guten Tag,',
  colon: ':',
  linkFallback: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
  footerSentBy: 'Gesendet von {brand}.',
  footerReason: 'Sie erhalten diese E-Mail, weil Sie ein Konto bei {brand} haben.',

  passwordReset: {
    subject: 'Ihr Passwort bei {brand} zurücksetzen',
    intro:
      'Jemand möchte das Passwort Ihres Kontos bei {brand} zurücksetzen. Über die Schaltfläche unten legen Sie ein neues fest.',
    button: 'Neues Passwort festlegen',
    validity: 'Der Link ist {duration} lang gültig und funktioniert nur einmal.',
    ignore: 'Falls Sie das nicht waren, ignorieren Sie diese E-Mail einfach: Ihr Passwort bleibt unverändert.',
  },
  verifyEmail: {
    subject: 'Bestätigen Sie Ihre E-Mail-Adresse für {brand}',
    intro: 'Willkommen bei {brand}! Bitte bestätigen Sie, dass dies Ihre E-Mail-Adresse ist.',
    button: 'E-Mail-Adresse bestätigen',
    validity: 'Der Link ist {duration} lang gültig.',
    ignore: 'Falls Sie kein Konto bei {brand} erstellt haben, können Sie diese E-Mail ignorieren.',
  },
  passwordChanged: {
    subject: 'Ihr Passwort bei {brand} wurde geändert',
    intro: 'Das Passwort Ihres Kontos bei {brand} wurde am {date} geändert.',
    signedOut: 'Zu Ihrer Sicherheit wurden alle anderen Geräte abgemeldet.',
    notYou: 'Falls Sie das nicht waren, setzen Sie Ihr Passwort jetzt zurück.',
    button: 'Passwort zurücksetzen',
  },
  portfolioLive: {
    subject: 'Ihre Website ist online',
    intro: 'Gute Nachricht: Ihre Website ist jetzt online unter {url}.',
    button: 'Ihre Website öffnen',
    share: 'Teilen Sie den Link mit Recruitern und fügen Sie ihn Ihren Profilen hinzu.',
  },
  paymentReceipt: {
    subject: 'Ihr Zahlungsbeleg von {brand}',
    thanks: 'Vielen Dank für Ihre Zahlung. Hier ist Ihr Beleg.',
    amountLabel: 'Betrag',
    dateLabel: 'Datum',
    forLabel: 'Für',
    forValue: 'Veröffentlichung Ihrer Website „{slug}“',
    siteButton: 'Ihre Website öffnen',
    receiptLink: 'Stripe-Beleg',
    keep: 'Bewahren Sie diese E-Mail als Nachweis auf.',
  },
  siteTakenDown: {
    subject: 'Ihre Website „{slug}“ ist offline',
    intro: 'Ihre Website „{slug}“ wurde offline genommen, weil die Zahlung erstattet wurde.',
    kept: 'Ihr Lebenslauf und Ihr Design bleiben in Ihrem Konto erhalten.',
    publishAgain: 'Nach einer erneuten Zahlung können Sie die Website jederzeit wieder veröffentlichen.',
  },
};
