import { Button, Card, Flex, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActButton } from '../../components/ActButton.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { heldDialog } from '../../components/FormDialog.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { emptyText } from '../../components/LoadError.tsx';
import { optionsOf } from '../../components/options.ts';
import { RecordPage } from '../../components/RecordPage.tsx';
import { PagedTable } from '../../components/TableCard.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { useAct, useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { CallHead } from './CallPage.head.tsx';
import {
  type CallDetail,
  callsApi,
  RESULTS,
  type Work,
  type WorkResult,
  type WorkStatus,
} from './calls-api.ts';
import { WorkStatusTag } from './labels.tsx';
import { SubmitForModal } from './SubmitForModal.tsx';

/** Staff: a call, its works from the actor's part of the subtree, the branch's review and the organiser's judging. */
export default function CallPage() {
  const { t } = useTranslation();
  return (
    <RecordPage load={callsApi.get} what={t('calls.what.call')} title={(c) => c.title}>
      {(c, { reload }) => <CallView call={c} reload={reload} />}
    </RecordPage>
  );
}

function CallView({ call, reload }: { call: CallDetail; reload: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<WorkStatus | undefined>();
  const [categoryId, setCategoryId] = useState<number | undefined>();
  const works = useLoad(() => callsApi.works(call.id, { status, categoryId }), [call.id, status, categoryId]);
  const [returning, setReturning] = useState<Work | null>(null);
  const [sending, setSending] = useState(false);
  const acts = useAct(works.reload);
  const { act, busy } = acts;
  return (
    <Flex vertical gap={16}>
      <CallHead call={call} reload={reload} onSubmitFor={() => setSending(true)} />
      <Card
        title={t('calls.what.works')}
        extra={
          <Flex gap={8}>
            <Select
              allowClear
              style={{ width: 160 }}
              placeholder={t('calls.detail.filterCategory')}
              value={categoryId}
              onChange={setCategoryId}
              options={call.categories.map((k) => ({ value: k.id, label: k.name }))}
            />
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t('calls.detail.filterStatus')}
              value={status}
              onChange={setStatus}
              options={optionsOf(['submitted', 'returned', 'passed'] as const, (s) => t(`calls.status.${s}`))}
              data-testid="call-filter-status"
            />
          </Flex>
        }
      >
        <CappedNotice list={works.data} />
        <PagedTable<Work>
          pageSize={50}
          dataSource={works.data?.items}
          locale={{ emptyText: emptyText(works, t('calls.detail.empty'), t('calls.what.works')) }}
          data-testid="call-works"
          columns={[
            { title: t('calls.field.category'), dataIndex: 'categoryName', width: 100 },
            {
              title: t('calls.field.workTitle'),
              key: 'title',
              render: (_, w) => (
                <Flex vertical>
                  <span>{w.title}</span>
                  {w.kind === 'text' && w.body !== w.title && (
                    <Typography.Text type="secondary">{w.body}</Typography.Text>
                  )}
                  {w.hasFile && (
                    <a href={callsApi.fileUrl(w.id)} target="_blank" rel="noreferrer">
                      {t('calls.detail.view')}
                    </a>
                  )}
                </Flex>
              ),
            },
            { title: t('calls.field.author'), dataIndex: 'authorName', width: 90 },
            { title: t('calls.field.authorUnion'), dataIndex: 'orgName' },
            { title: t('calls.field.submittedOn'), dataIndex: 'submittedOn', width: 110 },
            {
              title: t('calls.field.status'),
              key: 'status',
              width: 160,
              render: (_, w) => (
                <Flex vertical>
                  <WorkStatusTag status={w.status} testId={`call-work-status-${w.id}`} />
                  {w.status === 'returned' && w.returnReason && (
                    <Typography.Text type="secondary">{w.returnReason}</Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: t('calls.field.result'),
              key: 'result',
              width: 150,
              render: (_, w) =>
                w.status === 'passed' && call.canJudge ? (
                  <Select<WorkResult | 'none'>
                    size="small"
                    style={{ width: 120 }}
                    value={w.result ?? 'none'}
                    loading={busy === `result${w.id}`}
                    disabled={busy === `result${w.id}`}
                    onChange={(v) =>
                      act(
                        `result${w.id}`,
                        () => callsApi.decide(w.id, { result: v === 'none' ? null : v, score: w.score }),
                        t('calls.detail.decided'),
                      )
                    }
                    options={[...RESULTS, 'none' as const].map((r) => ({
                      value: r,
                      label: t(`calls.result.${r}`),
                    }))}
                    data-testid={`call-result-${w.id}`}
                  />
                ) : w.result ? (
                  <Tag color="blue">{t(`calls.result.${w.result}`)}</Tag>
                ) : (
                  '—'
                ),
            },
            {
              title: '',
              key: 'review',
              width: 140,
              render: (_, w) =>
                w.status === 'submitted' &&
                call.canReview && (
                  <Flex gap={4}>
                    <ActButton
                      size="small"
                      type="primary"
                      acts={acts}
                      on={`pass${w.id}`}
                      run={() => callsApi.review(w.id, { decision: 'pass' })}
                      done={t('calls.detail.passed')}
                      data-testid={`call-pass-${w.id}`}
                    >
                      {t('calls.detail.pass')}
                    </ActButton>
                    <Button
                      size="small"
                      danger
                      disabled={busy === `pass${w.id}`}
                      onClick={() => setReturning(w)}
                      data-testid={`call-return-${w.id}`}
                    >
                      {t('calls.detail.return')}
                    </Button>
                  </Flex>
                ),
            },
          ]}
        />
      </Card>
      {returning && <ReturnModal work={returning} {...heldDialog(() => setReturning(null), works.reload)} />}
      {sending && <SubmitForModal call={call} {...heldDialog(() => setSending(false), works.reload)} />}
    </Flex>
  );
}

function ReturnModal({ work, onClose, onDone }: { work: Work; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [reason, setReason] = useState('');
  const { busy, run: whileBusy } = useSaving();
  return (
    <Modal
      open
      title={`${t('calls.detail.returnTitle')}${t('common.colon')}${work.title}`}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ disabled: !reason.trim() }}
      onOk={async () => {
        await whileBusy(async () => {
          await callsApi.review(work.id, { decision: 'return', reason: reason.trim() });
          feedback.success(t('calls.detail.returned'));
          onDone();
        });
      }}
    >
      <TextBox
        value={reason}
        max={500}
        autoSize={{ minRows: 3 }}
        placeholder={t('calls.detail.reasonPlaceholder')}
        onChange={setReason}
      />
    </Modal>
  );
}
