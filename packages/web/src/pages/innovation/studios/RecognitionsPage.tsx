import { Alert, Button, Card, Form, Input, Modal, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../../auth/session.tsx';
import { useFeedback } from '../../../components/feedback.ts';
import { PagedTable } from '../../../components/PagedTable.tsx';
import { dayWithEntry, PastDay } from '../../../components/PastDay.tsx';
import { useSaving } from '../../../components/useBusy.ts';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { RecognitionStatusTag } from './RecognitionStatusTag.tsx';
import { LevelTag } from './studio-labels.tsx';
import { type Recognition, studiosApi } from './studios-api.ts';

/** Reviewers: recognition proposals waiting for my union (approve or reject), and all of my subtree. */
export default function RecognitionsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('stu.rec.title'));
  const { can } = useSession();
  const feedback = useFeedback();
  const [tab, setTab] = useState<'mine' | 'all'>('mine');
  const [page, setPage] = useState(1);
  const [acting, setActing] = useState<{ r: Recognition; action: 'approve' | 'reject' } | null>(null);
  const [reason, setReason] = useState('');
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  const { busy, run: whileBusy } = useSaving();
  const list = useLoad(
    () => studiosApi.recognitions({ mine: tab === 'mine', page, pageSize: 20 }),
    [tab, page],
  );

  const act = async () => {
    if (!acting) return;
    if (acting.action === 'reject' && !reason.trim()) {
      feedback.refuse(t('stu.rec.reasonRequired'));
      return;
    }
    await whileBusy(async () => {
      if (acting.action === 'approve') {
        const done = await studiosApi.approve(acting.r.id, {
          reason: reason.trim() || null,
          decidedOn: decidedOn ?? undefined,
        });
        if (done.subsidyRefused) {
          feedback.warning(i18n.language === 'en' ? done.subsidyRefused.en : done.subsidyRefused.zh);
        }
      } else {
        await studiosApi.reject(acting.r.id, { reason: reason.trim(), decidedOn: decidedOn ?? undefined });
      }
      feedback.success(t(acting.action === 'approve' ? 'stu.rec.approved' : 'stu.rec.rejected'));
      setActing(null);
      await list.reload();
    });
  };

  const start = (r: Recognition, action: 'approve' | 'reject') => {
    setReason('');
    setDecidedOn(null);
    setActing({ r, action });
  };

  return (
    <Card title={t('stu.rec.title')}>
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setTab(k as 'mine' | 'all');
          setPage(1);
        }}
        items={[
          { key: 'mine', label: t('stu.rec.mine') },
          { key: 'all', label: t('stu.rec.all') },
        ]}
      />
      <PagedTable<Recognition>
        list={list}
        page={page}
        pageSize={20}
        onPage={setPage}
        empty={t(tab === 'mine' ? 'stu.rec.empty' : 'stu.rec.emptyAll')}
        what={t('stu.rec.what')}
        columns={[
          {
            title: t('stu.rec.studio'),
            dataIndex: 'studioName',
            render: (name: string, r) => <Link to={`/innovation/studios/${r.studioId}`}>{name}</Link>,
          },
          { title: t('stu.rec.union'), dataIndex: 'studioOrgName' },
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
          {
            title: t('common.actions'),
            dataIndex: 'id',
            render: (_: number, r) =>
              tab === 'mine' &&
              r.status === 'submitted' &&
              can('innovation.review') && (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => start(r, 'approve')}
                    data-testid="recognition-approve"
                  >
                    {t('stu.rec.approve')}
                  </Button>
                  <Button size="small" danger onClick={() => start(r, 'reject')}>
                    {t('stu.rec.reject')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {acting && (
        <Modal
          open
          title={t(acting.action === 'approve' ? 'stu.rec.approveTitle' : 'stu.rec.rejectTitle', {
            name: acting.r.studioName,
          })}
          onCancel={() => setActing(null)}
          onOk={act}
          confirmLoading={busy}
          okText={t(acting.action === 'approve' ? 'stu.rec.approve' : 'stu.rec.reject')}
          cancelText={t('common.cancel')}
          okButtonProps={
            { danger: acting.action === 'reject', 'data-testid': 'recognition-confirm' } as never
          }
        >
          {acting.action === 'approve' && (
            <Alert type="info" showIcon message={t('stu.rec.approveHint')} style={{ marginBottom: 16 }} />
          )}
          <Form layout="vertical">
            <Form.Item label={t('stu.rec.reason')} required={acting.action === 'reject'}>
              <Input.TextArea
                rows={3}
                maxLength={1000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </Form.Item>
            <PastDay value={decidedOn} onChange={setDecidedOn} testId="recognition-day" />
          </Form>
        </Modal>
      )}
    </Card>
  );
}
