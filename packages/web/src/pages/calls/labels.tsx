import { statusTag } from '../../components/labels.tsx';
import type { WorkStatus } from './calls-api.ts';

const WORK_COLORS: Record<WorkStatus, string> = { submitted: 'gold', returned: 'red', passed: 'green' };

/** Where a work sent in to a call stands, in its colour and words: on the call's page and on the worker's. */
export const WorkStatusTag = statusTag(WORK_COLORS, (t, s) => t(`calls.status.${s}`));
