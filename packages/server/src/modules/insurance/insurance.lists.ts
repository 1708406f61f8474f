import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { listScopeSheet, recordFileName } from '../../shared/export-list.ts';
import { notSummedNote } from '../../shared/sheet-totals.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import type { IdProtector } from '../people/index.ts';
import { insuredOf } from './insurance.repository.ts';
import { err, idRevealer } from './insurance.shared.ts';
import { insuranceSteps } from './insurance.steps.ts';

/** Why the change list's days have no 合计: an addition's are billed, a removal's refunded (its premium negative). */
const DAYS_APART =
  '加保为生效日至保单止期计费的天数，减保为生效日至保单止期退费的天数，方向相反；保费调整的合计为加保与退费相抵后的净额';

const WHY_ZH = { left: '会员关系终止', not_eligible: '不再符合投保条件' } as const;

/** The lists for the insurer: the insured, and a month's additions and removals with their premium adjustments. */
export function createInsuredLists(db: Db, clock: Clock, ids: IdProtector | null = null) {
  const { today, policyInScope, auditList, changesOf, keepInStep } = insuranceSteps(clock);
  return {
    /**
     * The insurer's list: everyone the policy covered, with their days. ID numbers are masked unless `full` is asked
     * by a role that may reveal them (people.reveal_id, as for the member export); a full list is audited as an ID
     * export, a masked one as a list export.
     */
    async insuredXlsx(actor: Actor, id: number, full = false) {
      return db.tx(async (sql) => {
        const p = await policyInScope(sql, actor, id, 'insurance.read');
        const idOf = idRevealer(actor, full, ids);
        await keepInStep(sql, actor, p);
        const rows = await insuredOf(sql, p.id);
        if (rows.length > 50_000)
          throw err(
            'invalid',
            'INSURANCE_LIST_TOO_LONG',
            '被保险人超过50,000人，无法一次导出',
            'More than 50,000 insured: too many to export at once',
          );
        await auditList(sql, actor, p, full, { rows: rows.length });
        const sheet: XlsxSheet = {
          name: '被保险人清单',
          headers: [
            '序号',
            '姓名',
            '身份证号',
            '性别',
            '出生日期',
            '所在工会',
            '起保日期',
            '终止日期',
            '终止原因',
          ],
          rows: rows.map((r, i) => [
            i + 1,
            r.name,
            idOf(r),
            r.gender === 'female' ? '女' : '男',
            r.birthDate,
            r.orgName,
            r.fromOn,
            r.untilOn,
            r.removedWhy ? WHY_ZH[r.removedWhy as keyof typeof WHY_ZH] : null,
          ]),
          textColumns: [2],
          dateColumns: [4, 6, 7],
        };
        const scope = listScopeSheet(p.orgName, today(), { label: '被保险人数（人）', n: rows.length }, [
          '保单',
          p.title,
        ]);
        return {
          buffer: writeWorkbook([sheet, scope]),
          fileName: recordFileName(p.title, '被保险人清单', { day: today() }, full ? [] : ['脱敏']),
        };
      });
    },
    /**
     * The change list of a month for the insurer: additions (cover from a day of the month) and removals (cover
     * ending the day before a day of the month), each with the premium adjustment by the days of cover — an
     * addition pays from its first day to the policy's end, a removal is refunded from the day it takes effect —
     * at the premium per person over the policy's days, each row rounded to the fen.
     */
    /** A month's changes; without a month, this month's. */
    async changes(actor: Actor, id: number, asked?: string) {
      const month = asked ?? today().slice(0, 7);
      return db.tx(async (sql) => {
        const p = await policyInScope(sql, actor, id, 'insurance.read');
        await keepInStep(sql, actor, p);
        return changesOf(sql, p, month);
      });
    },
    async changesXlsx(actor: Actor, id: number, asked?: string, full = false) {
      const month = asked ?? today().slice(0, 7);
      return db.tx(async (sql) => {
        const p = await policyInScope(sql, actor, id, 'insurance.read');
        const idOf = idRevealer(actor, full, ids);
        await keepInStep(sql, actor, p);
        const c = await changesOf(sql, p, month);
        await auditList(sql, actor, p, full, { month, rows: c.rows.length });
        const sheet: XlsxSheet = {
          name: `${month}人员变动清单`,
          headers: [
            '序号',
            '变动类型',
            '姓名',
            '身份证号',
            '性别',
            '出生日期',
            '所在工会',
            '生效日期',
            '计费天数',
            '保费调整（元）',
            '终止原因',
          ],
          rows: [
            ...c.rows.map((r, i) => [
              i + 1,
              r.change === 'add' ? '加保' : '减保',
              r.name,
              idOf(r),
              r.gender === 'female' ? '女' : '男',
              r.birthDate,
              r.orgName,
              r.effectiveOn,
              r.days,
              r.fen / 100,
              r.removedWhy ? WHY_ZH[r.removedWhy as keyof typeof WHY_ZH] : null,
            ]),
            [null, '合计', null, null, null, null, null, null, null, c.netFen / 100, null],
            [notSummedNote('apart', ['计费天数'], DAYS_APART)],
          ],
          textColumns: [3],
          dateColumns: [5, 7],
          moneyColumns: [9],
        };
        const scope = listScopeSheet(p.orgName, today(), { label: '变动人次（人次）', n: c.rows.length }, [
          '保单',
          p.title,
        ]);
        return {
          buffer: writeWorkbook([sheet, scope]),
          fileName: recordFileName(p.title, '人员变动清单', { period: month }, full ? [] : ['脱敏']),
        };
      });
    },
  };
}
