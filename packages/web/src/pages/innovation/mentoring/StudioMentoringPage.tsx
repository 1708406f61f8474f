import { Alert, Button, Card, Descriptions, Flex, Form, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { pickedDay } from '../../../api/client.ts';
import { useSession } from '../../../auth/session.tsx';
import { labelColumn } from '../../../components/columns.tsx';
import { FormDate } from '../../../components/DateField.tsx';
import { thisYear } from '../../../components/dates.ts';
import { type DialogProps, FieldsDialog } from '../../../components/FormDialog.tsx';
import { LoadGate } from '../../../components/LoadError.tsx';
import { MemberSelect } from '../../../components/MemberSelect.tsx';
import { NumberInput } from '../../../components/NumberInput.tsx';
import { optionsOf } from '../../../components/options.ts';
import { PastDay } from '../../../components/PastDay.tsx';
import { RequiredItem } from '../../../components/RequiredItem.tsx';
import { WholeTable } from '../../../components/TableCard.tsx';
import { TextItem } from '../../../components/TextItem.tsx';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { MentoringFlags } from './MentoringFlags.tsx';
import {
  APPRENTICE_KINDS,
  type ApprenticeKind,
  type MasterYear,
  mentoringApi,
  SESSION_KINDS,
  type SessionKind,
  type StudioMentoring,
} from './mentoring-api.ts';

type Pair = MasterYear['pairs'][number];
type Session = StudioMentoring['sessions'][number];

/** Staff: one studio's mentoring for a year — the master, pairs and flags, invitations, sessions. */
export default function StudioMentoringPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const year = Number(useSearchParams()[0].get('year')) || thisYear();
  const view = useLoad(() => mentoringApi.studio(id, year), [id, year]);
  usePageTitle(view.data ? t('ip.studio.title', { name: view.data.studio.name }) : t('ip.mentoring.title'));
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Link to="/innovation/mentoring">← {t('ip.studio.back')}</Link>
      <LoadGate state={view} what={t('ip.what.mentoring')}>
        {(v) => <StudioView v={v} reload={view.reload} />}
      </LoadGate>
    </Space>
  );
}

function StudioView({ v, reload }: { v: StudioMentoring; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [inviting, setInviting] = useState(false);
  const canWrite = useSession().can('innovation.write');
  const [logging, setLogging] = useState(false);
  const accepted = v.master?.pairs.filter((p) => p.status === 'accepted') ?? [];
  return (
    <>
      <Card
        title={t('ip.studio.title', { name: v.studio.name })}
        extra={
          v.studio.eligible &&
          canWrite && (
            <Flex gap={8}>
              <Button onClick={() => setInviting(true)} data-testid="mentoring-invite">
                {t('ip.studio.invite')}
              </Button>
              <Button
                type="primary"
                disabled={accepted.length === 0}
                onClick={() => setLogging(true)}
                data-testid="mentoring-log"
              >
                {t('ip.studio.logSession')}
              </Button>
            </Flex>
          )
        }
      >
        {!v.studio.eligible && <Alert type="warning" showIcon message={t('ip.studio.notEligible')} />}
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('ip.studio.level')}>
            {t(`stu.level.${v.studio.level}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('ip.mentoring.master')}>{v.studio.leaderName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ip.mentoring.year')}>{v.year}</Descriptions.Item>
        </Descriptions>
        {v.master && <MentoringFlags m={v.master} />}
      </Card>
      <Card
        title={t('ip.studio.pairsTitle')}
        extra={v.master && t('ip.studio.expected', { count: v.master.expected })}
      >
        <WholeTable<Pair>
          dataSource={v.master?.pairs ?? []}
          locale={{ emptyText: t('ip.mentoring.empty') }}
          columns={[
            { title: t('ip.studio.apprentice'), dataIndex: 'apprenticeName' },
            labelColumn(t('ip.studio.kind'), 'apprenticeKind', (k) => t(`ip.apprenticeKind.${k}`)),
            {
              title: t('review.field.status'),
              dataIndex: 'status',
              render: (s: Pair['status'], p) => (
                <Flex gap={4}>
                  <Tag color={s === 'accepted' ? 'green' : 'gold'} data-testid="pair-status">
                    {t(`ip.studio.pairStatus.${s}`)}
                  </Tag>
                  {p.behind && <Tag color="red">{t('ip.mentoring.behind', { count: 1 })}</Tag>}
                </Flex>
              ),
            },
            {
              title: t('ip.mentoring.confirmed'),
              render: (_, p) => <span data-testid="pair-confirmed">{p.confirmed}</span>,
            },
          ]}
        />
      </Card>
      <Card title={t('ip.studio.sessions')}>
        <WholeTable<Session>
          dataSource={v.sessions}
          locale={{ emptyText: t('ip.studio.sessionsEmpty') }}
          columns={[
            { title: t('ip.studio.heldOn'), dataIndex: 'heldOn' },
            labelColumn(t('ip.studio.sessionKind'), 'kind', (k) => t(`ip.sessionKind.${k}`)),
            { title: t('ip.studio.topic'), dataIndex: 'topic' },
            { title: t('ip.studio.hours'), dataIndex: 'hours' },
            {
              title: t('ip.mentoring.confirmed'),
              render: (_, s) =>
                t('ip.studio.confirmedOf', { confirmed: s.confirmed, attendees: s.attendees }),
            },
          ]}
        />
      </Card>
      {inviting && <InviteModal v={v} onClose={() => setInviting(false)} onDone={reload} />}
      {logging && <SessionModal v={v} pairs={accepted} onClose={() => setLogging(false)} onDone={reload} />}
    </>
  );
}

function InviteModal({ v, onClose, onDone }: DialogProps<{ v: StudioMentoring }>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ apprenticePersonId: number; apprenticeKind: ApprenticeKind }>();
  const [pastDay, setPastDay] = useState<string | null>(null);
  const submit = async (f: { apprenticePersonId: number; apprenticeKind: ApprenticeKind }) => {
    await mentoringApi.invite({
      studioId: v.studio.id,
      year: v.year,
      ...f,
      ...pickedDay(pastDay),
    });
    onClose();
    await onDone();
    return t('ip.studio.invited');
  };
  return (
    <FieldsDialog
      form={form}
      title={t('ip.studio.inviteTitle', { year: v.year })}
      onClose={onClose}
      submit={submit}
      okTestId="invite-ok"
      initialValues={{ apprenticeKind: 'skilled' }}
    >
      <RequiredItem name="apprenticePersonId" label={t('ip.studio.apprentice')}>
        <MemberSelect testId="invite-person" />
      </RequiredItem>
      <RequiredItem name="apprenticeKind" label={t('ip.studio.kind')}>
        <Select options={optionsOf(APPRENTICE_KINDS, (k) => t(`ip.apprenticeKind.${k}`))} />
      </RequiredItem>
      <PastDay value={pastDay} onChange={setPastDay} testId="invite-day" />
    </FieldsDialog>
  );
}

type SessionFields = { heldOn: string; hours: number; kind: SessionKind; topic: string; pairIds: number[] };

function SessionModal({ v, pairs, onClose, onDone }: DialogProps<{ v: StudioMentoring; pairs: Pair[] }>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SessionFields>();
  const submit = async (f: SessionFields) => {
    await mentoringApi.logSession({ studioId: v.studio.id, ...f });
    onClose();
    await onDone();
    return t('ip.studio.logged');
  };
  return (
    <FieldsDialog
      form={form}
      title={t('ip.studio.logTitle')}
      onClose={onClose}
      submit={submit}
      okTestId="session-ok"
      initialValues={{ kind: 'training', hours: 2, pairIds: pairs.map((p) => p.id) }}
    >
      <RequiredItem name="heldOn" label={t('ip.studio.heldOn')}>
        <FormDate allowClear testId="session-date" />
      </RequiredItem>
      <Flex gap={12}>
        <Form.Item name="kind" label={t('ip.studio.sessionKind')} style={{ flex: 1 }}>
          <Select options={optionsOf(SESSION_KINDS, (k) => t(`ip.sessionKind.${k}`))} />
        </Form.Item>
        <RequiredItem name="hours" label={t('ip.studio.hours')} style={{ flex: 1 }}>
          <NumberInput min={0.5} max={24} decimals={1} style={{ width: '100%' }} />
        </RequiredItem>
      </Flex>
      <TextItem name="topic" label={t('ip.studio.topic')} max={100} required testId="session-topic" />
      <RequiredItem name="pairIds" label={t('ip.studio.attendees')}>
        <Select mode="multiple" options={pairs.map((p) => ({ value: p.id, label: p.apprenticeName }))} />
      </RequiredItem>
    </FieldsDialog>
  );
}
