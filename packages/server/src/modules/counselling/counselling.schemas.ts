import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { BELOW_FIVE, WITHHELD } from '../../shared/small-cells.ts';
import { LIST_CAP } from './counselling.repository.ts';

const Moment = Type.String({ format: 'date-time', maxLength: 40 });
const Kind = S.StrEnum(['counsellor', 'volunteer'] as const);
const SlotMode = S.StrEnum(['online', 'in_person', 'either'] as const);
const Mode = S.StrEnum(['online', 'in_person'] as const);
const Scale = S.StrEnum(['phq9', 'gad7'] as const);
const Bi = S.Obj({ zh: Type.String(), en: Type.String() });

export const OrgQuery = S.Obj({ orgId: Type.Optional(S.Id) });
export const SlotsQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  from: Type.Optional(
    Type.String({
      pattern: S.DATE_PATTERN,
      maxLength: 10,
      description: 'a past day: open slots from its start (to record a session held then); default from now',
    }),
  ),
});
export const CounsellorsQuery = S.Obj({ orgId: Type.Optional(S.Id), kind: Type.Optional(Kind) });
export const IdResult = S.Obj({ id: S.Id });

export const CounsellorBody = S.Obj({
  orgId: S.Id,
  name: S.Name(100),
  kind: Kind,
  qualification: Type.Optional(S.Str(500)),
  onDuty: Type.Optional(Type.Boolean()),
  joinedOn: S.EffectiveOn,
  account: Type.Optional(
    S.Obj({ username: S.Name(64, { pattern: '^[A-Za-z0-9_.-]+$' }), password: S.Str(128, { minLength: 8 }) }),
  ),
});
const CounsellorFields = {
  id: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  name: Type.String(),
  kind: Kind,
  qualification: Type.String(),
  onDuty: Type.Boolean(),
  active: Type.Boolean(),
  joinedOn: S.DateStr,
  trainingHours: Type.Integer(),
  trainings: Type.Integer(),
  certificates: Type.Array(Type.String()),
};
export const CounsellorListSchema = S.CappedList(
  S.Obj({ ...CounsellorFields, hasAccount: Type.Boolean() }),
  LIST_CAP.counsellors,
);
export const CounsellorSchema = S.Obj({
  ...CounsellorFields,
  hasAccount: Type.Boolean(),
  trainingLog: Type.Array(
    S.Obj({
      id: S.Id,
      title: Type.String(),
      hours: Type.Integer(),
      certificate: Type.String(),
      effectiveOn: S.DateStr,
    }),
  ),
});
export const TrainingBody = S.Obj({
  title: S.Name(200),
  hours: Type.Integer({ minimum: 1, maximum: 2000 }),
  certificate: Type.Optional(S.Str(200)),
  effectiveOn: S.EffectiveOn,
});
export const DutyBody = S.Obj({ onDuty: Type.Boolean() });

const SlotFields = {
  id: S.Id,
  counsellorId: S.Id,
  counsellorName: Type.String(),
  orgId: S.Id,
  orgName: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  mode: SlotMode,
  place: Type.String(),
  status: S.StrEnum(['open', 'booked', 'withdrawn'] as const),
};
export const SlotListSchema = S.CappedList(S.Obj(SlotFields), LIST_CAP.openSlots);
const Slots = Type.Array(S.Obj(SlotFields));
const TotalOf = (what: string) =>
  Type.Integer({ minimum: 0, description: `how many ${what} there are in all; more than listed when cut` });
export const SlotsBody = S.Obj({
  mode: SlotMode,
  place: Type.Optional(S.Str(300)),
  slots: Type.Optional(Type.Array(S.Obj({ startsAt: Moment, endsAt: Moment }), { maxItems: 200 })),
  weekly: Type.Optional(
    S.Obj({
      weekdays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7 }),
      time: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', maxLength: 5 }),
      minutes: Type.Integer({ minimum: 15, maximum: 480 }),
      from: S.DateStr,
      until: S.DateStr,
    }),
  ),
});
export const SlotsResult = S.Obj({ added: Type.Integer() });

const BookingFields = {
  id: S.Id,
  slotId: S.Id,
  counsellorId: S.Id,
  counsellorName: Type.String(),
  personId: S.Id,
  orgId: S.Id,
  orgName: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  place: Type.String(),
  mode: Mode,
  channel: S.StrEnum(['app', 'hotline'] as const),
  status: S.StrEnum(['booked', 'done', 'cancelled'] as const),
  assessmentId: S.Nullable(S.Id),
  bookedOn: S.DateStr,
  cancelledBy: S.Nullable(S.StrEnum(['worker', 'counsellor', 'staff'] as const)),
  cancelReason: Type.String(),
  hasNote: Type.Boolean(),
};
export const BookingListSchema = Type.Array(
  S.Obj({
    ...BookingFields,
    reopensOnCancel: Type.Boolean({
      description:
        'whether cancelling the booking now opens its slot again (only while the session is still to come)',
    }),
  }),
  {
    description: `nearest first (those to come from the soonest, then those past from the latest), at most ${LIST_CAP.myBookings}`,
  },
);
export const StaffBookingListSchema = S.CappedList(
  S.Obj({ ...BookingFields, personName: Type.String() }),
  LIST_CAP.bookings,
);
export const StaffBookBody = S.Obj({
  slotId: S.Id,
  personId: S.Id,
  mode: Mode,
  heldOn: Type.Optional(
    Type.String({
      pattern: S.DATE_PATTERN,
      maxLength: 10,
      description:
        'a session held on a past slot, recorded after the fact: the day of the slot (needs history.backdate)',
    }),
  ),
});
export const BookBody = S.Obj({ slotId: S.Id, mode: Mode, assessmentId: Type.Optional(S.Nullable(S.Id)) });
export const CancelBody = S.Obj({ reason: Type.Optional(S.Str(300)) });
/** Staff's cancellation: its day (ADR 40), default today. */
export const StaffCancelBody = S.Obj({ reason: Type.Optional(S.Str(300)), effectiveOn: S.EffectiveOn });
export const MyBookingSchema = S.Obj({
  ...BookingFields,
  note: Type.String(),
  noteAt: S.Nullable(Type.String()),
});
export const NoteBody = S.Obj({ note: S.Str(20_000), done: Type.Optional(Type.Boolean()) });

const AssessmentFields = {
  id: S.Id,
  personId: S.Id,
  orgId: S.Id,
  scale: Scale,
  score: Type.Integer(),
  band: Type.String(),
  flagged: Type.Boolean(),
  selfHarm: Type.Boolean(),
  takenAt: Type.String(),
  followedUpAt: S.Nullable(Type.String()),
};
export const AssessmentWithAnswers = S.Obj({ ...AssessmentFields, answers: Type.Array(Type.Integer()) });
export const CounsellorBookingSchema = S.Obj({
  ...BookingFields,
  personName: Type.String(),
  personPhone: S.Nullable(Type.String()),
  note: Type.String(),
  noteAt: S.Nullable(Type.String()),
  assessments: Type.Array(AssessmentWithAnswers),
});
const Person = { personName: Type.String(), personPhone: S.Nullable(Type.String()) };
export const CounsellorHomeSchema = S.Obj({
  counsellor: S.Obj(CounsellorFields),
  slots: Slots,
  slotsTotal: TotalOf('slots'),
  bookings: Type.Array(S.Obj({ ...BookingFields, ...Person })),
  bookingsTotal: TotalOf('bookings'),
  flags: Type.Array(S.Obj({ ...AssessmentFields, ...Person })),
  flagsTotal: TotalOf('flags'),
});

export const ScalesSchema = Type.Array(
  S.Obj({
    id: Scale,
    name: Bi,
    stem: Bi,
    items: Type.Array(Bi),
    options: Type.Array(Bi),
    bands: Type.Array(S.Obj({ id: Type.String(), from: Type.Integer(), label: Bi })),
    offerFrom: Type.Integer(),
    crisisFrom: Type.Integer(),
    crisisItem: S.Nullable(Type.Integer()),
  }),
);
export const AssessmentBody = S.Obj({
  scale: Scale,
  answers: Type.Array(Type.Integer({ minimum: 0, maximum: 3 }), { minItems: 7, maxItems: 9 }),
});
export const AssessmentResult = S.Obj({
  id: S.Id,
  score: Type.Integer(),
  band: Type.String(),
  offer: Type.Boolean(),
  crisis: Type.Boolean(),
  selfHarm: Type.Boolean(),
  crisisContacts: Type.Array(S.Obj({ name: Bi, phone: Type.String() })),
});
export const MineSchema = S.Obj({
  slots: Slots,
  slotsTotal: TotalOf('open slots'),
  bookings: BookingListSchema,
  bookingsTotal: TotalOf('bookings'),
  maxBookingsToCome: Type.Integer({
    minimum: 1,
    description:
      'how many sessions to come I may hold at once by booking here (staff on the hotline are not held to it)',
  }),
  assessments: Type.Array(S.Obj(AssessmentFields), {
    description: `at most the latest ${LIST_CAP.myAssessments}`,
  }),
  assessmentsTotal: TotalOf('assessments'),
});

const Cell = Type.Union([Type.Integer(), Type.Literal(BELOW_FIVE), Type.Literal(WITHHELD)], {
  description:
    'a count; "<5" for 1 to 4 (hidden), "*" for one of 5 or more hidden so that a "<5" of its column cannot be worked out from the column\'s total (ADR 161)',
});
const Cells = {
  sessions: Cell,
  peopleServed: Cell,
  assessments: Cell,
  referrals: Cell,
  volunteers: Cell,
  counsellors: Cell,
  trainingHours: Cell,
};
export const StatsQuery = S.statsQuery(S.YearAsked);
export const StatsSchema = S.Obj({
  ...S.StatsAskedHead,
  byUnion: Type.Array(
    S.Obj({
      orgId: Type.Integer(),
      orgName: Type.String(),
      ...S.UnionDepth,
      own: Type.Boolean({ description: "the union's own figures (本级), not a union below's" }),
      ...Cells,
    }),
  ),
  byMonth: Type.Array(
    S.Obj({
      month: Type.String(),
      sessions: Cell,
      peopleServed: Cell,
      assessments: Cell,
      referrals: Cell,
      trainingHours: Cell,
    }),
    { description: 'the flows by month (the people registered stand on asOf, not by month)' },
  ),
  total: S.Obj(Cells),
  notes: S.FigureNotes,
});
