import fc from 'fast-check';
import { describe, it } from 'vitest';
import { moduleFiles } from './module-files.ts';
import { type StatsAsOfCase, statsAsOfWorld } from './stats-as-of.kit.ts';

/**
 * Issue 42 (ADR 40): a statistic asked without a day and the same asked "as of" the period's last day give the same
 * answer, for any mix of records brought in through a register and recorded live on their (past) days. The cases
 * are each module's, `src/modules/<m>/<m>.stats-as-of.ts` (`cases: StatsAsOfCase[]`, test/stats-as-of.kit.ts),
 * found here, never listed. One app for the file; each run builds a fresh union subtree in it, so runs do not see
 * each other's records; few runs keep it fast.
 */

const RUNS = Number(process.env.STATS_AS_OF_RUNS ?? 3);
const FILES = await moduleFiles<{ cases: StatsAsOfCase[] }>('.stats-as-of.ts');

const world = statsAsOfWorld();

describe('a statistic asked without a day equals the same asked as of the period’s last day (issue 42)', () => {
  for (const { name, file } of FILES)
    for (const c of file.cases)
      it(`${name.split('/')[0]}: ${c.title}`, async () => {
        await fc.assert(c.property(world), { numRuns: RUNS });
      });
});
