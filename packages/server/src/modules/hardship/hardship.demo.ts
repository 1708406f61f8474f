import type { Db } from '../../db/db.ts';
import { createRandom, randomIdNumber } from '../../demo/random.ts';
import { demoAdmin } from '../../shared/demo-actors.ts';
import { listMembersUnder } from './hardship.demo.repository.ts';
import type { MemberInput } from './hardship.members.ts';
import type { HardshipService } from './hardship.service.ts';
import type { Cause, FileLevel } from './hardship.vocabulary.ts';

/** The demo's hardship work is done by 杨镇's assistance centre (帮扶中心), as its clerk. */
const CLERK = demoAdmin('demo', '刘桂兰');

const daysAgo = (today: string, days: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

interface DemoFile {
  level: FileLevel;
  causes: Cause[];
  /** Days before today it was verified; null: still a draft. */
  verified: number | null;
  closed?: number;
  household: Omit<MemberInput, 'idNumber'>[];
}

const SELF = (income: number, health?: string): Omit<MemberInput, 'idNumber'> => ({
  name: '',
  relation: 'self',
  yearlyIncomeFen: income * 100,
  occupation: '一线职工',
  health: health ?? null,
});

/**
 * Hardship files under 杨镇 (seed 001 speaks of workers in hardship from illness and the epidemic): five in force,
 * one expired a month ago without review (flagged on the list, no longer hardship for rules), one closed after
 * the family's situation improved, one draft awaiting verification.
 */
const FILES: DemoFile[] = [
  {
    level: 'deep',
    causes: ['illness'],
    verified: 120,
    household: [
      SELF(36_000),
      { name: '王秀英', relation: 'spouse', yearlyIncomeFen: 0, health: '尿毒症，每周透析三次' },
      { name: '张子涵', relation: 'child', yearlyIncomeFen: 0, occupation: '初中学生' },
    ],
  },
  {
    level: 'relative',
    causes: ['single_parent', 'education'],
    verified: 200,
    household: [
      SELF(42_000),
      { name: '陈思彤', relation: 'child', yearlyIncomeFen: 0, occupation: '高中学生' },
    ],
  },
  {
    level: 'accident',
    causes: ['accident'],
    verified: 60,
    household: [
      SELF(30_000, '工伤后右腿骨折，康复中'),
      { name: '赵淑芬', relation: 'spouse', yearlyIncomeFen: 18_000, occupation: '保洁员' },
    ],
  },
  {
    level: 'relative',
    causes: ['epidemic'],
    verified: 300,
    household: [
      SELF(28_000),
      { name: '孙玉兰', relation: 'spouse', yearlyIncomeFen: 12_000, occupation: '个体经营（停业）' },
      { name: '孙浩然', relation: 'child', yearlyIncomeFen: 0, occupation: '小学生' },
    ],
  },
  {
    level: 'deep',
    causes: ['disability', 'illness'],
    verified: 30,
    household: [SELF(24_000, '二级肢体残疾'), { name: '周桂珍', relation: 'parent', yearlyIncomeFen: 9_600 }],
  },
  {
    level: 'relative',
    causes: ['illness'],
    verified: 395,
    household: [
      SELF(45_000),
      { name: '吴丽娟', relation: 'spouse', yearlyIncomeFen: 0, health: '乳腺癌术后' },
    ],
  },
  {
    level: 'accident',
    causes: ['disaster'],
    verified: 250,
    closed: 20,
    household: [SELF(50_000)],
  },
  {
    level: 'relative',
    causes: ['low_income', 'education'],
    verified: null,
    household: [
      SELF(33_000),
      { name: '郑雨欣', relation: 'child', yearlyIncomeFen: 0, occupation: '大学生' },
      { name: '郑雨轩', relation: 'child', yearlyIncomeFen: 0, occupation: '高中学生' },
    ],
  },
];

export const HARDSHIP_DEMO = { files: FILES.length, inForce: 5, expired: 1, closed: 1, draft: 1 } as const;

/** Loads the hardship demo through the service (verification writes the workers' hardship levels). */
export async function seedHardship(
  db: Db,
  hardship: HardshipService,
  townPath: string,
  skip: number[],
  today: string,
) {
  const r = createRandom(20210115);
  const rows = await listMembersUnder(db, townPath, skip, FILES.length);
  // A small demo (a test's few members) has fewer workers under the town than files: it gets one file each.
  for (const [i, person] of rows.entries()) {
    const f = FILES[i];
    const members = f.household.map((m, j) => ({
      ...m,
      name: m.relation === 'self' ? person.name : m.name,
      idNumber: randomIdNumber(r, '110113', 700 + i * 10 + j),
    }));
    const file = await hardship.createFile(CLERK, {
      personId: person.id,
      level: f.level,
      causes: f.causes,
      address: `顺义区杨镇${['一街', '二街', '三街', '东庄户村'][i % 4]}${10 + i}号`,
      members,
      // Opened a fortnight before its verification: a step is not dated before the file it is on.
      effectiveOn: f.verified === null ? null : daysAgo(today, f.verified + 14),
    });
    if (f.verified === null) continue;
    await hardship.verifyFile(CLERK, file.id, { verifiedOn: daysAgo(today, f.verified) });
    if (f.closed) {
      await hardship.closeFile(CLERK, file.id, {
        closedOn: daysAgo(today, f.closed),
        reason: '灾后房屋修复完成，家庭收入恢复',
      });
    }
  }
  return { hardshipFiles: rows.length };
}
