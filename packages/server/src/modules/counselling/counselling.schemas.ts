import { Type } from 'typebox';
import {
  CappedList,
  DATE_PATTERN,
  DateStr,
  EffectiveOn,
  FigureNotes,
  Id,
  Name,
  Nullable,
  Obj,
  PeriodAnswer,
  PeriodFields,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { LIST_CAP } from './counselling.repository.ts';

const Moment = Type.String({ format: 'date-time', maxLength: 40 });
const Kind = StrEnum(['counsellor', 'volunteer'] as const);
const SlotMode = StrEnum(['online', 'in_person', 'either'] as const);
const Mode = StrEnum(['online', 'in_person'] as const);
const Scale = StrEnum(['phq9', 'gad7'] as const);
const Bi = Obj({ zh: Type.String(), en: Type.String() });

export const OrgQuery = Obj({ orgId: Type.Optional(Id) });
export const SlotsQuery = Obj({
  orgId: Type.Optional(Id),
  from: Type.Optional(
    Type.String({
      pattern: DATE_PATTERN,
      maxLength: 10,
      description: 'a past day: open slots from its start (to record a session held then); default from now',
    }),
  ),
});
export const CounsellorsQuery = Obj({ orgId: Type.Optional(Id), kind: Type.Optional(Kind) });
export const IdResult = Obj({ id: Id });

export const CounsellorBody = Obj({
  orgId: Id,
  name: Name(100),
  kind: Kind,
  qualification: Type.Optional(Str(500)),
  onDuty: Type.Optional(Type.Boolean()),
  joinedOn: EffectiveOn,
  account: Type.Optional(
    Obj({ username: Name(64, { pattern: '^[A-Za-z0-9_.-]+$' }), password: Str(128, { minLength: 8 }) }),
  ),
});
const CounsellorFields = {
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  name: Type.String(),
  kind: Kind,
  qualification: Type.String(),
  onDuty: Type.Boolean(),
  active: Type.Boolean(),
  joinedOn: DateStr,
  trainingHours: Type.Integer(),
  trainings: Type.Integer(),
  certificates: Type.Array(Type.String()),
};
export const CounsellorListSchema = CappedList(
  Obj({ ...CounsellorFields, hasAccount: Type.Boolean() }),
  LIST_CAP.counsellors,
);
export const CounsellorSchema = Obj({
  ...CounsellorFields,
  hasAccount: Type.Boolean(),
  trainingLog: Type.Array(
    Obj({
      id: Id,
      title: Type.String(),
      hours: Type.Integer(),
      certificate: Type.String(),
      effectiveOn: DateStr,
    }),
  ),
});
export const TrainingBody = Obj({
  title: Name(200),
  hours: Type.Integer({ minimum: 1, maximum: 2000 }),
  certificate: Type.Optional(Str(200)),
  effectiveOn: EffectiveOn,
});
export const DutyBody = Obj({ onDuty: Type.Boolean() });

const SlotFields = {
  id: Id,
  counsellorId: Id,
  counsellorName: Type.String(),
  orgId: Id,
  orgName: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  mode: SlotMode,
  place: Type.String(),
  status: StrEnum(['open', 'booked', 'withdrawn'] as const),
};
export const SlotListSchema = CappedList(Obj(SlotFields), LIST_CAP.openSlots);
const Slots = Type.Array(Obj(SlotFields));
const TotalOf = (what: string) =>
  Type.Integer({ minimum: 0, description: `how many ${what} there are in all; more than listed when cut` });
export const SlotsBody = Obj({
  mode: SlotMode,
  place: Type.Optional(Str(300)),
  slots: Type.Optional(Type.Array(Obj({ startsAt: Moment, endsAt: Moment }), { maxItems: 200 })),
  weekly: Type.Optional(
    Obj({
      weekdays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7 }),
      time: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', maxLength: 5 }),
      minutes: Type.Integer({ minimum: 15, maximum: 480 }),
      from: DateStr,
      until: DateStr,
    }),
  ),
});
export const SlotsResult = Obj({ added: Type.Integer() });

const BookingFields = {
  id: Id,
  slotId: Id,
  counsellorId: Id,
  counsellorName: Type.String(),
  personId: Id,
  orgId: Id,
  orgName: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  place: Type.String(),
  mode: Mode,
  channel: StrEnum(['app', 'hotline'] as const),
  status: StrEnum(['booked', 'done', 'cancelled'] as const),
  assessmentId: Nullable(Id),
  bookedOn: DateStr,
  cancelledBy: Nullable(StrEnum(['worker', 'counsellor', 'staff'] as const)),
  cancelReason: Type.String(),
  hasNote: Type.Boolean(),
};
export const BookingListSchema = Type.Array(Obj(BookingFields), {
  description: `at most the latest ${LIST_CAP.myBookings}`,
});
export const StaffBookingListSchema = CappedList(
  Obj({ ...BookingFields, personName: Type.String() }),
  LIST_CAP.bookings,
);
export const StaffBookBody = Obj({
  slotId: Id,
  personId: Id,
  mode: Mode,
  heldOn: Type.Optional(
    Type.String({
      pattern: DATE_PATTERN,
      maxLength: 10,
      description:
        'a session held on a past slot, recorded after the fact: the day of the slot (needs history.backdate)',
    }),
  ),
});
export const BookBody = Obj({ slotId: Id, mode: Mode, assessmentId: Type.Optional(Nullable(Id)) });
export const CancelBody = Obj({ reason: Type.Optional(Str(300)) });
/** Staff's cancellation: its day (ADR 40), default today. */
export const StaffCancelBody = Obj({ reason: Type.Optional(Str(300)), effectiveOn: EffectiveOn });
export const MyBookingSchema = Obj({
  ...BookingFields,
  note: Type.String(),
  noteAt: Nullable(Type.String()),
});
export const NoteBody = Obj({ note: Str(20_000), done: Type.Optional(Type.Boolean()) });

const AssessmentFields = {
  id: Id,
  personId: Id,
  orgId: Id,
  scale: Scale,
  score: Type.Integer(),
  band: Type.String(),
  flagged: Type.Boolean(),
  selfHarm: Type.Boolean(),
  takenAt: Type.String(),
  followedUpAt: Nullable(Type.String()),
};
export const AssessmentWithAnswers = Obj({ ...AssessmentFields, answers: Type.Array(Type.Integer()) });
export const CounsellorBookingSchema = Obj({
  ...BookingFields,
  personName: Type.String(),
  personPhone: Nullable(Type.String()),
  note: Type.String(),
  noteAt: Nullable(Type.String()),
  assessments: Type.Array(AssessmentWithAnswers),
});
const Person = { personName: Type.String(), personPhone: Nullable(Type.String()) };
export const CounsellorHomeSchema = Obj({
  counsellor: Obj(CounsellorFields),
  slots: Slots,
  slotsTotal: TotalOf('slots'),
  bookings: Type.Array(Obj({ ...BookingFields, ...Person })),
  bookingsTotal: TotalOf('bookings'),
  flags: Type.Array(Obj({ ...AssessmentFields, ...Person })),
  flagsTotal: TotalOf('flags'),
});

export const ScalesSchema = Type.Array(
  Obj({
    id: Scale,
    name: Bi,
    stem: Bi,
    items: Type.Array(Bi),
    options: Type.Array(Bi),
    bands: Type.Array(Obj({ id: Type.String(), from: Type.Integer(), label: Bi })),
    offerFrom: Type.Integer(),
    crisisFrom: Type.Integer(),
    crisisItem: Nullable(Type.Integer()),
  }),
);
export const AssessmentBody = Obj({
  scale: Scale,
  answers: Type.Array(Type.Integer({ minimum: 0, maximum: 3 }), { minItems: 7, maxItems: 9 }),
});
export const AssessmentResult = Obj({
  id: Id,
  score: Type.Integer(),
  band: Type.String(),
  offer: Type.Boolean(),
  crisis: Type.Boolean(),
  selfHarm: Type.Boolean(),
  crisisContacts: Type.Array(Obj({ name: Bi, phone: Type.String() })),
});
export const MineSchema = Obj({
  slots: Slots,
  slotsTotal: TotalOf('open slots'),
  bookings: BookingListSchema,
  bookingsTotal: TotalOf('bookings'),
  assessments: Type.Array(Obj(AssessmentFields), {
    description: `at most the latest ${LIST_CAP.myAssessments}`,
  }),
  assessmentsTotal: TotalOf('assessments'),
});

const Cell = Type.Union([Type.Integer(), Type.Literal('<5')]);
const Cells = {
  sessions: Cell,
  peopleServed: Cell,
  assessments: Cell,
  referrals: Cell,
  volunteers: Cell,
  counsellors: Cell,
  trainingHours: Cell,
};
export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  ...PeriodFields,
});
export const StatsSchema = Obj({
  ...PeriodAnswer,
  byUnion: Type.Array(Obj({ orgId: Type.Integer(), orgName: Type.String(), ...Cells })),
  byMonth: Type.Array(
    Obj({
      month: Type.String(),
      sessions: Cell,
      peopleServed: Cell,
      assessments: Cell,
      referrals: Cell,
      trainingHours: Cell,
    }),
    { description: 'the flows by month (the people registered stand on asOf, not by month)' },
  ),
  total: Obj(Cells),
  notes: FigureNotes,
});
