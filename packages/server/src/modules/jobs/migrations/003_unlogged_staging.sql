-- Staging rows need no crash safety: after a crash the import is abandoned anyway, and PostgreSQL empties
-- an unlogged table on crash recovery. Skipping the write-ahead log makes staging several times cheaper.
alter table import_staging set unlogged;
