import { Type } from 'typebox';
import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
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
  app.get(
    '/api/messages',
    {
      config: { permission: 'messages.read' },
      schema: {
        tags,
        summary: 'My messages, newest first, with the total and the unread count (unread=true: only unread)',
        querystring: MessageListQuery,
        response: { 200: MessageList },
      },
    },
    async (req) => messages.list(actorOf(req), req.query),
  );
  app.get(
    '/api/messages/unread-count',
    {
      config: { permission: 'messages.read' },
      schema: {
        tags,
        summary: 'My unread messages, and for reviewers the applications waiting at my union’s step',
        response: { 200: MessageCounts },
      },
    },
    async (req) => messages.counts(actorOf(req)),
  );
  app.post(
    '/api/messages/:id/read',
    {
      config: { permission: 'messages.read' },
      schema: {
        tags,
        summary: 'Mark one of my messages read (another user’s message answers 404)',
        params: IdParams,
        body: EmptyBody,
        response: { 200: MessageSchema },
      },
    },
    async (req) => messages.markRead(actorOf(req), req.params.id),
  );
  app.post(
    '/api/messages/read-all',
    {
      config: { permission: 'messages.read' },
      schema: {
        tags,
        summary: 'Mark all my messages read',
        body: EmptyBody,
        response: { 200: ReadAllResult },
      },
    },
    async (req) => messages.markAllRead(actorOf(req)),
  );
}
