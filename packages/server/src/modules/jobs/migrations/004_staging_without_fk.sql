-- Staging rows without a foreign key to their job: the key was checked once per staged row (a look-up and a
-- lock on the job's row for each of a million rows, about a tenth of the staging's cost). Nothing needs it:
-- rows are only ever staged for a running job, and the sweep removes the staging rows of every job that is
-- not running, including jobs since deleted (jobs.repository.ts, sweepStaleJobs).
alter table import_staging drop constraint import_staging_job_id_fkey;
