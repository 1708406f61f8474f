/**
 * E-mail copies of staff reminders over SMTP (GONGHUI_SMTP_URL, nodemailer). An account sets its address and the
 * reminder kinds it wants by mail (`/api/account/mail`); `deliverMail` queues copies of committed in-app messages
 * of those kinds and sends them with retries, each attempt recorded. No SMTP configured: nothing is queued or sent.
 */
import { defineModule } from '../../module-manifest.ts';
import { mailRoutes } from './mail.routes.ts';
import { createMailService } from './mail.service.ts';

export {
  checkSmtp,
  createSmtpTransport,
  deliverMail,
  isTransient,
  MAIL_ATTEMPTS,
  type MailTransport,
  type SmtpSettings,
  smtpServerName,
} from './mail.delivery.ts';
export { MAIL_KINDS } from './mail.kinds.ts';
export { mailRoutes } from './mail.routes.ts';
export { createMailService, type MailService } from './mail.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'mail',
  todo: { nothingWaits: 'e-mail copies of messages: nothing waits' },
  description:
    "`mail_settings`, `mail_queue`, `mail_attempts` — staff reminders also by e-mail over SMTP (`GONGHUI_SMTP_URL`, nodemailer): an account's address and the reminder kinds it wants (`/api/account/mail`); `deliverMail` (main.ts, every minute, only when SMTP is configured) queues copies of committed messages of those kinds and sends them, rows claimed `for update skip locked` then leased, a transient SMTP error retried with backoff, every attempt recorded",
  dependencyNotes: { messages: '`listRecentMessages`' },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, config }) => ({ mail: createMailService(db, { configured: !!config.smtp }) }),
  routes: (app, s) => mailRoutes(app, s),
});
