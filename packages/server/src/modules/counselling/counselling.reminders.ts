import type { Db } from '../../db/db.ts';
import { momentInChina, todayInChina } from '../../shared/dates.ts';
import { chinaDayStart } from '../../shared/effective.ts';
import { addMessage, notifyPerson } from '../messages/index.ts';
import { lockDueReminders, markReminded } from './counselling.repository.ts';

/**
 * Reminds workers and counsellors of sessions from the day before: every live booking whose session falls today or
 * tomorrow (China time) and has not been reminded gets one message to the worker and one to the counsellor, once
 * (the booking is marked in the same transaction, and locked so two servers sweeping at once remind once). main.ts
 * runs it every ten minutes; tests pass `now`.
 */
export async function remindCounsellingBookings(db: Db, now: Date): Promise<number> {
  const dayAfterTomorrow = chinaDayStart(todayInChina(new Date(now.getTime() + 2 * 86_400_000)));
  return db.tx(async (sql) => {
    const due = await lockDueReminders(sql, now, dayAfterTomorrow);
    for (const b of due) {
      const at = momentInChina(b.startsAt);
      const how = b.mode === 'online' ? { zh: '线上', en: 'online' } : { zh: '面谈', en: 'in person' };
      const place = b.place ? { zh: `，地点：${b.place}`, en: `, at ${b.place}` } : { zh: '', en: '' };
      await notifyPerson(sql, b.personId, {
        kind: 'counselling.reminder',
        title: { zh: `心理咨询提醒：${at}`, en: `Counselling reminder: ${at}` },
        body: {
          zh: `您预约了${at}与${b.counsellorName}的${how.zh}咨询${place.zh}。如需取消，请在“心理关爱”中操作。`,
          en: `Your session with ${b.counsellorName} is at ${at}, ${how.en}${place.en}. To cancel, open Counselling.`,
        },
        link: '/m/counselling',
        entity: 'counselling_booking',
        entityId: b.id,
      });
      if (b.counsellorUserId)
        await addMessage(sql, b.counsellorUserId, {
          kind: 'counselling.reminder',
          title: { zh: `咨询提醒：${at}`, en: `Session reminder: ${at}` },
          body: { zh: `${at}有一场${how.zh}咨询。`, en: `A session ${how.en} at ${at}.` },
          link: `/counselling/mine/bookings/${b.id}`,
          entity: 'counselling_booking',
          entityId: b.id,
        });
    }
    if (due.length)
      await markReminded(
        sql,
        due.map((b) => b.id),
        now,
      );
    return due.length;
  });
}
