import type { RowPlace } from '../../shared/sheet-place.ts';
import type { HeldActivity, PastActivity } from './activities.register.repository.ts';
import { KIND_ZH } from './activities.stats.ts';
import type { ActivityKind } from './activities.vocabulary.ts';

/** An activity's kind in English, as the register's choices and its errors name it. */
export const KIND_EN: Record<ActivityKind, string> = {
  sports: 'sports',
  family: 'family',
  class: 'class',
  social: 'social mixer',
  show: 'film or show',
  volunteer: 'volunteering',
  other: 'other',
};

/** An activity of the file as planned, with the rows that gave it. */
export interface PlannedActivity extends PastActivity {
  rowNo: number;
  /** The first row's sheet, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  kindGiven: boolean;
  /** The row of each person listed. */
  seen: Map<number, RowPlace>;
}

type Bad = (rowNo: number, column: string, zh: string, en: string) => void;

const kindZh = (k: string) => KIND_ZH[k as ActivityKind] ?? k;
const kindEn = (k: string) => KIND_EN[k as ActivityKind] ?? k;
const yesNo = (b: boolean) =>
  b ? { zh: '参加', en: 'took part' } : { zh: '未参加', en: 'did not take part' };

/**
 * Whether an activity of the file is the one on record (the same organiser, title and day) as it stands: the same
 * kind (when the file gives one), the same counts or the same people, each signed up on the same day and taking part
 * or not alike. A ledger sent again whole holds its old activities: those are skipped, not refused. One that
 * differs is refused (nothing on record is overwritten), each difference naming its row and column.
 */
export function sameAsHeld(g: PlannedActivity, held: HeldActivity, bad: Bad): boolean {
  const before = { n: 0 };
  const differs: Bad = (...a) => {
    before.n++;
    bad(...a);
  };
  const onRecord = {
    zh: `该工会${g.heldOn}举办的「${g.title}」已在平台上`,
    en: `"${g.title}" of ${g.heldOn} is on record`,
  };
  if (g.kindGiven && g.kind !== held.kind)
    differs(
      g.rowNo,
      '活动类型',
      `${onRecord.zh}，类型是「${kindZh(held.kind)}」，本表是「${kindZh(g.kind)}」`,
      `${onRecord.en} as ${kindEn(held.kind)}, not ${kindEn(g.kind)}`,
    );
  if (g.recorded || held.recorded) {
    const [file, kept] = [g.recorded, held.recorded];
    if (!file || !kept)
      differs(
        g.rowNo,
        '报名人数',
        `${onRecord.zh}，${kept ? '按人数登记' : '有参加人名单'}，本表${file ? '按人数登记' : '列出参加人'}`,
        `${onRecord.en} ${kept ? 'as counts' : 'with its list of participants'}; this sheet gives ${file ? 'counts' : 'a list'}`,
      );
    else {
      if (file.signups !== kept.signups || file.attendance !== kept.attendance)
        differs(
          g.rowNo,
          '报名人数',
          `${onRecord.zh}，报名${kept.signups}人、参加${kept.attendance}人，本表是报名${file.signups}人、参加${file.attendance}人`,
          `${onRecord.en} with ${kept.signups} signed up and ${kept.attendance} attending; this sheet says ${file.signups} and ${file.attendance}`,
        );
      if (file.signedOn !== kept.signedOn)
        differs(
          g.rowNo,
          '报名日期',
          `${onRecord.zh}，报名日期是${kept.signedOn}，本表是${file.signedOn}`,
          `${onRecord.en} with sign-ups on ${kept.signedOn}; this sheet says ${file.signedOn}`,
        );
    }
    return before.n === 0;
  }
  for (const p of g.people) {
    const rowNo = g.seen.get(p.personId)?.rowNo ?? g.rowNo;
    const kept = held.people.get(p.personId);
    if (!kept) {
      differs(
        rowNo,
        '身份证号码',
        `${onRecord.zh}，此人不在其参加人中（已在平台上的活动不能增加参加人）`,
        `${onRecord.en} without this person; an activity on record takes no new participants`,
      );
      continue;
    }
    if (kept.signedOn !== p.signedOn)
      differs(
        rowNo,
        '报名日期',
        `${onRecord.zh}，此人的报名日期是${kept.signedOn}，本表是${p.signedOn}`,
        `${onRecord.en} with this person signed up on ${kept.signedOn}; this sheet says ${p.signedOn}`,
      );
    if (kept.attended !== p.attended)
      differs(
        rowNo,
        '是否参加',
        `${onRecord.zh}，此人记为${yesNo(kept.attended).zh}，本表是${yesNo(p.attended).zh}`,
        `${onRecord.en}, where this person ${yesNo(kept.attended).en}; this sheet says they ${yesNo(p.attended).en}`,
      );
  }
  const listed = new Set(g.people.map((p) => p.personId));
  const missing = [...held.people.keys()].filter((id) => !listed.has(id)).length;
  if (missing)
    differs(
      g.rowNo,
      '活动名称',
      `${onRecord.zh}，还有${missing}名参加人不在本表中`,
      `${onRecord.en} with ${missing} more participant${missing === 1 ? '' : 's'} than this sheet lists`,
    );
  return before.n === 0;
}
