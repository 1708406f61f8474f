import { Type } from 'typebox';
import * as S from '../../../http/schema.ts';
import { ACHIEVEMENT_STAGES, ACHIEVEMENT_TYPES, type AchievementType } from '../innovation.vocabulary.ts';

export const PATENT_KINDS = ['invention', 'utility_model', 'design'] as const;
export type PatentKind = (typeof PATENT_KINDS)[number];
/** The patent an achievement of these types must hold (a 发明专利 achievement holds an invention patent). */
export const PATENT_OF_TYPE: Partial<Record<AchievementType, PatentKind>> = {
  invention_patent: 'invention',
  utility_model: 'utility_model',
};

export const MAX_TEAM = 20;
export const MAX_ABSTRACT = 2000;
export const MAX_BODY = 20000;

const Type_ = S.StrEnum(ACHIEVEMENT_TYPES, {
  description: '技术革新, 发明专利, 实用新型, 工法, 管理创新, 软件, 其他',
});
const Stage = S.StrEnum(ACHIEVEMENT_STAGES, { description: '研发中, 已应用, 已转化' });

export const PatentInput = S.Obj({
  type: S.StrEnum(PATENT_KINDS, { description: '发明, 实用新型, 外观设计' }),
  number: S.Name(50, { description: 'The patent number (专利号), e.g. ZL202110123456.7' }),
  grantedOn: S.DateStr,
});

const editable = {
  title: S.Name(200),
  type: Type_,
  industry: Type.Optional(S.Nullable(S.Str(50))),
  year: Type.Integer({ minimum: 1949, maximum: 2100 }),
  abstract: S.Str(MAX_ABSTRACT),
  body: Type.Optional(S.Str(MAX_BODY)),
  stage: Type.Optional(Stage),
  team: Type.Array(S.Id, {
    minItems: 1,
    maxItems: MAX_TEAM,
    description: 'The team in order (person ids); a patent lists them as inventors in this order',
  }),
  patent: Type.Optional(S.Nullable(PatentInput)),
  awardRecordIds: Type.Optional(
    Type.Array(S.Id, {
      maxItems: 50,
      description: "Award records of the team's members this achievement earned",
    }),
  ),
};

export const CreateAchievementBody = S.Obj({ studioId: S.Id, ...editable });
export const UpdateAchievementBody = S.Obj(editable);

export const PublishBody = S.Obj({
  on: S.EffectiveOn,
});

export const ConversionBody = S.Obj({
  partner: S.Name(200),
  convertedOn: {
    ...S.DateStr,
    description: 'the day it was converted (China time); a past day needs history.backdate',
  },
  valueFen: Type.Integer({ minimum: 0, maximum: 1e13, description: 'Contract value in fen' }),
});

export const AchievementQuery = S.Obj({
  studioId: Type.Optional(S.Id),
  orgId: Type.Optional(S.Id),
  status: Type.Optional(S.StrEnum(['draft', 'published'] as const)),
  q: Type.Optional(S.Str(100)),
  ...S.Page,
});

const Person = Type.Object({ personId: Type.Integer(), name: Type.String(), position: Type.Integer() });

export const AchievementSummary = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  type: Type_,
  stage: Stage,
  year: Type.Integer(),
  industry: S.Nullable(Type.String()),
  studioId: S.Nullable(Type.Integer()),
  studioName: S.Nullable(Type.String()),
  orgId: Type.Integer(),
  orgName: Type.String(),
  publishedAt: S.Nullable(Type.String()),
  conversions: Type.Integer(),
  conversionFen: Type.Integer(),
  leads: Type.Integer(),
});

export const AchievementListSchema = S.PagedList(AchievementSummary);

const Moment = Type.String({ format: 'date-time' });

export const AchievementDetail = Type.Object({
  ...AchievementSummary.properties,
  publishedOn: S.Nullable(
    Type.String({ description: 'the day it was published (China time), on which it counts' }),
  ),
  publishedRecordedAt: S.Nullable({ ...Moment, description: 'when the publication was recorded' }),
  abstract: Type.String(),
  body: Type.String(),
  team: Type.Array(Person),
  patent: S.Nullable(
    Type.Object({ type: S.StrEnum(PATENT_KINDS), number: Type.String(), grantedOn: Type.String() }),
  ),
  awardRecordIds: Type.Array(Type.Integer()),
  attachments: Type.Array(
    Type.Object({
      id: Type.Integer(),
      fileName: Type.String(),
      mime: Type.String(),
      size: Type.Integer(),
      public: Type.Boolean({ description: 'shown in the public catalogue (pictures only)' }),
    }),
  ),
  conversionList: Type.Array(
    Type.Object({
      id: Type.Integer(),
      partner: Type.String(),
      convertedOn: Type.String(),
      valueFen: Type.Integer(),
      recordedAt: { ...Moment, description: 'when the conversion was recorded' },
    }),
  ),
});

export const StudioOptionQuery = S.Obj({ q: Type.Optional(S.Str(50)) });
export const StudioOptions = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      orgName: Type.String(),
      industry: S.Nullable(Type.String()),
    }),
  ),
});

export const AttachmentForm = S.Obj({ file: S.FileField });
export const AttachmentParams = S.Obj({ id: S.Id, attachmentId: S.Id });
export const AttachmentInfo = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  mime: Type.String(),
  size: Type.Integer(),
  public: Type.Boolean({ description: 'shown in the public catalogue (pictures only)' }),
});
export const AttachmentPublicBody = S.Obj({
  public: Type.Boolean({ description: 'show this picture in the public catalogue' }),
});
export const PictureParams = S.Obj({ id: S.Id, pictureId: S.Id });

export const AchievementImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  created: Type.Integer({ description: 'rows that bring something in (or, on a dry run, would)' }),
  achievements: Type.Integer({ description: 'new achievements' }),
  existing: Type.Integer({ description: 'achievements on record the register adds to' }),
  patents: Type.Integer({ description: 'patents recorded (each counted on its grant day)' }),
  patentsExisting: Type.Integer({ description: 'patents named again that are on record already' }),
  conversions: Type.Integer({ description: 'conversions recorded (each counted on its day)' }),
  conversionsExisting: Type.Integer({ description: 'conversions named again that are on record already' }),
  conversionFen: Type.Integer({ description: 'contract value of the conversions recorded, in fen' }),
  published: Type.Integer({ description: 'achievements published on their past day' }),
  inventorRecords: Type.Integer({ description: "patent records written onto the inventors' records" }),
});
