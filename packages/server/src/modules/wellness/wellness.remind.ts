import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notifyPerson } from '../messages/index.ts';
import { KIND_ZH } from './wellness.context.ts';
import { dueReminders, markReminded } from './wellness.worker.repository.ts';

/**
 * The reminder two days before a batch: every nominee of a batch starting the day after tomorrow (China time) is
 * told once where to go and what to bring. `now` is the sweep's moment; main.ts runs it every ten minutes.
 */
export async function remindWellness(db: Db, now: Date): Promise<{ reminded: number }> {
  const day = todayInChina(new Date(now.getTime() + 2 * 86_400_000));
  return db.tx(async (sql) => {
    const due = await dueReminders(sql, day);
    for (const n of due)
      await notifyPerson(sql, n.personId, {
        kind: 'wellness.reminder',
        title: {
          zh: `${KIND_ZH[n.kind]}提醒：${n.title}后天开始`,
          en: `Reminder: ${n.title} starts the day after tomorrow`,
        },
        body: {
          zh: `${n.startsOn}，${n.institutionName}${n.institutionAddress ? `（${n.institutionAddress}）` : ''}。${n.meeting ? `集合：${n.meeting}。` : ''}${n.bring ? `请携带：${n.bring}` : ''}`,
          en: `${n.startsOn}, ${n.institutionName}${n.institutionAddress ? ` (${n.institutionAddress})` : ''}.${n.meeting ? ` Meet: ${n.meeting}.` : ''}${n.bring ? ` Bring: ${n.bring}` : ''}`,
        },
        link: '/m/wellness',
        entity: 'wellness_batch',
        entityId: n.batchId,
      });
    await markReminded(
      sql,
      due.map((n) => n.id),
      now,
    );
    return { reminded: due.length };
  });
}
