import { Alert, Button, Form, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../auth/session.tsx';
import { linkColumn } from '../../../components/columns.tsx';
import { Field } from '../../../components/Field.tsx';
import { useFeedback } from '../../../components/feedback.ts';
import { PastDay } from '../../../components/PastDay.tsx';
import { RegisterList } from '../../../components/RegisterList.tsx';
import { TextBox } from '../../../components/TextBox.tsx';
import { useSaving } from '../../../components/useBusy.ts';
import { recognitionColumns } from './RecognitionStatusTag.tsx';
import { type Recognition, studiosApi } from './studios-api.ts';

/**
 * Reviewers: recognition proposals waiting for my union (approve or reject), and all of my subtree (the tab in the
 * address).
 */
export default function RecognitionsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const [acting, setActing] = useState<{ r: Recognition; action: 'approve' | 'reject' } | null>(null);
  const [reason, setReason] = useState('');
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  const { busy, run: whileBusy } = useSaving();

  const act = async (reload: () => Promise<void>) => {
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
      await reload();
    });
  };

  const start = (r: Recognition, action: 'approve' | 'reject') => {
    setReason('');
    setDecidedOn(null);
    setActing({ r, action });
  };

  return (
    <RegisterList<Recognition>
      title={t('stu.rec.title')}
      testId="recognition"
      filters={[
        {
          kind: 'tabs',
          param: 'tab',
          initial: 'mine',
          options: [
            { value: 'mine', label: t('stu.rec.mine') },
            { value: 'all', label: t('stu.rec.all') },
          ],
        },
      ]}
      load={({ values, page, pageSize }) =>
        studiosApi.recognitions({ mine: values.tab === 'mine', page, pageSize })
      }
      empty={({ values }) => t(values.tab === 'mine' ? 'stu.rec.empty' : 'stu.rec.emptyAll')}
      what={t('stu.rec.what')}
      columns={(_list, q) => [
        linkColumn(t('stu.rec.studio'), 'studioName', (r) => `/innovation/studios/${r.studioId}`),
        { title: t('stu.rec.union'), dataIndex: 'studioOrgName' },
        ...recognitionColumns(t),
        {
          title: t('common.actions'),
          dataIndex: 'id',
          render: (_: number, r) =>
            q.values.tab === 'mine' &&
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
    >
      {(list) =>
        acting && (
          <Modal
            open
            title={t(acting.action === 'approve' ? 'stu.rec.approveTitle' : 'stu.rec.rejectTitle', {
              name: acting.r.studioName,
            })}
            onCancel={() => setActing(null)}
            onOk={() => act(list.reload)}
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
              <Field
                id="studio-recognition-reason"
                label={t('stu.rec.reason')}
                required={acting.action === 'reject'}
              >
                <TextBox rows={3} max={1000} value={reason} onChange={setReason} />
              </Field>
              <PastDay value={decidedOn} onChange={setDecidedOn} testId="recognition-day" />
            </Form>
          </Modal>
        )
      }
    </RegisterList>
  );
}
