import type { Db } from './db/db.ts';
import {
  type KernelServices,
  type ModuleKernel,
  type ServicesConfig,
  type ServicesOf,
  todoSourcesOf,
  type UnionToIntersection,
  WIRING_KEYS,
  type Wiring,
} from './module-manifest.ts';
import { createAuthService } from './modules/auth/index.ts';
import { createJobsService } from './modules/jobs/index.ts';
import type { Keyring } from './modules/keys/index.ts';
import { createSender, type Sender, withSmsSignature } from './modules/outbox/index.ts';
import { createIdProtector } from './modules/people/index.ts';
import { MODULES } from './modules.gen.ts';
import { systemClock } from './shared/clock.ts';
import type { RecordNamer } from './shared/record-names.ts';

/**
 * The composition root: each service gets exactly what it uses. The kernel (clock, ids, jobs, auth, sender) is
 * built first, here; then each module of modules.gen.ts builds its own from it (its manifest's `services`, ADR 89).
 */
export type Services = KernelServices & UnionToIntersection<ServicesOf<(typeof MODULES)[number]>>;

export interface ServiceOptions {
  /** Where the default sender writes its log line (the server log); a gateway `sender` replaces it. */
  log?: (line: string) => void;
  sender?: Sender;
  /**
   * The clock every service that decides by the time reads (the system's by default): tests pin it to a fixed
   * moment so that no result depends on the day they run.
   */
  clock?: () => Date;
}

/** The functions the modules hand each other (their manifests' `wiring`), each from exactly one module. */
export function collectWiring(modules: readonly { name: string; wiring?: Partial<Wiring> }[]): Wiring {
  const found: Partial<Wiring> = {};
  const from = new Map<string, string>();
  for (const m of modules) {
    for (const key of Object.keys(m.wiring ?? {}) as (keyof Wiring)[]) {
      if (from.has(key)) throw new Error(`wiring ${key} given by both ${from.get(key)} and ${m.name}`);
      from.set(key, m.name);
    }
    Object.assign(found, m.wiring);
  }
  const missing = (Object.keys(WIRING_KEYS) as (keyof Wiring)[]).filter((k) => !found[k]);
  if (missing.length) throw new Error(`wiring given by no module: ${missing.join(', ')}`);
  return found as Wiring;
}

/** Every module's namers of its audit objects (their manifests' `auditNames`), each object named by one module. */
export function collectAuditNames(
  modules: readonly { name: string; auditNames?: Readonly<Record<string, RecordNamer>> }[],
): Record<string, RecordNamer> {
  const found: Record<string, RecordNamer> = {};
  const from = new Map<string, string>();
  for (const m of modules) {
    for (const [entity, namer] of Object.entries(m.auditNames ?? {})) {
      if (from.has(entity))
        throw new Error(`audit names of ${entity} given by both ${from.get(entity)} and ${m.name}`);
      from.set(entity, m.name);
      found[entity] = namer;
    }
  }
  return found;
}

export function createServices(
  db: Db,
  config: ServicesConfig,
  /** The keyring (runtime.ts openKeyring), or the one key of the installations before it. */
  idKey: Buffer | Keyring,
  options: ServiceOptions = {},
): Services {
  const clock = options.clock ?? systemClock;
  const auth = createAuthService(db, { ...config, clock });
  // every SMS signed here, whichever sender carries it
  const sender = withSmsSignature(
    options.sender ??
      createSender(db, config.sms, { log: options.log, production: config.production, clock }),
  );
  const kernel: ModuleKernel = {
    db,
    config,
    clock,
    ids: createIdProtector(idKey),
    jobs: createJobsService(db),
    auth,
    sender,
    passwordSender: options.sender || (config.sms && config.sms.provider !== 'outbox') ? sender : null,
    wiring: collectWiring(MODULES),
    menuUsages: MODULES.flatMap((m) => (m.menuUsage ? [m.menuUsage] : [])),
    todoSources: todoSourcesOf(MODULES),
    recounters: MODULES.flatMap((m) => (m.recounter ? [m.recounter] : [])),
    yearsSources: MODULES.flatMap((m) => (m.countedYears ? [m.countedYears] : [])),
  };
  const {
    db: _db,
    config: _config,
    wiring: _wiring,
    menuUsages: _menuUsages,
    todoSources: _todoSources,
    recounters: _recounters,
    yearsSources: _yearsSources,
    ...services
  } = kernel;
  for (const m of MODULES) if (m.services) Object.assign(services, m.services(kernel));
  return services as Services;
}
