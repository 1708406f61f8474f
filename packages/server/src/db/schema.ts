import { MODULES } from '../modules.gen.ts';
import type { Db } from './db.ts';
import { listPendingMigrations, type MigrationSource, migrate } from './migrate.ts';

/**
 * Every module's migrations, in the order of modules.gen.ts (ADR 89): a module's tables may reference only those
 * of modules listed before it.
 */
export const MIGRATIONS: MigrationSource[] = MODULES.flatMap((m) =>
  m.migrations ? [{ module: m.name, dir: m.migrations }] : [],
);

export const migrateAll = (db: Db) => migrate(db, MIGRATIONS);
export const listPendingMigrationsOfAll = (db: Db) => listPendingMigrations(db, MIGRATIONS);
