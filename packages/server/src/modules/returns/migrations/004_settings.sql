-- The returns settings a union sets for its subtree (the nearest union above with a setting applies; none: the
-- defaults): the day the survey year of the annual statistics (统计年报) begins, 'MM-DD', by default 1 October
-- (the survey year then runs 1 October to 30 September).
create table return_settings (
  org_id bigint primary key references orgs(id),
  federation_id bigint not null,
  survey_year_start text not null default '10-01'
    check (survey_year_start ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
  updated_by bigint,
  updated_at timestamptz not null default now()
);
create trigger return_settings_federation before insert on return_settings
  for each row execute function fill_federation_id('org_id');
