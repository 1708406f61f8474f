-- Workers' requests (诉求) from every channel, their handling and deadlines (ADR 0022).

-- The categories a request is filed under, with their deadlines in working days (administrators edit them).
create table case_categories (
  code text primary key,
  name_zh text not null,
  name_en text not null,
  ack_days integer not null check (ack_days between 1 and 60),
  answer_days integer not null check (answer_days between 1 and 120),
  position integer not null,
  check (answer_days >= ack_days)
);
insert into case_categories (code, name_zh, name_en, ack_days, answer_days, position) values
  ('wages', '工资报酬', 'Wages and pay', 2, 10, 1),
  ('contract', '劳动合同', 'Labour contract', 2, 10, 2),
  ('social_insurance', '社会保险', 'Social insurance', 2, 10, 3),
  ('safety', '劳动安全', 'Work safety', 1, 5, 4),
  ('mental_health', '心理健康', 'Mental health', 1, 5, 5),
  ('hardship', '生活困难', 'Hardship', 2, 7, 6),
  ('suggestion', '意见建议', 'Suggestion', 3, 15, 7),
  ('other', '其他', 'Other', 3, 15, 8);

-- The working-day calendar: only the days that differ from the rule "Monday to Friday work, weekends rest" —
-- public holidays (working = false) and 调休 make-up working days on a weekend (working = true).
create table work_calendar (
  day date primary key,
  working boolean not null,
  name text not null
);
insert into work_calendar (day, working, name)
select d::date, false, n from (values
  ('2025-01-01', '元旦'),
  ('2025-01-28', '春节'), ('2025-01-29', '春节'), ('2025-01-30', '春节'), ('2025-01-31', '春节'),
  ('2025-02-01', '春节'), ('2025-02-02', '春节'), ('2025-02-03', '春节'), ('2025-02-04', '春节'),
  ('2025-04-04', '清明节'), ('2025-04-05', '清明节'), ('2025-04-06', '清明节'),
  ('2025-05-01', '劳动节'), ('2025-05-02', '劳动节'), ('2025-05-03', '劳动节'), ('2025-05-04', '劳动节'),
  ('2025-05-05', '劳动节'),
  ('2025-05-31', '端午节'), ('2025-06-01', '端午节'), ('2025-06-02', '端午节'),
  ('2025-10-01', '国庆节、中秋节'), ('2025-10-02', '国庆节、中秋节'), ('2025-10-03', '国庆节、中秋节'),
  ('2025-10-04', '国庆节、中秋节'), ('2025-10-05', '国庆节、中秋节'), ('2025-10-06', '国庆节、中秋节'),
  ('2025-10-07', '国庆节、中秋节'), ('2025-10-08', '国庆节、中秋节'),
  ('2026-01-01', '元旦'), ('2026-01-02', '元旦'), ('2026-01-03', '元旦'),
  ('2026-02-15', '春节'), ('2026-02-16', '春节'), ('2026-02-17', '春节'), ('2026-02-18', '春节'),
  ('2026-02-19', '春节'), ('2026-02-20', '春节'), ('2026-02-21', '春节'), ('2026-02-22', '春节'),
  ('2026-02-23', '春节'),
  ('2026-04-04', '清明节'), ('2026-04-05', '清明节'), ('2026-04-06', '清明节'),
  ('2026-05-01', '劳动节'), ('2026-05-02', '劳动节'), ('2026-05-03', '劳动节'), ('2026-05-04', '劳动节'),
  ('2026-05-05', '劳动节'),
  ('2026-06-19', '端午节'), ('2026-06-20', '端午节'), ('2026-06-21', '端午节'),
  ('2026-09-25', '中秋节'), ('2026-09-26', '中秋节'), ('2026-09-27', '中秋节'),
  ('2026-10-01', '国庆节'), ('2026-10-02', '国庆节'), ('2026-10-03', '国庆节'), ('2026-10-04', '国庆节'),
  ('2026-10-05', '国庆节'), ('2026-10-06', '国庆节'), ('2026-10-07', '国庆节')
) as h(d, n);
insert into work_calendar (day, working, name)
select d::date, true, n from (values
  ('2025-01-26', '春节调休'), ('2025-02-08', '春节调休'), ('2025-04-27', '劳动节调休'),
  ('2025-09-28', '国庆节调休'), ('2025-10-11', '国庆节调休'),
  ('2026-01-04', '元旦调休'), ('2026-02-14', '春节调休'), ('2026-02-28', '春节调休'),
  ('2026-05-09', '劳动节调休'), ('2026-09-20', '国庆节调休'), ('2026-10-10', '国庆节调休')
) as w(d, n);

-- A request. `org_id` is the union handling it now; `filed_org_id` the worker's union it was filed with (where it
-- counts in the statistics). `person_id` links the worker only when the request is not anonymous; `owner_hash`
-- (a keyed hash of the person, unreadable without the server's key) lets the worker list their own either way.
create table cases (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  filed_org_id bigint not null references orgs(id),
  federation_id bigint not null,
  channel text not null check (channel in
    ('mailbox', 'hotline', 'wechat', 'reception', 'forum', 'congress', 'committee', 'app')),
  category text not null references case_categories(code),
  description text not null,
  anonymous boolean not null,
  person_id bigint references persons(id),
  owner_hash text,
  status text not null default 'submitted' check (status in ('submitted', 'accepted', 'answered', 'closed')),
  handler_user_id bigint references users(id),
  filed_on date not null,
  filed_at timestamptz not null default now(),
  ack_due date not null,
  answer_due date not null,
  accepted_on date,
  answered_on date,
  closed_on date,
  -- Set when a deadline was first missed; cleared (and counted out) when answered or closed.
  overdue boolean not null default false,
  -- The day it was counted overdue: it is counted out on that day at the earliest.
  overdue_on date,
  on_time boolean,
  rating integer check (rating between 1 and 5),
  rating_comment text,
  reopened boolean not null default false,
  entered_by bigint references users(id),
  check (not anonymous or person_id is null)
);
create trigger cases_federation before insert on cases for each row execute function fill_federation_id('org_id');
create index cases_org_idx on cases (org_id, status);
create index cases_filed_org_idx on cases (filed_org_id, filed_on);
create index cases_owner_idx on cases (owner_hash);
create index cases_person_idx on cases (person_id) where person_id is not null;
create index cases_due_idx on cases (answer_due) where status in ('submitted', 'accepted');

-- The timeline: every step of the handling. `visible` events are shown to the worker.
create table case_events (
  id bigint generated always as identity primary key,
  case_id bigint not null references cases(id),
  federation_id bigint not null,
  org_id bigint not null references orgs(id),
  kind text not null check (kind in ('filed', 'accepted', 'assigned', 'transferred', 'escalated',
    'auto_escalated', 'overdue',
    'replied', 'worker_replied', 'closed', 'rated', 'reopened')),
  to_org_id bigint references orgs(id),
  actor_user_id bigint references users(id),
  body text,
  visible boolean not null,
  at timestamptz not null default now()
);
create trigger case_events_federation before insert on case_events
  for each row execute function fill_federation_id('org_id');
create index case_events_case_idx on case_events (case_id, id);

-- One row per missed deadline: the sweep escalates a request only when it inserts the row, so never twice.
create table case_escalations (
  case_id bigint not null references cases(id),
  deadline text not null check (deadline in ('ack', 'answer')),
  due_on date not null,
  federation_id bigint not null,
  org_id bigint not null references orgs(id),
  at timestamptz not null default now(),
  primary key (case_id, deadline, due_on)
);
create trigger case_escalations_federation before insert on case_escalations
  for each row execute function fill_federation_id('org_id');

-- Files the worker attached (photos, a pay slip, a contract).
create table case_files (
  id bigint generated always as identity primary key,
  case_id bigint not null references cases(id),
  federation_id bigint not null,
  org_id bigint not null references orgs(id),
  file_name text not null,
  mime text not null,
  data bytea not null,
  uploaded_at timestamptz not null default now()
);
create trigger case_files_federation before insert on case_files
  for each row execute function fill_federation_id('org_id');
create index case_files_case_idx on case_files (case_id);
