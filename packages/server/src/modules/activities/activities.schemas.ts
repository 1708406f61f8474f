import { Type } from 'typebox';
import {
  CappedList,
  DATE_PATTERN,
  DateStr,
  DryRunQuery,
  EffectiveOn,
  FigureNotes,
  Id,
  Name,
  Nullable,
  Obj,
  Page,
  PeriodAnswer,
  PeriodFields,
  RegisterImportResult,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { RuleRef } from '../programs/index.ts';
import { OFFERED_CAP } from './activities.repository.ts';
import { PARTICIPANTS_CAP } from './activities.social.repository.ts';

const Kind = StrEnum(['sports', 'family', 'class', 'social', 'show', 'volunteer', 'other'] as const);
const Moment = Type.String({ format: 'date-time', maxLength: 40 });
const Status = StrEnum(['confirmed', 'waiting', 'cancelled'] as const);

export const ActivityBody = Obj({
  orgId: Id,
  title: Name(200),
  kind: Kind,
  description: Type.Optional(Str(4000)),
  place: Name(300),
  online: Type.Optional(Type.Boolean()),
  places: Type.Integer({ minimum: 1, maximum: 100_000 }),
  signupFrom: DateStr,
  signupUntil: DateStr,
  feeFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e9 })),
  rule: Type.Optional(Nullable(RuleRef)),
  noShowLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 20 })),
  noShowDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730 })),
  sessions: Type.Array(Obj({ startsAt: Moment, endsAt: Moment }), { minItems: 1, maxItems: 100 }),
  quotas: Type.Optional(
    Type.Array(Obj({ orgId: Id, places: Type.Integer({ minimum: 1, maximum: 100_000 }) }), { maxItems: 300 }),
  ),
});
const Fields = {
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  title: Type.String(),
  kind: Kind,
  description: Type.String(),
  place: Type.String(),
  online: Type.Boolean(),
  places: Type.Integer(),
  taken: Type.Integer(),
  waiting: Type.Integer(),
  signupFrom: DateStr,
  signupUntil: DateStr,
  feeFen: Type.Integer(),
  noShowLimit: Type.Integer(),
  noShowDays: Type.Integer(),
  status: StrEnum(['open', 'cancelled'] as const),
  sessions: Type.Array(Obj({ id: Id, startsAt: Type.String(), endsAt: Type.String() })),
  quotas: Type.Array(
    Obj({ orgId: Id, orgName: Type.String(), places: Type.Integer(), taken: Type.Integer() }),
  ),
  photos: Type.Array(Id),
};
export const ActivitySchema = Obj({ ...Fields, orgPath: Type.String(), rule: Nullable(RuleRef) });
export const ActivityListSchema = Obj({
  items: Type.Array(ActivitySchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export const ActivityListQuery = Obj({
  orgId: Type.Optional(Id),
  status: Type.Optional(StrEnum(['open', 'cancelled'] as const)),
  ...Page,
});
export const ActivityDetailSchema = Obj({
  ...Fields,
  orgPath: Type.String(),
  rule: Nullable(RuleRef),
  roster: Type.Array(
    Obj({
      id: Id,
      activityId: Id,
      personId: Id,
      personName: Type.String(),
      orgId: Id,
      orgName: Type.String(),
      status: Status,
      signedOn: DateStr,
      position: Nullable(Type.Integer()),
      attended: Type.Integer(),
      quotaOrgName: Nullable(Type.String()),
    }),
  ),
  codes: Type.Array(Obj({ id: Id, code: Type.String() })),
  /** A 联谊 seen from a union other than the organiser: the roster is not shown. */
  rosterPrivate: Type.Boolean(),
  /** A 联谊's mutual pairs (牵手), a count. */
  pairs: Nullable(Type.Integer()),
});
export const MineSchema = CappedList(
  Obj({
    ...Fields,
    my: Nullable(Obj({ activityId: Id, status: Status, position: Nullable(Type.Integer()) })),
  }),
  OFFERED_CAP,
  {
    description:
      'the open activities offered (the first ones, with their total) and those taken part in with photos',
  },
);
export const IdResult = Obj({ id: Id });
export const SignupsBody = Obj({
  personIds: Type.Array(Id, { minItems: 1, maxItems: 500 }),
  effectiveOn: EffectiveOn,
});
/** A sign-up sheet's query: check only, and the day the sheet's sign-ups were made (ADR 40). */
export const SignupImportQuery = Obj({ ...DryRunQuery.properties, effectiveOn: EffectiveOn });
export const SignupsResult = Type.Array(
  Obj({
    personId: Id,
    status: Type.Optional(StrEnum(['confirmed', 'waiting'] as const)),
    zh: Type.Optional(Type.String()),
    en: Type.Optional(Type.String()),
  }),
);
export const SignupResult = Obj({ status: StrEnum(['confirmed', 'waiting'] as const) });
export const CodeBody = Obj({ code: Str(12, { minLength: 1 }) });
export const CheckInBody = Obj({
  personId: Id,
  attendedOn: Type.Optional(
    Type.String({
      pattern: DATE_PATTERN,
      maxLength: 10,
      description:
        'the day the member attended (China time), within the session’s days; default today; a past day needs history.backdate',
    }),
  ),
});
export const SessionParams = Obj({ id: Id, sessionId: Id });
export const CheckInResult = Obj({
  title: Type.String(),
  walkIn: Type.Boolean(),
  already: Type.Boolean(),
  /** The member checked in (a scanned card). */
  name: Type.Optional(Type.String()),
});
export const CardBody = Obj({ token: Str(2000, { minLength: 1 }) });
export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
  ...PeriodFields,
});
const Counts = {
  activities: Type.Integer(),
  signups: Type.Integer(),
  attendance: Type.Integer(),
  pairs: Type.Integer(),
};
export const StatsSchema = Obj({
  ...PeriodAnswer,
  orgName: Type.String(),
  byKind: Type.Array(Obj({ kind: Kind, ...Counts })),
  byUnion: Type.Array(
    Obj({
      orgId: Id,
      orgName: Type.String(),
      ...Counts,
      kinds: Type.Array(Obj({ kind: Kind, ...Counts })),
    }),
  ),
  total: Obj(Counts),
  notes: FigureNotes,
});
export const PhotoForm = Obj({ file: Type.String({ format: 'binary' }) });
export const PhotoParams = Obj({ id: Id, photoId: Id });
export const ParticipantsSchema = CappedList(
  Obj({
    signupId: Id,
    name: Type.String(),
    orgName: Type.String(),
    marked: Type.Boolean(),
    mutual: Type.Boolean(),
    fullName: Nullable(Type.String()),
  }),
  PARTICIPANTS_CAP,
);
export const InterestBody = Obj({ signupId: Id, interested: Type.Boolean() });
export const InterestResult = Obj({ mutual: Type.Boolean() });
export const SignupImportResult = Type.Object({
  ...RegisterImportResult.properties,
  confirmed: Type.Integer({ description: 'members who get (or on a dry run would get) a place' }),
  waiting: Type.Integer({ description: 'members who go (or would go) on the waiting list' }),
});

/** The day an activity was cancelled (ADR 40); no body means today. */
export const CancelActivityBody = Obj({ effectiveOn: EffectiveOn });
