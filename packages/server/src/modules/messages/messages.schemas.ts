import { Type } from 'typebox';
import * as S from '../../http/schema.ts';

const Timestamp = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });

export const MessageSchema = Type.Object({
  id: Type.Integer(),
  kind: Type.String({ description: "what happened, e.g. 'application.approved'" }),
  titleZh: Type.String(),
  titleEn: Type.String(),
  bodyZh: Type.String(),
  bodyEn: Type.String(),
  link: S.Nullable(Type.String({ description: 'the app path the message opens, e.g. /m/applications/123' })),
  entity: S.Nullable(Type.String()),
  entityId: S.Nullable(Type.Integer()),
  createdAt: Timestamp,
  readAt: S.Nullable(Timestamp),
});

export const MessageListQuery = S.Obj({
  unread: Type.Optional(Type.Boolean({ description: 'only unread messages' })),
  ...S.Page,
});

export const MessageList = Type.Object({
  items: Type.Array(MessageSchema),
  total: Type.Integer({ description: 'messages matching the filter' }),
  unreadCount: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const MessageCounts = Type.Object({
  unreadCount: Type.Integer(),
  waitingReviews: Type.Integer({
    description: "applications waiting at the actor's union's review step; 0 without applications.review",
  }),
});

export const ReadAllResult = Type.Object({ updated: Type.Integer() });
