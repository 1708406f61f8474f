import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { insertRegisterImport, pathsOfUnions, type RegisterImportSummary } from './golive.repository.ts';

type Text = { zh: string; en: string };

/** A register of the past as the catalog lists it (GET /api/registers, http/register-catalog.ts). */
export interface CatalogRegister {
  key: string;
  name: Text;
  templateUrl: string;
}

/** Registers the checklist follows in steps of their own (the tree, the roster, the calendar). */
export const OWN_STEP_REGISTERS: ReadonlySet<string> = new Set(['unions', 'members', 'holidays']);

/**
 * A step per register of the past (issue 45), read from the register catalog so a new register shows without
 * touching the checklist: done once the subtree imported it, with what it created. Optional: a federation that
 * never kept a register has nothing to bring in, so these steps do not hold the checklist back.
 */
export function registerSteps(
  registers: readonly CatalogRegister[],
  imports: ReadonlyMap<string, RegisterImportSummary>,
) {
  return registers
    .filter((r) => !OWN_STEP_REGISTERS.has(r.key))
    .map((r) => {
      const done = imports.get(r.key);
      return {
        key: `register:${r.key}`,
        title: {
          zh: `导入以往的${r.name.zh.replace(/^以往的?/, '')}`,
          en: `Bring in the past: ${r.name.en}`,
        },
        state: done ? ('done' as const) : ('todo' as const),
        optional: true,
        figure: done
          ? {
              zh: `已导入 ${done.created} 条（${done.imports} 次，最近于 ${done.lastOn}）`,
              en: `${done.created} record${done.created === 1 ? '' : 's'} brought in (${done.imports} import${done.imports === 1 ? '' : 's'}, the last on ${done.lastOn})`,
            }
          : { zh: '尚未导入', en: 'nothing brought in yet' },
        href: '/registers',
        template: r.templateUrl,
      };
    });
}

/**
 * Keeps an import of a register that wrote, whichever road it came by (the page's route or the command line):
 * the step of that register counts from these lines. An import by a union's account is that union's. An import by
 * an account without a union (the platform's administrator, the command line without --as — on a fresh install the
 * one who brings the registers in) is counted, in each federation its records went to, for the narrowest union
 * above all of them there (the answer's `unionIds`, RegisterImportAnswer): a register brought in for one district
 * shows on that district's checklist, one spread over the city on the city's. Each such line carries the import's
 * counts whole.
 */
export async function noteRegisterImport(
  db: Db,
  actor: Actor,
  key: string,
  answer: unknown,
  today: string,
): Promise<void> {
  const a = answer as { dryRun?: unknown; created?: unknown; total?: unknown; unionIds?: unknown } | null;
  if (a?.dryRun !== false || typeof a.created !== 'number') return;
  const orgIds =
    actor.orgId !== null
      ? [actor.orgId]
      : Array.isArray(a.unionIds) && a.unionIds.length
        ? narrowestPerFederation(await pathsOfUnions(db, a.unionIds as number[]))
        : [];
  for (const orgId of orgIds) {
    await insertRegisterImport(db, {
      key,
      orgId,
      effectiveOn: today,
      total: typeof a.total === 'number' ? a.total : a.created,
      created: a.created,
      userId: actor.userId || null,
    });
  }
}

/**
 * Per federation (the root of a path), the narrowest union whose subtree holds every path given of it: the last
 * id the paths ('/1/5/9/') share.
 */
export function narrowestPerFederation(paths: readonly string[]): number[] {
  const shared = new Map<string, string[]>();
  for (const path of paths) {
    const ids = path.split('/').filter(Boolean);
    const had = shared.get(ids[0]);
    if (!had) {
      shared.set(ids[0], ids);
      continue;
    }
    let n = 0;
    while (n < had.length && n < ids.length && had[n] === ids[n]) n++;
    had.length = n;
  }
  return [...shared.values()].map((ids) => Number(ids[ids.length - 1]));
}
