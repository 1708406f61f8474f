import type { SmsConfig } from './config.ts';
import type { Db } from './db/db.ts';
import { countRound } from './http/metrics.ts';
import { escalateOverdueCases } from './modules/cases/index.ts';
import { remindCounsellingBookings } from './modules/counselling/index.ts';
import { sweepStaleJobs } from './modules/jobs/index.ts';
import { createSmtpTransport, deliverMail } from './modules/mail/index.ts';
import { deliverPending } from './modules/messages/index.ts';
import { purgeCounters } from './modules/onboarding/index.ts';
import {
  createSmsMessageDelivery,
  createSmsProvider,
  dispatchSms,
  pollSmsReceipts,
} from './modules/outbox/index.ts';
import { remindReturns } from './modules/returns/index.ts';
import { purgeSelectionCounters } from './modules/selections/index.ts';
import { remindWellness } from './modules/wellness/index.ts';
import type { Services } from './services.ts';

/**
 * The periodic work of a server (ADR 0080). Every process runs the same timers; each round first takes a
 * PostgreSQL advisory lock named after it on a connection of its own and skips when another process holds it, so
 * a round never runs in two processes at once. What a round does is also safe to repeat (a reminder is marked in
 * the transaction that sends it), so the next round anywhere finds nothing left of this one. PGlite has one process.
 */
export interface Round {
  name: string;
  everyMs: number;
  run(now: Date): Promise<unknown>;
}

/** A stable advisory-lock key per round name (FNV-1a, 32 bits, signed: pg_try_advisory_lock takes bigint). */
export function roundLockKey(name: string): number {
  let h = 0x811c9dc5;
  for (const c of `gonghui.round.${name}`) {
    h ^= c.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Runs one round unless another process is running it: 'ran' or 'skipped'. */
export async function runRound(db: Db, round: Round, now: Date): Promise<'ran' | 'skipped'> {
  const release = db.lock ? await db.lock(roundLockKey(round.name)) : async () => undefined;
  if (!release) return 'skipped';
  try {
    await round.run(now);
    return 'ran';
  } finally {
    await release();
  }
}

/** Jobs silent this long belong to a dead process (their heartbeat is every 10 s): failed, their staging removed. */
export const STALE_JOB_SECONDS = 120;

/** The rounds main.ts runs; `scale` shortens every interval (GONGHUI_ROUND_SECONDS, tests only). */
export function periodicRounds(
  db: Db,
  services: Services,
  { smtp, sms }: { smtp?: { url: string; from: string }; sms?: SmsConfig } = {},
): Round[] {
  const transport = smtp ? createSmtpTransport(smtp.url) : undefined;
  // Messages out of the app: SMS copies of the kinds each account chose go to the sender (modules/outbox); the rest
  // are only marked delivered.
  const smsCopies = createSmsMessageDelivery(services.sender);
  const smsProvider = sms ? createSmsProvider(sms) : undefined;
  return [
    {
      name: 'jobs.sweep',
      everyMs: 60_000,
      run: () => sweepStaleJobs(db, { staleSeconds: STALE_JOB_SECONDS }),
    },
    { name: 'messages.deliver', everyMs: 60_000, run: () => deliverPending(db, smsCopies) },
    // SMS through a provider (GONGHUI_SMS_PROVIDER): queued messages sent after their transaction committed, and
    // the provider's delivery receipts applied (ADR 83); rows are taken `for update skip locked`.
    ...(smsProvider && sms
      ? [
          {
            name: 'sms.dispatch',
            everyMs: 10_000,
            run: (now: Date) => dispatchSms(db, { provider: smsProvider, config: sms }, now),
          },
          {
            name: 'sms.receipts',
            everyMs: 60_000,
            run: (now: Date) => pollSmsReceipts(db, smsProvider, now),
          },
        ]
      : []),
    // Workers' requests past a deadline go one union up (ADR 0022); a deadline escalates once.
    { name: 'cases.escalate', everyMs: 600_000, run: (now) => escalateOverdueCases(db, now) },
    // Returns not yet submitted: reminded two working days before their deadline and on it, once each.
    { name: 'returns.remind', everyMs: 600_000, run: (now) => remindReturns(db, now) },
    // Counselling sessions of today and tomorrow: the worker and the counsellor reminded once.
    { name: 'counselling.remind', everyMs: 600_000, run: (now) => remindCounsellingBookings(db, now) },
    // 疗休养 and 体检 nominees: told where to go and what to bring two days before their batch, once.
    { name: 'wellness.remind', everyMs: 600_000, run: (now) => remindWellness(db, now) },
    // Expired sessions, old sign-in attempts and old request counters: hourly housekeeping.
    {
      name: 'housekeeping',
      everyMs: 3_600_000,
      run: async (now) => {
        await services.auth.purgeExpiredSessions();
        await purgeCounters(db, now);
        await purgeSelectionCounters(db, now);
        await services.codeSignIn.purgeOld(now);
      },
    },
    // Staff reminders copied by e-mail (modules/mail), only when an SMTP server is configured.
    ...(smtp && transport
      ? [
          {
            name: 'mail.deliver',
            everyMs: 60_000,
            run: (now: Date) => deliverMail(db, transport, smtp, () => now),
          },
        ]
      : []),
  ];
}

export interface RoundTimers {
  /** Stops the timers and waits for the rounds under way. */
  stop(): Promise<void>;
}

/**
 * Starts a timer per round. A round still running when its timer fires again is not started twice; an error is
 * handed to `onError` and the next round tries again.
 */
export function startRounds(
  db: Db,
  rounds: Round[],
  options: { clock: () => Date; everyMs?: number; onError?: (round: string, err: unknown) => void },
): RoundTimers {
  const running = new Map<string, Promise<unknown>>();
  const timers = rounds.map((round) => {
    const timer = setInterval(() => {
      if (running.has(round.name)) return;
      const p = runRound(db, round, options.clock())
        .then((outcome) => countRound(round.name, outcome))
        .catch((err) => {
          countRound(round.name, 'failed');
          options.onError?.(round.name, err);
        })
        .finally(() => running.delete(round.name));
      running.set(round.name, p);
    }, options.everyMs ?? round.everyMs);
    timer.unref();
    return timer;
  });
  return {
    async stop() {
      for (const t of timers) clearInterval(t);
      await Promise.all(running.values());
    },
  };
}
