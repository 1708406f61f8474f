import { Type } from 'typebox';
import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  MessageCounts,
  MessageList,
  MessageListQuery,
  MessageSchema,
  ReadAllResult,
} from './messages.schemas.ts';
import type { MessagesService } from './messages.service.ts';

const tags = ['messages'];
const EmptyBody = Type.Optional(Type.Object({}, { additionalProperties: false }));

/** The signed-in user's own messages. Every role holds messages.read; nobody sees another user's messages. */
export function messagesRoutes(app: App, { messages }: { messages: MessagesService }): void {
  const on = routeMould(app, tags);
  on.get('/api/messages', {
    config: { permission: 'messages.read' },
    summary: 'My messages, newest first, with the total and the unread count (unread=true: only unread)',
    querystring: MessageListQuery,
    response: MessageList,
    use: messages.list,
  });
  on.get('/api/messages/unread-count', {
    config: { permission: 'messages.read' },
    summary: 'My unread messages, and for reviewers the applications waiting at my union’s step',
    response: MessageCounts,
    use: messages.counts,
  });
  on.post('/api/messages/:id/read', {
    config: { permission: 'messages.read' },
    summary: 'Mark one of my messages read (another user’s message answers 404)',
    params: IdParams,
    body: EmptyBody,
    response: MessageSchema,
    run: (actor, { params }) => messages.markRead(actor, params.id),
  });
  on.post('/api/messages/read-all', {
    config: { permission: 'messages.read' },
    summary: 'Mark all my messages read',
    body: EmptyBody,
    response: ReadAllResult,
    run: (actor) => messages.markAllRead(actor),
  });
}
