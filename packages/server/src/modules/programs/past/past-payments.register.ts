import type { Db } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { invalid } from '../../../shared/errors.ts';
import { nameColumn, noteColumn } from '../../../shared/register-columns.ts';
import { defineRegister } from '../../../shared/register-define.ts';
import type { RegisterSpec } from '../../../shared/register-sheet.ts';
import type { IdProtector } from '../../people/index.ts';
import { type PastKey, planPastPayments } from './past-payments.plan.ts';
import { insertPastPayments } from './past-payments.repository.ts';

/**
 * The register of payments to people before the platform, or paid outside it (以往发放台账, issue 42, ADR 74):
 * one row per payment — the person (身份证号, 姓名 as a check), the program by name, the amount actually paid, the
 * day approved and the day paid. Each is written as an application approved on its day with that amount, its
 * entitlement and a batch paid on the day paid, so the programs' statistics and the ledger count it in its month
 * and year. The program's present period, amount and eligibility are not asked: that decision was made then.
 * Nobody is told. All rows or none.
 */
export const PAST_PAYMENTS_REGISTER: RegisterSpec<PastKey> = {
  title: { zh: '以往发放台账', en: 'register of past payments to people' },
  maxRows: 50_000,
  notes: [
    '每行一笔已经发放给个人的款项（如2016—2019年的专利助推、名师带徒津贴），按当时实际发放的金额填写。',
    '项目须是平台上已有的项目（可为已结束的项目），填写项目名称；不按项目现在的项目期、金额标准和申请条件核对。',
    '统计按批准日期计入批准数和批准金额，按发放日期计入已发放金额；台账中生成已批准、已发放的记录，不进入待发放批次。',
    '同一人同一项目批准日期、发放日期和金额都相同的两笔视为重复，请合并为一行；已登记的款项原样再次出现时跳过并计为已在册（台账可每年整表上传），备注与已登记的不一致则报错，不会覆盖。',
  ],
  notesEn: [
    'One payment already made to a person per row (such as patent support or master-apprentice stipends in 2016–2019), with the amount actually paid at the time.',
    "The program must be one already on the platform (it may have ended); give its name. The program's present period, amount and eligibility are not checked.",
    'The figures count approvals and amounts approved by the day approved, and amounts paid by the day paid; the ledger gains records approved and paid, which go into no batch awaiting payment.',
    'Two payments to the same person in the same program with the same day approved, day paid and amount are taken as duplicates: merge them into one row; a payment on record already is skipped and counted as on record when the file gives it as it stands (a register may be sent whole every year), refused when its note differs, never overwritten.',
  ],
  columns: [
    {
      key: 'idNumber',
      header: '身份证号',
      en: 'ID number',
      aliases: ['身份证号码', '公民身份号码'],
      required: true,
      kind: 'text',
      max: 30,
      note: '本工会范围内会员的身份证号（须已在平台上）',
      noteEn: 'The ID number of a member of your union or a union under it (already on the platform)',
      example: '',
    },
    nameColumn({
      note: { zh: '须与身份证号登记的姓名一致', en: 'Must match the name registered for the ID number' },
      example: '张伟',
    }),
    {
      key: 'program',
      header: '项目',
      en: 'program',
      aliases: ['项目名称', '资助项目', '发放项目'],
      required: true,
      kind: 'text',
      max: 200,
      note: '平台上项目的名称（本工会或上级工会的项目）',
      noteEn: "The name of a program on the platform (your union's or that of a union above it)",
      example: '名师带徒',
    },
    {
      key: 'amount',
      header: '实发金额（元）',
      en: 'amount paid (yuan)',
      aliases: ['实发金额', '发放金额', '金额', '金额（元）'],
      required: true,
      kind: 'money',
      note: '当时实际发放的金额，元，大于0；可与项目现在的金额标准不同',
      noteEn:
        "The amount actually paid at the time, in yuan, more than 0; may differ from the program's present amount",
      example: '8000',
    },
    {
      key: 'approvedOn',
      header: '批准日期',
      en: 'approved on',
      aliases: ['审批日期'],
      required: true,
      kind: 'date',
      note: '批准发放的日期，不晚于今天',
      noteEn: 'The day the payment was approved, not after today',
      example: '2017-03-15',
    },
    {
      key: 'paidOn',
      header: '发放日期',
      en: 'paid on',
      required: true,
      kind: 'date',
      note: '实际发放的日期，不早于批准日期，不晚于今天',
      noteEn: 'The day actually paid, not before the day approved, not after today',
      example: '2017-04-01',
    },
    noteColumn(
      500,
      { zh: '可不填，如发放文号', en: 'May be left empty, e.g. the payment document number' },
      '京工发〔2017〕12号',
    ),
  ],
};

export interface PastPaymentCounts {
  created: number;
  /** Payments on record the register gives as they stand: skipped. */
  onRecord: number;
  people: number;
  programs: number;
  amountFen: number;
}

/** The register's template and import, as the import page and `npm run cli -- import past-payments` offer them. */
export function createPastPaymentsRegister(db: Db, ids: Pick<IdProtector, 'hash' | 'lookups'>, clock: Clock) {
  return defineRegister(db, clock, {
    spec: PAST_PAYMENTS_REGISTER,
    permission: 'ledger.write',
    plan: (rows, errors, { actor, today }) => planPastPayments(db, actor, ids, rows, errors, today),
    counts: ({ payments, onRecord }): PastPaymentCounts => ({
      created: payments.length,
      onRecord,
      people: new Set(payments.map((p) => p.personId)).size,
      programs: new Set(payments.map((p) => p.program.id)).size,
      amountFen: payments.reduce((n, p) => n + p.amountFen, 0),
    }),
    unionsOf: ({ payments }) => payments.map((p) => p.orgId),
    dryRunExtras: {},
    write: async (sql, { payments }, _counts, { actor, fileName }) => {
      const written = await insertPastPayments(sql, payments, {
        userId: actor.userId || null,
        orgId: actor.orgId,
        reference: fileName.slice(0, 200),
      });
      if (!written) {
        throw invalid('IMPORT_CONFLICT', {
          zh: '导入期间有人登记了其中的款项，请重新预检后再导入',
          en: 'Some of these payments were recorded meanwhile; check the file again and import it',
        });
      }
      return {};
    },
    audit: { action: 'program.past_payments.import', entity: 'program' },
  });
}
