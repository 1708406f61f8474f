import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { PLEDGES_CAP } from './pledges.repository.ts';
import { STATUSES } from './pledges.types.ts';
import { CATEGORIES } from './pledges.vocabulary.ts';

const Category = S.StrEnum(CATEGORIES);
const Status = S.StrEnum(STATUSES);
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const Fen = Type.Integer({ minimum: 0, maximum: 1e13 });

export const CreatePledgeBody = S.Obj({
  orgId: S.Id,
  year: Year,
  title: S.Name(200),
  category: Category,
  description: Type.Optional(S.Nullable(S.Str(2000))),
  budgetFen: Fen,
  department: S.Name(100),
  series: Type.Optional(S.Nullable(S.Str(100))),
  milestones: Type.Optional(Type.Array(S.Obj({ title: S.Name(200), dueOn: S.DateStr }), { maxItems: 24 })),
});

/** A correction of a project not yet completed (ADR 60): the fields sent replace those on file. */
export const EditPledgeBody = S.Obj({
  title: Type.Optional(S.Name(200)),
  department: Type.Optional(S.Name(100)),
  description: Type.Optional(S.Nullable(S.Str(2000))),
  budgetFen: Type.Optional(Fen),
  milestones: Type.Optional(
    Type.Array(
      S.Obj({
        id: Type.Optional({ ...S.Id, description: 'a milestone kept; one reached cannot be left out' }),
        title: S.Name(200),
        dueOn: S.DateStr,
      }),
      { maxItems: 24, description: 'the whole list of milestones' },
    ),
  ),
});

export const MilestoneParams = S.Obj({ id: S.Id, milestoneId: S.Id });
const PastDay = (what: string) => ({
  ...S.DateStr,
  description: `the day ${what} (China time): not in the future nor before the project's year; a past day needs history.backdate`,
});

export const MilestoneBody = S.Obj({ doneOn: PastDay('it was reached') });

export const CompleteBody = S.Obj({
  completedOn: PastDay('it was completed, not before its last milestone'),
  spentFen: Fen,
  beneficiaryCount: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
  beneficiaryNote: Type.Optional(S.Nullable(S.Str(500))),
  outputQty: Type.Optional(S.Nullable(Type.Integer({ minimum: 1, maximum: 10_000_000 }))),
  outputUnit: Type.Optional(S.Nullable(S.Str(50))),
});

export const CancelBody = S.Obj({ reason: S.Name(500), effectiveOn: S.EffectiveOn });

export const PledgeQuery = S.Obj({
  orgId: Type.Optional(S.Id),
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
  description: S.Nullable(Type.String()),
  budgetFen: Type.Number(),
  department: Type.String(),
  series: S.Nullable(Type.String()),
  status: Status,
  completedOn: S.Nullable(Type.String()),
  spentFen: S.Nullable(Type.Number()),
  beneficiaryCount: S.Nullable(Type.Integer()),
  beneficiaryNote: S.Nullable(Type.String()),
  outputQty: S.Nullable(Type.Integer()),
  outputUnit: S.Nullable(Type.String()),
  cancelReason: S.Nullable(Type.String()),
  cancelledOn: S.Nullable(Type.String()),
  outcomeEnteredAt: S.Nullable(
    Type.String({
      description: 'when the completion or cancellation was entered (its day: completedOn, cancelledOn)',
    }),
  ),
  milestones: Type.Integer(),
  milestonesDone: Type.Integer(),
  evidence: Type.Integer(),
});

export const PledgeListSchema = S.CappedList(PledgeSchema, PLEDGES_CAP);

export const PledgeDetailSchema = Type.Object({
  pledge: PledgeSchema,
  milestones: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      dueOn: Type.String(),
      doneOn: S.Nullable(Type.String()),
      doneEnteredAt: S.Nullable(Type.String({ description: 'when reaching it was entered' })),
    }),
  ),
  evidence: Type.Array(
    Type.Object({ id: Type.Integer(), fileName: Type.String(), uploadedAt: Type.String() }),
  ),
  edits: S.EditHistorySchema,
});

export const EvidenceParams = S.Obj({ id: S.Id, evidenceId: S.Id });
export const EvidenceSchema = Type.Object({ id: Type.Integer(), fileName: Type.String() });

export const MyPledgesSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      orgName: Type.String(),
      year: Type.Integer(),
      title: Type.String(),
      category: Category,
      description: S.Nullable(Type.String()),
      status: Status,
      completedOn: S.Nullable(Type.String()),
      beneficiaryCount: S.Nullable(Type.Integer()),
      beneficiaryNote: S.Nullable(Type.String()),
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

/** Its list page's years, both required, and no days: the one statistics query not made by `S.statsQuery`. */
export const StatsQuery = S.Obj({
  orgId: Type.Optional(S.Id),
  fromYear: S.StatsYear,
  toYear: S.StatsYear,
  asOf: Type.Optional({
    ...S.DateStr,
    description: "the day the projects' states are read on (default the last day of toYear, or today)",
  }),
});

const Count = Type.Integer();
export const StatsSchema = Type.Object({
  ...S.StatsRowHead,
  fromYear: Type.Integer(),
  toYear: Type.Integer(),
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
  notes: S.FigureNotes,
});

/** The answer of the 办实事 projects register import (issue 23): its dry run (预检) or what it wrote. */
export const PledgeImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  milestones: Type.Integer({ description: 'milestones recorded' }),
  completed: Type.Integer({ description: 'projects completed' }),
});
