-- The day an activity was cancelled (issue 42, ADR 40): today, or a past day recorded after the fact. Activities
-- cancelled before this column take the day of their cancellation's audit row, the moment it was entered.
alter table activities add column cancelled_on date;
update activities a
   set cancelled_on = (select (max(l.at) at time zone 'Asia/Shanghai')::date from audit_log l
                        where l.entity = 'activity' and l.entity_id = a.id::text and l.action = 'activity.cancel')
 where a.status = 'cancelled';
