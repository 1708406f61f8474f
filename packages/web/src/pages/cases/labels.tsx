import { statusTag } from '../../components/labels.tsx';
import type { CaseStatus } from './cases-api.ts';

const STATUS_COLOR: Record<CaseStatus, string> = {
  submitted: 'orange',
  accepted: 'blue',
  answered: 'green',
  closed: 'default',
};

/** Where a request stands, in its colour and words: on the staff's and the worker's lists and pages. */
export const CaseStatusTag = statusTag(STATUS_COLOR, (t, s) => t(`case.status.${s}`));
