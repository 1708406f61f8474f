import { Type } from 'typebox';
import * as S from '../../http/schema.ts';

/** The congresses' statistics: the query, a row of figures, and what each figure counts (its note). */
export const StatsQuery = S.statsQuery({ ...S.YearAsked, ...S.YearSpan });
const StatsRow = {
  congresses: Type.Integer(),
  heldOnTime: Type.Integer({
    description: 'congresses with a session in each year of the period they existed',
  }),
  sessions: Type.Integer(),
  filed: Type.Integer(),
  accepted: Type.Integer(),
  answered: Type.Integer(),
  answeredInTime: Type.Integer(),
  rated: Type.Integer(),
  satisfied: Type.Integer(),
  basic: Type.Integer(),
  dissatisfied: Type.Integer(),
  opinions: Type.Integer(),
  opinionsAnswered: Type.Integer(),
  opinionsAdopted: Type.Integer(),
  motions: Type.Integer({ description: 'votes closed in the period, on the closing day' }),
  motionsPassed: Type.Integer(),
  motionsFailed: Type.Integer({ description: 'quorum present, for-votes not over half of all delegates' }),
  motionsNoQuorum: Type.Integer(),
  disclosures: Type.Integer(),
};
const Words = S.Obj({ zh: Type.String(), en: Type.String() });
export const StatsSchema = S.Obj({
  ...S.StatsNamedHead,
  years: Type.Array(S.Obj({ year: Type.Integer(), ...StatsRow })),
  unions: Type.Array(
    S.Obj({
      orgId: S.Nullable(S.Id),
      orgName: Type.String(),
      own: Type.Boolean(),
      ...S.UnionDepth,
      ...StatsRow,
    }),
  ),
  total: S.Obj(StatsRow),
  notes: Type.Array(S.Obj({ key: Type.String(), label: Words, note: Words }), {
    description: 'what each figure counts and by which days, as the page and the export say it',
  }),
});
