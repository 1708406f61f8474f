-- Selections brought in from a register of past results (评选表彰结果台账, ADR 18, 41): run on paper, they are
-- created final on the day their results were announced (`finalised_at`, the start of that day in China), their
-- winners as selected nominations. They had no nomination window, no public notice and no notice period on the
-- platform, so those stay empty for them (and only for them).
alter table selections add column imported boolean not null default false;
alter table selections alter column nominate_from drop not null;
alter table selections alter column nominate_until drop not null;
alter table selections alter column notice_days drop not null;
-- was: (status in ('notice', 'final')) = (notice_from is not null and notice_until is not null)
alter table selections drop constraint selections_check1;
alter table selections add constraint selections_notice_check check (
  case when imported
    then status = 'final' and finalised_at is not null and notice_from is null and notice_until is null
         and nominate_from is null and nominate_until is null and notice_days is null
    else nominate_from is not null and nominate_until is not null and notice_days is not null
         and (status in ('notice', 'final')) = (notice_from is not null and notice_until is not null)
  end
);
