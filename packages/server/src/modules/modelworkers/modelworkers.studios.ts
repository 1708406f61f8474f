import type { Sql } from '../../db/db.ts';
import { listStudiosOnDay, type StudiosLedCount } from '../innovation/index.ts';
import { findModelWorkerLeadersOn } from './modelworkers.repository.ts';

/** The studio levels "city level and above" covers. */
const CITY_AND_ABOVE = new Set(['city', 'city_demonstration', 'national']);

/**
 * Studios led by model workers (issue 41, ADR 66): the ONE count behind "市级及以上劳模领衔的市级及以上工作室" on the
 * model workers statistics and the studio statistics (handed to innovation by the composition root). As of `day`,
 * a studio of the subtree counts when it held its level that day and its leader that day — or the model worker
 * the register links to it — was on the register by then with a title of city level or above (全国, 省部级, 市级)
 * awarded by then, and not deceased by then. Read from dated rows only, so adding a studio or a model worker today
 * leaves a past day's figure as it was.
 */
export async function countStudiosLedByModelWorkers(
  sql: Sql,
  path: string,
  day: string,
): Promise<StudiosLedCount> {
  const studios = await listStudiosOnDay(sql, path, day);
  const leaders = [...new Set(studios.flatMap((s) => (s.leaderPersonId === null ? [] : [s.leaderPersonId])))];
  const q = await findModelWorkerLeadersOn(
    sql,
    day,
    leaders,
    studios.map((s) => s.id),
  );
  const out: StudiosLedCount = { cityTotal: 0, cityLed: 0, led: 0, byLevel: {} };
  for (const s of studios) {
    const city = CITY_AND_ABOVE.has(s.level);
    const led = (s.leaderPersonId !== null && q.personIds.has(s.leaderPersonId)) || q.studioIds.has(s.id);
    if (city) out.cityTotal += 1;
    if (!led) continue;
    out.led += 1;
    out.byLevel[s.level] = (out.byLevel[s.level] ?? 0) + 1;
    if (city) out.cityLed += 1;
  }
  return out;
}
