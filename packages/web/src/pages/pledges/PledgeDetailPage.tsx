import { CheckOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { DetailPage } from '../../components/DetailPage.tsx';
import type { EditWords } from '../../components/EditHistory.tsx';
import { formatFen } from '../../components/format.ts';
import { LoadState } from '../../components/LoadError.tsx';
import { dayWithEntry } from '../../components/PastDay.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { FromProposal } from '../congresses/FromProposal.tsx';
import { PledgeStatusTag } from './labels.tsx';
import { PledgeCancelModal } from './PledgeCancelModal.tsx';
import { PledgeCompleteModal } from './PledgeCompleteModal.tsx';
import { EvidenceCard, MilestonesCard } from './PledgeDetailPage.sections.tsx';
import { PledgeEditModal } from './PledgeEditModal.tsx';
import { pledgesApi } from './pledges-api.ts';

/** Staff: one project — its promise, milestones, completion and evidence. */
export default function PledgeDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { can } = useSession();
  const detail = useLoad(() => pledgesApi.get(id), [id]);
  const [completing, setCompleting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const acts = useAct(detail.reload);
  usePageTitle(detail.data?.pledge.title ?? t('pl.list.title'));
  if (!detail.data) return <LoadState state={detail} what={t('pl.detail.what')} />;
  const { pledge: p, milestones, evidence, edits } = detail.data;
  const words: EditWords = {
    label: (field) => t(`pl.field.${field === 'budgetFen' ? 'budget' : field}`),
    show: (field, value) => {
      if (field === 'budgetFen') return formatFen(value as number);
      if (field === 'milestones') {
        return (value as { title: string; dueOn: string }[])
          .map((m) => `${m.title}${aside(m.dueOn)}`)
          .join(t('common.clauseSep'));
      }
      return String(value);
    },
  };
  const open = p.status === 'planned' || p.status === 'in_progress';
  const writable = can('pledges.write');
  /** A day, and the day it was entered when later (补录). */
  const entered = (day: string | null, at: string | null) => (day && at && dayWithEntry(t, day, at)) || day;

  return (
    <DetailPage
      title={p.title}
      titleTestId="pledge-title-view"
      status={<PledgeStatusTag status={p.status} />}
      back={{ to: '/pledges', label: t('pl.detail.back') }}
      actions={
        <>
          {writable && open && <PledgeEditModal detail={detail.data} onDone={detail.reload} />}
          {writable && open && (
            <Button
              type="primary"
              icon={<CheckOutlined />}
              onClick={() => setCompleting(true)}
              data-testid="pledge-complete"
            >
              {t('pl.detail.complete')}
            </Button>
          )}
          {writable && open && (
            <Button danger onClick={() => setCancelling(true)} data-testid="pledge-cancel">
              {t('pl.detail.cancel')}
            </Button>
          )}
        </>
      }
      lead={<FromProposal pledgeId={p.id} />}
      factsTestId="pledge-facts"
      facts={
        <>
          <Descriptions.Item label={t('pl.field.union')}>{p.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('pl.field.year')}>{p.year}</Descriptions.Item>
          <Descriptions.Item label={t('pl.field.category')}>
            {t(`pl.category.${p.category}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('pl.field.department')}>{p.department}</Descriptions.Item>
          <Descriptions.Item label={t('pl.field.budget')}>{formatFen(p.budgetFen)}</Descriptions.Item>
          <Descriptions.Item label={t('pl.field.spent')}>
            {p.spentFen === null ? '—' : formatFen(p.spentFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('pl.field.completedOn')}>
            {entered(p.completedOn, p.outcomeEnteredAt) ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('pl.field.beneficiaries')}>
            {p.beneficiaryCount === null
              ? '—'
              : `${p.beneficiaryCount}${p.beneficiaryNote ? t('pl.mine.note', { note: p.beneficiaryNote }) : ''}`}
          </Descriptions.Item>
          {p.outputQty !== null && (
            <Descriptions.Item
              label={t('pl.field.output')}
            >{`${p.outputQty} ${p.outputUnit ?? ''}`}</Descriptions.Item>
          )}
          {p.series && <Descriptions.Item label={t('pl.field.series')}>{p.series}</Descriptions.Item>}
          {p.description && (
            <Descriptions.Item label={t('pl.field.description')} span={2}>
              {p.description}
            </Descriptions.Item>
          )}
          {p.cancelledOn && (
            <Descriptions.Item label={t('pl.detail.cancelledOn')}>
              {entered(p.cancelledOn, p.outcomeEnteredAt)}
            </Descriptions.Item>
          )}
          {p.cancelReason && (
            <Descriptions.Item label={t('pl.detail.cancelReason')} span={2}>
              {p.cancelReason}
            </Descriptions.Item>
          )}
        </>
      }
      history={{ edits, words, testId: 'pledge-edits' }}
    >
      <Flex gap={16} wrap>
        <MilestonesCard
          id={id}
          milestones={milestones}
          writable={writable && open}
          acts={acts}
          entered={entered}
        />
        <EvidenceCard
          id={id}
          evidence={evidence}
          writable={writable && p.status !== 'cancelled'}
          acts={acts}
        />
      </Flex>
      <PledgeCompleteModal
        id={id}
        open={completing}
        onClose={() => setCompleting(false)}
        onDone={detail.reload}
      />
      <PledgeCancelModal
        id={id}
        open={cancelling}
        onClose={() => setCancelling(false)}
        onDone={detail.reload}
      />
    </DetailPage>
  );
}
