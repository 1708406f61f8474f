import { type Actor, can, canAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import {
  type CellValue,
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { unionOfCell } from '../../shared/row-union.ts';
import { placeOfRow, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { sameName } from '../../shared/text.ts';
import { resolveRowUnions } from '../org/index.ts';
import {
  findMembersByNameAndPhone,
  findPersonsByHash,
  type IdProtector,
  idNumberRefusal,
  nameAndPhone,
  type PersonRef,
  parseIdNumber,
  parsePhone,
} from '../people/index.ts';
import { findActivitiesHeld, type PastActivity } from './activities.register.repository.ts';
import { type PlannedActivity, sameAsHeld } from './activities.register.same.ts';
import type { ActivityKind } from './activities.vocabulary.ts';

export type ActivityRegisterKey =
  | 'title'
  | 'union'
  | 'kind'
  | 'heldOn'
  | 'idNumber'
  | 'name'
  | 'phone'
  | 'signedOn'
  | 'attended'
  | 'signups'
  | 'attendance';
type Row = RegisterRow<ActivityRegisterKey>;

const text = (v: CellValue) => cellText(v)?.trim() || null;
/** A phone as the member forms take it (spaces, dashes, +86: parsePhone); else as typed, without spaces and dashes. */
const phoneOf = (v: CellValue) => {
  const typed = text(v);
  if (!typed) return null;
  const phone = parsePhone(typed);
  return phone.ok ? phone.value : typed.normalize('NFKC').replace(/[\s\-()（）]/g, '');
};
const orgIdOf = (path: string) => Number(path.split('/').filter(Boolean).pop());

/** One activity being planned: its rows so far and the row that opened it. */
type Group = PlannedActivity;

/**
 * The finder of each row's person, the lookups made once for the whole sheet: by ID number (the name, when given,
 * the same) or, without one, by name and phone (one active member of the importer's unions). A row whose person is
 * not found has its problem in `bad`.
 */
async function peopleOfRows(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'hash'>,
  rows: Row[],
  today: string,
  bad: (rowNo: number, column: string, zh: string, en: string) => void,
): Promise<(row: Row) => PersonRef | null> {
  const hashOf = new Map<number, string | null>();
  for (const { rowNo, values: v, unread } of rows) {
    const id = unread?.has('idNumber') ? null : text(v.idNumber);
    if (!id) continue;
    const parsed = parseIdNumber(id, today);
    hashOf.set(rowNo, parsed.ok ? ids.hash(parsed.value.number) : null);
  }
  const byHash = await findPersonsByHash(sql, [...new Set([...hashOf.values()].filter((h) => h !== null))]);
  const pairs = rows.flatMap((row) => {
    if (!readOk(row, 'idNumber', 'name', 'phone')) return [];
    const v = row.values;
    const [name, phone] = [text(v.name), phoneOf(v.phone)];
    return !text(v.idNumber) && name && phone ? [{ name, phone }] : [];
  });
  const byPhone = actor.scopePath ? await findMembersByNameAndPhone(sql, pairs, actor.scopePath) : new Map();

  // a cell that did not parse is not looked for, nor a name that did not parse compared
  return (row: Row): PersonRef | null => {
    const { rowNo, values: v } = row;
    if (!readOk(row, 'idNumber')) return null;
    if (text(v.idNumber)) {
      const hash = hashOf.get(rowNo);
      if (!hash) {
        const { zh, en } = idNumberRefusal(text(v.idNumber) as string, today);
        bad(rowNo, '身份证号码', zh, en);
        return null;
      }
      const p = byHash.get(hash);
      if (!p?.orgPath || !canAccess(actor, 'activities.manage', { orgPath: p.orgPath })) {
        bad(
          rowNo,
          '身份证号码',
          '本工会范围内没有此身份证号码的会员（须先导入会员）',
          'No member of your unions has this ID number (bring the members in first)',
        );
        return null;
      }
      const name = readOk(row, 'name') ? text(v.name) : null;
      if (name && !sameName(name, p.name)) {
        bad(
          rowNo,
          '姓名',
          `身份证号码对应的会员是「${p.name}」，不是「${name}」`,
          `The ID number is ${p.name}'s, not ${name}'s`,
        );
        return null;
      }
      return p;
    }
    if (!readOk(row, 'name', 'phone')) return null;
    const [name, phone] = [text(v.name), phoneOf(v.phone)];
    if (!name || !phone) {
      bad(
        rowNo,
        name ? '手机号码' : '姓名',
        '不填身份证号码时，须同时填写姓名和手机号码',
        'Without an ID number, give both the name and the phone',
      );
      return null;
    }
    const found = ((byPhone.get(nameAndPhone(name, phone)) ?? []) as PersonRef[]).filter(
      (p) => p.orgPath && canAccess(actor, 'activities.manage', { orgPath: p.orgPath }),
    );
    if (found.length !== 1) {
      bad(
        rowNo,
        '手机号码',
        found.length
          ? `姓名「${name}」和此手机号码对应多名会员，请填写身份证号码`
          : `本工会范围内没有姓名为「${name}」、手机号码为此号码的会员`,
        found.length
          ? `Several members are named ${name} with this phone; give the ID number`
          : `No member of your unions is named ${name} with this phone`,
      );
      return null;
    }
    return found[0];
  };
}

/**
 * A counts row's sign-ups and attendance: undefined, its problem told, when more attended than signed up (or when
 * one did not parse: not compared).
 */
function countsOf(row: Row, bad: (rowNo: number, column: string, zh: string, en: string) => void) {
  const v = row.values;
  if (!readOk(row, 'signups', 'attendance')) return undefined;
  const signups = Number(v.signups ?? 0);
  const attendance = Number(v.attendance ?? 0);
  if (v.signups !== null && attendance > signups) {
    bad(
      row.rowNo,
      '参加人数',
      `参加人数${attendance}多于报名人数${signups}（现场参加、未报名的人也计入报名人数）`,
      `${attendance} attended, more than the ${signups} signed up (count those who came without signing up among the sign-ups)`,
    );
    return undefined;
  }
  return { signups, attendance };
}

/**
 * The rows checked and grouped into activities (name, organising union and day): the union one the importer may
 * organise for, the day not in the future (a past one only with `history.backdate`), each person a member of the
 * importer's unions found by ID number (the name, when given, the same) or by name and phone (one member only),
 * signed up not after the day, once per activity; an activity with its list or with its totals, not both. An activity
 * on record already (the same organiser, title and day) is skipped and counted (`onRecord`) when the file gives it
 * as it stands, refused when it differs (sameAsHeld). Problems go to `errors`, each naming its row and column, every
 * one a row has that does not follow from another: a check over a cell that did not parse is skipped (a union, ID
 * number or name and phone that did not parse not looked for), and such a row adds nothing to its activity.
 */
export async function planPastActivities(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'hash'>,
  rows: Row[],
  errors: RegisterRowError[],
  today: string,
): Promise<{ list: PastActivity[]; onRecord: number }> {
  const bad = (rowNo: number, column: string, zh: string, en: string) =>
    errors.push(rowError(rowNo, column, zh, en));
  const unions = await resolveRowUnions(sql, actor, rows, 'union');
  const personOf = await peopleOfRows(sql, actor, ids, rows, today, bad);
  const backdate = can(actor, 'history.backdate');
  const groups = new Map<string, Group>();
  /** The day signed up (the activity's day when left empty); null, the row refused, when after the activity's day. */
  const signedOnOf = (rowNo: number, v: Row['values'], heldOn: string) => {
    const signedOn = text(v.signedOn) ?? heldOn;
    if (signedOn <= heldOn) return signedOn;
    bad(rowNo, '报名日期', `报名日期晚于举办日期 ${heldOn}`, `Signed up after the activity's day ${heldOn}`);
    return null;
  };

  for (const row of rows) {
    const { rowNo, values: v } = row;
    const before = errors.length;
    // the union, the day, the participant or the counts each checked whatever the others' problems
    const u = unionOfCell(row, unions, actor, 'activities.manage');
    if (u?.problem) bad(rowNo, '主办工会', u.problem.zh, u.problem.en);
    const heldOn = readOk(row, 'heldOn') ? String(v.heldOn) : undefined;
    if (heldOn !== undefined && heldOn < today && !backdate)
      bad(rowNo, '举办日期', '您的角色不能补录历史日期', 'Your role cannot record a past date');
    // a cell given: one that did not parse was given too (its problem told already)
    const given = (k: ActivityRegisterKey) => !readOk(row, k) || text(v[k]) !== null;
    const totals = given('signups') || given('attendance');
    const someone = given('idNumber') || given('name') || given('phone');
    if (totals && someone) {
      bad(
        rowNo,
        '报名人数',
        '填写了参加人的行不填报名人数和参加人数',
        'A row naming a participant takes no counts',
      );
    } else if (!totals && !someone) {
      bad(
        rowNo,
        '身份证号码',
        '请填写参加人（身份证号码，或姓名和手机号码），没有名单的活动填写报名人数和参加人数',
        'Give the participant (ID number, or name and phone), or for an activity without its list the counts',
      );
    }
    const counts = totals && !someone ? countsOf(row, bad) : undefined;
    const person = someone && !totals ? personOf(row) : null;
    const signedOn =
      heldOn !== undefined && readOk(row, 'signedOn') ? signedOnOf(rowNo, v, heldOn) : undefined;
    // the activity a row belongs to cannot be told without its union, title and day, nor whether it is a row of
    // its list or of its counts when it gives both or neither
    if (!u?.union || heldOn === undefined || !readOk(row, 'title') || totals === someone) continue;
    const title = String(v.title).trim();
    const kind = readOk(row, 'kind') ? v.kind : null;
    const key = `${u.union.id}|${title}|${heldOn}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        ...placeOfRow(row),
        orgId: u.union.id,
        title,
        kind: (kind ?? 'other') as ActivityKind,
        kindGiven: kind !== null,
        heldOn,
        signupFrom: heldOn,
        places: 1,
        taken: 0,
        recorded: null,
        people: [],
        seen: new Map(),
      };
      groups.set(key, g);
    } else if (kind !== null && g.kindGiven && kind !== g.kind) {
      bad(
        rowNo,
        '活动类型',
        `与${rowZh(g)}同一活动的类型不同`,
        `The kind differs from ${rowEn(g)}, the same activity`,
      );
    } else if (kind !== null && !g.kindGiven) {
      g.kind = kind as ActivityKind;
      g.kindGiven = true;
    }
    if (totals && !someone && (g.recorded || g.people.length || g.rowNo !== rowNo)) {
      bad(
        rowNo,
        '报名人数',
        `${rowZh(g)}已登记同一活动；有名单的活动不填人数，人数只填一行`,
        `${rowEn(g, true)} holds the same activity; an activity with its list takes no counts, and its counts one row`,
      );
    }
    if (someone && !totals && g.recorded) {
      bad(
        rowNo,
        '身份证号码',
        `${rowZh(g)}已按人数登记同一活动，不再列出参加人`,
        `${rowEn(g, true)} holds the same activity as counts; it lists no participants`,
      );
    }
    // a row with a problem or a cell that did not parse adds nothing to its activity
    if (errors.length !== before || row.unread || !signedOn) continue;
    if (counts) {
      g.recorded = { ...counts, signedOn };
      g.signupFrom = signedOn;
      g.places = Math.max(1, counts.signups);
      g.taken = counts.signups;
      continue;
    }
    if (!person?.orgPath) continue;
    const twin = g.seen.get(person.id);
    if (twin) {
      bad(
        rowNo,
        '身份证号码',
        `与${rowZh(twin)}是同一活动的同一人`,
        `The same person in the same activity as ${rowEn(twin)}`,
      );
      continue;
    }
    g.seen.set(person.id, placeOfRow(row));
    g.people.push({
      personId: person.id,
      orgId: orgIdOf(person.orgPath),
      signedOn,
      attended: v.attended === true,
    });
    if (signedOn < g.signupFrom) g.signupFrom = signedOn;
    g.places = g.taken = g.people.length;
  }
  rows.length = 0;
  const planned = [...groups.values()];
  const held = await findActivitiesHeld(sql, planned);
  const list: PastActivity[] = [];
  let onRecord = 0;
  for (const g of planned) {
    const kept = held.get(`${g.orgId}|${g.title}|${g.heldOn}`);
    if (kept) {
      if (sameAsHeld(g, kept, bad)) onRecord++;
      continue;
    }
    const { rowNo: _r, sheet: _sheet, kindGiven: _k, seen: _s, ...a } = g;
    list.push(a);
  }
  return { list, onRecord };
}
