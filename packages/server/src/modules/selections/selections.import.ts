import { type Actor, canAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { chinaDayStart } from '../../shared/effective.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { giveTurn } from '../../shared/pace.ts';
import { defineRegister } from '../../shared/register-define.ts';
import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  type RegisterSpec,
  rowError,
} from '../../shared/register-sheet.ts';
import { normaliseText } from '../../shared/text.ts';
import { findOrgsByIds, isValidUscc, type OrgRow, resolveUnionTexts, unionOfRow } from '../org/index.ts';
import { type IdProtector, parseIdNumber } from '../people/index.ts';
import { writeTitlesOf } from './results.service.ts';
import { findWinnersByHash } from './selections.import.repository.ts';
import {
  findSelection,
  type ImportedSelection,
  type ImportedWinner,
  insertImportedSelections,
  listOrganisedEditions,
} from './selections.repository.ts';
import { nominatingUnitOf } from './selections.types.ts';

/**
 * The register of past selection results (评选表彰结果台账, issue 23): one row per winner of a selection run on
 * paper — the 2019 district 劳动模范, 优秀工会工作者 … Rows of one selection (same name and year, same organiser)
 * make one selection, created final on its announcement day with its categories: no nominations, panel or public
 * notice, and nobody told. Each winner is a selected nomination and gets the award record a live final publication
 * gives (`writeTitles`: same source key, same subject key), and the title counts in the statistics on the
 * announcement day at the winner's union. A selection already on record under that name is refused (ADR 18).
 */
type Key =
  | 'edition'
  | 'year'
  | 'category'
  | 'honour'
  | 'name'
  | 'idNumber'
  | 'announcedOn'
  | 'organiser'
  | 'deed';

export const SELECTION_REGISTER: RegisterSpec<Key> = {
  title: { zh: '评选表彰结果台账', en: 'selection results register' },
  maxRows: 20_000,
  notes: [
    '每行一名获评个人。评选名称、年度和主办单位相同的各行组成一次评选，按公布日期直接记为已确定的结果：不经推荐、评审和公示，不发送任何通知。',
    '每名获评人得到一条个人荣誉记录（评选名称、称号、公布日期，级别按主办单位：市总工会为市级、区总工会为区级，其下为基层），评选统计按公布日期计入当年、计入获评人所在工会。',
    '先进集体、模范职工之家等集体荣誉的获评对象是单位；平台的评选只记录个人，这类行请勿填入本表。',
    '主办单位已有同名评选（包括导入过的）时整个文件不导入：已在平台上的评选不再追加获评人员。',
    '导入前请先预检；有任何一行出错，整个文件都不导入。',
  ],
  notesEn: [
    'One awardee per row. Rows with the same selection name, year and organiser make one selection, recorded as results settled on the day announced: no nominations, review or public notice, and no notifications sent.',
    "Each awardee gains a personal honour record (selection name, title, day announced; the level by the organiser: city level for the city federation of trade unions, district level for a district federation, grassroots below them); the selection figures count it in the year of the day announced, under the awardee's union.",
    "Collective honours such as advanced collectives or model workers' homes are awarded to organisations; the platform's selections record individuals only, so do not put such rows in this sheet.",
    'When the organiser already has a selection of the same name (imported ones included), nothing in the file is imported: no awardees are added to a selection already on the platform.',
    'Check the file before importing; if any row has an error, nothing in the file is imported.',
  ],
  columns: [
    {
      key: 'edition',
      header: '评选名称',
      en: 'selection',
      aliases: ['评选项目', '评选活动', '表彰项目', '表彰名称'],
      required: true,
      kind: 'text',
      max: 100,
      note: '评选（表彰）的名称；同一评选各行相同',
      noteEn: 'The name of the selection (commendation); the same on every row of the same selection',
      example: '2019年度区级劳动模范和先进工作者评选',
    },
    {
      key: 'year',
      header: '年度',
      en: 'year',
      aliases: ['评选年度', '表彰年度', '年份'],
      required: true,
      kind: 'text',
      max: 20,
      note: '评选所属的年度，四位数字（也可写 2019年、2019年度）；结果可在次年公布',
      noteEn:
        'The year the selection belongs to, four digits (a Chinese year suffix is read too); the results may be announced the next year',
      example: '2019',
    },
    {
      key: 'category',
      header: '类别',
      en: 'category',
      aliases: ['评选类别', '表彰类别', '奖项类别'],
      required: true,
      kind: 'text',
      max: 50,
      note: '评选中的个人类别',
      noteEn: 'The category of individuals in the selection',
      example: '劳动模范',
    },
    {
      key: 'honour',
      header: '称号',
      en: 'title',
      aliases: ['荣誉称号', '表彰称号', '授予称号', '获得称号'],
      kind: 'text',
      max: 50,
      note: '授予的称号（个人荣誉记录的称号）；不填则与类别相同；同一类别须相同',
      noteEn:
        'The title awarded (the title of the personal honour record); if left empty, the same as the category; the same within a category',
      example: '区级劳动模范',
    },
    {
      key: 'name',
      header: '姓名',
      en: 'name',
      aliases: ['获评人', '获评人姓名', '获奖人姓名'],
      required: true,
      kind: 'text',
      max: 50,
      note: '获评人姓名，须与身份证号登记的一致',
      noteEn: "The awardee's name, matching the one registered for the ID number",
      example: '张伟',
    },
    {
      key: 'idNumber',
      header: '身份证号',
      en: 'ID number',
      aliases: ['身份证号码', '公民身份号码', '获评人身份证号'],
      required: true,
      kind: 'text',
      max: 30,
      note: '本工会范围内在册会员的身份证号',
      noteEn: 'The ID number of a registered member of your union or a union under it',
      example: '',
    },
    {
      key: 'announcedOn',
      header: '公布日期',
      en: 'announced on',
      aliases: ['表彰日期', '公布时间', '表彰时间', '发文日期'],
      required: true,
      kind: 'date',
      note: '评选结果公布（表彰决定印发）之日；同一评选须相同',
      noteEn:
        'The day the results were announced (the commendation decision issued); the same within a selection',
      example: '2020-01-08',
    },
    {
      key: 'organiser',
      header: '主办单位',
      en: 'organiser',
      aliases: ['主办工会', '评选单位', '表彰单位'],
      kind: 'text',
      max: 200,
      note: '组织评选的工会：全称、简称或统一社会信用代码；不填为导入人所在工会',
      noteEn:
        'The union that organised the selection: full name, short name or unified social credit code; if left empty, the union of the person importing',
      example: '',
    },
    {
      key: 'deed',
      header: '主要事迹',
      en: 'deed',
      aliases: ['事迹', '简要事迹'],
      kind: 'text',
      max: 2000,
      note: '可不填',
      noteEn: 'May be left empty',
      example: '',
    },
  ],
};

interface Winner extends ImportedWinner {
  rowNo: number;
}
interface CategoryPlan {
  name: string;
  /** The title conferred: the first one written for the category, else its name. */
  honour: string | null;
  winners: Winner[];
}
interface SelectionPlan {
  rowNo: number;
  organiser: OrgRow;
  edition: string;
  year: number;
  announcedOn: string;
  categories: Map<string, CategoryPlan>;
  /** Each winner once per selection, with the row that named them. */
  persons: Map<number, number>;
}

export interface SelectionImportCounts {
  created: number;
  selections: number;
  categories: number;
}

export function createSelectionImport(db: Db, ids: Pick<IdProtector, 'hash' | 'lookups'>, clock: Clock) {
  return defineRegister(db, clock, {
    spec: SELECTION_REGISTER,
    permission: 'selections.manage',
    plan: (rows, errors, { actor, today }) => planSelections(db, actor, ids, rows, errors, today),
    counts: (plans): SelectionImportCounts => ({
      created: plans.reduce((n, p) => n + p.persons.size, 0),
      selections: plans.length,
      categories: plans.reduce((n, p) => n + p.categories.size, 0),
    }),
    dryRunExtras: {},
    write: async (sql, plans, _counts, { actor }) => ({
      audited: { selectionIds: await writeSelections(sql, actor, plans) },
    }),
    audit: { action: 'selection.import', entity: 'selection' },
  });
}

/** The organisers named in the rows (blank: the importer's own union), each one the importer may run selections for. */
async function resolveOrganisers(sql: Sql, actor: Actor, rows: RegisterRow<Key>[]) {
  const texts = [...new Set(rows.map((r) => cellText(r.values.organiser)).filter((t) => t !== null))];
  const found = await resolveUnionTexts(sql, actor, texts);
  const idOf = (text: string | null) => {
    if (text === null) return actor.orgId ?? undefined;
    const hit = found.get(text);
    return hit && hit !== 'ambiguous' ? hit.id : undefined;
  };
  const ids = [...new Set([null, ...texts].map(idOf).filter((id) => id !== undefined))];
  const orgs = new Map((await findOrgsByIds(sql, ids)).map((o) => [o.id, o]));
  return (rowNo: number, text: string | null, errors: RegisterRowError[]): OrgRow | null => {
    const id = idOf(text);
    const org = id === undefined ? undefined : orgs.get(id);
    if (org && canAccess(actor, 'selections.manage', { orgPath: org.path })) return org;
    if (text === null) errors.push(rowError(rowNo, '主办单位', '请填写主办单位', 'Give the organiser'));
    else {
      const { problem } = unionOfRow(found.get(text), text, (orgPath) =>
        canAccess(actor, 'selections.manage', { orgPath }),
      );
      if (problem) errors.push(rowError(rowNo, '主办单位', problem.zh, problem.en));
    }
    return null;
  };
}

/**
 * The winner of a row: a current member of the importer's subtree, by ID number, whose name matches. The persons
 * of every row are read once for the whole file.
 */
async function personFinder(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  rows: RegisterRow<Key>[],
  today: string,
) {
  // Each ID number parsed and hashed once: the current key's hash of the text as the row gives it.
  const wanted = collectLookups(ids.lookups);
  const hashOf = new Map<string, string | null>();
  for (const r of rows) {
    const raw = String(r.values.idNumber);
    if (hashOf.has(raw)) continue;
    const parsed = parseIdNumber(raw, today);
    hashOf.set(raw, parsed.ok ? wanted.add(parsed.value.number) : null);
  }
  const found = await findWinnersByHash(sql, wanted.all());
  return (rowNo: number, raw: string, name: string, errors: RegisterRowError[]) => {
    const hash = hashOf.get(raw) ?? null;
    if (hash === null) {
      errors.push(
        isValidUscc(normaliseText(raw).toUpperCase())
          ? rowError(
              rowNo,
              '身份证号',
              `「${raw}」是统一社会信用代码：先进集体等集体荣誉的获评对象是单位，评选只记录个人`,
              `"${raw}" is a credit code: collective honours go to units; selections record people only`,
            )
          : rowError(
              rowNo,
              '身份证号',
              `「${raw}」身份证号格式不正确`,
              `"${raw}": the ID number is malformed`,
            ),
      );
      return null;
    }
    const p = found.get(hash);
    if (!p?.orgPath || !canAccess(actor, 'people.read', { orgPath: p.orgPath })) {
      errors.push(
        rowError(
          rowNo,
          '身份证号',
          `未找到本工会范围内身份证号为 ${raw} 的在册会员`,
          `No current member of your unions has the ID number ${raw}`,
        ),
      );
      return null;
    }
    if (normaliseText(p.name) !== normaliseText(name)) {
      errors.push(
        rowError(
          rowNo,
          '姓名',
          `姓名「${name}」与身份证号 ${raw} 登记的姓名「${p.name}」不一致`,
          `The name "${name}" is not the name recorded for ID number ${raw} ("${p.name}")`,
        ),
      );
      return null;
    }
    return p as typeof p & { orgId: number; orgPath: string; orgName: string };
  };
}

/** A year as clerks write it: 2019, ２０１９, 2019年, 2019年度; null when not a year since 1949. */
export function parseYear(text: string): number | null {
  const m = /^(\d{4})\s*(?:年度?)?$/.exec(normaliseText(text));
  const year = m ? Number(m[1]) : Number.NaN;
  return year >= 1949 && year <= 2200 ? year : null;
}

/**
 * The selections of the rows, grouped by organiser, name and year, each with its categories and winners in row
 * order; every problem (an organiser or winner not found, days out of order or disagreeing within a selection, a
 * winner named twice, a title differing within a category, a name already on record) goes to `errors`.
 */
async function planSelections(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
  today: string,
): Promise<SelectionPlan[]> {
  const organiserOf = await resolveOrganisers(sql, actor, rows);
  const personOf = await personFinder(sql, actor, ids, rows, today);
  const plans = new Map<string, SelectionPlan>();
  for (const { rowNo, values: v } of rows) {
    await giveTurn();
    const organiser = organiserOf(rowNo, cellText(v.organiser), errors);
    const year = parseYear(String(v.year));
    const announcedOn = String(v.announcedOn);
    const early = year !== null && announcedOn.slice(0, 4) < String(year);
    if (year === null) {
      errors.push(
        rowError(rowNo, '年度', `「${v.year}」不是年度（如 2019）`, `"${v.year}" is not a year (e.g. 2019)`),
      );
    } else if (early) {
      errors.push(
        rowError(
          rowNo,
          '公布日期',
          `公布日期 ${announcedOn} 早于评选年度 ${year}年`,
          `Announced on ${announcedOn}, before the selection's year ${year}`,
        ),
      );
    }
    const found = personOf(rowNo, String(v.idNumber), String(v.name), errors);
    if (!organiser || year === null) continue;
    const person = found?.orgPath.startsWith(organiser.path) ? found : null;
    if (found && !person) {
      errors.push(
        rowError(
          rowNo,
          '身份证号',
          `${found.name}所在工会不在${organiser.name}范围内`,
          `${found.name}'s union is outside ${organiser.name}`,
        ),
      );
    }
    const edition = String(v.edition);
    const key = `${organiser.id}|${normaliseText(edition)}|${year}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = { rowNo, organiser, edition, year, announcedOn, categories: new Map(), persons: new Map() };
      plans.set(key, plan);
    } else if (plan.announcedOn !== announcedOn && !early) {
      errors.push(
        rowError(
          rowNo,
          '公布日期',
          `同一评选的公布日期须相同：第${plan.rowNo}行为 ${plan.announcedOn}，本行为 ${announcedOn}`,
          `One selection has one announcement day: row ${plan.rowNo} says ${plan.announcedOn}, this row ${announcedOn}`,
        ),
      );
    }
    const categoryName = String(v.category);
    const categoryKey = normaliseText(categoryName);
    let category = plan.categories.get(categoryKey);
    if (!category) {
      category = { name: categoryName, honour: null, winners: [] };
      plan.categories.set(categoryKey, category);
    }
    const honour = cellText(v.honour);
    if (
      honour !== null &&
      category.honour !== null &&
      normaliseText(honour) !== normaliseText(category.honour)
    ) {
      errors.push(
        rowError(
          rowNo,
          '称号',
          `同一类别授予同一称号：「${category.name}」已为「${category.honour}」`,
          `One category confers one title: "${category.name}" is already "${category.honour}"`,
        ),
      );
    }
    category.honour ??= honour;
    if (!person) continue;
    const seen = plan.persons.get(person.id);
    if (seen !== undefined) {
      errors.push(
        rowError(
          rowNo,
          '身份证号',
          `${person.name}在本评选中已获评（第${seen}行），每人在一次评选中只列一行`,
          `${person.name} already won in this selection (row ${seen}); one row per person and selection`,
        ),
      );
      continue;
    }
    plan.persons.set(person.id, rowNo);
    category.winners.push({
      rowNo,
      personId: person.id,
      orgId: nominatingUnitOf(organiser, person.orgPath),
      personOrgId: person.orgId,
      unit: person.employerName?.trim() || person.orgName,
      deed: cellText(v.deed) ?? '',
    });
  }
  await checkNamesOnRecord(sql, [...plans.values()], errors);
  return [...plans.values()];
}

/**
 * A selection's name is its organiser's own (one name per organiser, whatever the year): a name already on record
 * refuses the file — a selection on the platform is neither imported again nor given more winners — and so does
 * one name given to two years in the file.
 */
async function checkNamesOnRecord(sql: Sql, plans: SelectionPlan[], errors: RegisterRowError[]) {
  const onRecord = await listOrganisedEditions(sql, [...new Set(plans.map((p) => p.organiser.id))]);
  const named = new Map<string, SelectionPlan>();
  for (const p of plans) {
    const key = `${p.organiser.id}|${normaliseText(p.edition)}`;
    const found = onRecord.find(
      (s) => s.organiserOrgId === p.organiser.id && normaliseText(s.edition) === normaliseText(p.edition),
    );
    const earlier = named.get(key);
    if (found) {
      errors.push(
        rowError(
          p.rowNo,
          '评选名称',
          `${p.organiser.name}已有评选「${found.edition}」（${found.year}年度）：已在平台上的评选不再导入或追加获评人员`,
          `${p.organiser.name} already has the selection "${found.edition}" (${found.year}); a selection on record is not imported again nor given more winners`,
        ),
      );
    } else if (earlier) {
      errors.push(
        rowError(
          p.rowNo,
          '评选名称',
          `「${p.edition}」已用于${earlier.year}年度（第${earlier.rowNo}行）：不同年度的评选请用不同名称`,
          `"${p.edition}" is already the ${earlier.year} selection (row ${earlier.rowNo}); name each year's selection apart`,
        ),
      );
    }
    named.set(key, earlier ?? p);
  }
}

/**
 * The selections, their categories and winners in three statements; then the selections' titles through the
 * code a live final publication runs (award records keyed by nomination, counts on the announcement day), all of
 * them in one upsert of records and one addition of counts.
 */
async function writeSelections(sql: Sql, actor: Actor, plans: SelectionPlan[]): Promise<number[]> {
  const selections: ImportedSelection[] = plans.map((p) => {
    const categories = [...p.categories.values()];
    const title = categories[0].honour ?? categories[0].name;
    return {
      organiserOrgId: p.organiser.id,
      edition: p.edition,
      title,
      year: p.year,
      finalisedAt: chinaDayStart(p.announcedOn),
      categories: categories.map((c) => {
        const honour = c.honour ?? c.name;
        return { name: c.name, title: honour === title ? null : honour, winners: c.winners };
      }),
    };
  });
  const ids = await insertImportedSelections(sql, selections, actor.userId || null);
  const finals = [];
  for (const [i, id] of ids.entries()) {
    const head = await findSelection(sql, id);
    if (!head) throw new Error(`selection ${id} missing`);
    finals.push({ head, day: plans[i].announcedOn });
  }
  await writeTitlesOf(sql, actor, finals);
  return ids;
}
