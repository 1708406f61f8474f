import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Recognition } from './studios-api.ts';

const COLORS = { submitted: 'processing', approved: 'success', rejected: 'error' } as const;

/** A proposal's state; under review it names the union and step it waits at. */
export function RecognitionStatusTag({ r }: { r: Recognition }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[r.status]} data-testid="recognition-status">
      {r.status === 'submitted'
        ? t('stu.rec.stepOf', { step: r.step + 1, steps: r.steps, org: r.stepOrgName })
        : t(`stu.rec.status.${r.status}`)}
    </Tag>
  );
}
