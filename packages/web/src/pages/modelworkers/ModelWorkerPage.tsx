import { EditOutlined, GiftOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { fenColumn, labelColumn, linkColumn, textColumn } from '../../components/columns.tsx';
import { Field } from '../../components/Field.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { formatFen } from '../../components/format.ts';
import { RecordPage } from '../../components/RecordPage.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { EditModal } from './EditModal.tsx';
import { HonourFields, newHonour } from './HonourFields.tsx';
import {
  HEALTH_COLOR,
  type Honour,
  LEVEL_COLOR,
  type Level,
  type ModelWorkerDetail,
  type ModelWorkerDialogProps,
  modelWorkersApi,
  STATUS_COLOR,
} from './modelworkers-api.ts';
import { VisitModal } from './VisitModal.tsx';

/**
 * Staff: one model worker — titles, the studio they lead, contact and health, and through the member their
 * hardship file, the visits made to them (logged here through care) and their program applications.
 */
export default function ModelWorkerPage() {
  const { t } = useTranslation();
  return (
    <RecordPage
      load={modelWorkersApi.get}
      what={t('mw.what.detail')}
      title={(m) => m.name}
      untitled={t('mw.detail.title')}
    >
      {(m, { reload }) => <Detail m={m} reload={reload} />}
    </RecordPage>
  );
}

function Detail({ m, reload }: { m: ModelWorkerDetail; reload: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const writer = can('modelworkers.write');
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [visiting, setVisiting] = useState(false);
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="mw-name">{m.name}</span>
            <Tag color={LEVEL_COLOR[m.level]} data-testid="mw-level">
              {t(`mw.level.${m.level}`)}
            </Tag>
          </Flex>
        }
        extra={
          writer && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="mw-edit">
              {t('mw.detail.edit')}
            </Button>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('mw.field.union')}>{m.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('mw.field.idNumber')}>{m.idMasked ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('mw.field.gender')}>
            {m.gender ? t(`mw.gender.${m.gender}`) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('mw.field.member')}>
            {m.personId ? t('mw.detail.isMember') : t('mw.detail.notMember')}
          </Descriptions.Item>
          <Descriptions.Item label={t('mw.field.employer')}>{m.employer ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('mw.field.phone')}>{m.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('mw.field.contactName')}>
            {m.contactName ? `${m.contactName}${m.contactPhone ? `${aside(m.contactPhone)}` : ''}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('mw.field.health')}>
            <Tag color={HEALTH_COLOR[m.health]}>{t(`mw.health.${m.health}`)}</Tag>
            {m.healthNote}
          </Descriptions.Item>
          <Descriptions.Item label={t('mw.field.status')}>
            <Tag color={STATUS_COLOR[m.status]} data-testid="mw-status-tag">
              {t(`mw.status.${m.status}`)}
            </Tag>
            {m.status !== 'active' &&
              (m.statusOn ?? t('mw.detail.statusOnUnknown', { recorded: m.statusRecordedOn ?? '' }))}
          </Descriptions.Item>
          <Descriptions.Item label={t('mw.field.registeredOn')}>{m.registeredOn}</Descriptions.Item>
          <Descriptions.Item label={t('mw.field.studio')}>
            {m.studio ? (
              <Link to={`/innovation/studios/${m.studio.id}`} data-testid="mw-studio">
                {m.studio.name}
              </Link>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('mw.field.hardship')}>
            {m.hardshipFile ? (
              <Link to={`/hardship/${m.hardshipFile.id}`}>
                {t(`mw.hardshipLevel.${m.hardshipFile.level}`, { defaultValue: m.hardshipFile.level })}
                {m.hardshipFile.status === 'closed' ? `${aside(t('mw.detail.closed'))}` : ''}
              </Link>
            ) : (
              t('mw.detail.noHardship')
            )}
          </Descriptions.Item>
          {m.note && <Descriptions.Item label={t('mw.field.note')}>{m.note}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card
        title={t('mw.field.titles')}
        extra={
          writer && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="mw-add-title">
              {t('mw.form.addTitle')}
            </Button>
          )
        }
      >
        <WholeTable
          dataSource={m.honours}
          data-testid="mw-honours"
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('mw.field.year'), dataIndex: 'year' },
            { title: t('mw.field.title'), dataIndex: 'title' },
            labelColumn(t('mw.field.level'), 'level', (l: Level) => (
              <Tag color={LEVEL_COLOR[l]}>{t(`mw.level.${l}`)}</Tag>
            )),
            { title: t('mw.field.kind'), dataIndex: 'kind', render: (k: string) => t(`mw.kind.${k}`) },
            textColumn(t('mw.field.awardedBy'), 'awardedBy'),
            { title: t('mw.field.source'), dataIndex: 'source', render: (s: string) => t(`mw.source.${s}`) },
          ]}
        />
      </Card>
      <Card
        title={t('mw.detail.visits')}
        extra={
          can('care.write') &&
          m.personId &&
          m.status !== 'deceased' && (
            <Button icon={<GiftOutlined />} onClick={() => setVisiting(true)} data-testid="mw-visit">
              {t('mw.visit.new')}
            </Button>
          )
        }
      >
        {m.status === 'deceased' && (
          <Typography.Paragraph type="secondary">{t('mw.detail.deceasedNote')}</Typography.Paragraph>
        )}
        {!m.personId ? (
          <Typography.Text type="secondary">{t('mw.detail.visitsNeedMember')}</Typography.Text>
        ) : (
          <WholeTable
            dataSource={m.visits}
            data-testid="mw-visits"
            locale={{ emptyText: <Empty description={t('mw.detail.noVisits')} /> }}
            columns={[
              { title: t('mw.visit.day'), dataIndex: 'visitedOn' },
              textColumn(t('mw.visit.campaign'), 'campaign'),
              { title: t('mw.visit.goods'), dataIndex: 'goods', render: (s: string) => s || '—' },
              {
                title: t('mw.visit.grant'),
                dataIndex: 'grantFen',
                align: 'right',
                render: (n: number) => (n ? formatFen(n) : '—'),
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('mw.detail.applications')}>
        <Typography.Paragraph type="secondary">{t('mw.detail.applicationsHint')}</Typography.Paragraph>
        <WholeTable
          rowKey="applicationId"
          dataSource={m.applications}
          locale={{ emptyText: <Empty description={t('mw.detail.noApplications')} /> }}
          columns={[
            linkColumn(
              t('mw.app.program'),
              'programName',
              (a: { applicationId: number }) => `/applications/${a.applicationId}`,
            ),
            { title: t('mw.app.appliedOn'), dataIndex: 'appliedOn' },
            {
              title: t('mw.app.status'),
              dataIndex: 'status',
              render: (s: string) => t(`review.status.${s}`, { defaultValue: s }),
            },
            fenColumn(t('mw.app.paid'), 'paidFen'),
          ]}
        />
      </Card>
      {editing && <EditModal m={m} onClose={() => setEditing(false)} onSaved={reload} />}
      {adding && <AddTitleModal m={m} onClose={() => setAdding(false)} onSaved={reload} />}
      {visiting && <VisitModal m={m} onClose={() => setVisiting(false)} onSaved={reload} />}
    </Flex>
  );
}

function AddTitleModal({ m, onClose, onSaved }: ModelWorkerDialogProps) {
  const { t } = useTranslation();
  const [honour, setHonour] = useState<Honour>(newHonour());
  const [recordId, setRecordId] = useState<number | null>(null);
  const [tried, setTried] = useState(false);
  const award = m.selectionAwards.find((a) => a.id === recordId);
  const save = async () => {
    setTried(true);
    if (!award && !honour.title.trim()) return undefined;
    await modelWorkersApi.addHonour(
      m.id,
      award
        ? {
            ...honour,
            title: award.title,
            year: award.year,
            source: 'selection',
            recordId: award.id,
            awardedBy: award.issuer,
          }
        : {
            ...honour,
            title: honour.title.trim(),
            awardedBy: honour.awardedBy?.trim() || null,
            source: 'external',
          },
    );
    onClose();
    onSaved();
    return t('mw.form.saved');
  };
  return (
    <FormDialog title={t('mw.form.addTitle')} onClose={onClose} submit={save} width={880}>
      <Flex vertical gap={12}>
        {m.selectionAwards.length > 0 && (
          <Field id="mw-page-from-selection" label={t('mw.form.fromSelection')} style={{ marginBottom: 0 }}>
            <Select
              allowClear
              value={recordId ?? undefined}
              onChange={(v) => setRecordId(v ?? null)}
              placeholder={t('mw.form.fromSelectionHint')}
              options={m.selectionAwards.map((a) => ({
                value: a.id,
                label: `${a.year} ${a.title}${a.issuer ? `${aside(a.issuer)}` : ''}`,
              }))}
            />
          </Field>
        )}
        <HonourFields
          value={award ? { ...honour, title: award.title, year: award.year } : honour}
          onChange={setHonour}
          tried={tried}
          prefix="mw-title"
        />
      </Flex>
    </FormDialog>
  );
}
