import { Type } from 'typebox';
import { Id, Nullable, Obj, Page, Str, StrEnum } from '../../http/schema.ts';

const Moment = Type.String({ format: 'date-time' });
const State = StrEnum(['queued', 'sent', 'delivered', 'failed'] as const);

export const DeliveryItem = Obj({
  id: Type.Integer(),
  to: Type.String(),
  purpose: Type.String(),
  purposeZh: Type.String(),
  purposeEn: Type.String(),
  text: Type.String({ description: 'the message; a one-time code is masked' }),
  state: State,
  attempts: Type.Integer(),
  orgName: Nullable(Type.String({ description: 'the union the message is counted against' })),
  createdAt: Moment,
  sentAt: Nullable(Moment),
  deliveredAt: Nullable(Moment),
  failedAt: Nullable(Moment),
  nextAttemptAt: Nullable(Moment),
  reasonZh: Nullable(Type.String()),
  reasonEn: Nullable(Type.String()),
  feeFen: Nullable(Type.Integer({ description: 'cost in fen: billed messages × GONGHUI_SMS_UNIT_FEN' })),
});

export const DeliveryQuery = Obj({
  state: Type.Optional(State),
  phone: Type.Optional(Str(11, { pattern: '^\\d{1,11}$' })),
  ...Page,
});

export const DeliveryList = Obj({
  items: Type.Array(DeliveryItem),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const DeliveryDetail = Obj({
  ...DeliveryItem.properties,
  attempts: Type.Integer(),
  tries: Type.Array(
    Obj({
      attemptedAt: Moment,
      provider: Type.String(),
      ok: Type.Boolean(),
      transient: Type.Boolean(),
      code: Nullable(Type.String()),
      message: Nullable(Type.String()),
      requestId: Nullable(Type.String()),
      serial: Nullable(Type.String({ description: "Tencent's SerialNo, Alibaba Cloud's BizId" })),
      billed: Nullable(Type.Integer()),
    }),
  ),
});

export const DeliverySummary = Obj({
  provider: StrEnum(['outbox', 'tencent', 'aliyun'] as const),
  month: Type.String({ description: 'YYYY-MM, the China month of today' }),
  unitFen: Type.Integer(),
  queued: Type.Integer(),
  sent: Type.Integer(),
  delivered: Type.Integer(),
  failed: Type.Integer(),
  retried: Type.Integer(),
  feeFen: Type.Integer(),
  billed: Type.Integer(),
  reasons: Type.Array(Obj({ reasonZh: Type.String(), reasonEn: Type.String(), count: Type.Integer() })),
});

const TemplateItem = Obj({
  purpose: Type.String(),
  zh: Type.String(),
  en: Type.String(),
  secret: Type.Boolean({ description: 'a one-time code' }),
  messageKind: Type.Boolean({ description: 'an in-app message kind a person may also get by SMS' }),
  params: Type.Array(
    Obj({ position: Type.Integer(), name: Type.String(), zh: Type.String(), en: Type.String() }),
  ),
  templateId: Nullable(Type.String()),
  source: Nullable(StrEnum(['env', 'page'] as const)),
});

export { TemplateItem };

export const TemplateList = Obj({
  provider: StrEnum(['outbox', 'tencent', 'aliyun'] as const),
  items: Type.Array(TemplateItem),
});

export const PurposeParams = Obj({ purpose: Str(60, { pattern: '^[a-z_.]+$' }) });
export const TemplateBody = Obj({ templateId: Nullable(Str(40, { pattern: '^[A-Za-z0-9_-]*$' })) });

export const Preferences = Obj({
  codesAlways: Type.Literal(true),
  kinds: Type.Array(Obj({ kind: Type.String(), zh: Type.String(), en: Type.String(), sms: Type.Boolean() })),
});
export const PreferencesBody = Obj({
  kinds: Type.Array(Str(60, { pattern: '^[a-z_.]+$' }), { maxItems: 50 }),
});

export const MessageStatesQuery = Obj({ ids: Str(2000, { pattern: '^\\d{1,15}(,\\d{1,15})*$' }) });
export const MessageStates = Obj({
  items: Type.Array(
    Obj({
      messageId: Type.Integer(),
      state: StrEnum(['recorded', 'queued', 'sent', 'delivered', 'failed'] as const, {
        description: 'recorded: kept in the outbox only (no provider configured)',
      }),
      reasonZh: Nullable(Type.String()),
      reasonEn: Nullable(Type.String()),
    }),
  ),
});
export { Id };
