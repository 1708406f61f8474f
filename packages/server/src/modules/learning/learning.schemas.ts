import { type Static, Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { ACTIVITIES_CAP, APPRENTICESHIP_CAP, CATALOGUE_CAP } from './learning.caps.ts';
import { COURSE_KINDS, RESOURCE_KINDS, SITE_LEVELS } from './learning.vocabulary.ts';

export const LESSON_KINDS = ['video', 'document', 'link'] as const;
export const ACTIVITY_KINDS = ['reading', 'master_meet'] as const;
export const CARRIERS = ['reading_room', 'studio', 'craftsman_base'] as const;
export const MASTER_TITLES = ['model_worker', 'craftsman'] as const;
export const REQUEST_KINDS = ['question', 'apprentice'] as const;
export const REQUEST_STATUSES = ['open', 'answered', 'accepted', 'declined'] as const;

const Url = S.Str(500, { pattern: '^https?://', description: 'an http(s) address' });
const Minutes = Type.Integer({ minimum: 1, maximum: 100000 });

export const CreateCourseBody = S.Obj({
  orgId: S.Id,
  title: S.Name(200),
  kind: S.StrEnum(COURSE_KINDS),
  description: Type.Optional(S.Str(2000)),
  minutes: Minutes,
});
export type CreateCourseInput = Static<typeof CreateCourseBody>;

export const LessonSchema = Type.Object({
  id: Type.Integer(),
  courseId: Type.Integer(),
  position: Type.Integer(),
  title: Type.String(),
  kind: S.StrEnum(LESSON_KINDS),
  url: S.Nullable(Type.String()),
  durationSeconds: S.Nullable(Type.Integer()),
  fileName: S.Nullable(Type.String()),
  mime: S.Nullable(Type.String()),
  size: S.Nullable(Type.Integer()),
});
export type LessonRow = Static<typeof LessonSchema>;

export const CourseSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  title: Type.String(),
  kind: S.StrEnum(COURSE_KINDS),
  description: S.Nullable(Type.String()),
  minutes: Type.Integer(),
  lessonCount: Type.Integer(),
  enrolments: Type.Integer(),
  completions: Type.Integer(),
});
export type CourseRow = Static<typeof CourseSchema>;
export const CourseList = S.CappedList(CourseSchema, CATALOGUE_CAP.courses);
export const CourseDetail = Type.Object({
  course: CourseSchema,
  lessons: Type.Array(LessonSchema),
  mayAddLessons: Type.Boolean({
    description:
      'The course is provided by the union of the caller or one below it and the caller may write: lessons may be added (one offered from above is only seen)',
  }),
});

const FileJson = S.Obj({
  name: S.Name(200),
  mime: S.Str(100),
  dataBase64: Type.String({ maxLength: 1_400_000 }),
});
export const LessonBody = S.Obj({
  title: S.Name(200),
  kind: S.StrEnum(LESSON_KINDS),
  url: Type.Optional(Url),
  durationSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
  file: Type.Optional(FileJson),
});
export const LessonForm = S.Obj({
  title: Type.String(),
  kind: S.StrEnum(LESSON_KINDS),
  url: Type.Optional(Type.String()),
  durationSeconds: Type.Optional(Type.String()),
  file: Type.Optional(Type.String({ format: 'binary' })),
});

export const CreateResourceBody = S.Obj({
  orgId: S.Id,
  title: S.Name(200),
  kind: S.StrEnum(RESOURCE_KINDS),
  url: Type.Optional(Url),
  terms: S.Name(2000),
});
export type CreateResourceInput = Static<typeof CreateResourceBody>;
export const ResourceSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  title: Type.String(),
  kind: S.StrEnum(RESOURCE_KINDS),
  url: S.Nullable(Type.String()),
  terms: Type.String(),
});
export const ResourceList = S.CappedList(ResourceSchema, CATALOGUE_CAP.resources);

export const CreateSiteBody = S.Obj({
  orgId: S.Id,
  name: S.Name(200),
  level: S.StrEnum(SITE_LEVELS),
  signedOn: S.DateStr,
});
export type CreateSiteInput = Static<typeof CreateSiteBody>;

export const LicenceSchema = Type.Object({
  id: Type.Integer(),
  siteId: Type.Integer(),
  siteName: Type.String(),
  number: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  seats: Type.Integer(),
  seatsUsed: Type.Integer(),
  active: Type.Boolean({ description: 'today lies within the period' }),
  courses: Type.Array(S.Obj({ id: Type.Integer(), title: Type.String() })),
  resources: Type.Array(S.Obj({ id: Type.Integer(), title: Type.String() })),
});
export type LicenceRow = Static<typeof LicenceSchema>;

export const SiteSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  name: Type.String(),
  level: S.StrEnum(SITE_LEVELS),
  signedOn: Type.String(),
  licences: Type.Array(LicenceSchema),
  mayLicense: Type.Boolean({
    description:
      'The site is of the union of the caller or one below it and the caller may write: a licence may be issued to it (one of a union above is only seen)',
  }),
});
export type SiteRow = Static<typeof SiteSchema>;

export const CreateLicenceBody = S.Obj({
  number: S.Name(60),
  startsOn: S.DateStr,
  endsOn: S.DateStr,
  seats: Type.Integer({ minimum: 1, maximum: 10000000 }),
  courseIds: Type.Array(S.Id, { maxItems: 500 }),
  resourceIds: Type.Optional(Type.Array(S.Id, { maxItems: 500 })),
});
export type CreateLicenceInput = Static<typeof CreateLicenceBody>;

export const CreateActivityBody = S.Obj({
  orgId: S.Id,
  title: S.Name(200),
  kind: S.StrEnum(ACTIVITY_KINDS),
  carrier: S.StrEnum(CARRIERS),
  venue: S.Name(200),
  heldOn: S.DateStr,
  minutes: Minutes,
  capacity: Type.Integer({ minimum: 1, maximum: 100000 }),
});
export type CreateActivityInput = Static<typeof CreateActivityBody>;
export const ActivitySchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  title: Type.String(),
  kind: S.StrEnum(ACTIVITY_KINDS),
  carrier: S.StrEnum(CARRIERS),
  venue: Type.String(),
  heldOn: Type.String(),
  minutes: Type.Integer(),
  capacity: Type.Integer(),
  signedUp: Type.Integer(),
  attended: Type.Integer(),
});
export const ActivityList = S.CappedList(ActivitySchema, ACTIVITIES_CAP.staff);
export const SignupSchema = Type.Object({
  personId: Type.Integer(),
  name: Type.String(),
  orgName: Type.String(),
  attended: Type.Boolean(),
});
export const AttendanceBody = S.Obj({ personIds: Type.Array(S.Id, { minItems: 1, maxItems: 1000 }) });

export const CreateMasterBody = S.Obj({
  personId: S.Id,
  title: S.StrEnum(MASTER_TITLES),
  speciality: S.Name(200),
});
export const MasterSchema = Type.Object({
  id: Type.Integer(),
  personId: Type.Integer(),
  name: Type.String(),
  orgName: Type.String(),
  title: S.StrEnum(MASTER_TITLES),
  speciality: Type.String(),
});
export type MasterRow = Static<typeof MasterSchema>;
export const MasterList = S.CappedList(MasterSchema, APPRENTICESHIP_CAP.masters);
export const MyMasterList = S.CappedList(MasterSchema, APPRENTICESHIP_CAP.federationMasters);

export const StatsQuery = S.statsQuery(S.YearAsked);
const StatLine = Type.Object({
  key: Type.Integer(),
  name: Type.String(),
  enrolments: Type.Integer(),
  completions: Type.Integer(),
  hours: Type.Number(),
});
export const StatsSchema = Type.Object({
  ...S.StatsAskedHead,
  totals: Type.Object({
    enrolments: Type.Integer(),
    completions: Type.Integer(),
    courseHours: Type.Number(),
    activityHours: Type.Number(),
  }),
  byCourse: Type.Array(StatLine),
  bySite: Type.Array(StatLine),
  byUnion: Type.Array(
    Type.Object({
      ...StatLine.properties,
      depth: Type.Integer({
        description:
          'the union’s depth in the tree (1 a root): the export indents it below the topmost listed',
      }),
    }),
  ),
  notes: S.FigureNotes,
});
export type Stats = Static<typeof StatsSchema>;

// ---- worker (phone) shapes

export const CatalogueItem = Type.Object({
  courseId: Type.Integer(),
  title: Type.String(),
  kind: S.StrEnum(COURSE_KINDS),
  orgName: Type.String(),
  minutes: Type.Integer(),
  lessonCount: Type.Integer(),
  licenceId: Type.Integer(),
  siteName: Type.String(),
  seatsLeft: Type.Integer(),
  endsOn: Type.String(),
});
export const MyEnrolment = Type.Object({
  id: Type.Integer(),
  courseId: Type.Integer(),
  title: Type.String(),
  siteName: Type.String(),
  enrolledOn: Type.String(),
  completedOn: S.Nullable(Type.String()),
  lessonsDone: Type.Integer(),
  lessonCount: Type.Integer(),
});
export const MyLearning = Type.Object({
  catalogue: Type.Array(CatalogueItem),
  enrolments: Type.Array(MyEnrolment),
  hours: Type.Number({ description: 'completed courses and attended activities, in hours' }),
  isMaster: Type.Boolean(),
});
export const EnrolBody = S.Obj({ courseId: S.Id, licenceId: S.Id });
export const LessonProgress = Type.Object({
  ...LessonSchema.properties,
  positionSeconds: Type.Integer(),
  done: Type.Boolean(),
});
export const MyEnrolmentDetail = Type.Object({
  enrolment: MyEnrolment,
  lessons: Type.Array(LessonProgress),
});
export const ProgressBody = S.Obj({
  lessonId: S.Id,
  positionSeconds: Type.Integer({ minimum: 0, maximum: 1000000 }),
  ended: Type.Optional(
    Type.Boolean({ description: 'the video played to its end, or the document was opened' }),
  ),
});
export const ProgressResult = Type.Object({
  positionSeconds: Type.Integer(),
  done: Type.Boolean(),
  completedOn: S.Nullable(Type.String({ description: 'set when this progress completed the course' })),
});
export const MyActivity = Type.Object({
  ...ActivitySchema.properties,
  signedUpByMe: Type.Boolean(),
  attendedByMe: Type.Boolean(),
});
export const MyActivityList = S.CappedList(MyActivity, ACTIVITIES_CAP.worker);
export const AskBody = S.Obj({ masterId: S.Id, kind: S.StrEnum(REQUEST_KINDS), text: S.Name(2000) });
export const AnswerBody = S.Obj({
  answer: S.Name(2000),
  decision: Type.Optional(S.StrEnum(['accept', 'decline'] as const)),
});
export const RequestSchema = Type.Object({
  id: Type.Integer(),
  kind: S.StrEnum(REQUEST_KINDS),
  text: Type.String(),
  answer: S.Nullable(Type.String()),
  status: S.StrEnum(REQUEST_STATUSES),
  askerName: Type.String(),
  masterName: Type.String(),
  createdAt: Type.String(),
  answeredAt: S.Nullable(Type.String()),
  mine: Type.Boolean({ description: 'I asked it (false: it was addressed to me as a master)' }),
});
export type RequestRow = Static<typeof RequestSchema>;
export const RequestList = S.CappedList(RequestSchema, APPRENTICESHIP_CAP.requests);

export type ResourceRow = Static<typeof ResourceSchema>;
export type ActivityRow = Static<typeof ActivitySchema>;
export type SignupRow = Static<typeof SignupSchema>;
export type CatalogueRow = Static<typeof CatalogueItem>;
export type MyEnrolmentRow = Static<typeof MyEnrolment>;
export type LessonProgressRow = Static<typeof LessonProgress>;
export type MyActivityRow = Static<typeof MyActivity>;
