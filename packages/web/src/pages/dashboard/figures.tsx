import { Statistic, Tooltip, Typography } from 'antd';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { useWords, type Words } from '../../components/FigureNotes.tsx';
import { formatFen } from '../../components/money.ts';
import type { ProgramsReport } from '../programs/programs-api.ts';

/** A report figure and the date it is counted by (the server dates each figure so; see the report API). */
export type Figure =
  | 'applications'
  | 'approved'
  | 'rejected'
  | 'people'
  | 'unions'
  | 'approvedFen'
  | 'paidFen';
type Basis = 'applied' | 'decided' | 'ledger' | 'paid';

export const BASIS_OF: Record<Figure, Basis> = {
  applications: 'applied',
  approved: 'decided',
  rejected: 'decided',
  people: 'decided',
  unions: 'decided',
  approvedFen: 'ledger',
  paidFen: 'paid',
};

/**
 * The report's figures this page shows — its cards and tables, each program's places and budget left (with the
 * budget that figure is taken from), the insurance programs' note — whose notes it lists. The export's 说明 sheet
 * holds the notes of its other figures too (its tiers and breakdown sheets).
 */
export const PAGE_NOTES: ReadonlySet<string> = new Set([
  ...Object.keys(BASIS_OF),
  'quota',
  'quotaUsed',
  'budgetFen',
  'budgetLeftFen',
  'category.insurance',
]);

type Note = { key: string; label: Words };
/** The report's figure notes, whose labels name the figures on the page as in the notes and the export. */
const ReportNotes = createContext<Note[]>([]);
export const ReportNotesProvider = ReportNotes.Provider;

/** A figure's name as the report's notes give it (the server's one table for the page, notes and export). */
export function useFigureLabel() {
  const notes = useContext(ReportNotes);
  const words = useWords();
  return (key: string) => words(notes.find((n) => n.key === key)?.label);
}

/**
 * The figure's name (as its note gives it) with what it counts by beneath it, and the full rule in a tooltip; `short` words the
 * date briefly (a table column). People are distinct, so their total is less than the rows' sum when someone
 * was approved twice: the title says so.
 */
export function FigureTitle({ figure, short = false }: { figure: Figure; short?: boolean }) {
  const { t } = useTranslation();
  const label = useFigureLabel();
  const basis = BASIS_OF[figure];
  return (
    <Tooltip title={figure === 'people' ? t('dash.peopleHelp') : t(`dash.basisHelp.${basis}`)}>
      <span data-testid={`dash-title-${figure}`}>
        {label(figure)}
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, fontWeight: 'normal' }}>
          {t(`dash.${short ? 'basisShort' : 'basis'}.${basis}`)}
          {figure === 'people' && !short && ` · ${t('dash.peopleOnce')}`}
        </Typography.Text>
      </span>
    </Tooltip>
  );
}

/**
 * A headline figure of the dashboard: its title and the report's total. 受益人数 where every program shown takes its
 * applications from unions (`peopleCounted` false) is a dash with the reason, not 0: there are no persons to count.
 */
export function HeadlineFigure({
  figure,
  report,
}: {
  figure: Figure;
  report: Pick<ProgramsReport, 'totals' | 'peopleCounted'>;
}) {
  const { t } = useTranslation();
  const title = <FigureTitle figure={figure} />;
  if (figure === 'people' && !report.peopleCounted)
    return (
      <Statistic
        title={title}
        value="—"
        valueRender={() => (
          <span data-testid="dash-people-none">
            —
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('dash.peopleNone')}
            </Typography.Text>
          </span>
        )}
      />
    );
  const v = report.totals[figure];
  return <Statistic title={title} value={figure.endsWith('Fen') ? formatFen(v) : v} />;
}
