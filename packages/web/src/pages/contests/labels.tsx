import { statusTag } from '../../components/labels.tsx';
import type { ContestStatus } from './contests-api.ts';

const STATUS_COLOR: Record<ContestStatus, string> = { open: 'green', closed: 'gold', published: 'blue' };

export const ContestStatusTag = statusTag(STATUS_COLOR, (t, s) => t(`contest.status.${s}`));
