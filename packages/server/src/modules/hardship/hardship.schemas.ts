import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
import { IdNumberText } from '../people/index.ts';
import { FILE_STATUSES } from './hardship.types.ts';
import { CAUSES, FILE_LEVELS, RELATIONS } from './hardship.vocabulary.ts';

const Level = S.StrEnum(FILE_LEVELS);
const Cause = S.StrEnum(CAUSES);
const Causes = Type.Array(Cause, { minItems: 1, maxItems: CAUSES.length });
const Fen = Type.Integer({ minimum: 0, maximum: 1e12 });

const MemberBody = S.Obj({
  name: S.Name(50),
  relation: S.StrEnum(RELATIONS),
  idNumber: Type.Optional(S.Nullable(IdNumberText())),
  yearlyIncomeFen: Fen,
  occupation: Type.Optional(S.Nullable(S.Str(100))),
  health: Type.Optional(S.Nullable(S.Str(200))),
});
const Members = Type.Array(MemberBody, { maxItems: 20 });
const EditedMembers = Type.Array(
  S.Obj({
    id: Type.Optional({
      ...S.Id,
      description: 'the member kept; their ID number sent as shown (masked) stays',
    }),
    ...MemberBody.properties,
  }),
  { maxItems: 20 },
);

export const CreateFileBody = S.Obj({
  personId: S.Id,
  level: Level,
  causes: Causes,
  address: Type.Optional(S.Nullable(S.Str(200))),
  note: Type.Optional(S.Nullable(S.Str(1000))),
  members: Members,
  effectiveOn: S.EffectiveOn,
});

/** A correction of an open file (ADR 60): the fields sent replace those on file. */
export const EditFileBody = S.Obj({
  address: Type.Optional(S.Nullable(S.Str(200))),
  causes: Type.Optional(Causes),
  note: Type.Optional(S.Nullable(S.Str(1000))),
  members: Type.Optional(EditedMembers),
});

/** A step's own day: not in the future nor before the step it follows; a past day needs history.backdate. */
const StepDay = (follows: string) => ({
  ...S.DateStr,
  description: `the day it happened (China time): not in the future nor before ${follows}; a past day needs history.backdate`,
});

export const VerifyBody = S.Obj({
  verifiedOn: StepDay('the file was opened'),
  expiresOn: Type.Optional(S.DateStr),
});

export const ReviewBody = S.Obj({
  reviewedOn: StepDay('its verification or last review'),
  level: Type.Optional(Level),
  causes: Type.Optional(Causes),
  expiresOn: Type.Optional(S.DateStr),
  note: Type.Optional(S.Nullable(S.Str(1000))),
  members: Type.Optional(Members),
});

export const CloseBody = S.Obj({
  closedOn: StepDay('its opening, verification or last review'),
  reason: S.Name(500),
});

const fileFilters = {
  orgId: Type.Optional(S.Id),
  status: Type.Optional(S.StrEnum(FILE_STATUSES)),
  level: Type.Optional(Level),
  cause: Type.Optional(Cause),
  q: Type.Optional(S.Str(50)),
};
export const FileQuery = S.Obj({ ...fileFilters, ...S.Page });
export const FileExportQuery = S.Obj(fileFilters);

export const FileSchema = Type.Object({
  id: Type.Integer(),
  orgId: Type.Integer(),
  orgName: Type.String(),
  personId: Type.Integer(),
  personName: Type.String(),
  level: Level,
  causes: Type.Array(Cause),
  status: S.StrEnum(FILE_STATUSES),
  openedOn: S.Nullable(Type.String({ description: 'the day the file was opened (建档)' })),
  address: S.Nullable(Type.String()),
  note: S.Nullable(Type.String()),
  verifiedOn: S.Nullable(Type.String()),
  verifierName: S.Nullable(Type.String()),
  reviewedOn: S.Nullable(Type.String()),
  expiresOn: S.Nullable(Type.String()),
  closedOn: S.Nullable(Type.String()),
  closeReason: S.Nullable(Type.String()),
  household: Type.Integer(),
  incomeFen: Type.Number(),
});

export const FileListSchema = S.PagedList(FileSchema);

export const FileDetailSchema = Type.Object({
  file: FileSchema,
  members: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      relation: S.StrEnum(RELATIONS),
      idMasked: S.Nullable(Type.String()),
      yearlyIncomeFen: Type.Number(),
      occupation: S.Nullable(Type.String()),
      health: S.Nullable(Type.String()),
    }),
  ),
  events: Type.Array(
    Type.Object({
      id: Type.Integer(),
      kind: S.StrEnum(['create', 'verify', 'review', 'close'] as const),
      onDate: Type.String(),
      enteredAt: Type.String({ description: 'when the step was entered; onDate is the day it happened' }),
      byName: S.Nullable(Type.String()),
      level: S.Nullable(Level),
      expiresOn: S.Nullable(Type.String()),
      note: S.Nullable(Type.String()),
    }),
  ),
  history: Type.Array(
    Type.Object({
      kind: S.StrEnum(['grant', 'case', 'visit'] as const),
      kindName: S.Nullable(
        Type.Object(
          { zh: Type.String(), en: Type.String() },
          {
            description:
              "what a grant is: its program's category (补贴, 帮扶救助, …); null for a request or a visit",
          },
        ),
      ),
      on: Type.String(),
      title: S.Nullable(Type.String()),
      category: S.Nullable(Type.String({ description: "a request's category code; categoryName names it" })),
      categoryName: S.Nullable(
        Type.Object(
          { zh: Type.String(), en: Type.String() },
          { description: "a request's category as the administrator named it" },
        ),
      ),
      channel: S.Nullable(Type.String()),
      goods: S.Nullable(Type.String()),
      status: S.Nullable(Type.String()),
      amountFen: S.Nullable(Type.Number()),
      paidFen: S.Nullable(Type.Number()),
    }),
  ),
  edits: S.EditHistorySchema,
  canRevealIds: Type.Boolean(),
});

export const MemberParams = S.Obj({ id: S.Id, memberId: S.Id });
export const RevealSchema = Type.Object({ idNumber: S.Nullable(Type.String()) });

export const StatsQuery = S.statsQuery(S.YearAsked);

export const StatsSchema = Type.Object({
  ...S.StatsRowHead,
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
  notes: S.FigureNotes,
});

/** The answer of the hardship files register import (issue 23): its dry run (预检) or what it wrote. */
export const HardshipImportResult = Type.Object({
  ...S.RegisterImportResult.properties,
  inForce: Type.Integer({
    description: "verified and in force today: the workers' hardship level comes from them",
  }),
  expired: Type.Integer({ description: 'verified, past their expiry' }),
  closed: Type.Integer(),
  drafts: Type.Integer({ description: 'not verified' }),
  members: Type.Integer({ description: 'household members listed' }),
});
