import { Tag } from 'antd';
import type { TFunction } from 'i18next';
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

/** The colours and words of a register's statuses, and its tags' test id (`statusTag`). */
interface StatusWords<S extends string> {
  colors: Record<S, string>;
  words: (t: TFunction, status: S) => string;
  testId?: string;
}

/** A status in its colour and words. */
function StatusTag<S extends string>({ status, of }: { status: S; of: StatusWords<S> }) {
  const { t } = useTranslation();
  return (
    <Tag color={of.colors[status]} data-testid={of.testId}>
      {of.words(t, status)}
    </Tag>
  );
}

/**
 * A register's status tag, `<XStatusTag status={…} />`: the status in its colour (`colors`) and its words
 * (`words`, as `(t, s) => t(`agr.status.${s}`)`), with the test id `testId` where one is given (a page showing
 * the tag in a place of its own may give it its own, `<XStatusTag status={…} testId="…" />`).
 */
export function statusTag<S extends string>(
  colors: Record<S, string>,
  words: (t: TFunction, status: S) => string,
  testId?: string,
) {
  const of = { colors, words, testId };
  return ({ status, testId: own }: { status: S; testId?: string }) => (
    <StatusTag status={status} of={own ? { ...of, testId: own } : of} />
  );
}

export const ApplicationStatusTag = statusTag(
  APPLICATION_COLORS,
  (t, s) => t(`review.status.${s}`),
  'application-status',
);

/** An amount in fen, shown in yuan on one line. */
export function Money({ fen, testId }: { fen: number | null | undefined; testId?: string }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid={testId}>
      {formatFen(fen)}
    </span>
  );
}
