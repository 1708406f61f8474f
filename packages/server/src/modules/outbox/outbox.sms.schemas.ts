import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { DELIVERY_STATES } from './outbox.vocabulary.ts';

const Moment = Type.String({ format: 'date-time' });
const State = S.StrEnum(DELIVERY_STATES);

export const DeliveryItem = S.Obj({
  id: Type.Integer(),
  to: Type.String(),
  purpose: Type.String(),
  purposeZh: Type.String(),
  purposeEn: Type.String(),
  text: Type.String({ description: 'the message; a one-time code is masked' }),
  state: State,
  attempts: Type.Integer(),
  orgName: S.Nullable(Type.String({ description: 'the union the message is counted against' })),
  createdAt: Moment,
  sentAt: S.Nullable(Moment),
  deliveredAt: S.Nullable(Moment),
  failedAt: S.Nullable(Moment),
  nextAttemptAt: S.Nullable(Moment),
  reasonZh: S.Nullable(Type.String()),
  reasonEn: S.Nullable(Type.String()),
  feeFen: S.Nullable(Type.Integer({ description: 'cost in fen: billed messages × GONGHUI_SMS_UNIT_FEN' })),
});

export const DeliveryQuery = S.Obj({
  state: Type.Optional(State),
  phone: Type.Optional(S.Str(11, { pattern: '^\\d{1,11}$' })),
  ...S.Page,
});

export const DeliveryList = S.PagedList(DeliveryItem);

export const DeliveryDetail = S.Obj({
  ...DeliveryItem.properties,
  attempts: Type.Integer(),
  tries: Type.Array(
    S.Obj({
      attemptedAt: Moment,
      provider: Type.String(),
      ok: Type.Boolean(),
      transient: Type.Boolean(),
      code: S.Nullable(Type.String()),
      message: S.Nullable(Type.String()),
      requestId: S.Nullable(Type.String()),
      serial: S.Nullable(Type.String({ description: "Tencent's SerialNo, Alibaba Cloud's BizId" })),
      billed: S.Nullable(Type.Integer()),
    }),
  ),
});

export const DeliverySummary = S.Obj({
  provider: S.StrEnum(['outbox', 'tencent', 'aliyun'] as const),
  month: Type.String({ description: 'YYYY-MM, the China month of today' }),
  unitFen: Type.Integer(),
  queued: Type.Integer(),
  sent: Type.Integer(),
  delivered: Type.Integer(),
  failed: Type.Integer(),
  retried: Type.Integer(),
  feeFen: Type.Integer(),
  billed: Type.Integer(),
  reasons: Type.Array(S.Obj({ reasonZh: Type.String(), reasonEn: Type.String(), count: Type.Integer() })),
});

const TemplateItem = S.Obj({
  purpose: Type.String(),
  zh: Type.String(),
  en: Type.String(),
  secret: Type.Boolean({ description: 'a one-time code' }),
  messageKind: Type.Boolean({ description: 'an in-app message kind a person may also get by SMS' }),
  params: Type.Array(
    S.Obj({ position: Type.Integer(), name: Type.String(), zh: Type.String(), en: Type.String() }),
  ),
  templateId: S.Nullable(Type.String()),
  source: S.Nullable(S.StrEnum(['env', 'page'] as const)),
});

export { TemplateItem };

export const TemplateList = S.Obj({
  provider: S.StrEnum(['outbox', 'tencent', 'aliyun'] as const),
  items: Type.Array(TemplateItem),
});

export const PurposeParams = S.Obj({ purpose: S.Str(60, { pattern: '^[a-z_.]+$' }) });
export const TemplateBody = S.Obj({ templateId: S.Nullable(S.Str(40, { pattern: '^[A-Za-z0-9_-]*$' })) });

export const Preferences = S.Obj({
  codesAlways: Type.Literal(true),
  kinds: Type.Array(
    S.Obj({ kind: Type.String(), zh: Type.String(), en: Type.String(), sms: Type.Boolean() }),
  ),
});
export const PreferencesBody = S.Obj({
  kinds: Type.Array(S.Str(60, { pattern: '^[a-z_.]+$' }), { maxItems: 50 }),
});

export const MessageStatesQuery = S.Obj({ ids: S.Str(2000, { pattern: '^\\d{1,15}(,\\d{1,15})*$' }) });
export const MessageStates = S.Obj({
  items: Type.Array(
    S.Obj({
      messageId: Type.Integer(),
      state: S.StrEnum(['recorded', 'queued', 'sent', 'delivered', 'failed'] as const, {
        description: 'recorded: kept in the outbox only (no provider configured)',
      }),
      reasonZh: S.Nullable(Type.String()),
      reasonEn: S.Nullable(Type.String()),
    }),
  ),
});
