import { Type } from 'typebox';
import { routeMould } from '../../http/route-mould.ts';
import { Nullable, Obj, Page, Str } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import type { OutboxService } from './outbox.service.ts';

const OutboxItem = Obj({
  id: Type.Integer(),
  channel: Type.Literal('sms'),
  to: Type.String(),
  text: Type.String(),
  purpose: Type.String(),
  /** What it was sent for, in words. */
  purposeName: Obj({ zh: Type.String(), en: Type.String() }),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
});

export function outboxRoutes(app: App, { outbox }: { outbox: OutboxService }): void {
  const on = routeMould(app, ['outbox']);
  on.get('/api/outbox', {
    config: { permission: 'outbox.read' },
    summary: 'Messages the platform sent (SMS), newest first; administrators only',
    description:
      'With the default sender no message leaves the server: this list is where one-time codes and notices can be read.',
    querystring: Obj({ phone: Type.Optional(Str(11, { pattern: '^\\d{1,11}$' })), ...Page }),
    response: Obj({
      items: Type.Array(OutboxItem),
      total: Type.Integer(),
      page: Type.Integer(),
      pageSize: Type.Integer(),
    }),
    use: outbox.listOutbox,
  });
}
