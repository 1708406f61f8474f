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

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'jobs',
  todo: { nothingWaits: 'long work runs by itself' },
  description: '`jobs`, `import_staging` — long work with progress any instance can read',
  migrations: new URL('./migrations/', import.meta.url),
  routes: (app, s) => jobsRoutes(app, s),
});
