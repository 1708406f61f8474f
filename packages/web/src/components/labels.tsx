import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../api/types.ts';
import { formatFen } from './money.ts';

/** Where a program application stands; shown beside it wherever an application is listed. */
export type ApplicationStatus = Answer<'/api/applications'>['items'][number]['status'];

const APPLICATION_COLORS: Record<ApplicationStatus, string> = {
  submitted: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={APPLICATION_COLORS[status]} data-testid="application-status">
      {t(`review.status.${status}`)}
    </Tag>
  );
}

/** A timestamp as local date and minute. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A timestamp as local date only (a payment date). */
export function formatDay(iso: string | null | undefined): string {
  return formatTime(iso).slice(0, 10);
}

/** An amount in fen, shown in yuan on one line. */
export function Money({ fen, testId }: { fen: number | null | undefined; testId?: string }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid={testId}>
      {formatFen(fen)}
    </span>
  );
}
