import type { TestContext } from '../../../test/factories.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { OrgRow } from '../org/index.ts';
import type { createWellnessService } from './wellness.service.ts';

/** The 疗休养/体检 register's columns, as a union's sheet of a past year carries them. */
const REGISTER_HEADERS = [
  '项目名称',
  '批次名称',
  '接待机构',
  '开始日期',
  '结束日期',
  '推荐截止日期',
  '批次名额',
  '推荐工会',
  '身份证号',
  '姓名',
  '推荐日期',
  '名单状态',
  '变动日期',
  '替补人身份证号',
  '是否到场',
];

/** A 疗休养/体检 register sheet of these rows (ID numbers kept as text). */
export const wellnessRegisterSheet = (rows: (string | number)[][]) =>
  writeWorkbook([{ name: '疗休养体检台账', headers: REGISTER_HEADERS, rows, textColumns: [8, 13] }]);

/** A 疗休养/体检 program of the union `orgId` paid wholly by it: 100 places a year, once in three years each. */
export const unionPaidProgram = (
  orgId: number,
  name: string,
  kind: 'recuperation' | 'checkup' = 'recuperation',
  years: { fromYear: number; toYear: number } = { fromYear: 2025, toYear: 2026 },
) => ({
  orgId,
  name,
  kind,
  ...years,
  placesPerYear: 100,
  costFen: 100_000,
  unionShareFen: 100_000,
  enterpriseShareFen: 0,
  workerShareFen: 0,
  gapYears: 3,
});

/**
 * A district of its own below `root` (its statistics count only the calling test's batches), a grassroots union in
 * it, its 2025–2026 疗休养 program paid wholly by the union, and a sanatorium.
 */
export async function newWellnessDistrict(
  t: TestContext,
  svc: ReturnType<typeof createWellnessService>,
  root: OrgRow,
  /** The program's years, other than 2025–2026. */
  years: { fromYear: number; toYear: number } = { fromYear: 2025, toYear: 2026 },
) {
  const d = await t.newOrg(root, 'district');
  const firm = await t.newOrg(await t.newOrg(d, 'town'), 'grassroots');
  const clerk = t.actor('staff', d);
  const programName = `职工疗休养${t.unique()}`;
  const program = await svc.createProgram(clerk, unionPaidProgram(d.id, programName, 'recuperation', years));
  const instName = `北戴河职工疗养院${t.unique()}`;
  const inst = await svc.createInstitution(clerk, {
    orgId: d.id,
    name: instName,
    kind: 'sanatorium',
    capacity: 50,
  });
  return { d, firm, clerk, program: { id: program.id, name: programName }, inst, instName };
}

/**
 * A batch of a district of its own (newWellnessDistrict) from the 10th to the 14th of `month` (YYYY-MM), its list
 * closing on the 1st, with `places` places (and `bring` when given); the grassroots union allotted `quota` of them,
 * on `allottedOn` when given, else today.
 */
export async function allottedBatch(
  t: TestContext,
  svc: ReturnType<typeof createWellnessService>,
  root: OrgRow,
  o: { title: string; month: string; places: number; bring?: string; quota: number; allottedOn?: string },
) {
  const district = await newWellnessDistrict(t, svc, root);
  const { clerk, firm, program, inst } = district;
  const batch = await svc.createBatch(clerk, {
    programId: program.id,
    institutionId: inst.id,
    title: o.title,
    startsOn: `${o.month}-10`,
    endsOn: `${o.month}-14`,
    closesOn: `${o.month}-01`,
    places: o.places,
    ...(o.bring === undefined ? {} : { bring: o.bring }),
  });
  await svc.allocate(clerk, batch.id, {
    orgId: firm.id,
    quota: o.quota,
    ...(o.allottedOn === undefined ? {} : { effectiveOn: o.allottedOn }),
  });
  return { ...district, batch };
}

/**
 * A batch of a district of its own (newWellnessDistrict) from 10 June 2025, its list closing on 1 June, the grassroots
 * union holding `quota` places and `nominees` of its workers nominated on them.
 */
export async function nominatedBatch(
  t: TestContext,
  svc: ReturnType<typeof createWellnessService>,
  root: OrgRow,
  { quota = 1, nominees = 1 } = {},
) {
  const { d, firm, batch } = await allottedBatch(t, svc, root, {
    title: `2025年第2期职工疗休养${t.unique()}`,
    month: '2025-06',
    places: quota + 1,
    bring: '',
    quota,
  });
  const firmStaff = t.actor('staff', firm);
  const persons: number[] = [];
  for (let i = 0; i < nominees; i++) {
    const person = (await t.newPerson(firm, {})).id;
    await svc.nominate(firmStaff, batch.id, { orgId: firm.id, personId: person });
    persons.push(person);
  }
  return { d, firm, batch, firmStaff, persons };
}
