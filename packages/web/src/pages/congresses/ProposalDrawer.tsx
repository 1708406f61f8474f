import { Drawer, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { LoadState } from '../../components/LoadError.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { congressesApi, type Proposal } from './congresses-api.ts';
import { AnswerForm, AssignForm, ExamineActions, PledgeForm } from './ProposalDrawer.actions.tsx';
import { ProposalFacts } from './ProposalDrawer.facts.tsx';

/** A proposal and what the committee and the union do with it: examine, assign, answer, make it a project. */
export function ProposalDrawer({
  id,
  siblings,
  onClose,
  onChanged,
}: {
  id: number;
  /** The other proposals of the session, to merge into. */
  siblings: Proposal[];
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const detail = useLoad(() => congressesApi.proposal(id), [id]);
  const [day, setDay] = useState<string | null>(null);
  const { busy, run: whileBusy } = useSaving();
  const run = async (fn: () => Promise<unknown>, done: string | null) => {
    await whileBusy(async () => {
      await fn();
      if (done) feedback.success(done);
      setDay(null);
      detail.reload();
      onChanged();
    });
  };
  const p = detail.data;
  const manage = can('congresses.manage');
  return (
    <Drawer
      open
      width={640}
      title={p?.title ?? t('cong.proposal.title')}
      onClose={onClose}
      data-testid="cong-proposal"
    >
      {!p ? (
        <LoadState state={detail} what={t('cong.what.proposal')} />
      ) : (
        <Flex vertical gap={16}>
          <ProposalFacts p={p} />
          {manage && p.status === 'filed' && (
            <ExamineActions
              id={id}
              p={p}
              busy={busy}
              run={run}
              day={day}
              setDay={setDay}
              siblings={siblings}
            />
          )}
          {manage && (p.status === 'accepted' || p.status === 'opinion') && (
            <AssignForm id={id} p={p} busy={busy} run={run} day={day} setDay={setDay} />
          )}
          {manage && p.status === 'assigned' && (
            <AnswerForm id={id} p={p} busy={busy} run={run} day={day} setDay={setDay} />
          )}
          {manage &&
            can('pledges.write') &&
            !p.pledgeId &&
            !p.opinion &&
            ['accepted', 'assigned', 'answered', 'closed'].includes(p.status) && (
              <PledgeForm id={id} p={p} busy={busy} run={run} day={day} setDay={setDay} />
            )}
        </Flex>
      )}
    </Drawer>
  );
}
