import { Button, Empty, Form, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { type DialogProps, FieldsDialog, heldDialog } from '../../components/FormDialog.tsx';
import { PhoneLoadState } from '../../components/LoadError.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type MyBatch, wellnessApi } from './wellness-api.ts';

/** The worker's 疗休养 and 体检 on the phone: the batch, its days, the place, where to meet, what to bring; sign-in. */
export default function WorkerWellnessPage() {
  const { t } = useTranslation();
  usePageTitle(t('wel.mine.title'));
  const list = useLoad(() => wellnessApi.mine(), []);
  const { busy, act } = useAct<number>(() => void list.reload());
  const [declining, setDeclining] = useState<MyBatch | null>(null);
  if (list.error || !list.data) return <PhoneLoadState state={list} what={t('wel.what.mine')} />;
  if (!list.data.items.length)
    return (
      <div className="m-card">
        <Empty description={t('wel.mine.empty')} />
      </div>
    );
  return (
    <div data-testid="my-wellness">
      <CappedNotice list={list.data} plain />
      {list.data.items.map((b) => (
        <section className="m-card" key={b.nominationId} data-testid={`my-wellness-${b.id}`}>
          <h2 className="m-card-title">
            {b.title} <Tag>{t(`wel.kind.${b.kind}`)}</Tag>
          </h2>
          <p>
            <strong>{t('wel.mine.when')}</strong> {b.startsOn} — {b.endsOn}
          </p>
          <p>
            <strong>{t('wel.mine.where')}</strong> {b.institutionName}
            {b.institutionAddress && `${aside(b.institutionAddress)}`}
          </p>
          {b.meeting && (
            <p>
              <strong>{t('wel.mine.meeting')}</strong> {b.meeting}
            </p>
          )}
          {b.bring && (
            <p data-testid={`my-wellness-bring-${b.id}`}>
              <strong>{t('wel.mine.bring')}</strong> {b.bring}
            </p>
          )}
          <p className="muted">{b.orgName}</p>
          {b.attendance && (
            <Tag color={b.attendance === 'attended' ? 'green' : 'red'}>
              {t(`wel.attendance.${b.attendance}`)}
            </Tag>
          )}
          {b.canCheckIn && (
            <Button
              type="primary"
              block
              loading={busy === b.id}
              data-testid={`my-wellness-checkin-${b.id}`}
              onClick={() => act(b.id, () => wellnessApi.checkIn(b.id), t('wel.mine.checkedIn'))}
            >
              {t('wel.mine.checkIn')}
            </Button>
          )}
          {b.canDecline && (
            <Button block danger data-testid={`my-wellness-decline-${b.id}`} onClick={() => setDeclining(b)}>
              {t('wel.mine.decline')}
            </Button>
          )}
        </section>
      ))}
      {declining && (
        <DeclineDialog batch={declining} {...heldDialog(() => setDeclining(null), list.reload)} />
      )}
    </div>
  );
}

/** The worker gives their place back, saying why if they wish: the union that nominated them is told. */
function DeclineDialog({ batch, onClose, onDone }: DialogProps<{ batch: MyBatch }>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  return (
    <FieldsDialog
      title={t('wel.mine.declineTitle', { title: batch.title })}
      form={form}
      okText={t('wel.mine.decline')}
      okProps={{ danger: true }}
      okTestId="my-wellness-decline-ok"
      onClose={onClose}
      submit={async (v) => {
        await wellnessApi.decline(batch.id, v.reason?.trim() || undefined);
        onDone();
        return t('wel.mine.declined');
      }}
    >
      <Typography.Paragraph>{t('wel.mine.declineHint', { closesOn: batch.closesOn })}</Typography.Paragraph>
      <TextItem
        name="reason"
        label={t('wel.mine.declineReason')}
        max={200}
        rows={2}
        testId="my-wellness-decline-reason"
      />
    </FieldsDialog>
  );
}
