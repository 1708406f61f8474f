-- A request's and its events' references are checked once per statement, not by a foreign key per row (issue 42,
-- ADR 95): the register import writes 5,000 requests and ~20,000 events a statement, and the keys' checks (a
-- locking look-up of the parent for each row and key: the request, its union, the union it went to, the user
-- who acted, the category) were half of what those inserts cost PostgreSQL. An insert's new rows are looked up in
-- one statement trigger (an index probe a row, each parent locked once as a key locks it) and refused as the key
-- refused them (SQLSTATE 23503); a row whose reference an update changes (a request moved to another union) is
-- checked by a row trigger; the
-- parents — requests, unions, users, categories, none of which the platform deletes or renumbers — refuse to go
-- while a request or event names them, as the keys' `no action` did. The person a request names keeps its key.

-- The functions (refs_checked_per_statement, refs_checked_per_row, refs_kept) are org migration 007's.

alter table case_events
  drop constraint if exists case_events_case_id_fkey,
  drop constraint if exists case_events_org_id_fkey,
  drop constraint if exists case_events_to_org_id_fkey,
  drop constraint if exists case_events_actor_user_id_fkey;
select refs_checked('case_events', 'case_id', 'cases', 'id', 'org_id', 'orgs', 'id', 'to_org_id', 'orgs', 'id',
                    'actor_user_id', 'users', 'id');

alter table cases
  drop constraint if exists cases_org_id_fkey,
  drop constraint if exists cases_filed_org_id_fkey,
  drop constraint if exists cases_category_fkey,
  drop constraint if exists cases_entered_by_fkey,
  drop constraint if exists cases_handler_user_id_fkey;
select refs_checked('cases', 'org_id', 'orgs', 'id', 'filed_org_id', 'orgs', 'id',
                    'category', 'case_categories', 'code', 'entered_by', 'users', 'id',
                    'handler_user_id', 'users', 'id');

create trigger cases_refs_kept before delete or update of id on cases
  for each row execute function refs_kept('id', 'case_events', 'case_id');
create trigger cases_orgs_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'cases', 'org_id', 'cases', 'filed_org_id',
                                          'case_events', 'org_id', 'case_events', 'to_org_id');
create trigger cases_users_kept before delete or update of id on users
  for each row execute function refs_kept('id', 'cases', 'entered_by', 'cases', 'handler_user_id',
                                          'case_events', 'actor_user_id');
create trigger cases_categories_kept before delete or update of code on case_categories
  for each row execute function refs_kept('code', 'cases', 'category');
