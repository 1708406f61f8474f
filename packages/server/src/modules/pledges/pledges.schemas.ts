import { Type } from 'typebox';
import {
  CappedList,
  DateStr,
  EditHistorySchema,
  EffectiveOn,
  FigureNotes,
  Id,
  Name,
  Nullable,
  Obj,
  PeriodAnswer,
  RegisterImportResult,
  Str,
  StrEnum,
} from '../../http/schema.ts';
import { PLEDGES_CAP } from './pledges.repository.ts';
import { CATEGORIES, STATUSES } from './pledges.types.ts';

const Category = StrEnum(CATEGORIES);
const Status = StrEnum(STATUSES);
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const Fen = Type.Integer({ minimum: 0, maximum: 1e13 });

export const CreatePledgeBody = Obj({
  orgId: Id,
  year: Year,
  title: Name(200),
  category: Category,
  description: Type.Optional(Nullable(Str(2000))),
  budgetFen: Fen,
  department: Name(100),
  series: Type.Optional(Nullable(Str(100))),
  milestones: Type.Optional(Type.Array(Obj({ title: Name(200), dueOn: DateStr }), { maxItems: 24 })),
});

/** A correction of a project not yet completed (ADR 60): the fields sent replace those on file. */
export const EditPledgeBody = Obj({
  title: Type.Optional(Name(200)),
  department: Type.Optional(Name(100)),
  description: Type.Optional(Nullable(Str(2000))),
  budgetFen: Type.Optional(Fen),
  milestones: Type.Optional(
    Type.Array(
      Obj({
        id: Type.Optional({ ...Id, description: 'a milestone kept; one reached cannot be left out' }),
        title: Name(200),
        dueOn: DateStr,
      }),
      { maxItems: 24, description: 'the whole list of milestones' },
    ),
  ),
});

export const MilestoneParams = Obj({ id: Id, milestoneId: Id });
const PastDay = (what: string) => ({
  ...DateStr,
  description: `the day ${what} (China time): not in the future nor before the project's year; a past day needs history.backdate`,
});

export const MilestoneBody = Obj({ doneOn: PastDay('it was reached') });

export const CompleteBody = Obj({
  completedOn: PastDay('it was completed, not before its last milestone'),
  spentFen: Fen,
  beneficiaryCount: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
  beneficiaryNote: Type.Optional(Nullable(Str(500))),
  outputQty: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 10_000_000 }))),
  outputUnit: Type.Optional(Nullable(Str(50))),
});

export const CancelBody = Obj({ reason: Name(500), effectiveOn: EffectiveOn });

export const PledgeQuery = Obj({
  orgId: Type.Optional(Id),
  fromYear: Type.Optional(Year),
  toYear: Type.Optional(Year),
  category: Type.Optional(Category),
  status: Type.Optional(Status),
});

export const PledgeSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  year: Type.Integer(),
  title: Type.String(),
  category: Category,
  description: Nullable(Type.String()),
  budgetFen: Type.Number(),
  department: Type.String(),
  series: Nullable(Type.String()),
  status: Status,
  completedOn: Nullable(Type.String()),
  spentFen: Nullable(Type.Number()),
  beneficiaryCount: Nullable(Type.Integer()),
  beneficiaryNote: Nullable(Type.String()),
  outputQty: Nullable(Type.Integer()),
  outputUnit: Nullable(Type.String()),
  cancelReason: Nullable(Type.String()),
  cancelledOn: Nullable(Type.String()),
  outcomeEnteredAt: Nullable(
    Type.String({
      description: 'when the completion or cancellation was entered (its day: completedOn, cancelledOn)',
    }),
  ),
  milestones: Type.Integer(),
  milestonesDone: Type.Integer(),
  evidence: Type.Integer(),
});

export const PledgeListSchema = CappedList(PledgeSchema, PLEDGES_CAP);

export const PledgeDetailSchema = Type.Object({
  pledge: PledgeSchema,
  milestones: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      dueOn: Type.String(),
      doneOn: Nullable(Type.String()),
      doneEnteredAt: Nullable(Type.String({ description: 'when reaching it was entered' })),
    }),
  ),
  evidence: Type.Array(
    Type.Object({ id: Type.Integer(), fileName: Type.String(), uploadedAt: Type.String() }),
  ),
  edits: EditHistorySchema,
});

export const EvidenceParams = Obj({ id: Id, evidenceId: Id });
export const EvidenceSchema = Type.Object({ id: Type.Integer(), fileName: Type.String() });

export const MyPledgesSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      orgName: Type.String(),
      year: Type.Integer(),
      title: Type.String(),
      category: Category,
      description: Nullable(Type.String()),
      status: Status,
      completedOn: Nullable(Type.String()),
      beneficiaryCount: Nullable(Type.Integer()),
      beneficiaryNote: Nullable(Type.String()),
      milestones: Type.Integer(),
      milestonesDone: Type.Integer(),
    }),
    { description: `at most the first ${PLEDGES_CAP}, cancelled projects left out` },
  ),
  total: Type.Integer({
    minimum: 0,
    description:
      'how many projects (not cancelled) there are in all; more than the items when the list was cut',
  }),
});

export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  fromYear: Year,
  toYear: Year,
  asOf: Type.Optional({
    ...DateStr,
    description: "the day the projects' states are read on (default the last day of toYear, or today)",
  }),
});

const Count = Type.Integer();
export const StatsSchema = Type.Object({
  orgId: Type.Integer(),
  orgName: Type.String(),
  fromYear: Type.Integer(),
  toYear: Type.Integer(),
  ...PeriodAnswer,
  states: Type.Object(
    { completed: Count, cancelled: Count, open: Count, overdue: Count },
    { description: "the period's projects as they stood on asOf; overdue: open after their year" },
  ),
  promised: Count,
  completedInYear: Count,
  budgetFen: Type.Number(),
  spentFen: Type.Number(),
  beneficiaries: Count,
  years: Type.Array(
    Type.Object({
      year: Type.Integer(),
      promised: Count,
      budgetFen: Type.Number(),
      completedInYear: Count,
      completedLate: Count,
      spentFen: Type.Number(),
      beneficiaries: Count,
    }),
  ),
  byCategory: Type.Array(Type.Object({ category: Category, promised: Count })),
  outputs: Type.Array(Type.Object({ unit: Type.String(), qty: Count })),
  series: Type.Array(Type.Object({ series: Type.String(), projects: Count, spentFen: Type.Number() })),
  notes: FigureNotes,
});

/** The answer of the 办实事 projects register import (issue 23): its dry run (预检) or what it wrote. */
export const PledgeImportResult = Type.Object({
  ...RegisterImportResult.properties,
  milestones: Type.Integer({ description: 'milestones recorded' }),
  completed: Type.Integer({ description: 'projects completed' }),
});
