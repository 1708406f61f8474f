import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY } from '../../../../test/clock.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { zipOf } from '../../../../test/zip-parts.ts';
import type { Actor } from '../../../access/access.ts';
import { readZipFiles } from '../../../shared/zip-files.ts';
import { appError, createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import { findApplications } from './applications.service.ts';
import { attachEvidenceZip } from './evidence-zip.ts';

const w = worldPerFile(createProgramsWorld);
let clerk: Actor;

const SCAN = { key: 'certificate_scan', zh: '证书扫描件', en: 'certificate scan' };

/** The clerk's archive of evidence files laid against the program's applications, on TEST_TODAY. */
const attach = (programId: number, upload: Parameters<typeof attachEvidenceZip>[4]) =>
  attachEvidenceZip(w.db, w.ctx.services.ids, clerk, programId, upload, TEST_TODAY);

const scan = Buffer.from('%PDF-1.4 scan');

beforeAll(async () => {
  clerk = w.staff(w.districtA);
});

describe('a zip of scans attached to many applications at once', () => {
  it('matches each scan by the ID number in its name or the certificate number, reports the rest, and writes only when told', async () => {
    const program = await w.publishedProgram(
      clerk,
      fixedProgram(w.districtA.id, { intakeModes: ['batch'], requiredEvidence: [SCAN] }),
    );
    const ids = new Map<number, string>();
    const person = async (org: typeof w.grassA1) => {
      const idNumber = w.ctx.newIdNumber();
      const p = await w.person(org, { idNumber });
      ids.set(p.id, idNumber);
      return p;
    };
    const people = [await person(w.grassA1), await person(w.grassA1), await person(w.grassA1)];
    const outsider = await person(w.grassB);
    const { results } = await w.ctx.services.programs.batch(clerk, program.id, {
      personIds: people.map((p) => p.id),
    });
    const apps = results.map((r) => r.applicationId as number);
    const idOf = async (personId: number) => ids.get(personId) as string;
    const gbkName = Buffer.concat([
      Buffer.from(await idOf(people[2].id)),
      Buffer.from([0xd6, 0xa4, 0xca, 0xe9]),
      Buffer.from('.png'),
    ]);
    const archive = zipOf([
      { name: `证书/${people[0].name}_${await idOf(people[0].id)}.pdf`, data: scan },
      { name: `${(await idOf(people[1].id)).toLowerCase()}.JPG`, data: scan },
      { name: gbkName, data: scan },
      { name: `${await idOf(people[0].id)}-背面.pdf`, data: scan },
      { name: `${await idOf(outsider.id)}.pdf`, data: scan },
      { name: '说明.docx', data: scan },
      { name: '__MACOSX/._x.pdf', data: scan },
    ]);

    const dry = await attach(program.id, {
      key: SCAN.key,
      file: archive,
      fileName: '扫描件.zip',
      dryRun: true,
    });
    expect(dry).toMatchObject({ dryRun: true, files: 6, matched: 3, unmatched: 3, waiting: 0 });
    expect(dry.report.map((r) => [r.outcome, r.applicationId])).toEqual([
      ['matched', apps[0]],
      ['matched', apps[1]],
      ['matched', apps[2]],
      ['duplicate', apps[0]],
      ['unmatched', null],
      ['unsupported', null],
    ]);
    expect(dry.report[2].name).toBe(`${await idOf(people[2].id)}证书.png`);
    const filesOf = async (id: number) =>
      (
        await w.db.query<{ n: number }>(
          'select count(*)::int as n from application_files where application_id = $1',
          [id],
        )
      ).rows[0].n;
    expect(await filesOf(apps[0])).toBe(0);
    // The queue names what each undecided application still lacks, before the final approval asks.
    const missing = async () =>
      (await findApplications(w.db, clerk, { programId: program.id }, TEST_NOW)).items.map((a) =>
        a.missingMaterials.map((m) => m.zh),
      );
    expect(await missing()).toEqual([['证书扫描件'], ['证书扫描件'], ['证书扫描件']]);

    const done = await attach(program.id, {
      key: SCAN.key,
      file: archive,
      fileName: '扫描件.zip',
      dryRun: false,
    });
    expect(done.matched).toBe(3);
    for (const id of apps) expect(await filesOf(id)).toBe(1);
    expect(await missing()).toEqual([[], [], []]);
    const { rows } = await w.db.query<{ mime: string; key: string }>(
      'select mime, evidence_key as key from application_files where application_id = $1',
      [apps[1]],
    );
    expect(rows).toEqual([{ mime: 'image/jpeg', key: SCAN.key }]);
  });

  it('refuses a material the program does not ask for, naming those it does, and what is not a zip', async () => {
    const program = await w.publishedProgram(
      clerk,
      fixedProgram(w.districtA.id, { intakeModes: ['batch'], requiredEvidence: [SCAN] }),
    );
    const wrongKey = await appError(() =>
      attach(program.id, { key: 'award_notice', file: zipOf([]), fileName: 'a.zip', dryRun: true }),
    );
    expect(wrongKey.messages.zh).toContain('证书扫描件');
    const notZip = await appError(() =>
      attach(program.id, {
        key: SCAN.key,
        file: Buffer.from('Rar!\u001a\u0007'),
        fileName: 'a.rar',
        dryRun: true,
      }),
    );
    expect(notZip.code).toBe('ZIP_UNREADABLE');
  });

  it('a zip whose entry claims a small size but inflates to more is refused, not inflated', async () => {
    const big = zipOf([{ name: 'a.pdf', data: Buffer.alloc(1_000_000) }]);
    // Lie about the inflated size in the central directory.
    const dir = big.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    big.writeUInt32LE(10, dir + 24);
    await expect(
      readZipFiles(big, { maxFiles: 10, maxFileBytes: 1_000_000, maxTotalBytes: 10_000_000 }),
    ).rejects.toMatchObject({ code: 'ZIP_UNREADABLE' });
  });
});
