import { EditOutlined, RiseOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Row, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelColumn } from '../../../components/columns.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { dayWithEntry } from '../../../components/PastDay.tsx';
import { RecordPage } from '../../../components/RecordPage.tsx';
import { TableCard } from '../../../components/TableCard.tsx';
import { ProposeModal } from './ProposeModal.tsx';
import { recognitionColumns } from './RecognitionStatusTag.tsx';
import { StudioFormModal } from './StudioFormModal.tsx';
import { StudioGrantsCard } from './StudioGrantsCard.tsx';
import { LevelTag } from './studio-labels.tsx';
import { type StudioDetail, studiosApi } from './studios-api.ts';

/** Staff: one studio — its facts, members, projects and grants (项目与资助), level history and recognitions. */
export default function StudioDetailPage() {
  const { t } = useTranslation();
  return (
    <RecordPage
      load={studiosApi.get}
      what={t('stu.detail.what')}
      title={(s) => s.name}
      untitled={t('stu.list.title')}
    >
      {(s, { reload }) => <StudioView s={s} reload={reload} />}
    </RecordPage>
  );
}

function StudioView({ s, reload }: { s: StudioDetail; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'edit' | 'propose' | null>(null);
  const done = async () => {
    setDialog(null);
    await reload();
  };
  const open = s.recognitions.some((r) => r.status === 'submitted');
  return (
    <div className="page" data-testid="studio-detail">
      <PageHeading
        crumbs={[{ to: '/innovation/studios', label: t('stu.list.title') }]}
        title={s.name}
        tags={
          <>
            {s.status === 'active' ? (
              <LevelTag level={s.level} testId="studio-level" />
            ) : (
              <Tag data-testid="studio-level">{t(`stu.status.${s.status}`)}</Tag>
            )}
            {s.leaderIsCityModelWorker && <Tag color="gold">{t('stu.detail.modelWorkerLed')}</Tag>}
          </>
        }
        actions={
          s.canEdit && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="studio-edit">
                {t('common.edit')}
              </Button>
              <Button
                type="primary"
                icon={<RiseOutlined />}
                disabled={open || s.level === 'national'}
                onClick={() => setDialog('propose')}
                data-testid="studio-propose"
              >
                {t('stu.detail.propose')}
              </Button>
            </>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('stu.detail.info')}>
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
              <Descriptions.Item label={t('stu.field.org')}>{s.orgName}</Descriptions.Item>
              <Descriptions.Item label={t('stu.field.employer')}>{s.employer ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('stu.field.leader')}>
                {s.leaderName ?? '—'}{' '}
                {s.leaderModelWorkerLevel && <Tag>{t(`stu.modelWorker.${s.leaderModelWorkerLevel}`)}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('stu.field.foundedOn')}>{s.foundedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('stu.field.field')}>{s.field ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('stu.field.industry')}>{s.industry ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('stu.field.levelSince')}>{s.levelSince ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('stu.field.memberCount')}>{s.memberCount}</Descriptions.Item>
              <Descriptions.Item label={t('stu.field.description')} span={2}>
                {s.description || '—'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <TableCard
            title={t('stu.detail.members')}
            rowKey="personId"
            dataSource={s.members}
            locale={{ emptyText: <Empty description={t('stu.detail.noMembers')} /> }}
            columns={[
              { title: t('stu.detail.memberName'), dataIndex: 'name' },
              labelColumn(t('stu.detail.memberRole'), 'role', (r) => t(`stu.role.${r}`)),
              {
                title: '',
                dataIndex: 'modelWorkerLevel',
                render: (m: string | null) => (m ? <Tag>{t(`stu.modelWorker.${m}`)}</Tag> : null),
              },
            ]}
          />
        </Col>
        <Col xs={24}>
          <StudioGrantsCard studioId={s.id} studioName={s.name} />
        </Col>
        <Col xs={24} xl={10}>
          <TableCard
            title={t('stu.detail.levels')}
            rowKey="id"
            dataSource={s.levels}
            columns={[
              labelColumn(t('stu.field.level'), 'level', (l: StudioDetail['level']) => (
                <LevelTag level={l} />
              )),
              {
                title: t('stu.detail.from'),
                dataIndex: 'fromOn',
                render: (v: string, l) => dayWithEntry(t, v, l.recordedAt) ?? v,
              },
              {
                title: t('stu.detail.to'),
                dataIndex: 'toOn',
                render: (v: string | null) => v ?? t('stu.detail.current'),
              },
              { title: t('stu.reev.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
            ]}
          />
        </Col>
        <Col xs={24} xl={14}>
          <TableCard
            title={t('stu.detail.recognitions')}
            rowKey="id"
            dataSource={s.recognitions}
            locale={{ emptyText: <Empty description={t('stu.detail.noRecognitions')} /> }}
            columns={[
              ...recognitionColumns(t),
              { title: t('stu.rec.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
            ]}
          />
        </Col>
      </Row>
      {dialog === 'edit' && <StudioFormModal studio={s} onClose={() => setDialog(null)} onSaved={done} />}
      {dialog === 'propose' && <ProposeModal studio={s} onClose={() => setDialog(null)} onDone={done} />}
    </div>
  );
}
