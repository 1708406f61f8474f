import { describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { appError, auditActions } from '../../../test/factories.ts';
import { dayBefore } from '../../shared/dates.ts';
import { hardshipWorld } from './hardship.test-kit.ts';
import { yearAfter } from './hardship.types.ts';

const w = hardshipWorld();
/** A file of `p` set up by the district's staff, listing no household members. */
const fileOf = (p: { id: number }, f: Omit<Parameters<typeof w.svc.createFile>[1], 'personId' | 'members'>) =>
  w.svc.createFile(w.staff, { personId: p.id, ...f, members: [] });

const household = (name: string) => [
  { name, relation: 'self' as const, yearlyIncomeFen: 3_600_000 },
  {
    name: '王秀英',
    relation: 'spouse' as const,
    idNumber: w.t.newIdNumber(),
    yearlyIncomeFen: 0,
    health: '尿毒症',
  },
];

/** The person's hardship fields before and after, as the file's audit row of `action` keeps them. */
async function personInAudit(fileId: number, action: string) {
  const { rows } = await w.db.query<{ before: { person?: unknown }; after: { person?: unknown } }>(
    'select before, after from audit_log where entity = $1 and entity_id = $2 and action = $3',
    ['hardship_file', String(fileId), action],
  );
  return { before: rows[0]?.before?.person, after: rows[0]?.after?.person };
}

describe('hardship files', () => {
  it('keeps household ID numbers encrypted and masked, and reveals them only to roles that may, audited', async () => {
    const p = await w.t.newPerson(w.grassroots);
    const members = household(p.name);
    const file = await w.svc.createFile(w.staff, {
      personId: p.id,
      level: 'deep',
      causes: ['illness'],
      members,
    });
    expect(file.status).toBe('draft');
    expect(file.household).toBe(2);
    const { rows } = await w.db.query<{ c: string }>(
      'select id_cipher as c from hardship_members where file_id = $1',
      [file.id],
    );
    expect(rows.map((r) => r.c).join()).not.toContain(members[1].idNumber);
    const detail = await w.svc.getFile(w.staff, file.id);
    const spouse = detail.members.find((m) => m.relation === 'spouse');
    expect(spouse?.idMasked).toMatch(/\*/);
    expect(JSON.stringify(detail)).not.toContain(members[1].idNumber);
    expect(await w.svc.revealMemberId(w.staff, file.id, spouse?.id as number)).toEqual({
      idNumber: members[1].idNumber,
    });
    expect((await appError(() => w.svc.revealMemberId(w.reviewer, file.id, spouse?.id as number))).code).toBe(
      'PERMISSION_DENIED',
    );
    expect(await auditActions(w.db, 'hardship_file', file.id)).toEqual([
      'hardship_file.create',
      'hardship_file.read',
      'hardship_member.id_number.read',
    ]);
  });

  it('takes over a hand-typed level on verification and refuses hand edits while the file holds', async () => {
    const p = await w.t.newPerson(w.grassroots, { hardshipLevel: 'general', hardshipFrom: '2020-01-01' });
    const file = await w.svc.createFile(w.staff, {
      personId: p.id,
      level: 'deep',
      causes: ['illness', 'education'],
      members: household(p.name),
    });
    // A draft changes nothing for rules.
    expect((await w.t.services.people.getPerson(w.staff, p.id)).hardshipLevel).toBe('general');
    const today = TEST_TODAY;
    const verified = await w.svc.verifyFile(w.staff, file.id, { verifiedOn: today });
    expect(verified).toMatchObject({
      status: 'verified',
      verifierName: '刘桂兰',
      expiresOn: yearAfter(today),
    });
    const person = await w.t.services.people.getPerson(w.staff, p.id);
    expect(person).toMatchObject({
      hardshipLevel: 'deep',
      hardshipFrom: today,
      hardshipUntil: yearAfter(today),
      hardshipFileId: file.id,
    });
    // the audit row says what the person's hand-typed level became, not only what it was
    expect(await personInAudit(file.id, 'hardship_file.verify')).toEqual({
      before: { hardshipLevel: 'general', hardshipFrom: '2020-01-01', hardshipUntil: null },
      after: { hardshipLevel: 'deep', hardshipFrom: today, hardshipUntil: yearAfter(today) },
    });
    const refused = await appError(() =>
      w.t.services.people.updatePerson(w.staff, p.id, { hardshipLevel: null }),
    );
    expect(refused.code).toBe('HARDSHIP_FROM_FILE');
    // Other fields stay editable, and sending the file's own values back is no edit.
    const edited = await w.t.services.people.updatePerson(w.staff, p.id, {
      phone: w.t.newPhone(),
      hardshipLevel: 'deep',
    });
    expect(edited.hardshipLevel).toBe('deep');
    expect((await appError(() => w.svc.verifyFile(w.staff, file.id, { verifiedOn: today }))).code).toBe(
      'HARDSHIP_FILE_STATUS',
    );
    expect((await appError(() => fileOf(p, { level: 'relative', causes: ['other'] }))).code).toBe(
      'HARDSHIP_FILE_EXISTS',
    );
  });

  it('flags a file past its expiry and a review brings it back, with the level the review found', async () => {
    const p = await w.t.newPerson(w.grassroots);
    const file = await fileOf(p, { level: 'relative', causes: ['epidemic'], effectiveOn: '2023-02-20' });
    await w.svc.verifyFile(w.staff, file.id, { verifiedOn: '2023-03-01' });
    const listed = await w.svc.listFiles(w.staff, { status: 'expired' });
    expect(listed.items.map((f) => f.id)).toContain(file.id);
    // The person's status ended with the expiry: rules see no hardship today.
    expect((await w.t.services.people.getPerson(w.staff, p.id)).hardshipUntil).toBe('2024-02-29');
    const today = TEST_TODAY;
    const reviewed = await w.svc.reviewFile(w.staff, file.id, { reviewedOn: today, level: 'accident' });
    expect(reviewed).toMatchObject({ status: 'verified', level: 'accident', reviewedOn: today });
    expect(await w.t.services.people.getPerson(w.staff, p.id)).toMatchObject({
      hardshipLevel: 'general',
      hardshipFrom: today,
      hardshipUntil: yearAfter(today),
    });
    expect((await personInAudit(file.id, 'hardship_file.review')).after).toEqual({
      hardshipLevel: 'general',
      hardshipFrom: today,
      hardshipUntil: yearAfter(today),
    });
    const bad = await appError(() => w.svc.reviewFile(w.staff, file.id, { reviewedOn: '2023-01-01' }));
    expect(bad.details).toMatchObject({ field: 'reviewedOn', notBefore: '2023-03-01' });
  });

  it('closing ends the status the day before and lets the level be typed by hand again', async () => {
    const p = await w.t.newPerson(w.grassroots);
    const file = await fileOf(p, { level: 'deep', causes: ['disability'], effectiveOn: '2025-05-20' });
    await w.svc.verifyFile(w.staff, file.id, { verifiedOn: '2025-06-01' });
    const closed = await w.svc.closeFile(w.staff, file.id, {
      closedOn: '2025-10-01',
      reason: '家庭收入恢复',
    });
    expect(closed.status).toBe('closed');
    expect(await w.t.services.people.getPerson(w.staff, p.id)).toMatchObject({
      hardshipLevel: 'deep',
      hardshipUntil: dayBefore('2025-10-01'),
      hardshipFileId: null,
    });
    const edited = await w.t.services.people.updatePerson(w.staff, p.id, { hardshipLevel: null });
    expect(edited.hardshipLevel).toBeNull();
  });

  it('reaches only the subtree', async () => {
    const p = await w.t.newPerson(w.grassroots);
    const file = await fileOf(p, { level: 'deep', causes: ['illness'] });
    expect((await appError(() => w.svc.getFile(w.otherStaff, file.id))).code).toBe('NOT_FOUND');
    expect(
      (await appError(() => w.svc.verifyFile(w.otherStaff, file.id, { verifiedOn: '2025-01-01' }))).code,
    ).toBe('NOT_FOUND');
    const theirs = await w.t.newPerson(w.other);
    expect((await appError(() => fileOf(theirs, { level: 'deep', causes: ['illness'] }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await w.svc.listFiles(w.otherStaff, {})).items.map((f) => f.id)).not.toContain(file.id);
  });

  it('names the member and field of a bad household row, and stores nothing', async () => {
    const p = await w.t.newPerson(w.grassroots);
    const err = await appError(() =>
      w.svc.createFile(w.staff, {
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
    const { rows } = await w.db.query<{ n: number }>(
      'select count(*)::int as n from hardship_files where person_id = $1',
      [p.id],
    );
    expect(rows[0].n).toBe(0);
  });

  it("shows the household's grants, each by what it is, which a hardship rule grants only once verified", async () => {
    const p = await w.t.newPerson(w.grassroots);
    const admin = w.t.actor('admin', null);
    /** A program of the district's, paying `fen` once a year to each person the rule lets in, published. */
    const published = async (
      name: string,
      category: 'relief' | 'subsidy',
      rule: Parameters<typeof w.t.services.programs.create>[1]['rule'],
      fen: number,
    ) => {
      const made = await w.t.services.programs.create(admin, {
        ownerOrgId: w.district.id,
        name,
        category,
        periodStart: '2020-01-01',
        periodEnd: '2035-12-31',
        periodUnit: 'year',
        intakeModes: ['batch'],
        limitMode: 'per_person_per_period',
        reviewChain: [w.district.level],
        requiredEvidence: [],
        rule,
        amount: { kind: 'fixed', fen },
      });
      await w.t.services.programs.publish(admin, made.id);
      return made;
    };
    const program = await published(
      '困难职工生活救助（测试）',
      'relief',
      {
        op: 'all',
        rules: [
          { op: 'member_of_owner_subtree' },
          { op: 'person', field: 'hardshipActive', cmp: 'eq', value: true },
        ],
      },
      200_000,
    );
    const before = await w.t.services.programs.batch(admin, program.id, {
      personIds: [p.id],
      mode: 'valid_only',
    });
    expect(before.created ?? 0).toBe(0);
    const file = await fileOf(p, { level: 'deep', causes: ['illness'] });
    await w.svc.verifyFile(w.staff, file.id, { verifiedOn: TEST_TODAY });
    const after = await w.t.services.programs.batch(admin, program.id, {
      personIds: [p.id],
      mode: 'valid_only',
    });
    expect(after.created).toBe(1);
    // a certificate subsidy is a grant too, but no relief: the history names each by its program's category
    const subsidy = await published(
      '职业技能证书补贴（测试）',
      'subsidy',
      { op: 'member_of_owner_subtree' },
      50_000,
    );
    await w.t.services.programs.batch(admin, subsidy.id, { personIds: [p.id], mode: 'valid_only' });
    const { history } = await w.svc.getFile(w.staff, file.id);
    expect(history).toEqual([
      expect.objectContaining({
        kind: 'grant',
        kindName: { zh: '帮扶救助', en: 'Relief' },
        title: '困难职工生活救助（测试）',
        amountFen: 200_000,
        paidFen: 0,
      }),
      expect.objectContaining({
        kind: 'grant',
        kindName: { zh: '补贴', en: 'Subsidy' },
        title: '职业技能证书补贴（测试）',
        amountFen: 50_000,
      }),
    ]);
  });

  it("shows the household's requests and visits, oldest first, and never an anonymous request", async () => {
    const p = await w.t.newPerson(w.grassroots);
    const worker = w.t.actor('worker', null, p.id);
    const file = await fileOf(p, { level: 'deep', causes: ['illness'] });
    const filed = await w.t.services.cases.worker.file(worker, {
      channel: 'app',
      category: 'hardship',
      description: '家属住院，医药费负担重',
      anonymous: false,
      files: [],
    });
    await w.t.services.cases.worker.file(worker, {
      channel: 'mailbox',
      category: 'wages',
      description: '加班费未按规定发放',
      anonymous: true,
      files: [],
    });
    await w.t.services.care.visits.logVisit(w.staff, {
      orgId: w.grassroots.id,
      recipientKind: 'person',
      personId: p.id,
      visitedOn: '2021-12-20',
      visitors: '工会主席 张强',
      goods: [],
    });
    const { history } = await w.svc.getFile(w.staff, file.id);
    expect(history).toEqual([
      expect.objectContaining({ kind: 'visit', on: '2021-12-20', amountFen: null, goods: null }),
      expect.objectContaining({
        kind: 'case',
        on: filed.case.filedOn,
        category: 'hardship',
        categoryName: { zh: '困难帮扶', en: 'Hardship relief' },
        channel: 'app',
        status: 'submitted',
      }),
    ]);
  });
});
