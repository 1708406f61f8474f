/**
 * Innovation (seeds 001, 002): workers' innovation studios, their recognition and re-evaluation, their
 * achievements and the public catalogue, front-line problems and the studio alliance, mentoring.
 */
export const innovationMigrations = new URL('./migrations/', import.meta.url);
