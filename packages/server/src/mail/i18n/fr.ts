import type { MailStrings } from './en.js';

/** The words of every transactional email, in French (vous, like the site). */
export const mailFr: MailStrings = {
  greeting: 'Bonjour {name},',
  greetingNoName: 'Bonjour,',
  colon: ' :',
  linkFallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
  footerSentBy: 'Envoyé par {brand}.',
  footerReason: 'Vous recevez cet e-mail au sujet de votre compte {brand}.',

  passwordReset: {
    subject: 'Réinitialisez votre mot de passe {brand}',
    intro:
      'Une demande de réinitialisation du mot de passe de votre compte {brand} a été faite. Utilisez le bouton ci-dessous pour en choisir un nouveau.',
    button: 'Choisir un nouveau mot de passe',
    validity: 'Ce lien est valable pendant {duration} et ne fonctionne qu’une seule fois.',
    ignore: 'Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.',
  },
  verifyEmail: {
    subject: 'Confirmez votre adresse e-mail pour {brand}',
    intro: 'Bienvenue sur {brand} ! Veuillez confirmer qu’il s’agit bien de votre adresse e-mail.',
    button: 'Confirmer mon adresse e-mail',
    validity: 'Ce lien est valable pendant {duration}.',
    ignore: 'Si vous n’avez pas créé de compte sur {brand}, vous pouvez ignorer cet e-mail.',
  },
  passwordChanged: {
    subject: 'Votre mot de passe {brand} a été modifié',
    intro: 'Le mot de passe de votre compte {brand} a été modifié le {date}.',
    signedOut: 'Par sécurité, tous vos autres appareils ont été déconnectés.',
    notYou: 'Si vous n’êtes pas à l’origine de ce changement, réinitialisez votre mot de passe dès maintenant.',
    button: 'Réinitialiser mon mot de passe',
  },
  portfolioLive: {
    subject: 'Votre site web est en ligne',
    intro: 'Bonne nouvelle : votre site web est en ligne à l’adresse {url}.',
    button: 'Ouvrir votre site web',
    share: 'Partagez le lien avec les recruteurs et ajoutez-le à vos profils.',
  },
  paymentReceipt: {
    subject: 'Votre reçu {brand}',
    thanks: 'Merci pour votre paiement. Voici votre reçu.',
    amountLabel: 'Montant',
    dateLabel: 'Date',
    forLabel: 'Objet',
    forValue: 'Publication de votre site web « {slug} »',
    siteButton: 'Ouvrir votre site web',
    receiptLink: 'Reçu Stripe',
    keep: 'Conservez cet e-mail comme justificatif.',
  },
  siteTakenDown: {
    subject: 'Votre site web « {slug} » est hors ligne',
    intro: 'Votre site web « {slug} » a été mis hors ligne, car son paiement a été remboursé.',
    kept: 'Votre CV et votre style sont conservés dans votre compte.',
    publishAgain: 'Vous pourrez le republier à tout moment après avoir payé.',
  },
};
