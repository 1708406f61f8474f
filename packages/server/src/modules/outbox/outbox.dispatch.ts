import type { SmsConfig } from '../../config.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { Bilingual } from '../../shared/errors.ts';
import type { SmsProvider } from './outbox.provider.ts';
import { receiptReason } from './outbox.provider-errors.ts';
import { findSmsPurpose, isSecretPurpose, maskCode, secretParamNames } from './outbox.purposes.ts';
import {
  addDailyCount,
  applyReceipt,
  countSentTo,
  insertAttempt,
  listAwaitingReceipt,
  listStoredTemplates,
  lockDailyCount,
  lockNextQueued,
  type Outcome,
  type QueuedRow,
  updateOutcome,
} from './outbox.queue.repository.ts';

/** Tries before a transiently failing message is given up, and the first wait (doubled each time). */
export const MAX_ATTEMPTS = 6;
export const FIRST_RETRY_SECONDS = 30;

export interface DispatchSettings {
  provider: SmsProvider;
  config: Pick<SmsConfig, 'templates' | 'perNumberHour' | 'dailyBudget' | 'unitFen'>;
}

export interface DispatchResult {
  sent: number;
  failed: number;
  retried: number;
}

const REFUSALS: Record<string, Bilingual> = {
  NO_TEMPLATE: {
    zh: '未发送：该用途尚未配置短信模板（请在短信模板页填写或设置 GONGHUI_SMS_TEMPLATES）',
    en: 'Not sent: no SMS template is set for this purpose (set it on the templates page or in GONGHUI_SMS_TEMPLATES)',
  },
  NUMBER_HOURLY_LIMIT: {
    zh: '未发送：该号码一小时内的短信已达上限',
    en: 'Not sent: the hourly limit of messages to this number was reached',
  },
  DAILY_BUDGET: {
    zh: '未发送：本联合会今日短信预算已用完',
    en: 'Not sent: the federation’s daily SMS budget is used up',
  },
  GAVE_UP: { zh: '多次重试后仍未发出', en: 'Not sent after repeated tries' },
};

/** The template ids in force: GONGHUI_SMS_TEMPLATES wins over the ids set on the page (ADR 0083). */
export async function templatesInForce(
  sql: Sql,
  provider: string,
  fromEnv: Record<string, string>,
): Promise<Record<string, string>> {
  return { ...(await listStoredTemplates(sql, provider)), ...fromEnv };
}

/**
 * A secret message as kept once sent or given up: the code masked in the text, and every secret parameter (the
 * code; an account's first password) masked in the parameters.
 */
function forgetCode(row: QueuedRow, text?: string): Pick<Outcome, 'params' | 'text'> {
  if (!isSecretPurpose(row.purpose)) return {};
  const secret = secretParamNames(row.purpose);
  return {
    params: row.params.map((p) => (secret.has(p.name) ? { ...p, value: '******' } : p)),
    ...(text !== undefined ? { text: maskCode(text) } : {}),
  };
}

/**
 * One message: refused (no template, a limit), or sent with its answer recorded. The federation's daily row
 * is locked first, so the budget and the per-number limit hold across dispatchers.
 */
async function dispatchOne(
  sql: Sql,
  row: QueuedRow,
  s: DispatchSettings,
  now: Date,
  templates: Record<string, string>,
) {
  const attempts = row.attempts;
  const fail = (code: string): Outcome => ({
    state: 'failed',
    at: now,
    attempts,
    reasonCode: code,
    reason: REFUSALS[code],
    ...forgetCode(row, row.text),
  });
  const templateId = templates[row.purpose];
  if (!templateId || !findSmsPurpose(row.purpose)) return fail('NO_TEMPLATE');
  const day = todayInChina(now);
  const federation = row.federationId ?? 0;
  if ((await lockDailyCount(sql, federation, day)) >= s.config.dailyBudget) return fail('DAILY_BUDGET');
  const hourAgo = new Date(now.getTime() - 3_600_000);
  if ((await countSentTo(sql, row.to, hourAgo)) >= s.config.perNumberHour) return fail('NUMBER_HOURLY_LIMIT');
  const answer = await s.provider.send({ to: row.to, templateId, params: row.params });
  await insertAttempt(sql, { outboxId: row.id, at: now, provider: s.provider.name, ...answer });
  const tried = attempts + 1;
  if (answer.ok) {
    await addDailyCount(sql, federation, day);
    const billed = answer.billed ?? 1;
    return {
      state: 'sent',
      at: now,
      attempts: tried,
      templateId,
      serial: answer.serial,
      billed,
      feeFen: billed * s.config.unitFen,
      ...forgetCode(row, row.text),
    } satisfies Outcome;
  }
  if (answer.transient && tried < MAX_ATTEMPTS) {
    const wait = FIRST_RETRY_SECONDS * 2 ** (tried - 1) * 1000;
    return {
      state: 'queued',
      at: now,
      attempts: tried,
      templateId,
      nextAttemptAt: new Date(now.getTime() + wait),
      reasonCode: answer.code,
      reason: answer.reason ?? null,
    } satisfies Outcome;
  }
  return {
    state: 'failed',
    at: now,
    attempts: tried,
    templateId,
    reasonCode: answer.code,
    reason: answer.transient
      ? {
          zh: `${REFUSALS.GAVE_UP.zh}：${answer.reason?.zh}`,
          en: `${REFUSALS.GAVE_UP.en}: ${answer.reason?.en}`,
        }
      : (answer.reason ?? null),
    ...forgetCode(row, row.text),
  } satisfies Outcome;
}

/**
 * One round of the dispatcher: up to `limit` due queued messages, each in its own transaction with its row
 * locked (`for update skip locked`), so two processes never send one message twice and a crash repeats at most
 * the message in flight. Run by main.ts every few seconds; tests call it with their clock's moment.
 */
export async function dispatchSms(
  db: Db,
  s: DispatchSettings,
  now: Date,
  { limit = 50 } = {},
): Promise<DispatchResult> {
  const result: DispatchResult = { sent: 0, failed: 0, retried: 0 };
  const templates = await templatesInForce(db, s.provider.name, s.config.templates);
  for (let i = 0; i < limit; i++) {
    const done = await db.tx(async (sql) => {
      const row = await lockNextQueued(sql, now);
      if (!row) return false;
      const outcome = await dispatchOne(sql, row, s, now, templates);
      await updateOutcome(sql, row.id, outcome);
      if (outcome.state === 'sent') result.sent += 1;
      else if (outcome.state === 'failed') result.failed += 1;
      else result.retried += 1;
      return true;
    });
    if (!done) break;
  }
  return result;
}

/**
 * Delivery receipts: the provider's status reports applied to the sent messages (delivered, or failed with the
 * carrier's reason). Tencent hands over what is new since the last pull; Alibaba Cloud is asked about each message
 * sent in the last two days that has none yet. Returns how many messages changed.
 */
export async function pollSmsReceipts(
  db: Db,
  provider: SmsProvider,
  now: Date,
  { limit = 100 } = {},
): Promise<number> {
  const since = new Date(now.getTime() - 2 * 86_400_000);
  const waiting = await listAwaitingReceipt(db, provider.name, since, limit);
  if (provider.name !== 'tencent' && !waiting.length) return 0;
  const receipts = await provider.receipts(waiting);
  let changed = 0;
  await db.tx(async (sql) => {
    for (const r of receipts) {
      if (r.pending) continue;
      const reason = r.delivered ? null : receiptReason(r.code, r.description);
      if (
        await applyReceipt(sql, provider.name, r.serial, {
          delivered: r.delivered,
          at: now,
          code: r.code,
          reason,
        })
      )
        changed += 1;
    }
  });
  return changed;
}
