import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, InputNumber, Modal, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatCount, formatFen } from '../../components/format.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type WellnessBatch, wellnessApi } from './wellness-api.ts';

/**
 * Staff: a batch — the program's union gives quotas to lower unions, records who went (by hand or the institution's
 * sheet) and settles the union's share into the ledger; a lower union nominates, substitutes and withdraws its own.
 */
export default function WellnessBatchPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const b = useLoad(() => wellnessApi.batch(id), [id]);
  usePageTitle(b.data?.title ?? t('wel.what.batch'));
  return (
    <LoadGate state={b} what={t('wel.what.batch')}>
      {(batch) => <Batch batch={batch} reload={b.reload} />}
    </LoadGate>
  );
}

function Batch({ batch, reload }: { batch: WellnessBatch; reload: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const { can } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [allocOrg, setAllocOrg] = useState<number | null>(null);
  const [quota, setQuota] = useState<number | null>(null);
  const [nomOrg, setNomOrg] = useState<number | null>(batch.allocations[0]?.orgId ?? null);
  const [person, setPerson] = useState<number | null>(null);
  const [replacing, setReplacing] = useState<number | null>(null);
  // the day quotas, nominations, substitutions, withdrawals and attendance happened (null: today); a closed batch
  // takes a past day up to its closing day (ADR 55, issue 42)
  const [day, setDay] = useState<string | null>(null);
  const run = async (key: string, fn: () => Promise<string | undefined>) => {
    setBusy(key);
    try {
      const text = await fn();
      if (text) feedback.success(text);
      reload();
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(null);
    }
  };
  const canNominate =
    can('wellness.nominate') &&
    batch.status === 'open' &&
    (batch.open || (day !== null && day <= batch.closesOn));
  const upload = (file: File) =>
    run('upload', async () => {
      const dry = await wellnessApi.importAttendance(batch.id, file, true);
      const ok = await new Promise<boolean>((resolve) =>
        Modal.confirm({
          title: t('wel.batch.upload'),
          content: t('wel.batch.dryRun', dry),
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        }),
      );
      if (!ok) return undefined;
      await wellnessApi.importAttendance(batch.id, file, false);
      return t('wel.batch.imported');
    });
  return (
    <Flex vertical gap={16}>
      <Card
        title={batch.title}
        extra={<Link to={`/wellness/programs/${batch.programId}`}>{t('wel.batch.back')}</Link>}
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('wel.field.kind')}>{t(`wel.kind.${batch.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('wel.field.institution')}>
            {batch.institutionName} {batch.institutionAddress}
          </Descriptions.Item>
          <Descriptions.Item label={t('wel.field.startsOn')}>
            {batch.startsOn} — {batch.endsOn}
          </Descriptions.Item>
          <Descriptions.Item label={t('wel.field.closesOn')}>{batch.closesOn}</Descriptions.Item>
          <Descriptions.Item label={t('wel.field.places')}>{formatCount(batch.places)}</Descriptions.Item>
          <Descriptions.Item label={t('wel.field.allocated')}>
            {formatCount(batch.allocated)}
          </Descriptions.Item>
          <Descriptions.Item label={t('wel.field.attended')}>
            <span data-testid="wel-attended">{formatCount(batch.attended)}</span>
          </Descriptions.Item>
          {(['nominated', 'substituted', 'withdrawn', 'noShows'] as const).map((k) => (
            <Descriptions.Item key={k} label={t(`wel.stats.${k}`)}>
              <span data-testid={`wel-figure-${k}`}>{formatCount(batch.figures[k])}</span>
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('wel.field.status')}>
            <Tag color={batch.status === 'settled' ? 'green' : 'blue'} data-testid="wel-status">
              {t(`wel.status.${batch.status}`)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('wel.field.subsidy')}>
            <span data-testid="wel-subsidy">
              {batch.subsidyFen === null ? '—' : formatFen(batch.subsidyFen)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('wel.field.meeting')}>{batch.meeting || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('wel.field.bring')}>{batch.bring || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>

      {batch.status === 'open' && (batch.manage || can('wellness.nominate')) && (
        <PastDay value={day} onChange={setDay} testId="wel-day" />
      )}

      <Card title={t('wel.batch.allocations')}>
        {batch.manage && batch.status === 'open' && (
          <Space wrap style={{ marginBottom: 12 }}>
            <OrgSelect
              value={allocOrg}
              onChange={(v) => setAllocOrg(v)}
              placeholder={t('wel.batch.pickUnion')}
              testId="wel-alloc-org"
            />
            <InputNumber min={0} value={quota} onChange={(v) => setQuota(v)} data-testid="wel-alloc-quota" />
            <Button
              disabled={!allocOrg || quota === null}
              loading={busy === 'allocate'}
              data-testid="wel-allocate"
              onClick={() =>
                run('allocate', async () => {
                  await wellnessApi.allocate(batch.id, allocOrg as number, quota as number, day);
                  return t('wel.batch.allocated');
                })
              }
            >
              {t('wel.batch.allocate')}
            </Button>
            <span className="muted">{t('wel.batch.quotaLeft', { n: batch.places - batch.allocated })}</span>
          </Space>
        )}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={batch.allocations}
          locale={{ emptyText: t('wel.batch.noAllocations') }}
          data-testid="wel-allocations"
          columns={[
            { title: t('wel.stats.union'), dataIndex: 'orgName' },
            { title: t('wel.field.quota'), dataIndex: 'quota', align: 'right', render: formatCount },
            {
              title: t('wel.field.used'),
              align: 'right',
              render: (_, a) => (a.recordedUsed === null ? formatCount(a.used) : t('wel.batch.recorded')),
            },
            { title: t('wel.field.attended'), dataIndex: 'attended', align: 'right', render: formatCount },
          ]}
        />
      </Card>

      <Card
        title={t('wel.batch.nominations')}
        extra={
          batch.manage &&
          batch.status === 'open' && (
            <Space wrap>
              <Button icon={<DownloadOutlined />} href={wellnessApi.templateUrl(batch.id)}>
                {t('wel.batch.template')}
              </Button>
              <Upload
                showUploadList={false}
                accept=".xlsx,.xls,.ods,.csv"
                beforeUpload={(file) => {
                  void upload(file);
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} loading={busy === 'upload'}>
                  {t('wel.batch.upload')}
                </Button>
              </Upload>
              <Button
                type="primary"
                loading={busy === 'settle'}
                data-testid="wel-settle"
                onClick={() =>
                  Modal.confirm({
                    title: t('wel.batch.settle'),
                    content: t('wel.batch.settleConfirm'),
                    okButtonProps: { 'data-testid': 'wel-settle-ok' } as never,
                    onOk: () =>
                      run('settle', async () => {
                        const r = await wellnessApi.settle(batch.id);
                        return t('wel.batch.settled', {
                          attended: r.attended,
                          amount: formatFen(r.subsidyFen),
                        });
                      }),
                  })
                }
              >
                {t('wel.batch.settle')}
              </Button>
            </Space>
          )
        }
      >
        {canNominate && batch.allocations.length > 0 && (
          <Space wrap style={{ marginBottom: 12 }}>
            <OrgSelect
              value={nomOrg}
              onChange={(v) => setNomOrg(v)}
              placeholder={t('wel.batch.pickUnion')}
              testId="wel-nom-org"
            />
            <div style={{ minWidth: 280 }}>
              <PersonSelect
                value={person}
                onChange={(v) => setPerson(Array.isArray(v) ? (v[0] ?? null) : v)}
                known={[]}
                testId="wel-person"
              />
            </div>
            <Button
              disabled={!nomOrg || !person}
              loading={busy === 'nominate'}
              data-testid="wel-nominate"
              onClick={() =>
                run('nominate', async () => {
                  if (replacing) await wellnessApi.endNomination(replacing, person as number, day);
                  else await wellnessApi.nominate(batch.id, nomOrg as number, person as number, day);
                  setPerson(null);
                  setReplacing(null);
                  return t(replacing ? 'wel.batch.substituted' : 'wel.batch.nominated');
                })
              }
            >
              {replacing ? t('wel.batch.replaceWith') : t('wel.batch.nominate')}
            </Button>
          </Space>
        )}
        {!batch.open && batch.status === 'open' && <Tag>{t('wel.batch.closed')}</Tag>}
        <Table
          rowKey="id"
          size="small"
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          dataSource={batch.nominations}
          locale={{ emptyText: t('wel.batch.noNominations') }}
          data-testid="wel-nominations"
          columns={[
            { title: t('wel.field.person'), dataIndex: 'personName' },
            { title: t('wel.field.idMasked'), dataIndex: 'idMasked' },
            { title: t('wel.stats.union'), dataIndex: 'orgName' },
            {
              title: t('wel.field.group'),
              render: (_, n) => (
                <>
                  {n.frontLine && <Tag>{t('wel.group.frontLine')}</Tag>}
                  {n.newEmployment && <Tag>{t('wel.group.newEmployment')}</Tag>}
                </>
              ),
            },
            { title: t('wel.field.nominatedOn'), dataIndex: 'nominatedOn' },
            {
              title: t('wel.field.status'),
              render: (_, n) =>
                n.status === 'nominated' ? (
                  <Tag
                    color={
                      n.attendance === 'attended' ? 'green' : n.attendance === 'absent' ? 'red' : undefined
                    }
                  >
                    {t(`wel.attendance.${n.attendance ?? 'none'}`)}
                  </Tag>
                ) : (
                  <Tag>{t(`wel.nomStatus.${n.status}`)}</Tag>
                ),
            },
            {
              title: '',
              render: (_, n) =>
                n.status === 'nominated' && (
                  <Space>
                    {batch.manage && batch.status === 'open' && (
                      <>
                        <Button
                          size="small"
                          data-testid={`wel-attended-${n.personId}`}
                          onClick={() =>
                            run('mark', async () => {
                              await wellnessApi.mark(
                                batch.id,
                                [{ nominationId: n.id, attendance: 'attended' }],
                                day,
                              );
                              return t('wel.batch.marked');
                            })
                          }
                        >
                          {t('wel.batch.attended')}
                        </Button>
                        <Button
                          size="small"
                          onClick={() =>
                            run('mark', async () => {
                              await wellnessApi.mark(
                                batch.id,
                                [{ nominationId: n.id, attendance: 'absent' }],
                                day,
                              );
                              return t('wel.batch.marked');
                            })
                          }
                        >
                          {t('wel.batch.absent')}
                        </Button>
                      </>
                    )}
                    {canNominate && (
                      <>
                        <Button size="small" onClick={() => setReplacing(n.id)}>
                          {t('wel.batch.substitute')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          onClick={() =>
                            run('withdraw', async () => {
                              await wellnessApi.endNomination(n.id, undefined, day);
                              return t('wel.batch.withdrawn');
                            })
                          }
                        >
                          {t('wel.batch.withdraw')}
                        </Button>
                      </>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
