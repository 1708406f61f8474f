import { defineModule } from '../../module-manifest.ts';
import { jobsRoutes } from './jobs.routes.ts';

export {
  countRunningJobs,
  deleteImportRows,
  deleteStagingRows,
  insertRowErrors,
  insertStagingRows,
  nextStagedRow,
  sweepStaleJobs,
} from './jobs.repository.ts';
export { jobsRoutes } from './jobs.routes.ts';
export {
  createJobsService,
  type JobHandle,
  type JobProgress,
  type JobsService,
  toJobError,
} from './jobs.service.ts';
export type { JobError, JobResult, JobStatus, JobView, RowError, RowReject } from './jobs.types.ts';
export const jobsMigrations = new URL('./migrations/', import.meta.url);

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'jobs',
  description: '`jobs`, `import_staging` — long work with progress any instance can read',
  migrations: jobsMigrations,
  routes: (app, s) => jobsRoutes(app, s),
});
