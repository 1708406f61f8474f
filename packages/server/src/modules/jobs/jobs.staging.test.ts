import { describe, expect, it } from 'vitest';
import type { Sql } from '../../db/db.ts';
import { insertStagingRows } from './jobs.repository.ts';

/** A handle that records the statements sent to it. */
function recorder() {
  const sent: { text: string; params: unknown[] }[] = [];
  const sql: Sql = {
    async query(text: string, params: unknown[] = []) {
      sent.push({ text, params });
      return { rows: [] };
    },
  } as Sql;
  return { sql, sent };
}

describe('insertStagingRows', () => {
  it('sends a thousand members in one statement, as JSON parameters of at most 32K characters each', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      rowNo: i + 2,
      data: { n: `会员${i}`, a: '北京市示范区建设路职工之家'.repeat(8), o: i },
    }));
    const { sql, sent } = recorder();
    await insertStagingRows(sql, 7, rows);
    expect(sent).toHaveLength(1);
    const [jobId, ...parts] = sent[0].params as [number, ...string[]];
    expect(jobId).toBe(7);
    // a string past 128 KB (64K characters of two bytes) is a large object to V8, freed only by a full collection
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(32 * 1024 + 2);
    expect(parts.flatMap((p) => JSON.parse(p))).toEqual(rows);
    expect(sent[0].text).toContain(`$${parts.length + 1}::json`);
  });

  it('sends a row longer than a part alone in its part, and nothing for no rows', async () => {
    const long = { rowNo: 2, data: { note: 'x'.repeat(40_000) } };
    const { sql, sent } = recorder();
    await insertStagingRows(sql, 1, [{ rowNo: 1, data: {} }, long, { rowNo: 3, data: {} }]);
    const parts = sent[0].params.slice(1) as string[];
    expect(parts.map((p) => JSON.parse(p).map((r: { rowNo: number }) => r.rowNo))).toEqual([[1], [2], [3]]);
    await insertStagingRows(sql, 1, []);
    expect(sent).toHaveLength(1);
  });
});
