import { type Actor, requireAccess } from '../../access/access.ts';
import type { SmsConfig } from '../../config.ts';
import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import {
  countDeliveries,
  countFailureReasons,
  type DeliveryRow,
  findDelivery,
  listAttempts,
  listDeliveries,
  upsertStoredTemplate,
} from './outbox.delivery.repository.ts';
import { templatesInForce } from './outbox.dispatch.ts';
import { smsErrors } from './outbox.errors.ts';
import { listMessageSmsStates, listSmsKinds, replaceSmsKinds } from './outbox.prefs.repository.ts';
import {
  findSmsPurpose,
  isSecretPurpose,
  maskCode,
  SMS_PURPOSES,
  smsMessageKinds,
} from './outbox.purposes.ts';
import { listStoredTemplates } from './outbox.queue.repository.ts';

const iso = (t: unknown) => (t == null ? null : new Date(t as string).toISOString());

/** The China month of `now` as [start, end) moments. */
function monthOf(now: Date): { month: string; from: Date; to: Date } {
  const month = todayInChina(now).slice(0, 7);
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { month, from: new Date(`${month}-01T00:00:00+08:00`), to: new Date(`${next}-01T00:00:00+08:00`) };
}

/** A row as the page shows it: a one-time code is never shown, whatever its state. */
function shown(r: DeliveryRow) {
  const purpose = findSmsPurpose(r.purpose);
  return {
    id: r.id,
    to: r.to,
    purpose: r.purpose,
    purposeZh: purpose?.zh ?? r.purpose,
    purposeEn: purpose?.en ?? r.purpose,
    text: isSecretPurpose(r.purpose) ? maskCode(r.text) : r.text,
    state: r.state as 'queued' | 'sent' | 'delivered' | 'failed',
    attempts: r.attempts,
    orgName: r.orgName,
    createdAt: iso(r.createdAt) as string,
    sentAt: iso(r.sentAt),
    deliveredAt: iso(r.deliveredAt),
    failedAt: iso(r.failedAt),
    nextAttemptAt: iso(r.nextAttemptAt),
    reasonZh: r.reasonZh,
    reasonEn: r.reasonEn,
    feeFen: r.feeFen,
  };
}

export interface DeliveryQuery {
  state?: 'queued' | 'sent' | 'delivered' | 'failed';
  phone?: string;
  page?: number;
  pageSize?: number;
}

/** The delivery page, the template page and each account's SMS choices (ADR 0083). */
export function createSmsService(
  db: Db,
  config: Pick<SmsConfig, 'provider' | 'templates' | 'unitFen'>,
  clock: () => Date,
) {
  return {
    /** This month's counts and failure reasons, within the actor's subtree. */
    async deliverySummary(actor: Actor) {
      requireAccess(actor, 'sms.read');
      const { month, from, to } = monthOf(clock());
      const [counts, reasons] = await Promise.all([
        countDeliveries(db, actor, from, to),
        countFailureReasons(db, actor, from, to),
      ]);
      return { provider: config.provider, month, unitFen: config.unitFen, ...counts, reasons };
    },

    async listDeliveries(actor: Actor, q: DeliveryQuery) {
      requireAccess(actor, 'sms.read');
      const pageSize = q.pageSize ?? 20;
      const page = q.page ?? 1;
      const found = await listDeliveries(db, actor, {
        state: q.state,
        phone: q.phone,
        page,
        pageSize,
      });
      return { items: found.items.map(shown), total: found.total, page, pageSize };
    },

    /** One message with every attempt and the provider's answers; another union's answers 404 (ADR 72). */
    async getDelivery(actor: Actor, id: number) {
      requireAccess(actor, 'sms.read');
      const row = await findDelivery(db, id);
      if (!row) throw smsErrors.deliveryNotFound(id);
      if (actor.scopePath !== '/') requireAccess(actor, 'sms.read', { orgPath: row.orgPath });
      const attempts = await listAttempts(db, id);
      return {
        ...shown(row),
        tries: attempts.map((a) => ({ ...a, attemptedAt: iso(a.attemptedAt) as string })),
      };
    },

    /** Every purpose with its parameters in the provider's order and the template id in force. */
    async listTemplates(actor: Actor) {
      requireAccess(actor, 'sms.templates');
      const stored = await listStoredTemplates(db, config.provider);
      const inForce = await templatesInForce(db, config.provider, config.templates);
      return {
        provider: config.provider,
        items: SMS_PURPOSES.map((p) => ({
          purpose: p.purpose,
          zh: p.zh,
          en: p.en,
          secret: p.secret === true,
          messageKind: p.messageKind === true,
          params: p.params.map((x, i) => ({ position: i + 1, name: x.name, zh: x.zh, en: x.en })),
          templateId: inForce[p.purpose] ?? null,
          source: config.templates[p.purpose]
            ? ('env' as const)
            : stored[p.purpose]
              ? ('page' as const)
              : null,
        })),
      };
    },

    /** Sets (or clears, null) a purpose's template id on the page; an id from the environment cannot be changed. */
    async setTemplate(actor: Actor, purpose: string, templateId: string | null) {
      requireAccess(actor, 'sms.templates');
      if (!findSmsPurpose(purpose)) throw smsErrors.unknownPurpose(purpose);
      if (config.templates[purpose]) throw smsErrors.templateFromEnv(purpose);
      await upsertStoredTemplate(db, {
        provider: config.provider,
        purpose,
        templateId: templateId?.trim() || null,
        at: clock(),
        userId: actor.userId,
      });
      const all = await this.listTemplates(actor);
      return all.items.find((i) => i.purpose === purpose) as (typeof all.items)[number];
    },

    /** The signed-in account's choice of message kinds that also come by SMS. */
    async getPreferences(actor: Actor) {
      requireAccess(actor, 'messages.read');
      const chosen = new Set(await listSmsKinds(db, actor.userId));
      return {
        codesAlways: true as const,
        kinds: smsMessageKinds(actor.role === 'worker').map((kind) => {
          const p = findSmsPurpose(kind);
          return { kind, zh: p?.zh ?? kind, en: p?.en ?? kind, sms: chosen.has(kind) };
        }),
      };
    },

    async setPreferences(actor: Actor, kinds: string[]) {
      requireAccess(actor, 'messages.read');
      const allowed = new Set(smsMessageKinds(actor.role === 'worker'));
      const bad = kinds.find((k) => !allowed.has(k));
      if (bad) throw smsErrors.unknownKind(bad);
      await db.tx((sql) => replaceSmsKinds(sql, actor.userId, [...new Set(kinds)]));
      return this.getPreferences(actor);
    },

    /** The SMS state of the account's own in-app messages (absent: none was sent by SMS). */
    async messageStates(actor: Actor, ids: number[]) {
      requireAccess(actor, 'messages.read');
      if (!ids.length) return { items: [] };
      return { items: await listMessageSmsStates(db, actor.userId, ids) };
    },
  };
}

export type SmsService = ReturnType<typeof createSmsService>;
