import { statusTag } from '../../components/labels.tsx';
import { STATUS_COLOR } from './pledges-api.ts';

export const PledgeStatusTag = statusTag(STATUS_COLOR, (t, s) => t(`pl.status.${s}`), 'pledge-status');
