import { statusTag } from '../../components/labels.tsx';
import type { ProgramStatus } from './programs-api.ts';

const PROGRAM_COLORS: Record<ProgramStatus, string> = { draft: 'default', published: 'green', closed: 'red' };

export const ProgramStatusTag = statusTag(PROGRAM_COLORS, (t, s) => t(`prog.status.${s}`));
