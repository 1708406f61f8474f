import { type TSchema, Type } from 'typebox';
import { DateStr, FigureNotes, Nullable, StrEnum, statsQuery } from '../../../http/schema.ts';
import { statisticsRoutes } from '../../../http/stats-routes.ts';
import type { App } from '../../../http/types.ts';
import { APPLICANT_TYPES } from '../programs.types.ts';
import { CATEGORIES } from '../programs.vocabulary.ts';
import { reportWorkbook } from './stats.export.ts';
import type { ProgramReportService } from './stats.service.ts';

const tags = ['reports'];

const figureProps = {
  applications: Type.Integer({ description: 'applications by application date' }),
  approved: Type.Integer({ description: 'applications approved, by approval date' }),
  rejected: Type.Integer({ description: 'applications rejected, by decision date' }),
  people: Type.Integer({ description: 'distinct people among the approvals, by approval date' }),
  unions: Type.Integer({ description: 'distinct applicant unions among the approvals, by approval date' }),
  approvedFen: Type.Integer({
    description: 'ledger entries by entry date, net of reversals (each reversal on its own date)',
  }),
  paidFen: Type.Integer({ description: 'items of paid batches, by payment date' }),
};
const Figures = Type.Object(figureProps);
const withFigures = (props: Record<string, TSchema>) => Type.Object({ ...props, ...figureProps });
const UnionFigures = withFigures({
  orgId: Nullable(Type.Integer()),
  name: Type.String(),
  self: Type.Boolean(),
});

const ReportSchema = Type.Object({
  org: Type.Object({ id: Nullable(Type.Integer()), name: Type.String() }),
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  category: Nullable(Type.String()),
  totals: Figures,
  peopleCounted: Type.Boolean({
    description:
      "false when every program shown takes applications from unions: totals.people is then no count of persons (the page shows '—')",
  }),
  byCategory: Type.Array(withFigures({ category: Type.String(), programs: Type.Integer() })),
  byUnion: Type.Array(UnionFigures, {
    description: 'the next level of unions over all programs; people and unions counted once per union',
  }),
  programs: Type.Array(
    withFigures({
      programId: Type.Integer(),
      name: Type.String(),
      category: Type.String(),
      status: Type.String(),
      ownerOrgId: Type.Integer(),
      ownerOrgName: Type.String(),
      applicantType: StrEnum(APPLICANT_TYPES, {
        description: "'union': the program's applicants are unions; people is 0 and unions counts them",
      }),
      periodLabel: Type.String(),
      quota: Nullable(Type.Integer()),
      quotaUsed: Type.Integer(),
      budgetFen: Nullable(Type.Integer()),
      budgetLeftFen: Nullable(Type.Integer()),
      tiers: Type.Array(Type.Object({ amountFen: Nullable(Type.Integer()), approved: Type.Integer() })),
      byUnion: Type.Array(UnionFigures),
      breakdown: Nullable(
        Type.Object(
          {
            by: StrEnum(['grade', 'level', 'course', 'patentType'] as const),
            rows: Type.Array(
              Type.Object({
                value: Type.String({
                  description: "the record's grade ('1'–'5'), award level, course name or patent type",
                }),
                label: Type.Object({ zh: Type.String(), en: Type.String() }),
                applications: figureProps.applications,
                approved: figureProps.approved,
                rejected: figureProps.rejected,
                people: figureProps.people,
                approvedFen: figureProps.approvedFen,
                paidFen: figureProps.paidFen,
              }),
            ),
          },
          { description: "by what the application's record says (programs paying per record)" },
        ),
      ),
    }),
  ),
  breakdownPeople: Type.Object(
    Object.fromEntries(
      (['grade', 'level', 'course', 'patentType'] as const).map((by) => [by, Type.Integer()]),
    ),
    {
      description:
        "per breakdown, the distinct people over all its programs and values (its sheet's bottom row)",
    },
  ),
  asOf: Nullable(
    Type.String({ description: 'the day the figures are counted to (the end, today at the latest)' }),
  ),
  notes: FigureNotes,
});

/** Its days have no default: without `from` or `to` the period is open at that end. */
const ReportQuery = statsQuery({
  from: Type.Optional(DateStr),
  to: Type.Optional(DateStr),
  category: Type.Optional(StrEnum(CATEGORIES)),
});

/** Programs statistics for a union's subtree and period, as JSON and as a workbook. */
export function statsRoutes(app: App, { programs }: { programs: ProgramReportService }): void {
  statisticsRoutes(app, {
    path: '/api/reports/programs',
    xlsxPath: '/api/reports/programs/export.xlsx',
    permission: 'reports.read',
    tags,
    summary:
      'Per category and program: applications (by application date), approved, rejected, people, unions (by decision date), amounts approved (by ledger entry date, net of reversals) and paid (by payment date), in fen; quota and budget; by the next level of unions and by what the records say',
    xlsxSummary:
      'The programs report as .xlsx: one sheet per breakdown, Chinese headers naming each date basis, amounts in yuan with two decimals',
    query: ReportQuery,
    result: ReportSchema,
    stats: programs.report,
    xlsx: async (actor, query) => reportWorkbook(await programs.report(actor, query)),
  });
}
