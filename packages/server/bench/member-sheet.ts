/**
 * The import benchmark's member sheet: an .xlsx of valid rows over the given unions, every column of the
 * template filled the way clerks do, written as a stream (xlsx-file.ts: a million rows never sit in memory) to a
 * file kept between runs. The same rows and unions give the same file, so it is written once.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom, randomIdNumber, randomName, randomPhone } from '../src/demo/random.ts';
import { TEMPLATE_COLUMNS } from '../src/modules/people/index.ts';
import { writeXlsxFile } from './xlsx-file.ts';

/** The rows of the sheet, in order, each as the template's cells. */
export function* memberRows(unions: { name: string; region: string }[], count: number): Generator<string[]> {
  const r = createRandom(20240601);
  const seen = new Set<string>();
  const yesNo = (p: number) => (r.chance(p) ? '是' : '否');
  let made = 0;
  for (let i = 0; made < count; i++) {
    const union = unions[i % unions.length];
    const idNumber = randomIdNumber(r, union.region, i);
    if (seen.has(idNumber)) continue;
    seen.add(idNumber);
    made += 1;
    const hardship = r.chance(0.03) ? r.pick(['相对困难', '一般困难', '深度困难']) : '';
    const byKey: Record<string, string> = {
      name: randomName(r),
      idNumber,
      phone: r.chance(0.9) ? randomPhone(r) : '',
      union: union.name,
      joinedOn: `20${String(r.int(10, 23))}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
      employer: union.name.replace(/工会$/, ''),
      frontLine: yesNo(0.55),
      outdoor: yesNo(0.15),
      newEmployment: yesNo(0.06),
      modelWorker: r.chance(0.01) ? r.pick(['全国', '市级', '区级']) : '',
      hardship,
      hardshipFrom: hardship ? '2024-01-01' : '',
      hardshipUntil: hardship ? '2026-12-31' : '',
    };
    yield TEMPLATE_COLUMNS.map((c) => byKey[c.key]);
  }
}

/** The path of the sheet, written now unless a previous run left it. */
export async function memberSheetFile(
  unions: { name: string; region: string }[],
  count: number,
): Promise<string> {
  const path = join(tmpdir(), `gonghui-bench-members-${count}-${unions.length}.xlsx`);
  if (existsSync(path)) return path;
  await writeXlsxFile(path, {
    sheetName: '会员信息',
    headers: TEMPLATE_COLUMNS.map((c) => c.zh),
    rows: memberRows(unions, count),
  });
  return path;
}
