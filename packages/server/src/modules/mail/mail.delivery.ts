import nodemailer from 'nodemailer';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { listRecentMessages } from '../messages/index.ts';
import { MAIL_KIND_KEYS } from './mail.kinds.ts';
import { claimDueMail, insertQueuedMail, listMailSettings, recordMailAttempt } from './mail.repository.ts';

/** What sends one e-mail: nodemailer's transport, or a test's. Answers the SMTP server's final reply. */
export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<{ response?: string }>;
}

export interface SmtpSettings {
  /** smtp://user:password@host:port or smtps://… (GONGHUI_SMTP_URL). */
  url: string;
  /** The sender address (GONGHUI_SMTP_FROM). */
  from: string;
}

/** Attempts an e-mail gets before it is given up, and the longest wait between two. */
export const MAIL_ATTEMPTS = 8;
export const MAX_RETRY_MINUTES = 60;
const LEASE_SECONDS = 300;

/** The transport of GONGHUI_SMTP_URL. */
export function createSmtpTransport(url: string): MailTransport {
  return nodemailer.createTransport(url);
}

/** Where GONGHUI_SMTP_URL points, without its user and password: `smtps://smtp.example.org:465`. */
export function smtpServerName(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}

/**
 * Connects to the SMTP server and signs in as GONGHUI_SMTP_URL says, sending nothing: null when it answers, else
 * its answer or why there was none (a wrong password's 535, a refused connection). The server's start says it, so
 * an operator learns of a wrong setting before the first reminder fails unseen in mail_attempts.
 */
export async function checkSmtp(url: string): Promise<string | null> {
  const transport = nodemailer.createTransport(url);
  try {
    await transport.verify();
    return null;
  } catch (e) {
    return describe(e);
  } finally {
    transport.close();
  }
}

/**
 * Whether an SMTP error may pass if tried again: a 4xx reply (mailbox busy, greylisting, too many connections) or no
 * reply at all (connection refused or cut, timeout). A 5xx reply (unknown recipient, refused sender, bad
 * credentials) is permanent.
 */
export function isTransient(err: unknown): boolean {
  const code = (err as { responseCode?: number }).responseCode;
  if (typeof code === 'number') return code >= 400 && code < 500;
  return true;
}

const describe = (err: unknown) => {
  const e = err as { responseCode?: number; response?: string; message?: string; code?: string };
  return e.response ?? `${e.code ?? 'error'}: ${e.message ?? String(err)}`;
};

/**
 * Queues an e-mail for each committed message of the last day, of a kind its account chose, written since the
 * address was given; a message already queued is skipped.
 */
async function queueMessageMail(db: Db, now: Date): Promise<number> {
  const settings = await listMailSettings(db);
  if (!settings.length) return 0;
  const byUser = new Map(settings.map((s) => [s.userId, s]));
  const messages = await listRecentMessages(db, [...byUser.keys()], MAIL_KIND_KEYS);
  const mails = messages.flatMap((m) => {
    const s = byUser.get(m.userId);
    if (!s?.kinds.includes(m.kind) || new Date(m.createdAt) < new Date(s.since)) return [];
    return [
      {
        messageId: m.id,
        userId: m.userId,
        to: s.email,
        subject: `${m.titleZh} / ${m.titleEn}`,
        body: `${m.bodyZh}\n\n${m.bodyEn}`,
      },
    ];
  });
  return insertQueuedMail(db, mails, now);
}

/** Minutes before attempt n + 1: 1, 2, 4 … at most MAX_RETRY_MINUTES. */
export const retryMinutes = (attempts: number) => Math.min(MAX_RETRY_MINUTES, 2 ** (attempts - 1));

/**
 * One round: queues e-mail copies of the committed staff messages whose accounts asked for them, then sends the due
 * ones (up to `limit`), each attempt recorded. A transient failure is tried again after 1, 2, 4 … minutes, at most
 * MAIL_ATTEMPTS times; a permanent one is not. Returns how many were sent. main.ts runs a round every minute when
 * GONGHUI_SMTP_URL is set; without it nothing is queued.
 */
export async function deliverMail(
  db: Db,
  transport: MailTransport,
  settings: Pick<SmtpSettings, 'from'>,
  clock: Clock,
  { limit = 50 }: { limit?: number } = {},
): Promise<{ queued: number; sent: number; retried: number; failed: number }> {
  const queued = await queueMessageMail(db, clock());
  const due = await db.tx((sql) => claimDueMail(sql, clock(), limit, LEASE_SECONDS));
  const counts = { queued, sent: 0, retried: 0, failed: 0 };
  for (const mail of due) {
    try {
      const info = await transport.sendMail({
        from: settings.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.body,
      });
      await recordMailAttempt(db, mail.id, clock(), { ok: true, response: info.response ?? 'sent' });
      counts.sent++;
    } catch (err) {
      const again = isTransient(err) && mail.attempts < MAIL_ATTEMPTS;
      const now = clock();
      const retryAt = again ? new Date(now.getTime() + retryMinutes(mail.attempts) * 60_000) : null;
      await recordMailAttempt(db, mail.id, now, { ok: false, response: describe(err), retryAt });
      if (again) counts.retried++;
      else counts.failed++;
    }
  }
  return counts;
}
