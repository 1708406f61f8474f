import { Type } from 'typebox';
import * as S from '../../http/schema.ts';
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
export const FileBody = S.Obj({ sessionId: S.Id, title: S.Name(200), body: S.Name(4000) });
export const CosignResult = S.Obj({ cosigns: Type.Integer() });
export const RateBody = S.Obj({ rating: Rating });
export const VoteBody = S.Obj({ choice: Choice });
export const MineSchema = S.Obj({
  congresses: Type.Array(
    S.Obj({
      id: S.Id,
      name: Type.String(),
      orgName: Type.String(),
      kind: Kind,
      cosignMin: Type.Integer(),
      termNumber: Type.Integer(),
      seat: S.Nullable(S.Obj({ delegateId: S.Id, delegation: Type.String(), present: Type.Boolean() })),
      session: S.Nullable(
        S.Obj({
          id: S.Id,
          number: Type.Integer(),
          title: Type.String(),
          heldOn: S.DateStr,
          proposalsFrom: S.DateStr,
          proposalsUntil: S.DateStr,
          open: Type.Boolean(),
          ...QuorumFields,
        }),
      ),
      proposals: Type.Array(
        S.Obj({
          id: S.Id,
          title: Type.String(),
          body: Type.String(),
          proposerName: Type.String(),
          status: ProposalStatus,
          cosigns: Type.Integer(),
          mine: Type.Boolean(),
          cosigned: Type.Boolean(),
          department: S.Nullable(Type.String()),
          dueOn: S.Nullable(S.DateStr),
          answer: S.Nullable(Type.String()),
          answeredOn: S.Nullable(S.DateStr),
          answers: Type.Integer(),
          rating: S.Nullable(Rating),
          decisionReason: S.Nullable(Type.String()),
          pledgeId: S.Nullable(S.Id),
          opinion: Type.Boolean(),
          adopted: S.Nullable(Type.Boolean()),
        }),
        { description: `the session's proposals, for a delegate: at most the latest ${LIST_CAP.proposals}` },
      ),
      proposalsTotal: Type.Integer({
        minimum: 0,
        description: "how many of the session's proposals there are in all; more than listed when cut",
      }),
      motions: Type.Array(
        S.Obj({
          id: S.Id,
          title: Type.String(),
          kind: MotionKind,
          status: S.StrEnum(['open', 'closed'] as const),
          result: S.Nullable(Result),
          yes: Type.Integer(),
          no: Type.Integer(),
          abstain: Type.Integer(),
          delegates: S.Nullable(Type.Integer()),
          present: S.Nullable(Type.Integer()),
          ...MotionRuleFields,
          myVote: S.Nullable(Choice),
        }),
      ),
    }),
  ),
  disclosures: Type.Array(S.Obj({ ...DisclosureFields, read: Type.Boolean() }), {
    description: `at most the latest ${LIST_CAP.disclosuresForMember}`,
  }),
  disclosuresTotal: Type.Integer({ minimum: 0, description: 'how many disclosures there are in all' }),
});
