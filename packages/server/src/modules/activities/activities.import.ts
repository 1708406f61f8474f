import { type Actor, canAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { idNumberColumn, nameColumn } from '../../shared/register-columns.ts';
import {
  cellText,
  headersOf,
  type RegisterColumn,
  type RegisterRow,
  type RegisterRowError,
  type RegisterSpec,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { sameName } from '../../shared/text.ts';
import {
  findPersonsByHash,
  findPersonsByMembership,
  type IdProtector,
  idNumberRefusal,
  type PersonRef,
  parseIdNumber,
} from '../people/index.ts';

/**
 * A sheet of members staff sign up for an activity at once (issue 26): one row a member, named by the member number
 * of their card or their ID number, with the name as a check. Rows are read by the shared register pipeline
 * (template with 填写说明, dry run, bilingual row errors); the sign-ups themselves go through the same checks as one
 * made on the phone, all rows or none.
 */
type Key = 'name' | 'memberNo' | 'idNumber';

const COLUMNS: RegisterColumn<Key>[] = [
  nameColumn({
    aliases: ['会员姓名', '职工姓名'],
    note: {
      zh: '须与会员编号或身份证号码所指的会员姓名一致',
      en: 'Must match the name of the member the member number or ID number points to',
    },
    example: '王芳',
  }),
  {
    key: 'memberNo',
    header: '会员编号',
    en: 'member number',
    aliases: ['会员号', '会员卡号'],
    kind: 'text',
    shape: 'code',
    max: 20,
    note: '电子会员卡或实体会员卡上的会员号（10位数字）；与身份证号码至少填写一项',
    noteEn:
      'The member number on the electronic or physical member card (10 digits); give at least one of this and the ID number',
    example: '0000001234',
  },
  idNumberColumn('idNumber', {
    zh: '18位居民身份证号码；与会员编号至少填写一项',
    en: 'The 18-digit resident ID number; give at least one of this and the member number',
  }),
];

export const SIGNUP_SHEET: RegisterSpec<Key> = {
  title: { zh: '活动报名名单', en: 'sign-up sheet' },
  maxRows: 5_000,
  notes: [
    '每行一名会员，填写姓名，以及会员编号或身份证号码（至少一项）。',
    '只能为本工会及下级工会的会员报名；报名条件、爽约限制、报名时间与职工在手机上报名相同。',
    '有名额的直接报名成功，名额已满的按表中顺序进入候补名单。',
  ],
  notesEn: [
    'One member per row: the name, and the member number or the ID number (at least one).',
    'Only members of your union and the unions below it can be signed up; the sign-up conditions, the no-show limit and the sign-up period are the same as when workers sign up on their phones.',
    'While places remain, a member is signed up at once; once the places are full, members join the waiting list in the order of the sheet.',
  ],
  allOrNothing: {
    zh: '导入前请先预检；有任何一行出错，整个名单都不报名。',
    en: 'Check the file before importing; if any row has an error, nobody on the list is signed up.',
  },
  columns: COLUMNS,
};

const H = headersOf(COLUMNS);

/**
 * The rows' members, each in the actor's subtree, once; problems go to `errors`. A row with a cell that did not
 * parse is checked on the others (its member found by the number that did, its name compared when it did) and signs
 * nobody up.
 */
export async function planSignupRows(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
  today: string,
): Promise<{ rowNo: number; personId: number }[]> {
  const memberNos = new Map<number, number>();
  const hashes = new Map<number, string>();
  const wanted = collectLookups(ids.lookups);
  for (const row of rows) {
    const { rowNo, values: v } = row;
    // a number that did not parse is not looked for: the other, when given, is
    const no = readOk(row, 'memberNo') ? cellText(v.memberNo)?.replace(/\s/g, '') : undefined;
    const id = readOk(row, 'idNumber') ? cellText(v.idNumber)?.replace(/\s/g, '').toUpperCase() : undefined;
    if (!no && !id && readOk(row, 'memberNo', 'idNumber')) {
      errors.push(
        rowError(rowNo, H.memberNo, '请填写会员编号或身份证号码', 'Give the member number or the ID number'),
      );
      continue;
    }
    if (no) {
      if (!/^\d{1,10}$/.test(no) || Number(no) === 0)
        errors.push(rowError(rowNo, H.memberNo, `「${no}」不是会员编号`, `"${no}" is not a member number`));
      else memberNos.set(rowNo, Number(no));
    } else if (id) {
      const parsed = parseIdNumber(id, today);
      if (!parsed.ok) {
        // named as the cell gives it, not as cleaned for the look-up
        const { zh, en } = idNumberRefusal(id, today, cellText(v.idNumber) ?? id);
        errors.push(rowError(rowNo, H.idNumber, zh, en));
      } else hashes.set(rowNo, wanted.add(parsed.value.number));
    }
  }
  const byMembership = await findPersonsByMembership(sql, [...new Set(memberNos.values())]);
  const byHash = await findPersonsByHash(sql, wanted.all());
  const seen = new Map<number, RowPlace>();
  const out: { rowNo: number; personId: number }[] = [];
  for (const row of rows) {
    const { rowNo, values: v } = row;
    const no = memberNos.get(rowNo);
    const hash = hashes.get(rowNo);
    if (no === undefined && hash === undefined) continue;
    const column = no !== undefined ? H.memberNo : H.idNumber;
    const found: (PersonRef & { active?: boolean }) | undefined =
      no !== undefined ? byMembership.get(no) : byHash.get(hash as string);
    const reachable =
      !!found?.orgPath && canAccess(actor, 'activities.manage', { orgPath: found.orgPath }) && found;
    if (!reachable) {
      errors.push(
        rowError(rowNo, column, '未找到本工会范围内的这名会员', 'No member of your unions has this number'),
      );
      continue;
    }
    if (no !== undefined && !found?.active) {
      errors.push(
        rowError(
          rowNo,
          column,
          `${reachable.name}的这段会员关系已结束`,
          `${reachable.name}'s membership has ended`,
        ),
      );
      continue;
    }
    const name = String(v.name);
    if (readOk(row, 'name') && !sameName(name, reachable.name)) {
      errors.push(
        rowError(
          rowNo,
          H.name,
          `${column}对应的会员是「${reachable.name}」，不是「${name}」`,
          `The ${column === H.memberNo ? 'member number' : 'ID number'} is ${reachable.name}'s, not ${name}'s`,
        ),
      );
      continue;
    }
    const first = seen.get(reachable.id);
    if (first !== undefined) {
      errors.push(
        rowError(rowNo, H.name, `与${rowZh(first)}是同一名会员`, `The same member as ${rowEn(first)}`),
      );
      continue;
    }
    seen.set(reachable.id, placeOfRow(row));
    // a row with a cell that did not parse signs nobody up
    if (row.unread) continue;
    out.push({ rowNo, personId: reachable.id });
  }
  return out;
}
