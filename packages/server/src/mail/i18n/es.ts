import type { MailStrings } from './en.js';

/** The words of every transactional email, in Spanish (tú, like the site). */
export const mailEs: MailStrings = {
  greeting: 'Hola, {name}:',
  greetingNoName: '¡Hola!',
  colon: ':',
  linkFallback: 'Si el botón no funciona, copia este enlace en tu navegador:',
  footerSentBy: 'Enviado por {brand}.',
  footerReason: 'Recibes este correo por tu cuenta en {brand}.',

  passwordReset: {
    subject: 'Restablece tu contraseña de {brand}',
    intro:
      'Alguien ha pedido restablecer la contraseña de tu cuenta en {brand}. Usa el botón de abajo para elegir una nueva.',
    button: 'Elegir una contraseña nueva',
    validity: 'El enlace es válido durante {duration} y solo se puede usar una vez.',
    ignore: 'Si no has sido tú, ignora este correo: tu contraseña seguirá siendo la misma.',
  },
  verifyEmail: {
    subject: 'Confirma tu correo electrónico para {brand}',
    intro: '¡Te damos la bienvenida a {brand}! Confirma que esta es tu dirección de correo electrónico.',
    button: 'Confirmar mi correo electrónico',
    validity: 'El enlace es válido durante {duration}.',
    ignore: 'Si no has creado una cuenta en {brand}, puedes ignorar este correo.',
  },
  passwordChanged: {
    subject: 'Se ha cambiado tu contraseña de {brand}',
    intro: 'La contraseña de tu cuenta en {brand} se cambió el {date}.',
    signedOut: 'Por seguridad, hemos cerrado la sesión en todos los demás dispositivos.',
    notYou: 'Si no has sido tú, restablece tu contraseña ahora.',
    button: 'Restablecer mi contraseña',
  },
  portfolioLive: {
    subject: 'Tu sitio web ya está en línea',
    intro: '¡Buenas noticias! Tu sitio web ya está en línea en {url}.',
    button: 'Abrir tu sitio web',
    share: 'Comparte el enlace con reclutadores y añádelo a tus perfiles.',
  },
  paymentReceipt: {
    subject: 'Tu recibo de {brand}',
    thanks: 'Gracias por tu pago. Este es tu recibo.',
    amountLabel: 'Importe',
    dateLabel: 'Fecha',
    forLabel: 'Concepto',
    forValue: 'Publicación de tu sitio web «{slug}»',
    siteButton: 'Abrir tu sitio web',
    receiptLink: 'Recibo de Stripe',
    keep: 'Guarda este correo como comprobante.',
  },
  siteTakenDown: {
    subject: 'Tu sitio web «{slug}» ya no está en línea',
    intro: 'Hemos desconectado tu sitio web «{slug}» porque se ha reembolsado el pago.',
    kept: 'Tu CV y tu diseño se conservan en tu cuenta.',
    publishAgain: 'Puedes volver a publicarlo cuando quieras después de pagar.',
  },
};
