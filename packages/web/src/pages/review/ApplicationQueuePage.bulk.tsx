import { CheckOutlined, CloseOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../components/feedback.ts';
import type { Picked } from '../../components/RegisterList.tsx';
import type { Loaded } from '../../components/useLoad.ts';
import {
  type ApplicationRow,
  applicationsApi,
  type ReviewAction,
  type Waiver,
} from '../programs/applications-api.ts';
import type { Evidence, ProgramSummary } from '../programs/programs-api.ts';
import { type BulkOutcome, bulkOutcomes, QueueNotices } from './ApplicationQueuePage.notices.tsx';
import { ReasonModal } from './ReasonModal.tsx';

/**
 * Between the queue's filters and its table: the bulk decisions on the applications picked (for a reviewer), the
 * queue's notices, and the reason asked for a decision.
 */
export function QueueBulkBar({
  reviewer,
  picked,
  list,
  programs,
  standIn,
  takeableCount,
  allDone,
  set,
}: {
  reviewer: boolean;
  picked: Picked;
  list: Loaded<{ items: ApplicationRow[] }>;
  programs: ProgramSummary[];
  standIn: boolean;
  takeableCount: number;
  allDone: boolean;
  set: (key: string, value: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  const feedback = useFeedback();
  const [action, setAction] = useState<ReviewAction | null>(null);
  const [outcomes, setOutcomes] = useState<BulkOutcome[] | null>(null);
  const selected = picked.ids;
  // Required materials of the selected applications' programs: a bulk approval may waive them with one reason.
  const selectedPrograms = new Set(
    (list.data?.items ?? []).filter((a) => selected.includes(a.id)).map((a) => a.programId),
  );
  const bulkMaterials = [
    ...new Map(
      programs
        .filter((p) => selectedPrograms.has(p.id))
        .flatMap((p) => p.requiredEvidence ?? [])
        .map((e): [string, Evidence] => [e.key, e]),
    ).values(),
  ];

  const runBulk = async (reason: string, waivers: Waiver[], effectiveOn: string | null) => {
    if (!action) return;
    try {
      const answer = await applicationsApi.bulk(selected, action, reason || undefined, waivers, effectiveOn);
      const done = bulkOutcomes(answer.results, list.data?.items ?? [], i18n.language === 'en');
      setOutcomes(done.outcomes);
      feedback[done.tone](t('review.bulkDone', { ok: done.ok, total: done.outcomes.length }));
      setAction(null);
      picked.clear();
      await list.reload();
    } catch (err) {
      feedback.error(err);
    }
  };

  return (
    <>
      {reviewer && (
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">
            {t('review.selected', { count: selected.length })}
          </Typography.Text>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            disabled={!selected.length}
            title={selected.length ? undefined : t('review.selectFirst')}
            onClick={() => setAction('approve')}
            data-testid="bulk-approve"
          >
            {t('review.action.approve')}
          </Button>
          <Button
            icon={<RollbackOutlined />}
            disabled={!selected.length}
            onClick={() => setAction('return')}
            data-testid="bulk-return"
          >
            {t('review.action.return')}
          </Button>
          <Button
            danger
            icon={<CloseOutlined />}
            disabled={!selected.length}
            onClick={() => setAction('reject')}
            data-testid="bulk-reject"
          >
            {t('review.action.reject')}
          </Button>
        </Flex>
      )}
      <QueueNotices
        standIn={standIn}
        takeableCount={takeableCount}
        allDone={allDone}
        outcomes={outcomes}
        setOutcomes={setOutcomes}
        set={set}
      />
      <ReasonModal
        action={action}
        count={selected.length}
        missing={bulkMaterials}
        onCancel={() => setAction(null)}
        onOk={runBulk}
      />
    </>
  );
}
