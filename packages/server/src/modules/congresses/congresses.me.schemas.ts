import { Type } from 'typebox';
import { DateStr, Id, Name, Nullable, Obj, StrEnum } from '../../http/schema.ts';
import { LIST_CAP } from './congresses.repository.ts';
import {
  Choice,
  DisclosureFields,
  Kind,
  MotionKind,
  MotionRuleFields,
  ProposalStatus,
  QuorumFields,
  Rating,
  Result,
} from './congresses.schemas.ts';

/** The worker's side of congresses: filing, co-signing, rating, voting, and their phone page. */
export const FileBody = Obj({ sessionId: Id, title: Name(200), body: Name(4000) });
export const CosignResult = Obj({ cosigns: Type.Integer() });
export const RateBody = Obj({ rating: Rating });
export const VoteBody = Obj({ choice: Choice });
export const MineSchema = Obj({
  congresses: Type.Array(
    Obj({
      id: Id,
      name: Type.String(),
      orgName: Type.String(),
      kind: Kind,
      cosignMin: Type.Integer(),
      termNumber: Type.Integer(),
      seat: Nullable(Obj({ delegateId: Id, delegation: Type.String(), present: Type.Boolean() })),
      session: Nullable(
        Obj({
          id: Id,
          number: Type.Integer(),
          title: Type.String(),
          heldOn: DateStr,
          proposalsFrom: DateStr,
          proposalsUntil: DateStr,
          open: Type.Boolean(),
          ...QuorumFields,
        }),
      ),
      proposals: Type.Array(
        Obj({
          id: Id,
          title: Type.String(),
          body: Type.String(),
          proposerName: Type.String(),
          status: ProposalStatus,
          cosigns: Type.Integer(),
          mine: Type.Boolean(),
          cosigned: Type.Boolean(),
          department: Nullable(Type.String()),
          dueOn: Nullable(DateStr),
          answer: Nullable(Type.String()),
          answeredOn: Nullable(DateStr),
          answers: Type.Integer(),
          rating: Nullable(Rating),
          decisionReason: Nullable(Type.String()),
          pledgeId: Nullable(Id),
          opinion: Type.Boolean(),
          adopted: Nullable(Type.Boolean()),
        }),
        { description: `the session's proposals, for a delegate: at most the latest ${LIST_CAP.proposals}` },
      ),
      proposalsTotal: Type.Integer({
        minimum: 0,
        description: "how many of the session's proposals there are in all; more than listed when cut",
      }),
      motions: Type.Array(
        Obj({
          id: Id,
          title: Type.String(),
          kind: MotionKind,
          status: StrEnum(['open', 'closed'] as const),
          result: Nullable(Result),
          yes: Type.Integer(),
          no: Type.Integer(),
          abstain: Type.Integer(),
          delegates: Nullable(Type.Integer()),
          present: Nullable(Type.Integer()),
          ...MotionRuleFields,
          myVote: Nullable(Choice),
        }),
      ),
    }),
  ),
  disclosures: Type.Array(Obj({ ...DisclosureFields, read: Type.Boolean() }), {
    description: `at most the latest ${LIST_CAP.disclosuresForMember}`,
  }),
  disclosuresTotal: Type.Integer({ minimum: 0, description: 'how many disclosures there are in all' }),
});
