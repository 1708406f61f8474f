import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { addWorkingDays } from '../cases/index.ts';
import { addMessage, unionsStaff } from '../messages/index.ts';
import { dueSubmissions, markReminded } from './returns.remind.repository.ts';

/**
 * Reminds the unions that have not submitted: two working days before the deadline and on the deadline day (the
 * requests calendar). Each reminder is sent once per union and step, so reruns are safe; run it every few minutes.
 */
export async function remindReturns(db: Db, now: Date): Promise<number> {
  const today = todayInChina(now);
  return db.tx(async (sql) => {
    const inTwo = await addWorkingDays(sql, today, 2);
    let sent = 0;
    for (const [step, day] of [
      ['before', inTwo],
      ['on', today],
    ] as const) {
      const due = await dueSubmissions(sql, day, step);
      if (!due.length) continue;
      const staff = await unionsStaff(
        sql,
        due.map((d) => d.orgId),
      );
      for (const d of due) {
        const users = staff.filter((s) => s.orgId === d.orgId).map((s) => s.userId);
        if (!users.length) continue;
        sent += await addMessage(sql, users, {
          kind: 'return.reminder',
          title:
            step === 'on'
              ? { zh: `今天是“${d.title}”的报送截止日`, en: `“${d.title}” is due today` }
              : { zh: `“${d.title}”将于${d.deadline}截止报送`, en: `“${d.title}” is due on ${d.deadline}` },
          body: {
            zh: `${d.issuerName}下发的报表尚未报送，请及时填报。`,
            en: `The return issued by ${d.issuerName} is not submitted yet; fill it in and submit it.`,
          },
          link: `/returns/${d.returnId}/unions/${d.orgId}`,
          entity: 'return',
          entityId: d.returnId,
        });
      }
      await markReminded(
        sql,
        due.map((d) => d.id),
        step,
      );
    }
    return sent;
  });
}
