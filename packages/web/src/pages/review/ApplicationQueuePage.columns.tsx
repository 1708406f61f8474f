import type { TableColumnsType } from 'antd';
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { linkColumn } from '../../components/columns.tsx';
import { formatTime } from '../../components/dates.ts';
import { ApplicationStatusTag, Money } from '../../components/labels.tsx';
import { dayWithEntry } from '../../components/PastDay.tsx';
import type { ApplicationRow } from '../programs/applications-api.ts';
import { applicantLine } from './applicant.ts';

/** One line, cut with an ellipsis when the column is too narrow; the whole text in a tooltip. */
export function Clip({ text, children }: { text: string | null | undefined; children?: ReactNode }) {
  if (!text) return <>—</>;
  return (
    <Tooltip title={text} placement="topLeft">
      <span className="cell-clip">{children ?? text}</span>
    </Tooltip>
  );
}

/** The queue's columns; with 只看待我审核 (`mine`) the column of the union each application awaits is left out. */
export function useQueueColumns(mine: boolean): TableColumnsType<ApplicationRow> {
  const { t, i18n } = useTranslation();
  return [
    linkColumn('#', 'id', (r: { id: number }) => `/applications/${r.id}`, { width: 64 }),
    {
      title: t('review.field.applicant'),
      width: 100,
      render: (_, row) => {
        const who = applicantLine(row);
        return (
          <Clip text={who}>
            <Link to={`/applications/${row.id}`} data-testid="application-link">
              {who}
            </Link>
          </Clip>
        );
      },
    },
    {
      // the whole name, on as many lines as it takes: names differ only at their ends (…助推, …补助)
      title: t('review.field.program'),
      dataIndex: 'programName',
      width: 200,
      render: (v?: string) => (
        <span className="cell-wrap" data-testid="queue-program">
          {v || '—'}
        </span>
      ),
    },
    {
      title: t('review.field.union'),
      dataIndex: 'orgName',
      width: 170,
      render: (v?: string) => <Clip text={v} />,
    },
    {
      title: t('review.field.amount'),
      dataIndex: 'amountFen',
      align: 'right',
      width: 110,
      render: (v: number | null) => <Money fen={v} />,
    },
    {
      title: t('review.field.intake'),
      dataIndex: 'intake',
      width: 120,
      render: (v: string) => <Clip text={t(`prog.intake.${v}`, { defaultValue: v })} />,
    },
    {
      title: t('review.field.status'),
      dataIndex: 'status',
      width: 88,
      render: (s) => <ApplicationStatusTag status={s} />,
    },
    {
      title: t('review.field.materials'),
      key: 'materials',
      width: 140,
      render: (_: unknown, row: ApplicationRow) =>
        row.missingMaterials?.length ? (
          <Tag color="orange" data-testid="queue-missing">
            {t('review.field.missing', {
              names: row.missingMaterials
                .map((m) => (i18n.language === 'en' ? m.en : m.zh))
                .join(t('common.listSep')),
            })}
          </Tag>
        ) : (
          ''
        ),
    },
    // With 只看待我审核 every row awaits my own union: the column would repeat it.
    ...(mine
      ? []
      : [
          {
            title: t('review.field.awaits'),
            width: 170,
            render: (_: unknown, row: ApplicationRow) =>
              row.standIn ? (
                <Tooltip
                  title={t(`review.standIn.reason.${row.standIn.reason}`, {
                    since: row.standIn.since,
                    from: row.standIn.from,
                  })}
                >
                  <Tag color="purple" data-testid="queue-stand-in">
                    {t('review.standIn.for', { union: row.standIn.forOrgName })}
                  </Tag>
                </Tooltip>
              ) : (
                <Clip text={row.status === 'submitted' ? (row.stepOrgName as string | null) : null} />
              ),
          },
        ]),
    {
      title: t('review.field.submittedAt'),
      dataIndex: 'createdAt',
      width: 150,
      render: (_: string, row: ApplicationRow) => <Clip text={submittedWhen(t, row)} />,
    },
  ];
}

/**
 * When an application was made, as the queue and the application's page say it: the time it was sent, or for one
 * entered later (补录) the day it was made with the day it was entered — the day the desk's 最早 counts from.
 */
export function submittedWhen(
  t: (k: string, o?: Record<string, unknown>) => string,
  app: { appliedOn: string; createdAt: string },
): string {
  return dayWithEntry(t, app.appliedOn, app.createdAt) ?? formatTime(app.createdAt);
}
