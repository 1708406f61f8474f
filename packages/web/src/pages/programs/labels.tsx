import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgramStatus } from './programs-api.ts';

const PROGRAM_COLORS: Record<ProgramStatus, string> = { draft: 'default', published: 'green', closed: 'red' };

export function ProgramStatusTag({ status }: { status: ProgramStatus }) {
  const { t } = useTranslation();
  return <Tag color={PROGRAM_COLORS[status]}>{t(`prog.status.${status}`)}</Tag>;
}
