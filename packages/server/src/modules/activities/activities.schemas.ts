import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { RuleRef } from '../programs/index.ts';
import { OFFERED_CAP } from './activities.repository.ts';
import { PARTICIPANTS_CAP } from './activities.social.repository.ts';
import { ACTIVITY_KINDS } from './activities.vocabulary.ts';

const Kind = S.StrEnum(ACTIVITY_KINDS);
const Moment = Type.String({ format: 'date-time', maxLength: 40 });
const Status = S.StrEnum(['confirmed', 'waiting', 'cancelled'] as const);

export const ActivityBody = S.Obj({
  orgId: S.Id,
  title: S.Name(200),
  kind: Kind,
  description: Type.Optional(S.Str(4000)),
  place: S.Name(300),
  online: Type.Optional(Type.Boolean()),
  places: Type.Integer({ minimum: 1, maximum: 100_000 }),
  signupFrom: S.DateStr,
  signupUntil: S.DateStr,
  feeFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e9 })),
  rule: Type.Optional(S.Nullable(RuleRef)),
  noShowLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 20 })),
  noShowDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730 })),
  sessions: Type.Array(S.Obj({ startsAt: Moment, endsAt: Moment }), { minItems: 1, maxItems: 100 }),
  quotas: Type.Optional(
    Type.Array(S.Obj({ orgId: S.Id, places: Type.Integer({ minimum: 1, maximum: 100_000 }) }), {
      maxItems: 300,
    }),
  ),
});
const Fields = {
  id: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  title: Type.String(),
  kind: Kind,
  description: Type.String(),
  place: Type.String(),
  online: Type.Boolean(),
  places: Type.Integer(),
  taken: Type.Integer(),
  waiting: Type.Integer(),
  signupFrom: S.DateStr,
  signupUntil: S.DateStr,
  feeFen: Type.Integer(),
  noShowLimit: Type.Integer(),
  noShowDays: Type.Integer(),
  status: S.StrEnum(['open', 'cancelled'] as const),
  ended: Type.Boolean({
    description:
      'over by now (已结束): its last session has ended, or for a dayOnly activity its day has passed (China time); a cancelled one may be ended too, its status says it was cancelled',
  }),
  sessions: Type.Array(S.Obj({ id: S.Id, startsAt: Type.String(), endsAt: Type.String() })),
  dayOnly: Type.Boolean({
    description:
      "brought in from the register of past activities, which keeps an activity's day, not its hours: its session is stored as 09:00–11:00 China time on that day, and only the day is to be shown",
  }),
  quotas: Type.Array(
    S.Obj({ orgId: S.Id, orgName: Type.String(), places: Type.Integer(), taken: Type.Integer() }),
  ),
  photos: Type.Array(S.Id),
};
export const ActivitySchema = S.Obj({ ...Fields, orgPath: Type.String(), rule: S.Nullable(RuleRef) });
export const ActivityListSchema = S.PagedList(ActivitySchema);
export const ActivityListQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  status: Type.Optional(S.StrEnum(['open', 'cancelled'] as const)),
  ...S.Page,
});
export const ActivityDetailSchema = S.Obj({
  ...Fields,
  orgPath: Type.String(),
  rule: S.Nullable(RuleRef),
  roster: Type.Array(
    S.Obj({
      id: S.Id,
      activityId: S.Id,
      personId: S.Id,
      personName: Type.String(),
      orgId: S.Id,
      orgName: Type.String(),
      status: Status,
      signedOn: S.DateStr,
      position: S.Nullable(Type.Integer()),
      attended: Type.Integer(),
      quotaOrgName: S.Nullable(Type.String()),
    }),
  ),
  codes: Type.Array(S.Obj({ id: S.Id, code: Type.String() })),
  /** A 联谊 seen from a union other than the organiser: the roster is not shown. */
  rosterPrivate: Type.Boolean(),
  /** A 联谊's mutual pairs (牵手), a count. */
  pairs: S.Nullable(Type.Integer()),
});
export const MineSchema = S.CappedList(
  S.Obj({
    ...Fields,
    my: S.Nullable(S.Obj({ activityId: S.Id, status: Status, position: S.Nullable(Type.Integer()) })),
  }),
  OFFERED_CAP,
  {
    description:
      'the open activities offered (the first ones, with their total) and those taken part in with photos',
  },
);
export const IdResult = S.Obj({ id: S.Id });
export const SignupsBody = S.Obj({
  personIds: Type.Array(S.Id, { minItems: 1, maxItems: 500 }),
  effectiveOn: S.EffectiveOn,
});
/** A sign-up sheet's query: check only, and the day the sheet's sign-ups were made (ADR 40). */
export const SignupsResult = Type.Array(
  S.Obj({
    personId: S.Id,
    status: Type.Optional(S.StrEnum(['confirmed', 'waiting'] as const)),
    zh: Type.Optional(Type.String()),
    en: Type.Optional(Type.String()),
  }),
);
export const SignupResult = S.Obj({ status: S.StrEnum(['confirmed', 'waiting'] as const) });
export const CodeBody = S.Obj({ code: S.Str(12, { minLength: 1 }) });
export const CheckInBody = S.Obj({
  personId: S.Id,
  attendedOn: Type.Optional(
    Type.String({
      pattern: S.DATE_PATTERN,
      maxLength: 10,
      description:
        'the day the member attended (China time), within the session’s days; default today; a past day needs history.backdate',
    }),
  ),
});
export const SessionParams = S.Obj({ id: S.Id, sessionId: S.Id });
export const CheckInResult = S.Obj({
  title: Type.String(),
  walkIn: Type.Boolean(),
  already: Type.Boolean(),
  /** The member checked in (a scanned card). */
  name: Type.Optional(Type.String()),
});
export const CardBody = S.Obj({ token: S.Str(2000, { minLength: 1 }) });
export const StatsQuery = S.statsQuery(S.YearAsked);
const Counts = {
  activities: Type.Integer(),
  signups: Type.Integer(),
  attendance: Type.Integer(),
  pairs: Type.Integer(),
};
export const StatsSchema = S.Obj({
  ...S.StatsNamedHead,
  byKind: Type.Array(S.Obj({ kind: Kind, ...Counts })),
  byUnion: Type.Array(
    S.Obj({
      orgId: S.Id,
      orgName: Type.String(),
      ...S.UnionDepth,
      ...Counts,
      kinds: Type.Array(S.Obj({ kind: Kind, ...Counts })),
    }),
  ),
  total: S.Obj(Counts),
  notes: S.FigureNotes,
});
export const PhotoForm = S.Obj({ file: Type.String({ format: 'binary' }) });
export const PhotoParams = S.Obj({ id: S.Id, photoId: S.Id });
export const ParticipantsSchema = S.CappedList(
  S.Obj({
    signupId: S.Id,
    name: Type.String(),
    orgName: Type.String(),
    marked: Type.Boolean(),
    mutual: Type.Boolean(),
    fullName: S.Nullable(Type.String()),
  }),
  PARTICIPANTS_CAP,
);
export const InterestBody = S.Obj({ signupId: S.Id, interested: Type.Boolean() });
export const InterestResult = S.Obj({ mutual: Type.Boolean() });
export const SignupImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  confirmed: Type.Integer({ description: 'members who get (or on a dry run would get) a place' }),
  waiting: Type.Integer({ description: 'members who go (or would go) on the waiting list' }),
});
/** What the register of past activities brought in (issue 42). */
export const ActivitiesImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  signups: Type.Integer({ description: 'sign-ups, listed or counted' }),
  attendance: Type.Integer({ description: 'attendance, listed or counted' }),
  totalsOnly: Type.Integer({ description: 'activities kept as totals (no list)' }),
});

/** The day an activity was cancelled (ADR 40); no body means today. */
export const CancelActivityBody = S.Obj({ effectiveOn: S.EffectiveOn });
