import { Type } from 'typebox';
import { routeMould } from '../../http/route-mould.ts';
import { Nullable } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { actorOf } from '../../http/types.ts';
import type { CatalogRegister } from './golive.registers.ts';
import type { GoLiveService } from './golive.service.ts';

const Text = Type.Object({ zh: Type.String(), en: Type.String() });
const ChecklistSchema = Type.Object({
  steps: Type.Array(
    Type.Object({
      key: Type.String({
        description:
          'unions, accounts, members, calendar, return, or register:<key> for a register of the past',
      }),
      title: Text,
      state: Type.String({ description: 'done, started or todo' }),
      figure: Text,
      href: Type.String({ description: 'the page where the step is done' }),
      template: Nullable(Type.String({ description: 'the sheet to fill for the step' })),
      optional: Type.Boolean({ description: 'a register of the past: not needed to go live' }),
    }),
  ),
  done: Type.Integer({ minimum: 0, description: 'how many of the steps that are not optional are done' }),
  required: Type.Integer({ minimum: 0, description: 'how many steps are not optional' }),
});

/** The go-live checklist (上线清单) of the manager's subtree, or the whole platform's for its administrator. */
export function goLiveRoutes(
  app: App,
  {
    golive,
    registers,
  }: {
    golive: GoLiveService;
    /** The register catalog, filled as the routes are added (a step per register of the past). */
    registers: readonly CatalogRegister[];
  },
): void {
  const on = routeMould(app, ['golive']);
  on.get('/api/golive', {
    config: { permission: 'users.manage' },
    summary:
      'The go-live checklist: each step from the union tree to the first return, with its state and figures',
    response: ChecklistSchema,
    run: (actor) => golive.checklist(actor, registers),
  });
}

/**
 * Keeps every import of a register that wrote (`config.register` on its route, see http/register-catalog.ts) for
 * the checklist's step of that register. Installed before the routes; a dry run or a refused file is not kept.
 */
export function keepRegisterImports(app: App, { golive }: { golive: GoLiveService }): void {
  app.addHook('preSerialization', async (req, reply, payload) => {
    const register = (req.routeOptions.config as { register?: { key: string } } | undefined)?.register;
    if (register && req.method === 'POST' && reply.statusCode === 200) {
      await golive.noteImport(actorOf(req), register.key, payload);
    }
    return payload;
  });
}
