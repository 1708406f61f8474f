import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_TODAY } from '../../../test/clock.ts';
import { appError, openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { dayBefore } from '../../shared/dates.ts';
import type { OrgRow } from '../org/index.ts';
import type { HardshipService } from './hardship.service.ts';
import { yearAfter } from './hardship.types.ts';

let db: Db;
let ctx: TestContext;
let hardship: HardshipService;
let district: OrgRow;
let grassroots: OrgRow;
let other: OrgRow;
let staff: Actor;
let otherStaff: Actor;
let reviewer: Actor;

const household = (name: string) => [
  { name, relation: 'self' as const, yearlyIncomeFen: 3_600_000 },
  {
    name: '王秀英',
    relation: 'spouse' as const,
    idNumber: ctx.newIdNumber(),
    yearlyIncomeFen: 0,
    health: '尿毒症',
  },
];

beforeAll(async () => {
  ({ db, ctx } = await openTestContext({ clock: fixedClock() }));
  hardship = ctx.services.hardship;
  const root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district');
  grassroots = await ctx.newOrg(district, 'grassroots');
  other = await ctx.newOrg(await ctx.newOrg(root, 'district'), 'grassroots');
  staff = { ...ctx.actor('staff', district), userId: 11, displayName: '刘桂兰' };
  otherStaff = ctx.actor('staff', other);
  reviewer = ctx.actor('reviewer', district);
});

afterAll(async () => {
  await db?.close();
});

describe('hardship files', () => {
  it('keeps household ID numbers encrypted and masked, and reveals them only to roles that may, audited', async () => {
    const p = await ctx.newPerson(grassroots);
    const members = household(p.name);
    const file = await hardship.createFile(staff, {
      personId: p.id,
      level: 'deep',
      causes: ['illness'],
      members,
    });
    expect(file.status).toBe('draft');
    expect(file.household).toBe(2);
    const { rows } = await db.query<{ c: string }>(
      'select id_cipher as c from hardship_members where file_id = $1',
      [file.id],
    );
    expect(rows.map((r) => r.c).join()).not.toContain(members[1].idNumber);
    const detail = await hardship.getFile(staff, file.id);
    const spouse = detail.members.find((m) => m.relation === 'spouse');
    expect(spouse?.idMasked).toMatch(/\*/);
    expect(JSON.stringify(detail)).not.toContain(members[1].idNumber);
    expect(await hardship.revealMemberId(staff, file.id, spouse?.id as number)).toEqual({
      idNumber: members[1].idNumber,
    });
    expect(
      (await appError(() => hardship.revealMemberId(reviewer, file.id, spouse?.id as number))).code,
    ).toBe('PERMISSION_DENIED');
    const audit = await db.query<{ action: string }>(
      `select action from audit_log where entity = 'hardship_file' and entity_id = $1 order by id`,
      [String(file.id)],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'hardship_file.create',
      'hardship_file.read',
      'hardship_member.id_number.read',
    ]);
  });

  it('takes over a hand-typed level on verification and refuses hand edits while the file holds', async () => {
    const p = await ctx.newPerson(grassroots, { hardshipLevel: 'general', hardshipFrom: '2020-01-01' });
    const file = await hardship.createFile(staff, {
      personId: p.id,
      level: 'deep',
      causes: ['illness', 'education'],
      members: household(p.name),
    });
    // A draft changes nothing for rules.
    expect((await ctx.services.people.getPerson(staff, p.id)).hardshipLevel).toBe('general');
    const today = TEST_TODAY;
    const verified = await hardship.verifyFile(staff, file.id, { verifiedOn: today });
    expect(verified).toMatchObject({
      status: 'verified',
      verifierName: '刘桂兰',
      expiresOn: yearAfter(today),
    });
    const person = await ctx.services.people.getPerson(staff, p.id);
    expect(person).toMatchObject({
      hardshipLevel: 'deep',
      hardshipFrom: today,
      hardshipUntil: yearAfter(today),
      hardshipFileId: file.id,
    });
    const refused = await appError(() =>
      ctx.services.people.updatePerson(staff, p.id, { hardshipLevel: null }),
    );
    expect(refused.code).toBe('HARDSHIP_FROM_FILE');
    // Other fields stay editable, and sending the file's own values back is no edit.
    const edited = await ctx.services.people.updatePerson(staff, p.id, {
      phone: ctx.newPhone(),
      hardshipLevel: 'deep',
    });
    expect(edited.hardshipLevel).toBe('deep');
    expect((await appError(() => hardship.verifyFile(staff, file.id, { verifiedOn: today }))).code).toBe(
      'HARDSHIP_FILE_STATUS',
    );
    expect(
      (
        await appError(() =>
          hardship.createFile(staff, { personId: p.id, level: 'relative', causes: ['other'], members: [] }),
        )
      ).code,
    ).toBe('HARDSHIP_FILE_EXISTS');
  });

  it('flags a file past its expiry and a review brings it back, with the level the review found', async () => {
    const p = await ctx.newPerson(grassroots);
    const file = await hardship.createFile(staff, {
      personId: p.id,
      level: 'relative',
      causes: ['epidemic'],
      members: [],
      effectiveOn: '2023-02-20',
    });
    await hardship.verifyFile(staff, file.id, { verifiedOn: '2023-03-01' });
    const listed = await hardship.listFiles(staff, { status: 'expired' });
    expect(listed.items.map((f) => f.id)).toContain(file.id);
    // The person's status ended with the expiry: rules see no hardship today.
    expect((await ctx.services.people.getPerson(staff, p.id)).hardshipUntil).toBe('2024-02-29');
    const today = TEST_TODAY;
    const reviewed = await hardship.reviewFile(staff, file.id, { reviewedOn: today, level: 'accident' });
    expect(reviewed).toMatchObject({ status: 'verified', level: 'accident', reviewedOn: today });
    expect(await ctx.services.people.getPerson(staff, p.id)).toMatchObject({
      hardshipLevel: 'general',
      hardshipFrom: today,
      hardshipUntil: yearAfter(today),
    });
    const bad = await appError(() => hardship.reviewFile(staff, file.id, { reviewedOn: '2023-01-01' }));
    expect(bad.details).toMatchObject({ field: 'reviewedOn', notBefore: '2023-03-01' });
  });

  it('closing ends the status the day before and lets the level be typed by hand again', async () => {
    const p = await ctx.newPerson(grassroots);
    const file = await hardship.createFile(staff, {
      personId: p.id,
      level: 'deep',
      causes: ['disability'],
      members: [],
      effectiveOn: '2025-05-20',
    });
    await hardship.verifyFile(staff, file.id, { verifiedOn: '2025-06-01' });
    const closed = await hardship.closeFile(staff, file.id, {
      closedOn: '2025-10-01',
      reason: '家庭收入恢复',
    });
    expect(closed.status).toBe('closed');
    expect(await ctx.services.people.getPerson(staff, p.id)).toMatchObject({
      hardshipLevel: 'deep',
      hardshipUntil: dayBefore('2025-10-01'),
      hardshipFileId: null,
    });
    const edited = await ctx.services.people.updatePerson(staff, p.id, { hardshipLevel: null });
    expect(edited.hardshipLevel).toBeNull();
  });

  it('reaches only the subtree', async () => {
    const p = await ctx.newPerson(grassroots);
    const file = await hardship.createFile(staff, {
      personId: p.id,
      level: 'deep',
      causes: ['illness'],
      members: [],
    });
    expect((await appError(() => hardship.getFile(otherStaff, file.id))).code).toBe('NOT_FOUND');
    expect(
      (await appError(() => hardship.verifyFile(otherStaff, file.id, { verifiedOn: '2025-01-01' }))).code,
    ).toBe('NOT_FOUND');
    const theirs = await ctx.newPerson(other);
    expect(
      (
        await appError(() =>
          hardship.createFile(staff, {
            personId: theirs.id,
            level: 'deep',
            causes: ['illness'],
            members: [],
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect((await hardship.listFiles(otherStaff, {})).items.map((f) => f.id)).not.toContain(file.id);
  });

  it('names the member and field of a bad household row, and stores nothing', async () => {
    const p = await ctx.newPerson(grassroots);
    const err = await appError(() =>
      hardship.createFile(staff, {
        personId: p.id,
        level: 'deep',
        causes: ['illness'],
        members: [
          { name: p.name, relation: 'self', yearlyIncomeFen: 0 },
          { name: '张三', relation: 'child', idNumber: '110101200001011234', yearlyIncomeFen: 0 },
        ],
      }),
    );
    expect(err.code).toBe('HARDSHIP_MEMBER_INVALID');
    expect(err.details).toEqual({ field: 'members.1.idNumber' });
    expect(err.messages.zh).toContain('第2位家庭成员');
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from hardship_files where person_id = $1',
      [p.id],
    );
    expect(rows[0].n).toBe(0);
  });

  it("shows the household's relief grants, which a hardship rule grants only once the file is verified", async () => {
    const p = await ctx.newPerson(grassroots);
    const admin = ctx.actor('admin', null);
    const program = await ctx.services.programs.create(admin, {
      ownerOrgId: district.id,
      name: '困难职工生活救助（测试）',
      category: 'relief',
      periodStart: '2020-01-01',
      periodEnd: '2035-12-31',
      periodUnit: 'year',
      intakeModes: ['batch'],
      limitMode: 'per_person_per_period',
      reviewChain: [district.level],
      requiredEvidence: [],
      rule: {
        op: 'all',
        rules: [
          { op: 'member_of_owner_subtree' },
          { op: 'person', field: 'hardshipActive', cmp: 'eq', value: true },
        ],
      },
      amount: { kind: 'fixed', fen: 200_000 },
    });
    await ctx.services.programs.publish(admin, program.id);
    const before = await ctx.services.programs.batch(admin, program.id, {
      personIds: [p.id],
      mode: 'valid_only',
    });
    expect(before.created ?? 0).toBe(0);
    const file = await hardship.createFile(staff, {
      personId: p.id,
      level: 'deep',
      causes: ['illness'],
      members: [],
    });
    await hardship.verifyFile(staff, file.id, { verifiedOn: TEST_TODAY });
    const after = await ctx.services.programs.batch(admin, program.id, {
      personIds: [p.id],
      mode: 'valid_only',
    });
    expect(after.created).toBe(1);
    const { history } = await hardship.getFile(staff, file.id);
    expect(history).toEqual([
      expect.objectContaining({
        kind: 'grant',
        title: '困难职工生活救助（测试）',
        amountFen: 200_000,
        paidFen: 0,
      }),
    ]);
  });

  it("shows the household's requests and visits, oldest first, and never an anonymous request", async () => {
    const p = await ctx.newPerson(grassroots);
    const worker = ctx.actor('worker', null, p.id);
    const file = await hardship.createFile(staff, {
      personId: p.id,
      level: 'deep',
      causes: ['illness'],
      members: [],
    });
    const filed = await ctx.services.cases.worker.file(worker, {
      channel: 'app',
      category: 'hardship',
      description: '家属住院，医药费负担重',
      anonymous: false,
      files: [],
    });
    await ctx.services.cases.worker.file(worker, {
      channel: 'mailbox',
      category: 'wages',
      description: '加班费未按规定发放',
      anonymous: true,
      files: [],
    });
    await ctx.services.care.visits.logVisit(staff, {
      orgId: grassroots.id,
      recipientKind: 'person',
      personId: p.id,
      visitedOn: '2021-12-20',
      visitors: '工会主席 张强',
      goods: [],
    });
    const { history } = await hardship.getFile(staff, file.id);
    expect(history).toEqual([
      expect.objectContaining({ kind: 'visit', on: '2021-12-20', amountFen: null, goods: null }),
      expect.objectContaining({
        kind: 'case',
        on: filed.case.filedOn,
        category: 'hardship',
        channel: 'app',
        status: 'submitted',
      }),
    ]);
  });
});
