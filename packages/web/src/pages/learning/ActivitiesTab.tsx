import { Button, Form, Modal, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { labelColumn } from '../../components/columns.tsx';
import { DateField } from '../../components/DateField.tsx';
import { FieldsDialog, heldDialog } from '../../components/FormDialog.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { LearningTable } from './LearningList.tsx';
import { type Activity, learningApi, type NewActivity, type Signup } from './learning-api.ts';

/** Offline activities at reading rooms and studios: schedule, see sign-ups, record attendance. */
export function ActivitiesTab() {
  const { t } = useTranslation();
  // The server records attendance with learning.write only: one who reads the registers sees the sign-ups.
  const marks = useSession().can('learning.write');
  const list = useLoad(() => learningApi.activities(), []);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Activity | null>(null);
  return (
    <>
      <LearningTable<Activity>
        newLabel={t('learn.activities.new')}
        onNew={() => setCreating(true)}
        list={list}
        what={t('learn.activities.what')}
        empty={t('learn.activities.empty')}
        columns={[
          { title: t('learn.activities.heldOn'), dataIndex: 'heldOn', width: 110 },
          { title: t('learn.activities.titleCol'), dataIndex: 'title' },
          labelColumn(
            t('learn.activities.kind'),
            'kind',
            (k: string) => <Tag>{t(`learn.activityKind.${k}`)}</Tag>,
            { width: 130 },
          ),
          {
            title: t('learn.activities.venue'),
            render: (_: unknown, a) => `${a.venue}${aside(t(`learn.carrier.${a.carrier}`))}`,
          },
          { title: t('learn.activities.organiser'), dataIndex: 'orgName', width: 180 },
          {
            title: t('learn.activities.signedUp'),
            render: (_: unknown, a) => `${a.signedUp} / ${a.capacity}`,
            width: 100,
          },
          { title: t('learn.activities.attended'), dataIndex: 'attended', width: 80 },
          {
            title: '',
            width: 110,
            render: (_: unknown, a) => (
              <Button size="small" onClick={() => setOpen(a)} data-testid={`activity-signups-${a.id}`}>
                {marks ? t('learn.activities.attendance') : t('learn.activities.signups')}
              </Button>
            ),
          },
        ]}
      />
      {creating && <ActivityModal {...heldDialog(() => setCreating(false), list.reload)} />}
      {open && (
        <AttendanceModal
          activity={open}
          onClose={() => {
            setOpen(null);
            void list.reload();
          }}
        />
      )}
    </>
  );
}

function ActivityModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewActivity & { hours: number }>();
  const save = async ({ hours, ...v }: NewActivity & { hours: number }) => {
    await learningApi.createActivity({ ...v, minutes: Math.round(hours * 60) });
    onDone();
    return undefined;
  };
  return (
    <FieldsDialog
      form={form}
      title={t('learn.activities.new')}
      onClose={onClose}
      submit={save}
      initialValues={{ kind: 'reading', carrier: 'reading_room', hours: 2, capacity: 30 }}
    >
      <TextItem name="title" label={t('learn.activities.titleCol')} max={200} required />
      <RequiredItem name="orgId" label={t('learn.activities.organiser')}>
        <OrgSelect tree openOnly />
      </RequiredItem>
      <Form.Item name="kind" label={t('learn.activities.kind')}>
        <Select
          options={optionsOf(['reading', 'master_meet'] as const, (k) => t(`learn.activityKind.${k}`))}
        />
      </Form.Item>
      <Form.Item name="carrier" label={t('learn.activities.carrier')}>
        <Select
          options={optionsOf(['reading_room', 'studio', 'craftsman_base'] as const, (k) =>
            t(`learn.carrier.${k}`),
          )}
        />
      </Form.Item>
      <TextItem name="venue" label={t('learn.activities.venue')} max={200} required />
      <RequiredItem name="heldOn" label={t('learn.activities.heldOn')}>
        <DateField value={undefined} onChange={() => {}} />
      </RequiredItem>
      <RequiredItem name="hours" label={t('learn.activities.hours')}>
        <NumberInput min={0.1} max={1000} decimals={2} style={{ width: '100%' }} />
      </RequiredItem>
      <RequiredItem name="capacity" label={t('learn.activities.capacity')}>
        <NumberInput min={1} max={100000} style={{ width: '100%' }} />
      </RequiredItem>
    </FieldsDialog>
  );
}

function AttendanceModal({ activity, onClose }: { activity: Activity; onClose: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const marks = useSession().can('learning.write');
  const signups = useLoad(() => learningApi.signups(activity.id), [activity.id]);
  const [picked, setPicked] = useState<number[]>([]);
  const save = async () => {
    try {
      await learningApi.attend(activity.id, picked);
      onClose();
    } catch (e) {
      feedback.error(e);
    }
  };
  return (
    <Modal
      open
      width={640}
      title={activity.title}
      onCancel={onClose}
      onOk={save}
      okText={t('learn.activities.markAttended')}
      okButtonProps={{ disabled: !picked.length }}
      // one who only reads the registers sees who signed up and came, and marks nobody
      footer={marks ? undefined : null}
    >
      <LoadGate state={signups} what={t('learn.activities.signupsWhat')}>
        {(rows) => (
          <WholeTable<Signup>
            rowKey="personId"
            dataSource={rows}
            locale={{ emptyText: t('learn.activities.noSignups') }}
            rowSelection={
              marks
                ? {
                    selectedRowKeys: picked,
                    onChange: (keys) => setPicked(keys as number[]),
                    getCheckboxProps: (s) => ({ disabled: s.attended }),
                  }
                : undefined
            }
            columns={[
              { title: t('learn.activities.name'), dataIndex: 'name' },
              { title: t('learn.activities.union'), dataIndex: 'orgName' },
              {
                title: t('learn.activities.attended'),
                dataIndex: 'attended',
                render: (a: boolean) => (a ? <Tag color="green">{t('learn.activities.yes')}</Tag> : ''),
              },
            ]}
          />
        )}
      </LoadGate>
    </Modal>
  );
}
