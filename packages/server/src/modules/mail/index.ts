/**
 * E-mail copies of staff reminders over SMTP (GONGHUI_SMTP_URL, nodemailer). An account sets its address and the
 * reminder kinds it wants by mail (`/api/account/mail`); `deliverMail` queues copies of committed in-app messages
 * of those kinds and sends them with retries, each attempt recorded. No SMTP configured: nothing is queued or sent.
 */
export {
  createSmtpTransport,
  deliverMail,
  isTransient,
  MAIL_ATTEMPTS,
  type MailTransport,
  type SmtpSettings,
} from './mail.delivery.ts';
export { MAIL_KINDS } from './mail.kinds.ts';
export { mailRoutes } from './mail.routes.ts';
export { createMailService, type MailService } from './mail.service.ts';
export const mailMigrations = new URL('./migrations/', import.meta.url);
