import { describe, expect, it } from 'vitest';
import { studiosLedCounter } from '../../../../test/factories.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { readSheet } from '../../../shared/sheet-reader.ts';
import { getStudioStats, studioStatsSheets, studioStatsWorkbook } from './studios.stats.ts';
import { createStudiosWorld } from './studios.test-kit.ts';

const w = worldPerFile(createStudiosWorld);
/** 昌平's statistics of 2025, read on 2026-03-01. */
const stats2025 = () =>
  getStudioStats(
    w.db,
    w.staff(w.changping),
    { orgId: w.changping.id, year: 2025 },
    '2026-03-01',
    studiosLedCounter,
  );

describe('the studio statistics export names its figures (issue 41)', () => {
  it('says what each figure counts and as of which day, or over which period', async () => {
    const s = await stats2025();
    const { buffer, fileName } = studioStatsWorkbook(s);
    const labels = (await readSheet(buffer, fileName)).rows.map((r) => r.cells[0]);
    expect(labels).toContain('市级及以上工作室，截至2025-12-31');
    expect(labels).toContain('其中市级及以上劳模领衔的市级及以上工作室，截至2025-12-31');
    expect(labels).toContain('期内晋升（提档升级）的工作室，2025年');
  });

  it('ends 按等级 in the 合计 of every level’s studios on the day', async () => {
    const s = await stats2025();
    const levels: typeof s.levels = [
      { level: 'district', n: 3, modelWorkerLed: 0 },
      { level: 'city', n: 5, modelWorkerLed: 2 },
      { level: 'national', n: 1, modelWorkerLed: 1 },
    ];
    const sheet = studioStatsSheets({ ...s, levels }).find((x) => x.name === '按等级');
    expect(sheet?.rows.at(-1)).toEqual(['合计', 9, 3]);
  });
});
