import { asRole, ofWorker, todoCounts, todoKind, todoSource } from '../../shared/todo.ts';

const DAY = `(s.starts_at at time zone 'Asia/Shanghai')::date`;

/**
 * What waits in counselling (待办): a counsellor's booked sessions (the next one's day as the deadline — a past one
 * still booked is overdue until it is marked done or cancelled); a worker's own booked sessions to come
 * (the next one's day as the day it takes place).
 */
export const counsellingTodo = todoSource('counselling', [
  asRole(
    'counsellor',
    'counselling.counsel',
    [todoKind('sessions', { zh: '已预约的咨询', en: 'Booked sessions' }, '/counselling/mine')],
    (sql, actor) =>
      todoCounts(
        sql,
        `select count(*) as n, min(b.booked_on) as oldest, min(${DAY}) as due
           from counselling_bookings b join counselling_slots s on s.id = b.slot_id
           join counselling_counsellors c on c.id = b.counsellor_id
          where c.user_id = $1 and b.status = 'booked'`,
        [actor.userId],
      ),
  ),
  ofWorker(
    [todoKind('booking', { zh: '我预约的咨询', en: 'My booked sessions' }, '/m/counselling', 'appointment')],
    (sql, actor, today) =>
      todoCounts(
        sql,
        `select count(*) as n, min(b.booked_on) as oldest, min(${DAY}) as due
           from counselling_bookings b join counselling_slots s on s.id = b.slot_id
          where b.person_id = $1 and b.status = 'booked' and ${DAY} >= $2::date`,
        [actor.personId, today],
      ),
  ),
]);
