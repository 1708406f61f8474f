import { Type } from 'typebox';
import {
  DateStr,
  EditHistorySchema,
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
import { IdNumberText } from '../people/index.ts';
import { CAUSES, FILE_LEVELS, FILE_STATUSES, RELATIONS } from './hardship.types.ts';

const Level = StrEnum(FILE_LEVELS);
const Cause = StrEnum(CAUSES);
const Causes = Type.Array(Cause, { minItems: 1, maxItems: CAUSES.length });
const Fen = Type.Integer({ minimum: 0, maximum: 1e12 });

const MemberBody = Obj({
  name: Name(50),
  relation: StrEnum(RELATIONS),
  idNumber: Type.Optional(Nullable(IdNumberText())),
  yearlyIncomeFen: Fen,
  occupation: Type.Optional(Nullable(Str(100))),
  health: Type.Optional(Nullable(Str(200))),
});
const Members = Type.Array(MemberBody, { maxItems: 20 });
const EditedMembers = Type.Array(
  Obj({
    id: Type.Optional({
      ...Id,
      description: 'the member kept; their ID number sent as shown (masked) stays',
    }),
    ...MemberBody.properties,
  }),
  { maxItems: 20 },
);

export const CreateFileBody = Obj({
  personId: Id,
  level: Level,
  causes: Causes,
  address: Type.Optional(Nullable(Str(200))),
  note: Type.Optional(Nullable(Str(1000))),
  members: Members,
  effectiveOn: EffectiveOn,
});

/** A correction of an open file (ADR 60): the fields sent replace those on file. */
export const EditFileBody = Obj({
  address: Type.Optional(Nullable(Str(200))),
  causes: Type.Optional(Causes),
  note: Type.Optional(Nullable(Str(1000))),
  members: Type.Optional(EditedMembers),
});

/** A step's own day: not in the future nor before the step it follows; a past day needs history.backdate. */
const StepDay = (follows: string) => ({
  ...DateStr,
  description: `the day it happened (China time): not in the future nor before ${follows}; a past day needs history.backdate`,
});

export const VerifyBody = Obj({
  verifiedOn: StepDay('the file was opened'),
  expiresOn: Type.Optional(DateStr),
});

export const ReviewBody = Obj({
  reviewedOn: StepDay('its verification or last review'),
  level: Type.Optional(Level),
  causes: Type.Optional(Causes),
  expiresOn: Type.Optional(DateStr),
  note: Type.Optional(Nullable(Str(1000))),
  members: Type.Optional(Members),
});

export const CloseBody = Obj({
  closedOn: StepDay('its opening, verification or last review'),
  reason: Name(500),
});

const fileFilters = {
  orgId: Type.Optional(Id),
  status: Type.Optional(StrEnum(FILE_STATUSES)),
  level: Type.Optional(Level),
  cause: Type.Optional(Cause),
  q: Type.Optional(Str(50)),
};
export const FileQuery = Obj({ ...fileFilters, ...Page });
export const FileExportQuery = Obj(fileFilters);

export const FileSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  personId: Type.Integer(),
  personName: Type.String(),
  level: Level,
  causes: Type.Array(Cause),
  status: StrEnum(FILE_STATUSES),
  openedOn: Nullable(Type.String({ description: 'the day the file was opened (建档)' })),
  address: Nullable(Type.String()),
  note: Nullable(Type.String()),
  verifiedOn: Nullable(Type.String()),
  verifierName: Nullable(Type.String()),
  reviewedOn: Nullable(Type.String()),
  expiresOn: Nullable(Type.String()),
  closedOn: Nullable(Type.String()),
  closeReason: Nullable(Type.String()),
  household: Type.Integer(),
  incomeFen: Type.Number(),
});

export const FileListSchema = Type.Object({
  items: Type.Array(FileSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const FileDetailSchema = Type.Object({
  file: FileSchema,
  members: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      relation: StrEnum(RELATIONS),
      idMasked: Nullable(Type.String()),
      yearlyIncomeFen: Type.Number(),
      occupation: Nullable(Type.String()),
      health: Nullable(Type.String()),
    }),
  ),
  events: Type.Array(
    Type.Object({
      id: Type.Integer(),
      kind: StrEnum(['create', 'verify', 'review', 'close'] as const),
      onDate: Type.String(),
      enteredAt: Type.String({ description: 'when the step was entered; onDate is the day it happened' }),
      byName: Nullable(Type.String()),
      level: Nullable(Level),
      expiresOn: Nullable(Type.String()),
      note: Nullable(Type.String()),
    }),
  ),
  history: Type.Array(
    Type.Object({
      kind: StrEnum(['grant', 'case', 'visit'] as const),
      on: Type.String(),
      title: Nullable(Type.String()),
      category: Nullable(Type.String()),
      channel: Nullable(Type.String()),
      goods: Nullable(Type.String()),
      status: Nullable(Type.String()),
      amountFen: Nullable(Type.Number()),
      paidFen: Nullable(Type.Number()),
    }),
  ),
  edits: EditHistorySchema,
  canRevealIds: Type.Boolean(),
});

export const MemberParams = Obj({ id: Id, memberId: Id });
export const RevealSchema = Type.Object({ idNumber: Nullable(Type.String()) });

export const StatsQuery = Obj({
  orgId: Type.Optional(Id),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  ...PeriodFields,
});

export const StatsSchema = Type.Object({
  orgId: Type.Integer(),
  orgName: Type.String(),
  ...PeriodAnswer,
  inForce: Type.Integer(),
  expired: Type.Integer(),
  verified: Type.Integer(),
  byLevel: Type.Array(
    Type.Object({
      level: Level,
      inForce: Type.Integer(),
      expired: Type.Integer(),
      verified: Type.Integer(),
    }),
  ),
  byCause: Type.Array(Type.Object({ cause: Cause, inForce: Type.Integer() })),
  notes: FigureNotes,
});

/** The answer of the hardship files register import (issue 23): its dry run (预检) or what it wrote. */
export const HardshipImportResult = Type.Object({
  ...RegisterImportResult.properties,
  inForce: Type.Integer({
    description: "verified and in force today: the workers' hardship level comes from them",
  }),
  expired: Type.Integer({ description: 'verified, past their expiry' }),
  closed: Type.Integer(),
  drafts: Type.Integer({ description: 'not verified' }),
  members: Type.Integer({ description: 'household members listed' }),
});
