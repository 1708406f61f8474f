import { Type } from 'typebox';
import { Nullable } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { actorOf } from '../../http/types.ts';
import type { GoLiveService } from './golive.service.ts';

const Text = Type.Object({ zh: Type.String(), en: Type.String() });
const ChecklistSchema = Type.Object({
  steps: Type.Array(
    Type.Object({
      key: Type.String({ description: 'unions, accounts, members, calendar or return' }),
      title: Text,
      state: Type.String({ description: 'done, started or todo' }),
      figure: Text,
      href: Type.String({ description: 'the page where the step is done' }),
      template: Nullable(Type.String({ description: 'the sheet to fill for the step' })),
    }),
  ),
  done: Type.Integer({ minimum: 0, description: 'how many steps are done' }),
});

/** The go-live checklist (上线清单) of the manager's subtree, or the whole platform's for its administrator. */
export function goLiveRoutes(app: App, { golive }: { golive: GoLiveService }): void {
  app.get(
    '/api/golive',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['golive'],
        summary:
          'The go-live checklist: each step from the union tree to the first return, with its state and figures',
        response: { 200: ChecklistSchema },
      },
    },
    async (req) => golive.checklist(actorOf(req)),
  );
}
