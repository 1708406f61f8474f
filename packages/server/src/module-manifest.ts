import type { Actor } from './access/access.ts';
import type { Config } from './config.ts';
import type { Db, Sql } from './db/db.ts';
import type { RegisterEntry } from './http/register-catalog.ts';
import type { App } from './http/types.ts';
import type { AuthService } from './modules/auth/index.ts';
import type { StudiosLedCounter } from './modules/innovation/index.ts';
import type { JobsService } from './modules/jobs/index.ts';
import type { Sender } from './modules/outbox/index.ts';
import type { IdProtector } from './modules/people/index.ts';
import type { Recounter, YearsSource } from './modules/reporting/index.ts';
import type { AreaUsage } from './shared/menu-usage.ts';
import type { RecordNamer } from './shared/record-names.ts';
import type { RegisterRowError } from './shared/register-sheet.ts';
import type { TodoSource } from './shared/todo.ts';
import type { Label } from './vocabulary.ts';

/**
 * A module's manifest (ADR 89): what the composition root, the route table, the migrations and the command line
 * need of a module, declared once in its `index.ts` as `export const manifest = defineModule({ … })`. The modules
 * are found by `modules.gen.ts` (written by `node scripts/gen-modules.mjs`, checked by scripts/check-modules.mjs),
 * so a new module touches no shared file.
 */
export interface ModuleManifest<S extends object> {
  /** The module's folder under modules/ (and its name in `schema_migrations`). */
  name: string;
  /**
   * What it owns, in a line: its tables and what it does with them. The module map of docs/ARCHITECTURE.md is written
   * from it by `npm run gen:modules` (its "depends on" from the module's imports) and checked by check-modules.
   */
  description: string;
  /** Why it depends on a module, where the map should say (`{ outbox: '`Sender`' }`), shown in parentheses. */
  dependencyNotes?: Record<string, string>;
  /**
   * Its waiting work for the to-do list (待办, ADR 75): its `TodoSource`, or why nothing of it waits for anyone. Every
   * module says which, so a new module cannot be left off the list unnoticed (ADR 155).
   */
  todo: TodoSource | { nothingWaits: string };
  /** Its `migrations/` folder, applied in the order of modules.gen.ts. */
  migrations?: URL;
  /** Its services, built once at start from what every module shares. */
  services?: (kernel: ModuleKernel) => S;
  /** Its routes: given its own services (and the kernel's) and what the app knows. */
  routes?: (app: App, services: S & KernelServices, ctx: RouteContext) => void;
  /** The functions this module hands to another that may not import it (a circle otherwise). */
  wiring?: Partial<Wiring>;
  /**
   * How the audit log's 对象 names its records (a policy by its title, not "保单：8"): by its audit object (one of its
   * vocabulary's `auditEntities`), a namer of many ids at once (`namedBy(table, column)`, shared/record-names.ts).
   * An object with a name that none names fails test/audit.entity-names.test.ts.
   */
  auditNames?: Readonly<Record<string, RecordNamer>>;
  /** The registers `npm run cli -- import <key>` brings in, by key (the same keys as its listed import routes). */
  cliRegisters?: Record<string, CliRegister<S>>;
  /**
   * Whether a union has used its menu area (the area its vocabulary's `menuArea` names, ADR 76): the `menu` module
   * asks every module's, in the order of modules.gen.ts.
   */
  menuUsage?: AreaUsage;
  /** The recount of the counts it keeps from its rows (ADR 73): `npm run cli -- reconcile` asks every module's. */
  recounter?: Recounter;
  /**
   * The years its statistics have figures in that its counts do not show (figures read from its own rows): the
   * `reporting` module adds them to the years a statistics page offers.
   */
  countedYears?: YearsSource;
  /**
   * Its demo data (`npm start` on an empty database): run after the demo's union tree, members and accounts, in the
   * order of modules.gen.ts; answers what it added by name, for the demo's summary.
   */
  demo?: (ctx: DemoContext) => Promise<Record<string, number>>;
}

/** What a module's demo is given: the database, the ID-number protector and the day the demo is loaded on. */
export interface DemoContext {
  db: Db;
  ids: IdProtector;
  /** The demo's day (China), from which its dates count. */
  today: string;
  now: Date;
}

/** What every module may be given: built first, in this order, by `createServices`. */
export interface KernelServices {
  /** The clock the services read (ADR 71), for the few routes that take `now` themselves (a union's move). */
  clock: () => Date;
  ids: IdProtector;
  jobs: JobsService;
  auth: AuthService;
  sender: Sender;
  /** The sender of first passwords of accounts opened from a sheet: the provider's, or none without one. */
  passwordSender: Sender | null;
}

export type ServicesConfig = Pick<Config, 'sessionTtlHours' | 'production'> &
  Partial<Pick<Config, 'sessionCacheSeconds' | 'smtp' | 'sms'>>;

export interface ModuleKernel extends KernelServices {
  db: Db;
  config: ServicesConfig;
  wiring: Wiring;
  /** Every module's `menuUsage`, in the order of modules.gen.ts (for the `menu` module). */
  menuUsages: readonly AreaUsage[];
  /** Every module's `TodoSource`, in the order of modules.gen.ts (for the `todo` module). */
  todoSources: readonly TodoSource[];
  /** Every module's `recounter`, in the order of modules.gen.ts (for the `reconcile` module). */
  recounters: readonly Recounter[];
  /** Every module's `countedYears`, in the order of modules.gen.ts (for the `reporting` module). */
  yearsSources: readonly YearsSource[];
}

/**
 * Functions one module hands another that may not import it: the owner declares it in its manifest's `wiring`,
 * the user reads it from the kernel. Each is provided by exactly one module (a test holds it).
 */
export interface Wiring {
  /** Unions were created with these credit codes, or given them or new worker counts (agreements count there). */
  employersChanged: (sql: Sql, usccs: string[]) => Promise<void>;
  /** A union was given another name (the catalogue finds achievements by their union's name). */
  unionRenamed: (sql: Sql, orgId: number) => Promise<void>;
  /** Applications waiting at a union's review step (programs), for the message centre. */
  waitingReviews: (sql: Sql, orgId: number) => Promise<number>;
  /** Studios led by model workers (modelworkers), for the studio statistics (issue 41). */
  studiosLed: StudiosLedCounter;
  /** Account names for the audit log (auth). */
  userNames: (sql: Sql, ids: number[]) => Promise<Map<number, { name: string; orgId: number | null }>>;
  /** The accounts a name finds, for the audit log (auth). */
  usersNamed: (sql: Sql, text: string) => Promise<number[]>;
  /** People's names for the audit log (people). */
  personNames: (sql: Sql, ids: number[]) => Promise<Map<number, string>>;
  /** Unions' names for the audit log (org). */
  orgNames: (sql: Sql, ids: number[]) => Promise<Map<number, string>>;
  /** Request categories' names by code, for the audit log: those added at run time have no words in code (cases). */
  caseCategoryNames: (sql: Sql, codes: string[]) => Promise<Map<string, Label>>;
  /** A program's rule, amount or a record kind in words, for the audit log's export; null for other fields (programs). */
  programAuditWords: (entity: string, field: string, value: unknown, lang: 'zh' | 'en') => string | null;
}

export const WIRING_KEYS: Record<keyof Wiring, true> = {
  employersChanged: true,
  unionRenamed: true,
  waitingReviews: true,
  studiosLed: true,
  userNames: true,
  usersNamed: true,
  personNames: true,
  orgNames: true,
  caseCategoryNames: true,
  programAuditWords: true,
};

export interface RouteContext {
  db: Db;
  secureCookies: boolean;
  /** Mount the test-only routes journeys use. */
  testRoutes: boolean;
  /** The register catalog, filled as the routes are added. */
  registers: readonly RegisterEntry[];
  wiring: Wiring;
  /** Every module's `auditNames`, by audit object (for the `audit` module). */
  auditNames: Readonly<Record<string, RecordNamer>>;
}

/** A register the command line imports. */
export interface CliRegister<S extends object> {
  /** What its rows are, in the command's answer. */
  zh: string;
  /**
   * Its line in docs/cli.md's list of registers, in English: its Chinese name, its import route and what a row of it
   * is (`npm run gen:api` writes the list; help.test.ts fails while the document is not what it would write).
   */
  doc: string;
  of: (services: S & KernelServices, ctx: { db: Db; wiring: Wiring }) => RegisterImporter;
}

export interface RegisterImporter {
  importFile(
    actor: Actor,
    input: { file: Buffer; fileName: string; dryRun: boolean; register?: string },
  ): Promise<{
    dryRun: boolean;
    total: number;
    created: number;
    /** Records the file gives as they stand on the register already: skipped (ADR 150). */
    onRecord?: number;
    errors: RegisterRowError[];
    /** An import that wrote: the unions its records belong to (register-sheet.ts, RegisterImportAnswer). */
    unionIds?: number[];
  }>;
}

/** Declares a module's manifest, its services' type inferred from its factory. */
export function defineModule<S extends object = Record<never, never>>(
  manifest: ModuleManifest<S>,
): ModuleManifest<S> {
  return manifest;
}

/** The to-do sources of the modules that have one, in their order. */
export function todoSourcesOf(modules: readonly { todo: ModuleManifest<object>['todo'] }[]): TodoSource[] {
  return modules.flatMap((m) => ('list' in m.todo ? [m.todo] : []));
}

/** The services a manifest builds. */
export type ServicesOf<M> = M extends ModuleManifest<infer S> ? S : never;

/** Every module's services in one object type. */
export type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
