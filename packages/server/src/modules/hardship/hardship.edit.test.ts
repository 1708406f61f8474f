import { describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { appError } from '../../../test/factories.ts';
import { getHardshipStats } from './hardship.stats.ts';
import { hardshipWorld } from './hardship.test-kit.ts';

const w = hardshipWorld();

async function openFile() {
  const p = await w.t.newPerson(w.grassroots);
  const spouseId = w.t.newIdNumber();
  const file = await w.svc.createFile(w.staff, {
    personId: p.id,
    level: 'deep',
    causes: ['illness'],
    address: '昌平区回龙观1号',
    members: [
      { name: p.name, relation: 'self', yearlyIncomeFen: 3_600_000 },
      { name: '王秀英', relation: 'spouse', idNumber: spouseId, yearlyIncomeFen: 0, health: '尿毒症' },
    ],
  });
  return { p, file, spouseId };
}

describe('editing a hardship file (ADR 60)', () => {
  it('corrects address, causes, household and income; each change in the history and the audit log', async () => {
    const { file, spouseId } = await openFile();
    const before = await w.svc.getFile(w.staff, file.id);
    const [self, spouse] = before.members;
    const edited = await w.svc.editFile(w.staff, file.id, {
      address: '昌平区天通苑（北）2号',
      causes: ['illness', 'unemployment'],
      members: [
        { id: self.id, name: self.name, relation: 'self', yearlyIncomeFen: 1_200_000 },
        // The ID number sent back as shown (masked) keeps the number on file.
        {
          id: spouse.id,
          name: '王秀英',
          relation: 'spouse',
          idNumber: spouse.idMasked,
          yearlyIncomeFen: 0,
          health: '尿毒症',
        },
        { name: '李小明', relation: 'child', yearlyIncomeFen: 0, occupation: '学生' },
      ],
    });
    expect(edited).toMatchObject({
      address: '昌平区天通苑（北）2号',
      causes: ['illness', 'unemployment'],
      household: 3,
      incomeFen: 1_200_000,
    });
    const after = await w.svc.getFile(w.staff, file.id);
    const kept = after.members.find((m) => m.name === '王秀英');
    expect(kept?.idMasked).toBe(spouse.idMasked);
    expect(await w.svc.revealMemberId(w.staff, file.id, kept?.id as number)).toEqual({ idNumber: spouseId });
    expect(after.edits).toHaveLength(1);
    const [edit] = after.edits;
    expect(edit.byName).toBe('刘桂兰');
    expect(Object.fromEntries(edit.changes.map((c) => [c.field, [c.from, c.to]]))).toMatchObject({
      address: ['昌平区回龙观1号', '昌平区天通苑（北）2号'],
      causes: [['illness'], ['illness', 'unemployment']],
      incomeFen: [3_600_000, 1_200_000],
    });
    const members = edit.changes.find((c) => c.field === 'members');
    expect(members?.to as unknown[]).toHaveLength(3);
    expect(JSON.stringify(after.edits)).not.toContain(spouseId);
    const audit = await w.db.query<{ before: unknown; after: unknown }>(
      `select before, after from audit_log where entity = 'hardship_file' and entity_id = $1
          and action = 'hardship_file.edit'`,
      [String(file.id)],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].after).toMatchObject({ address: '昌平区天通苑（北）2号' });
  });

  it('records nothing when nothing changed, refuses a closed file and a union outside the subtree', async () => {
    const { file } = await openFile();
    await w.svc.editFile(w.staff, file.id, { address: ' 昌平区回龙观1号 ', causes: ['illness'] });
    expect((await w.svc.getFile(w.staff, file.id)).edits).toEqual([]);
    expect((await appError(() => w.svc.editFile(w.otherStaff, file.id, { address: 'x' }))).code).toBe(
      'NOT_FOUND',
    );
    const masked = await appError(() =>
      w.svc.editFile(w.staff, file.id, {
        members: [{ name: '某某', relation: 'spouse', idNumber: '110***********1234', yearlyIncomeFen: 0 }],
      }),
    );
    expect(masked.code).toBe('HARDSHIP_MEMBER_INVALID');
    await w.svc.closeFile(w.staff, file.id, { closedOn: TEST_TODAY, reason: '情况好转' });
    expect((await appError(() => w.svc.editFile(w.staff, file.id, { address: '新址' }))).code).toBe(
      'HARDSHIP_FILE_STATUS',
    );
  });

  it("moves a verified file's counts by cause to its corrected causes", async () => {
    const { file } = await openFile();
    const today = TEST_TODAY;
    await w.svc.verifyFile(w.staff, file.id, { verifiedOn: today });
    const count = async (cause: string) =>
      (await getHardshipStats(w.db, w.staff, { orgId: w.district.id, to: today }, TEST_TODAY)).byCause.find(
        (c) => c.cause === cause,
      )?.inForce ?? 0;
    const [illness, disaster] = [await count('illness'), await count('disaster')];
    await w.svc.editFile(w.staff, file.id, { causes: ['disaster'] });
    expect(await count('illness')).toBe(illness - 1);
    expect(await count('disaster')).toBe(disaster + 1);
  });

  it('a member or a step names its file’s union, no other (ADR 90)', async () => {
    const { file } = await openFile();
    for (const [table, columns, values] of [
      ['hardship_members', 'name, relation, yearly_income_fen', "'王秀英', 'spouse', 0"],
      ['hardship_events', 'kind, on_date, by_name', `'create', '${TEST_TODAY}', '刘桂兰'`],
    ]) {
      // The district exists: the union's own key let it in.
      await expect(
        w.db.query(
          `insert into ${table} (file_id, org_id, federation_id, ${columns})
           select id, $2, federation_id, ${values} from hardship_files where id = $1`,
          [file.id, w.district.id],
        ),
      ).rejects.toThrow(new RegExp(`${table}_file_fkey`));
    }
  });
});
