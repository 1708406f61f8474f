import { describe, expect, it } from 'vitest';
import { studiosLedCounter } from '../../../../test/factories.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { readSheet } from '../../../shared/sheet-reader.ts';
import { getStudioStats, studioStatsWorkbook } from './studios.stats.ts';
import { createStudiosWorld } from './studios.test-kit.ts';

const w = worldPerFile(createStudiosWorld);

describe('the studio statistics export names its figures (issue 41)', () => {
  it('says what each figure counts and as of which day, or over which period', async () => {
    const s = await getStudioStats(
      w.db,
      w.staff(w.changping),
      { orgId: w.changping.id, year: 2025 },
      '2026-03-01',
      studiosLedCounter,
    );
    const { buffer, fileName } = studioStatsWorkbook(s);
    const labels = (await readSheet(buffer, fileName)).rows.map((r) => r.cells[0]);
    expect(labels).toContain('市级及以上工作室，截至2025-12-31');
    expect(labels).toContain('其中市级及以上劳模领衔的市级及以上工作室，截至2025-12-31');
    expect(labels).toContain('期内晋升（提档升级）的工作室，2025年');
  });
});
