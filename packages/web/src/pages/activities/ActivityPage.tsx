import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Image,
  Modal,
  Popconfirm,
  QRCode,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api, fileForm, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatFen } from '../../components/format.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { RegisterImport } from '../import/RegisterImport.tsx';
import { RuleText } from '../programs/RuleVocabulary.tsx';
import type { Rule } from '../programs/rule-vocabulary.ts';
import { type ActivityDetail, activitiesApi, sessionText } from './activities-api.ts';

/** The address a worker's phone opens from the session's QR code to check in (the code travels in the query). */
export const checkInUrl = (code: string) =>
  `${window.location.origin}/m/activities?code=${encodeURIComponent(code)}`;

/** Staff: an activity — door codes, the roster with waiting positions, signing members up, check-in at the door. */
export default function ActivityPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const a = useLoad(() => activitiesApi.get(id), [id]);
  usePageTitle(a.data?.title ?? t('act.what.activity'));
  return (
    <LoadGate state={a} what={t('act.what.activity')}>
      {(x) => <Detail a={x} reload={a.reload} />}
    </LoadGate>
  );
}

function Detail({ a, reload }: { a: ActivityDetail; reload: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const [people, setPeople] = useState<number[]>([]);
  const [session, setSession] = useState<number | undefined>(a.sessions[0]?.id);
  const [checking, setChecking] = useState<number | null>(null);
  const [sheet, setSheet] = useState(false);
  /** The day staff sign up or record attendance on: a past activity brought in (ADR 40); null is today. */
  const [pastDay, setPastDay] = useState<string | null>(null);
  const [cancelDay, setCancelDay] = useState<string | null>(null);
  const manage = can('activities.manage') && a.codes.length > 0 && a.status === 'open';
  const last = a.sessions.at(-1);
  const finished = !!last && Date.parse(last.endsAt) < Date.now();
  const run = async (fn: () => Promise<unknown>, done?: string) => {
    try {
      await fn();
      if (done) feedback.success(done);
      reload();
    } catch (err) {
      feedback.error(err);
    }
  };
  type R = ActivityDetail['roster'][number];
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space>
            {a.title}
            <Tag>{t(`act.kind.${a.kind}`)}</Tag>
            {a.status === 'cancelled' && <Tag color="red">{t('act.detail.cancelled')}</Tag>}
          </Space>
        }
        extra={
          manage && (
            <Popconfirm
              title={t('act.detail.cancelConfirm')}
              description={<PastDay value={cancelDay} onChange={setCancelDay} testId="act-cancel-day" />}
              onConfirm={() => run(() => activitiesApi.cancel(a.id, cancelDay), t('act.detail.cancelled'))}
              okButtonProps={{ danger: true, 'data-testid': 'act-cancel-ok' } as never}
            >
              <Button danger data-testid="act-cancel">
                {t('act.detail.cancel')}
              </Button>
            </Popconfirm>
          )
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t('act.field.union')}>{a.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('act.field.place')}>{a.place}</Descriptions.Item>
          <Descriptions.Item label={t('act.field.session')}>
            {a.sessions.map((s) => sessionText(s)).join('；')}
          </Descriptions.Item>
          <Descriptions.Item label={t('act.field.signup')}>
            {a.signupFrom} — {a.signupUntil}
          </Descriptions.Item>
          <Descriptions.Item label={t('act.field.places')}>
            <span data-testid="act-taken">{`${a.taken}/${a.places}`}</span>（{t('act.field.waiting')}{' '}
            {a.waiting}）
          </Descriptions.Item>
          <Descriptions.Item label={t('act.field.fee')}>
            {a.feeFen ? formatFen(a.feeFen) : t('act.field.free')}
          </Descriptions.Item>
          {a.quotas.length > 0 && (
            <Descriptions.Item label={t('act.detail.quotas')} span={2}>
              <Flex gap={12} wrap data-testid="act-quotas">
                {a.quotas.map((q) => (
                  <Tag key={q.orgId}>
                    {q.orgName} {q.taken}/{q.places}
                  </Tag>
                ))}
                <Tag>
                  {t('act.detail.shared')} {a.taken - a.quotas.reduce((n, q) => n + q.taken, 0)}/
                  {a.places - a.quotas.reduce((n, q) => n + q.places, 0)}
                </Tag>
              </Flex>
            </Descriptions.Item>
          )}
          {a.rule && (
            <Descriptions.Item label={t('act.field.rule')} span={2}>
              <RuleText rule={a.rule as Rule} />
            </Descriptions.Item>
          )}
          {a.pairs !== null && (
            <Descriptions.Item label={t('act.mixer.pairs')}>
              <span data-testid="act-pairs">{a.pairs}</span>
            </Descriptions.Item>
          )}
          {a.noShowLimit > 0 && (
            <Descriptions.Item label={t('act.field.noShow')}>
              {t('act.field.noShowHint', { n: a.noShowLimit, days: a.noShowDays })}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {a.codes.length > 0 && (
        <Card title={t('act.detail.codes')}>
          <Typography.Paragraph type="secondary">{t('act.detail.codeHint')}</Typography.Paragraph>
          <Flex gap={24} wrap>
            {a.codes.map((c) => (
              <div key={c.id}>
                <Typography.Text type="secondary">
                  {sessionText(a.sessions.find((s) => s.id === c.id) ?? { startsAt: '', endsAt: '' })}
                </Typography.Text>
                <div className="act-code" data-testid={`act-code-${c.id}`}>
                  {c.code}
                </div>
                <QRCode value={checkInUrl(c.code)} size={180} bordered={false} />
              </div>
            ))}
          </Flex>
        </Card>
      )}
      <Card
        title={t('act.detail.photos')}
        extra={
          can('activities.manage') &&
          a.codes.length > 0 &&
          finished && (
            <Upload
              accept="image/jpeg,image/png"
              showUploadList={false}
              customRequest={({ file }) =>
                void run(
                  () =>
                    unwrap(
                      api.POST('/api/activities/{id}/photos', {
                        params: { path: { id: a.id } },
                        body: fileForm(file as File),
                      }),
                    ),
                  t('act.detail.photoAdded'),
                )
              }
            >
              <Button icon={<UploadOutlined />} data-testid="act-photo-add">
                {t('act.detail.addPhoto')}
              </Button>
            </Upload>
          )
        }
      >
        {a.photos.length ? (
          <Image.PreviewGroup>
            <Flex gap={8} wrap data-testid="act-photos">
              {a.photos.map((p) => (
                <Image
                  key={p}
                  width={160}
                  height={120}
                  style={{ objectFit: 'cover' }}
                  src={activitiesApi.photoUrl(a.id, p)}
                />
              ))}
            </Flex>
          </Image.PreviewGroup>
        ) : (
          <Empty description={finished ? t('act.detail.noPhotos') : t('act.detail.photosHint')} />
        )}
      </Card>
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
            <Button
              disabled={!people.length}
              onClick={() =>
                run(async () => {
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
                })
              }
              data-testid="act-sign-up"
            >
              {t('act.detail.signUp')}
            </Button>
            <Button icon={<FileExcelOutlined />} onClick={() => setSheet(true)} data-testid="act-sheet">
              {t('act.detail.signUpSheet')}
            </Button>
            {a.sessions.length > 1 && (
              <Select
                value={session}
                onChange={setSession}
                options={a.sessions.map((s) => ({ value: s.id, label: sessionText(s) }))}
              />
            )}
            <PastDay value={pastDay} onChange={setPastDay} testId="act-past-day" />
          </Space>
        )}
        <Table<R>
          rowKey="id"
          size="small"
          pagination={{ pageSize: 100, hideOnSinglePage: true }}
          dataSource={a.roster}
          data-testid="act-roster"
          columns={[
            { title: '', key: 'n', width: 50, render: (_, _r, i) => i + 1 },
            { title: t('member.name'), dataIndex: 'personName' },
            { title: t('act.field.union'), dataIndex: 'orgName' },
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
                      <Button
                        size="small"
                        loading={checking === r.personId}
                        onClick={async () => {
                          setChecking(r.personId);
                          await run(
                            () => activitiesApi.checkIn(a.id, session, r.personId, pastDay),
                            t('act.detail.checkInDone'),
                          );
                          setChecking(null);
                        }}
                      >
                        {t('act.detail.checkIn')}
                      </Button>
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
