import { type Actor, can, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notFound } from '../../shared/errors.ts';
import {
  cellText,
  headersOf,
  mergeRowFields,
  type RegisterColumn,
  type RegisterRow,
  type RegisterRowError,
  type RegisterSpec,
  registerTemplate,
  rowError,
  runRegisterImport,
} from '../../shared/register-sheet.ts';
import { normaliseText } from '../../shared/text.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope, resolveUnionTexts, unionOfRow } from '../org/index.ts';
import {
  findPersonsByHash,
  type IdProtector,
  maskIdNumber,
  parseIdNumber,
  raiseModelWorkerLevels,
} from '../people/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import {
  err,
  HEALTH,
  HEALTH_ZH,
  type Health,
  type HonourKind,
  highestLevel,
  KIND_ZH,
  KINDS,
  LEVEL_ZH,
  LEVELS,
  type Level,
} from './modelworkers.errors.ts';
import {
  findModelWorker,
  findModelWorkerIdsByKeys,
  insertHonours,
  insertModelWorkers,
  linkedLevels,
  listAllModelWorkers,
  listHonours,
  type ModelWorkerInsert,
  setLevel,
} from './modelworkers.repository.ts';
import { registerCounts } from './modelworkers.service.ts';

/**
 * The model workers register (劳模名册) in and out (issue 28): one row per title — rows of the same person (the
 * same 登记编号, or ID number, or union and name) form one model worker. A new person is registered with all their
 * titles; one already on the register (named by the 登记编号 of an export, or their ID number) gains the titles they
 * do not hold yet, so the export comes back in unchanged. Titles from a sheet are external (source `external`).
 */
type Key =
  | 'ref'
  | 'name'
  | 'idNumber'
  | 'gender'
  | 'union'
  | 'employer'
  | 'phone'
  | 'contactName'
  | 'contactPhone'
  | 'health'
  | 'level'
  | 'kind'
  | 'title'
  | 'year'
  | 'awardedBy'
  | 'registeredOn';

const COLUMNS: RegisterColumn<Key>[] = [
  {
    key: 'ref',
    header: '登记编号',
    en: 'register number',
    kind: 'text',
    max: 20,
    note: '导出的名册自带，新登记的劳模不填；填写时须与姓名一致',
    example: '',
  },
  {
    key: 'name',
    header: '姓名',
    en: 'name',
    required: true,
    kind: 'text',
    max: 50,
    note: '劳模姓名',
    example: '张文',
  },
  {
    key: 'idNumber',
    header: '身份证号码',
    en: 'ID number',
    aliases: ['身份证号', '公民身份号码'],
    kind: 'text',
    max: 30,
    note: '18位居民身份证号码；是会员的据此关联会员信息。导出的脱敏号码可原样导回（须有登记编号）',
    example: '110101198001010011',
  },
  {
    key: 'gender',
    header: '性别',
    en: 'gender',
    kind: 'choice',
    choices: [
      { value: 'male', zh: '男', en: 'male' },
      { value: 'female', zh: '女', en: 'female' },
    ],
    note: '有身份证号码的按号码确定',
    example: '男',
  },
  {
    key: 'union',
    header: '所在工会',
    en: 'union',
    aliases: ['工会名称', '统一社会信用代码'],
    required: true,
    kind: 'text',
    max: 200,
    note: '劳模所在工会的全称、简称或统一社会信用代码',
    example: '卢沟桥地区商贸企业联合工会',
  },
  {
    key: 'employer',
    header: '工作单位',
    en: 'employer',
    kind: 'text',
    max: 200,
    note: '可不填',
    example: '',
  },
  { key: 'phone', header: '联系电话', en: 'phone', kind: 'text', max: 30, note: '可不填', example: '' },
  {
    key: 'contactName',
    header: '联系人',
    en: 'contact person',
    kind: 'text',
    max: 50,
    note: '家属或单位联系人',
    example: '',
  },
  {
    key: 'contactPhone',
    header: '联系人电话',
    en: 'contact phone',
    kind: 'text',
    max: 30,
    note: '可不填',
    example: '',
  },
  {
    key: 'health',
    header: '健康状况',
    en: 'health',
    kind: 'choice',
    choices: HEALTH.map((h) => ({ value: h, zh: HEALTH_ZH[h], en: h })),
    note: '不填为良好',
    example: '良好',
  },
  {
    key: 'level',
    header: '称号级别',
    en: 'level',
    required: true,
    kind: 'choice',
    choices: LEVELS.map((l) => ({
      value: l,
      zh: LEVEL_ZH[l],
      en: l,
      aliases:
        l === 'provincial'
          ? ['省级', '省部']
          : l === 'city'
            ? ['市']
            : l === 'district'
              ? ['区', '区县级']
              : ['国家级'],
    })),
    note: '全国、省部级、市级或区级',
    example: '市级',
  },
  {
    key: 'kind',
    header: '称号类别',
    en: 'kind',
    required: true,
    kind: 'choice',
    choices: KINDS.map((k) => ({ value: k, zh: KIND_ZH[k], en: k, aliases: k === 'model' ? ['劳模'] : [] })),
    note: '劳动模范、先进工作者或其他荣誉（工匠、最美劳动者、五一劳动奖章等）',
    example: '劳动模范',
  },
  {
    key: 'title',
    header: '荣誉称号',
    en: 'title',
    required: true,
    kind: 'text',
    max: 100,
    note: '称号全称',
    example: '北京市劳动模范',
  },
  {
    key: 'year',
    header: '授予年度',
    en: 'year',
    required: true,
    kind: 'int',
    note: '如 2020',
    example: '2020',
  },
  {
    key: 'awardedBy',
    header: '授予单位',
    en: 'awarded by',
    kind: 'text',
    max: 200,
    note: '可不填',
    example: '北京市人民政府',
  },
  {
    key: 'registeredOn',
    header: '登记日期',
    en: 'registration date',
    kind: 'date',
    note: '列入名册的日期，不填为今天（导入过去的日期需有补录权限）',
    example: '2020-12-01',
  },
];

export const MODELWORKER_REGISTER: RegisterSpec<Key> = {
  title: { zh: '劳模名册', en: 'model workers register' },
  maxRows: 20_000,
  notes: [
    '每行一个荣誉称号；同一人的多个称号填多行，个人信息填在第一行即可。',
    '已在名册中的劳模（导出名册中的登记编号，或身份证号码）只增加尚未登记的称号，其他信息不变，可在页面修改。',
    '导入前请先预检；有任何一行出错，整个文件都不导入。',
  ],
  columns: COLUMNS,
};

const H = headersOf(COLUMNS);
const PERSON_FIELDS = [
  'idNumber',
  'gender',
  'employer',
  'phone',
  'contactName',
  'contactPhone',
  'health',
  'registeredOn',
] as const satisfies readonly Key[];

/** The register number of a model worker as sheets show it: LM000123. */
export const refOf = (id: number) => `LM${String(id).padStart(6, '0')}`;
const readRef = (text: string) => {
  const m = /^LM(\d{1,15})$/i.exec(text.trim());
  return m ? Number(m[1]) : null;
};

interface PersonPlan {
  rowNo: number;
  existingId: number | null;
  orgId: number;
  name: string;
  fields: Partial<Record<(typeof PERSON_FIELDS)[number], string | number | boolean | null>>;
  id: { number: string; hash: string } | null;
  honours: { level: Level; kind: HonourKind; title: string; year: number; awardedBy: string | null }[];
}

export interface ModelWorkerImportCounts {
  created: number;
  updated: number;
  honours: number;
}

export function createModelWorkerRegister(db: Db, ids: IdProtector, clock: Clock) {
  async function plan(
    sql: Sql,
    actor: Actor,
    rows: RegisterRow<Key>[],
    errors: RegisterRowError[],
    today: string,
  ) {
    const unions = await resolveUnionTexts(sql, actor, [...new Set(rows.map((r) => String(r.values.union)))]);
    const people = new Map<string, PersonPlan>();
    for (const { rowNo, values: v } of rows) {
      const bad = (key: Key, zh: string, en: string) => errors.push(rowError(rowNo, H[key], zh, en));
      const unionText = String(v.union);
      const { union, problem } = unionOfRow(unions.get(unionText), unionText, (orgPath) =>
        canAccess(actor, 'modelworkers.write', { orgPath }),
      );
      if (problem) {
        bad('union', problem.zh, problem.en);
        continue;
      }
      const name = String(v.name).trim();
      const refText = cellText(v.ref);
      let existingId: number | null = null;
      if (refText) {
        const ref = readRef(refText);
        const m = ref ? await findModelWorker(sql, ref) : undefined;
        if (!m || !canAccess(actor, 'modelworkers.write', { orgPath: m.orgPath })) {
          bad(
            'ref',
            `本工会范围内没有登记编号「${refText}」`,
            `No register number "${refText}" in your unions`,
          );
          continue;
        }
        if (normaliseText(m.name) !== normaliseText(name)) {
          bad(
            'name',
            `登记编号${refText}是「${m.name}」，不是「${name}」`,
            `${refText} is ${m.name}'s, not ${name}'s`,
          );
          continue;
        }
        existingId = m.id;
      }
      let id: PersonPlan['id'] = null;
      const idText = cellText(v.idNumber);
      if (idText && !(existingId && idText.includes('*'))) {
        const parsed = parseIdNumber(idText, today);
        if (!parsed.ok) {
          bad('idNumber', '身份证号码不正确', 'The ID number is not valid');
          continue;
        }
        id = { number: parsed.value.number, hash: ids.hash(parsed.value.number) };
      }
      const key = existingId
        ? `ref:${existingId}`
        : id
          ? `id:${id.hash}`
          : `name:${union.id}|${normaliseText(name)}`;
      let p = people.get(key);
      if (!p) {
        p = { rowNo, existingId, orgId: union.id, name, fields: {}, id, honours: [] };
        people.set(key, p);
      }
      for (const k of mergeRowFields(p.fields, v, PERSON_FIELDS)) {
        if (k === 'idNumber') continue;
        bad(k, `与此人第${p.rowNo}行填写的不一致`, `differs from what row ${p.rowNo} of this person gives`);
      }
      const registeredOn = cellText(v.registeredOn);
      if (registeredOn && registeredOn < today && !can(actor, 'history.backdate')) {
        bad('registeredOn', '您的角色不能补录过去日期的登记', 'Your role may not record a past registration');
        continue;
      }
      const year = v.year as number;
      if (year < 1950 || year > Number(today.slice(0, 4))) {
        bad('year', `「${year}」不是授予年度`, `"${year}" is not a year of award`);
        continue;
      }
      const title = String(v.title).trim();
      if (p.honours.some((h) => h.title === title && h.year === year)) {
        bad(
          'title',
          `此人${year}年「${title}」填写了两次`,
          `${year} "${title}" is given twice for this person`,
        );
        continue;
      }
      p.honours.push({
        level: v.level as Level,
        kind: v.kind as HonourKind,
        title,
        year,
        awardedBy: cellText(v.awardedBy),
      });
    }
    const plans = [...people.values()];
    // ID numbers already on the register: the row is that model worker (in scope), else a row error
    const fresh = plans.filter((p) => !p.existingId && p.id);
    if (fresh.length) {
      const found = await findModelWorkerIdsByKeys(
        sql,
        fresh[0].orgId,
        fresh.map((p) => p.id?.hash as string),
        [],
      );
      const byHash = new Map(found.map((f) => [f.idHash, f.id]));
      for (const p of fresh) {
        const hit = byHash.get(p.id?.hash as string);
        if (!hit) continue;
        const m = await findModelWorker(sql, hit);
        if (m && canAccess(actor, 'modelworkers.write', { orgPath: m.orgPath })) p.existingId = m.id;
        else
          errors.push(
            rowError(
              p.rowNo,
              H.idNumber,
              '此人已在其他工会的劳模名册中',
              "This person is on another union's register",
            ),
          );
      }
    }
    const persons = await findPersonsByHash(
      sql,
      plans.flatMap((p) => (p.id && !p.existingId ? [p.id.hash] : [])),
    );
    return { plans, persons, today };
  }

  return {
    template(actor: Actor) {
      requireAccess(actor, 'modelworkers.write');
      return registerTemplate(MODELWORKER_REGISTER);
    },

    async importFile(actor: Actor, input: { file: Buffer; fileName: string; dryRun: boolean }) {
      requireAccess(actor, 'modelworkers.write');
      const today = todayInChina(clock());
      return runRegisterImport(MODELWORKER_REGISTER, input, today, {
        plan: (rows, errors) => db.tx((sql) => plan(sql, actor, rows, errors, today)),
        counts: ({ plans }): ModelWorkerImportCounts => ({
          created: plans.filter((p) => !p.existingId).length,
          updated: plans.filter((p) => p.existingId).length,
          honours: plans.reduce((n, p) => n + p.honours.length, 0),
        }),
        dryRunExtras: {},
        write: ({ plans, persons, today }, counts) =>
          db.tx(async (sql) => {
            const fresh = plans.filter((p) => !p.existingId);
            const rows: ModelWorkerInsert[] = fresh.map((p) => {
              const f = p.fields;
              const parsed = p.id ? parseIdNumber(p.id.number, today) : null;
              return {
                orgId: p.orgId,
                personId: p.id ? (persons.get(p.id.hash)?.id ?? null) : null,
                name: p.name,
                gender: parsed?.ok ? parsed.value.gender : ((f.gender as 'male' | 'female' | null) ?? null),
                idCipher: p.id ? ids.encrypt(p.id.number) : null,
                idHash: p.id?.hash ?? null,
                idMasked: p.id ? maskIdNumber(p.id.number) : null,
                employer: (f.employer as string) ?? null,
                phone: (f.phone as string) ?? null,
                contactName: (f.contactName as string) ?? null,
                contactPhone: (f.contactPhone as string) ?? null,
                health: ((f.health as Health) ?? 'good') as Health,
                healthNote: null,
                level: highestLevel(p.honours.map((h) => h.level)),
                studioId: null,
                note: null,
                registeredOn: (f.registeredOn as string) ?? today,
                createdBy: actor.userId || null,
              };
            });
            const created = await insertModelWorkers(sql, rows);
            if (created.some((c) => c === null))
              throw err(
                'conflict',
                'MODELWORKER_DUPLICATE',
                '名册中已有表中的人员，请重新预检',
                'Someone in the sheet was registered meanwhile; check again',
              );
            const deltas: CountDelta[] = [];
            fresh.forEach((p, i) => {
              p.existingId = created[i];
              deltas.push(...registerCounts(p.orgId, rows[i].registeredOn, rows[i].level, p.honours));
            });
            // titles of those on the register already: only those not held yet; a higher one moves their level
            const old = plans.filter((p) => !fresh.includes(p));
            const added = await insertHonours(
              sql,
              plans.flatMap((p) =>
                p.honours.map((h) => ({
                  ...h,
                  modelWorkerId: p.existingId as number,
                  orgId: p.orgId,
                  source: 'external' as const,
                  recordId: null,
                  createdBy: actor.userId || null,
                })),
              ),
            );
            for (const p of old) {
              const m = await findModelWorker(sql, p.existingId as number);
              if (!m) continue;
              const mine = added.filter((h) => h.modelWorkerId === m.id);
              for (const h of mine)
                deltas.push({
                  subject: 'modelworkers.honours',
                  orgId: m.orgId,
                  on: `${h.year}-01-01`,
                  dim: h.level,
                  dim2: h.kind,
                  n: 1,
                });
              const level = highestLevel([m.level, ...mine.map((h) => h.level)]);
              if (level !== m.level) {
                await setLevel(sql, m.id, level);
                deltas.push(
                  { subject: 'modelworkers.workers', orgId: m.orgId, on: today, dim: m.level, n: -1 },
                  { subject: 'modelworkers.workers', orgId: m.orgId, on: today, dim: level, n: 1 },
                );
              }
            }
            await addCounts(sql, deltas);
            await raiseModelWorkerLevels(
              sql,
              await linkedLevels(
                sql,
                plans.map((p) => p.existingId as number),
              ),
            );
            await recordAudit(sql, actor, {
              action: 'modelworker.import',
              entity: 'modelworker',
              orgId: actor.orgId,
              after: { fileName: input.fileName, ...counts, honoursAdded: added.length },
            });
            return {};
          }),
      });
    },

    /**
     * The register of a subtree in the import's own columns, one row per title, with each model worker's 登记编号 so
     * it comes back in as it went out. ID numbers are masked unless `full` is asked by a role that may reveal them;
     * audited either way.
     */
    async exportXlsx(actor: Actor, q: { orgId?: number; full?: boolean }) {
      return db.tx(async (sql) => {
        const orgId = q.orgId ?? actor.orgId;
        const path = orgId ? (await getOrgInScope(sql, actor, orgId)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'modelworkers.read', { orgPath: path });
        const full = q.full === true;
        if (full) requireAccess(actor, 'people.reveal_id', { orgPath: path });
        const list = await listAllModelWorkers(sql, path, 50_000);
        const honours = await listHonours(
          sql,
          list.map((m) => m.id),
        );
        const rows = list.flatMap((m) =>
          (honours.get(m.id) ?? []).map((h, i) => [
            refOf(m.id),
            m.name,
            (full && m.idCipher ? ids.decrypt(m.idCipher) : m.idMasked) ?? null,
            m.gender === 'female' ? '女' : m.gender === 'male' ? '男' : null,
            m.orgName,
            i === 0 ? m.employer : null,
            i === 0 ? m.phone : null,
            i === 0 ? m.contactName : null,
            i === 0 ? m.contactPhone : null,
            i === 0 ? HEALTH_ZH[m.health] : null,
            LEVEL_ZH[h.level],
            KIND_ZH[h.kind],
            h.title,
            h.year,
            h.awardedBy,
            i === 0 ? m.registeredOn : null,
          ]),
        );
        await recordAudit(sql, actor, {
          action: full ? 'person.id_number.export' : 'modelworker.export',
          entity: 'modelworker',
          orgId: orgId ?? null,
          after: { rows: rows.length, full },
        });
        return {
          file: writeWorkbook([
            {
              name: '劳模名册',
              headers: COLUMNS.map((c) => c.header),
              rows,
              textColumns: [0, 2, 6, 8],
              dateColumns: [15],
            },
          ]),
          name: `劳模名册${full ? '' : '（脱敏）'}.xlsx`,
        };
      });
    },
  };
}

export type ModelWorkerRegister = ReturnType<typeof createModelWorkerRegister>;
