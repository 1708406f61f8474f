-- The hardship file (困难职工档案, module hardship) a person's hardship level comes from, when one does. While it
-- is set, the hardship level, from and until are written only by that file's verification, review and closing;
-- hand edits and imports leave them alone (ADR 0023). No foreign key: hardship's tables come after people's.
alter table persons add column hardship_file_id bigint;
