import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { ActButton } from '../../components/ActButton.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { RecordPage } from '../../components/RecordPage.tsx';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import { PagedTable } from '../../components/TableCard.tsx';
import { useAct } from '../../components/useBusy.ts';
import { ActivityHead, CodesCard, PhotosCard } from './ActivityPage.head.tsx';
import { rosterPersonColumns } from './ActivityPage.roster.tsx';
import { type ActivityDetail, activitiesApi, sessionText } from './activities-api.ts';

/** Staff: an activity — door codes, the roster with waiting positions, signing members up, check-in at the door. */
export default function ActivityPage() {
  const { t } = useTranslation();
  return (
    <RecordPage load={activitiesApi.get} what={t('act.what.activity')} title={(a) => a.title}>
      {(a, { reload }) => <Detail a={a} reload={reload} />}
    </RecordPage>
  );
}

function Detail({ a, reload }: { a: ActivityDetail; reload: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const [people, setPeople] = useState<number[]>([]);
  const [session, setSession] = useState<number | undefined>(a.sessions[0]?.id);
  const [sheet, setSheet] = useState(false);
  /** The day staff sign up or record attendance on: a past activity brought in (ADR 40); null is today. */
  const [pastDay, setPastDay] = useState<string | null>(null);
  const manage = can('activities.manage') && a.codes.length > 0 && a.status === 'open';
  const acts = useAct(reload);
  type R = ActivityDetail['roster'][number];
  return (
    <Flex vertical gap={16}>
      <ActivityHead a={a} manage={manage} acts={acts} />
      {/* the door codes serve while it runs; one over (a past one brought in too) records attendance by day below */}
      {a.codes.length > 0 && !a.ended && <CodesCard a={a} />}
      <PhotosCard a={a} finished={a.ended} acts={acts} />
      <Card
        title={t('act.detail.roster')}
        extra={
          <Button icon={<DownloadOutlined />} href={activitiesApi.rosterUrl(a.id)}>
            {t('act.detail.export')}
          </Button>
        }
      >
        {a.rosterPrivate && (
          <Typography.Paragraph type="secondary" data-testid="act-roster-private">
            {t('act.mixer.private')}
          </Typography.Paragraph>
        )}
        {manage && (
          <Space wrap style={{ marginBottom: 12 }}>
            <div style={{ minWidth: 320 }}>
              <PersonSelect
                value={people}
                onChange={(v) => setPeople(Array.isArray(v) ? v : v ? [v] : [])}
                known={[]}
                multiple
                testId="act-people"
              />
            </div>
            <ActButton
              disabled={!people.length}
              acts={acts}
              on="signUp"
              run={async () => {
                const r = await activitiesApi.signUp(a.id, people, pastDay);
                const failed = r.filter((x) => !x.status);
                feedback.success(
                  t('act.detail.signUpDone', {
                    ok: r.filter((x) => x.status === 'confirmed').length,
                    wait: r.filter((x) => x.status === 'waiting').length,
                  }),
                );
                for (const f of failed) feedback.warning(f.zh ?? '');
                setPeople([]);
              }}
              data-testid="act-sign-up"
            >
              {t('act.detail.signUp')}
            </ActButton>
            <Button icon={<FileExcelOutlined />} onClick={() => setSheet(true)} data-testid="act-sheet">
              {t('act.detail.signUpSheet')}
            </Button>
            {a.sessions.length > 1 && (
              <Select
                value={session}
                onChange={setSession}
                options={a.sessions.map((s) => ({ value: s.id, label: sessionText(s, a.dayOnly) }))}
              />
            )}
            <PastDay value={pastDay} onChange={setPastDay} testId="act-past-day" />
          </Space>
        )}
        <PagedTable<R>
          pageSize={100}
          dataSource={a.roster}
          data-testid="act-roster"
          columns={[
            ...rosterPersonColumns<R>(t),
            ...(a.quotas.length
              ? [
                  {
                    title: t('act.detail.quota'),
                    dataIndex: 'quotaOrgName',
                    render: (v: string | null) => v ?? t('act.detail.shared'),
                  },
                ]
              : []),
            { title: t('act.field.signup'), dataIndex: 'signedOn' },
            {
              title: t('act.field.status'),
              key: 'status',
              render: (_, r) =>
                r.status === 'waiting' ? (
                  <Tag color="gold">{t('act.detail.position', { n: r.position })}</Tag>
                ) : (
                  <Tag color="green">{t('act.status.confirmed')}</Tag>
                ),
            },
            { title: t('act.detail.attended'), dataIndex: 'attended', align: 'right' },
            ...(manage && session
              ? [
                  {
                    title: '',
                    key: 'checkin',
                    render: (_: unknown, r: R) => (
                      <ActButton
                        size="small"
                        acts={acts}
                        on={r.personId}
                        run={() => activitiesApi.checkIn(a.id, session, r.personId, pastDay)}
                        done={t('act.detail.checkInDone')}
                      >
                        {t('act.detail.checkIn')}
                      </ActButton>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {sheet && (
        <Modal
          open
          width={880}
          footer={null}
          title={t('act.detail.signUpSheet')}
          onCancel={() => {
            setSheet(false);
            reload();
          }}
        >
          <RegisterImport
            what={t('act.detail.sheetWhat')}
            templateUrl={activitiesApi.signupTemplateUrl(a.id)}
            send={(file, dryRun) => activitiesApi.importSignups(a.id, file, dryRun, pastDay)}
            figures={(x) => [
              { label: t('act.status.confirmed'), value: x.confirmed },
              { label: t('act.status.waiting'), value: x.waiting },
            ]}
          />
        </Modal>
      )}
    </Flex>
  );
}
