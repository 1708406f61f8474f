import { formatYuan } from '../../shared/money.ts';
import { differsFromRecord, type Said, said as text } from '../../shared/register-same.ts';
import { type CellValue, cellText } from '../../shared/register-sheet.ts';
import type { IdProtector, parseIdNumber } from '../people/index.ts';
import type { HeldFile } from './hardship.import.repository.ts';
import type { MemberInput } from './hardship.members.ts';
import { type Key, RELATION_ZH } from './hardship.register.ts';
import type { MemberInsert } from './hardship.repository.ts';
import { CAUSE_EN, CAUSE_ZH, LEVEL_EN, LEVEL_ZH } from './hardship.types.ts';
import type { Cause, FileLevel } from './hardship.vocabulary.ts';

/** A household of the register as planned (the plan's FilePlan): what is compared with the file on record. */
export interface GivenFile {
  rowNo: number;
  createdOn: string;
  level: string;
  causes: readonly string[] | null;
  fields: Partial<Record<Key, CellValue>>;
  expiresOn: string | null;
  members: (MemberInput & { rowNo: number })[];
  /** The members as stored: names and texts trimmed, ID numbers masked. */
  stored: MemberInsert[];
}

type Problem = (rowNo: number, key: Key, zh: string, en: string) => void;
const causes = (c: readonly string[]): Said => ({
  zh: [...c]
    .sort()
    .map((x) => CAUSE_ZH[x as Cause] ?? x)
    .join('、'),
  en: [...c]
    .sort()
    .map((x) => CAUSE_EN[x as Cause] ?? x)
    .join(', '),
});

/**
 * Whether a household of the file is the worker's file on record established that day (issue 32) as it stands: the
 * same level, causes, address, note, days (the expiry as the file reads it) and closing reason, and the same
 * household — each member by relation and name, with the same ID number (the worker's own row is the file's key),
 * income, work and health. A register sent again whole holds its old files: those are skipped, not refused. One
 * that differs is refused (nothing on record is overwritten), each difference naming its row and column.
 */
export function sameAsHeld(
  f: GivenFile,
  held: HeldFile,
  problem: Problem,
  ids: Pick<IdProtector, 'decrypt'>,
  parse: (raw: string) => ReturnType<typeof parseIdNumber>,
): boolean {
  let differs = 0;
  const said = {
    zh: `该职工${f.createdOn}建立的档案已在平台中`,
    en: `The worker's file established on ${f.createdOn} is on record`,
  };
  const differ = (rowNo: number, key: Key, was: Said, now: Said) => {
    differs++;
    const { zh, en } = differsFromRecord(said, was, now);
    problem(rowNo, key, zh, en);
  };
  const level = (l: string): Said => ({
    zh: LEVEL_ZH[l as FileLevel] ?? l,
    en: LEVEL_EN[l as FileLevel] ?? l,
  });
  if (f.level !== held.level) differ(f.rowNo, 'level', level(held.level), level(f.level));
  const given = f.causes ?? [];
  if ([...given].sort().join() !== [...held.causes].sort().join())
    differ(f.rowNo, 'causes', causes(held.causes), causes(given));
  const d = f.fields;
  const own: [Key, string | null, string | null][] = [
    ['address', held.address, cellText(d.address ?? null)],
    ['verifiedOn', held.verifiedOn, cellText(d.verifiedOn ?? null)],
    ['reviewedOn', held.reviewedOn, cellText(d.reviewedOn ?? null)],
    ['expiresOn', held.expiresOn, f.expiresOn],
    ['closedOn', held.closedOn, cellText(d.closedOn ?? null)],
    ['closeReason', held.closeReason, cellText(d.closeReason ?? null)],
    ['note', held.note, cellText(d.note ?? null)],
  ];
  for (const [key, was, now] of own)
    if ((was ?? null) !== (now ?? null)) differ(f.rowNo, key, text(was), text(now));

  // the household: each member of the file matched with one on record by relation and name
  const left = [...held.members];
  f.members.forEach((m, i) => {
    const stored = f.stored[i];
    const at = left.findIndex(
      (k) => k.relation === m.relation && (m.relation === 'self' || k.name === stored?.name),
    );
    if (at < 0) {
      differs++;
      problem(
        m.rowNo,
        m.relation === 'self' ? 'relation' : 'memberName',
        `${said.zh}，其家庭成员中没有「${stored?.name ?? m.name}」（${RELATION_ZH[m.relation]}）`,
        `${said.en} without “${stored?.name ?? m.name}” (${m.relation}) in its household`,
      );
      return;
    }
    const [k] = left.splice(at, 1);
    if (m.relation !== 'self') {
      const raw = m.idNumber?.trim();
      const parsed = raw ? parse(raw) : null;
      const now = parsed?.ok ? parsed.value.number : null;
      const was = k.idCipher ? ids.decrypt(k.idCipher) : null;
      if (was !== now) {
        differs++;
        problem(
          m.rowNo,
          'memberIdNumber',
          `${said.zh}，${was ? (now ? '此成员的身份证号与平台上的不同' : '平台上有此成员的身份证号，本表未填') : '平台上没有此成员的身份证号'}`,
          `${said.en} ${was ? (now ? 'with another ID number for this member' : 'with an ID number for this member; this sheet gives none') : 'without an ID number for this member'}`,
        );
      }
    }
    if (k.yearlyIncomeFen !== m.yearlyIncomeFen) {
      const [was, now] = [formatYuan(k.yearlyIncomeFen), formatYuan(m.yearlyIncomeFen)];
      differ(m.rowNo, 'income', text(was), text(now));
    }
    if ((k.occupation ?? null) !== (stored?.occupation ?? null))
      differ(m.rowNo, 'occupation', text(k.occupation), text(stored?.occupation));
    if ((k.health ?? null) !== (stored?.health ?? null))
      differ(m.rowNo, 'health', text(k.health), text(stored?.health));
  });
  if (left.length) {
    differs++;
    problem(
      f.rowNo,
      'memberName',
      `${said.zh}，还有${left.length}名家庭成员不在本表中`,
      `${said.en} with ${left.length} more household member${left.length === 1 ? '' : 's'} than this sheet lists`,
    );
  }
  return differs === 0;
}
