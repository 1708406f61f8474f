-- A consolidating union's totals (its own plus its accepted unions') have a source of their own, `consolidation`,
-- and each total fixed when the union submits is kept in the history (who submitted, when).
alter table return_values drop constraint return_values_source_check;
alter table return_values add constraint return_values_source_check
  check (source in ('bound', 'typed', 'sheet', 'consolidation'));
alter table return_value_history drop constraint return_value_history_source_check;
alter table return_value_history add constraint return_value_history_source_check
  check (source in ('bound', 'typed', 'sheet', 'consolidation'));
