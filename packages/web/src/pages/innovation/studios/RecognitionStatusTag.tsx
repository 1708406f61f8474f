import { type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayWithEntry } from '../../../components/PastDay.tsx';
import { LevelTag } from './studio-labels.tsx';
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

/**
 * A proposal's decision as both lists of proposals show it (the reviewers' and a studio's page): the level it
 * goes from and to, the union proposing, its state, the day decided (with the day it was entered, when later).
 */
export function recognitionColumns(
  t: (k: string, o?: Record<string, unknown>) => string,
): TableColumnsType<Recognition> {
  return [
    {
      title: t('stu.rec.change'),
      dataIndex: 'level',
      render: (_: string, r) => (
        <>
          <LevelTag level={r.fromLevel} /> → <LevelTag level={r.level} />
        </>
      ),
    },
    { title: t('stu.rec.proposedBy'), dataIndex: 'proposedByOrgName' },
    {
      title: t('stu.field.status'),
      dataIndex: 'status',
      render: (_: string, r) => <RecognitionStatusTag r={r} />,
    },
    {
      title: t('stu.rec.decidedOn'),
      dataIndex: 'decidedOn',
      render: (v: string | null, r) =>
        v ? ((r.decidedRecordedAt && dayWithEntry(t, v, r.decidedRecordedAt)) ?? v) : '—',
    },
  ];
}
