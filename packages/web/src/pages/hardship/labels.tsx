import { statusTag } from '../../components/labels.tsx';
import { STATUS_COLOR } from './hardship-api.ts';

export const FileStatusTag = statusTag(STATUS_COLOR, (t, s) => t(`hs.status.${s}`), 'hardship-status');
