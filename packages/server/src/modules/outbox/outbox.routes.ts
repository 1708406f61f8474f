import { Type } from 'typebox';
import { Nullable, Obj, Page, Str } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import type { OutboxService } from './outbox.service.ts';

const OutboxItem = Obj({
  id: Type.Integer(),
  channel: Type.Literal('sms'),
  to: Type.String(),
  text: Type.String(),
  purpose: Type.String(),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
});

export function outboxRoutes(app: App, { outbox }: { outbox: OutboxService }): void {
  app.get(
    '/api/outbox',
    {
      config: { permission: 'outbox.read' },
      schema: {
        tags: ['outbox'],
        summary: 'Messages the platform sent (SMS), newest first; administrators only',
        description:
          'With the default sender no message leaves the server: this list is where one-time codes and notices can be read.',
        querystring: Obj({ phone: Type.Optional(Str(11, { pattern: '^\\d{1,11}$' })), ...Page }),
        response: {
          200: Obj({
            items: Type.Array(OutboxItem),
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
          }),
        },
      },
    },
    async (req) => outbox.listOutbox(actorOf(req), req.query),
  );
}
