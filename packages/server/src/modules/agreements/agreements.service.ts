import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { dayAfter, todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { listEdits, recordAudit } from '../audit/index.ts';
import { findOrgById } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { applyAgreementEdit, type EditAgreementInput } from './agreements.edit.ts';
import { endAgreementOn } from './agreements.ending.ts';
import { agreementErrors } from './agreements.errors.ts';
import { type AgreementFilters, exportAgreements } from './agreements.export.ts';
import { createAgreementImport } from './agreements.import.ts';
import { checkMeasures } from './agreements.measures.ts';
import {
  type AgreementRow,
  type AgreementStatus,
  findAgreement,
  findText,
  listAgreements,
  listCoverage,
  type NewAgreement,
  saveText,
} from './agreements.repository.ts';
import { ownEnterprise, signAgreements } from './agreements.sign.ts';
import { exportAgreementStats, getAgreementStats, type StatsInput } from './agreements.stats.ts';
import { RENEWAL_DAYS } from './agreements.types.ts';
import { type CoverageInput, coverEnterprises } from './coverage.counts.ts';
import { readCoverageSheet } from './coverage.import.ts';
import { checkCoverageList } from './coverage.input.ts';

/**
 * A new agreement as entered: its row's fields, the effective day (the signing day when left out), its clauses, note,
 * what its measures cost (fen) and the people they reached (agreements.measures.ts; left out: not recorded), and the
 * enterprises it covers.
 */
export interface CreateAgreementInput
  extends Pick<NewAgreement, 'orgId' | 'kind' | 'level' | 'title' | 'employer' | 'signedOn' | 'expiresOn'>,
    Partial<Pick<NewAgreement, 'effectiveOn' | 'clauses' | 'note' | 'costFen' | 'reach'>> {
  enterprises?: CoverageInput[];
}

/** The list's filters and its page. */
export interface AgreementQueryInput extends AgreementFilters {
  page?: number;
  pageSize?: number;
}

/** A term in whole months: 2026-01-01 to 2028-12-31 is 36. */
function termMonths(from: string, expires: string): number {
  return Math.round(daysBetween(from, dayAfter(expires)) / 30.4375);
}

/** The agreement as the API shows it: its term and its status on `today`. */
export function presentAgreement(a: AgreementRow, today: string) {
  const status: AgreementStatus =
    a.effectiveOn > today
      ? 'pending'
      : a.endedOn && a.endedOn < today
        ? 'ended'
        : a.expiresOn < today
          ? 'expired'
          : daysBetween(today, a.expiresOn) <= RENEWAL_DAYS
            ? 'expiring'
            : 'in_force';
  const { orgPath: _path, ...rest } = a;
  return { ...rest, status, termMonths: termMonths(a.effectiveOn, a.expiresOn) };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function checkDates(input: CreateAgreementInput) {
  const effectiveOn = input.effectiveOn ?? input.signedOn;
  if (effectiveOn < input.signedOn) {
    throw agreementErrors.dates('effectiveOn', {
      zh: `生效日期 ${effectiveOn} 早于签订日期 ${input.signedOn}`,
      en: `The effective date ${effectiveOn} is before the signing date ${input.signedOn}`,
    });
  }
  if (input.expiresOn < effectiveOn) {
    throw agreementErrors.dates('expiresOn', {
      zh: `到期日期 ${input.expiresOn} 早于生效日期 ${effectiveOn}`,
      en: `The expiry date ${input.expiresOn} is before the effective date ${effectiveOn}`,
    });
  }
  return effectiveOn;
}

export function createAgreementsService(db: Db, clock: Clock) {
  async function getAgreementIn(
    actor: Actor,
    id: number,
    permission: 'agreements.read' | 'agreements.write',
  ) {
    const a = await findAgreement(db, id);
    if (!a) throw agreementErrors.notFound();
    requireAccess(actor, permission, { orgPath: a.orgPath });
    return a;
  }

  return {
    /** The agreements register (集体合同台账) brought in: template, dry run, all rows or none (ADR 41). */
    register: createAgreementImport(db, clock),

    /**
     * Enters a signed agreement with the enterprises it covers; the counts change in the same transaction. The
     * signing day is the decision's day (ADR 40): not in the future, a past day needs history.backdate; the
     * agreement counts as signed on it and in force from its effective day.
     */
    async createAgreement(actor: Actor, input: CreateAgreementInput) {
      const effectiveOn = checkDates(input);
      const measures = checkMeasures({ costFen: input.costFen, reach: input.reach });
      let enterprises = checkCoverageList(input.enterprises ?? []);
      return db.tx(async (sql) => {
        const union = await findOrgById(sql, input.orgId);
        if (!union) throw agreementErrors.unionNotFound();
        requireAccess(actor, 'agreements.write', { orgPath: union.path });
        const now = clock();
        effectiveDay(actor, input.signedOn, { zh: '签订', en: 'signing' }, [], { field: 'signedOn', now });
        if (input.level === 'enterprise' && !enterprises.length) {
          const own = await ownEnterprise(sql, union);
          if (!own) throw agreementErrors.noEnterprise();
          enterprises = [own];
        }
        const row = {
          kind: input.kind,
          level: input.level,
          title: input.title.trim(),
          employer: input.employer.trim(),
          signedOn: input.signedOn,
          effectiveOn,
          expiresOn: input.expiresOn,
          clauses: input.clauses ?? [],
          note: input.note?.trim() || null,
          ...measures,
        };
        const [id] = await signAgreements(sql, [
          { union, agreement: { ...row, createdBy: actor.userId || null }, enterprises },
        ]);
        await recordAudit(sql, actor, {
          action: 'agreement.create',
          entity: 'agreement',
          entityId: id,
          orgId: union.id,
          after: { ...row, orgId: union.id, enterprises: enterprises.length },
        });
        return presentAgreement((await findAgreement(sql, id)) as AgreementRow, todayInChina(now));
      });
    },

    /**
     * Ends an agreement before its expiry (终止) on the day it ended, its last day in force (ADR 40: not in the
     * future, not before it came into force nor after its expiry; a past day needs history.backdate), with the
     * reason. From the day after, it is no longer in force and its enterprises are no longer covered by it; the
     * counts change in the same transaction, so statistics as of any day show it.
     */
    async endAgreement(actor: Actor, id: number, input: { endedOn?: string; reason: string }) {
      await getAgreementIn(actor, id, 'agreements.write');
      const reason = input.reason.trim();
      if (!reason) {
        throw agreementErrors.dates('reason', { zh: '请填写终止原因', en: 'Give the reason it ended' });
      }
      return db.tx(async (sql) => {
        const now = clock();
        await endAgreementOn(sql, actor, id, { endedOn: input.endedOn, reason }, now);
        return presentAgreement((await findAgreement(sql, id)) as AgreementRow, todayInChina(now));
      });
    },

    async listAgreements(actor: Actor, q: AgreementQueryInput) {
      requireAccess(actor, 'agreements.read');
      let scope: Actor | { path: string } = actor;
      if (q.orgId) {
        const org = await findOrgById(db, q.orgId);
        if (!org) throw agreementErrors.unionNotFound();
        requireAccess(actor, 'agreements.read', { orgPath: org.path });
        scope = { path: org.path };
      }
      const today = todayInChina(clock());
      const page = await listAgreements(db, {
        scope,
        kind: q.kind,
        level: q.level,
        status: q.status,
        year: q.year,
        q: q.q?.trim() || undefined,
        on: today,
        renewalDays: RENEWAL_DAYS,
        page: q.page ?? 1,
        pageSize: q.pageSize ?? 20,
      });
      return { ...page, items: page.items.map((a) => presentAgreement(a, today)) };
    },

    /** The agreements as listed, as .xlsx (agreements.export.ts); audited. */
    async exportAgreements(actor: Actor, q: AgreementFilters) {
      requireAccess(actor, 'agreements.read');
      return exportAgreements(db, actor, q, todayInChina(clock()), (paging) =>
        this.listAgreements(actor, { ...q, ...paging }),
      );
    },

    /** Agreements signed in a year and the coverage of a union subtree, as of the service's day. */
    stats: (actor: Actor, input: StatsInput) => getAgreementStats(db, actor, input, clock()),
    exportStats: (actor: Actor, input: StatsInput) => exportAgreementStats(db, actor, input, clock()),

    async getAgreement(actor: Actor, id: number) {
      const a = await getAgreementIn(actor, id, 'agreements.read');
      return {
        agreement: presentAgreement(a, todayInChina(clock())),
        coverage: await listCoverage(db, id),
        edits: await listEdits(db, 'agreement', id),
      };
    },

    /**
     * Corrects an agreement's terms, dates, measures and (before it is in force) enterprises, with its counts
     * (ADR 60).
     */
    async editAgreement(actor: Actor, id: number, input: EditAgreementInput) {
      return db.tx(async (sql) => {
        const a = await findAgreement(sql, id, true);
        if (!a) throw agreementErrors.notFound();
        requireAccess(actor, 'agreements.write', { orgPath: a.orgPath });
        const now = clock();
        await applyAgreementEdit(sql, actor, a, input, { today: todayInChina(now), now });
        return presentAgreement((await findAgreement(sql, id)) as AgreementRow, todayInChina(now));
      });
    },

    /**
     * Imports the enterprises an agreement covers from .xlsx, .xls, .ods or .csv: added, or their counts updated when already
     * listed. Every row is checked first; one bad row and nothing is imported (the row errors are answered).
     */
    async importCoverage(actor: Actor, id: number, file: Buffer, fileName: string) {
      const a = await getAgreementIn(actor, id, 'agreements.write');
      const { rows, errors, total, notes } = await readCoverageSheet(file, fileName);
      if (errors.length || !rows.length) {
        const empty = errors.length
          ? []
          : [{ rowNo: 2, column: '', messageZh: '表中没有企业', messageEn: 'The sheet lists no enterprise' }];
        return { total, imported: 0, ...notes, errors: [...errors, ...empty] };
      }
      await db.tx(async (sql) => {
        const agreement = { id, orgId: a.orgId, orgPath: a.orgPath };
        await addCounts(sql, await coverEnterprises(sql, a.kind, [{ agreement, rows }]));
        await recordAudit(sql, actor, {
          action: 'agreement.coverage.import',
          entity: 'agreement',
          entityId: id,
          orgId: a.orgId,
          after: { fileName, enterprises: rows.length },
        });
      });
      return { total, imported: rows.length, ...notes, errors: [] };
    },

    async uploadText(actor: Actor, id: number, file: { name: string; mime: string; data: Buffer }) {
      const a = await getAgreementIn(actor, id, 'agreements.write');
      await db.tx(async (sql) => {
        await saveText(sql, id, file);
        await recordAudit(sql, actor, {
          action: 'agreement.text.upload',
          entity: 'agreement',
          entityId: id,
          orgId: a.orgId,
          after: { fileName: file.name },
        });
      });
    },

    async getText(actor: Actor, id: number) {
      await getAgreementIn(actor, id, 'agreements.read');
      const text = await findText(db, id);
      if (!text) throw agreementErrors.noText();
      return { ...text, data: Buffer.from(text.data) };
    },
  };
}

export type AgreementsService = ReturnType<typeof createAgreementsService>;
