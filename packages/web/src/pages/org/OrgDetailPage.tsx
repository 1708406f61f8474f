import { EditOutlined, PlusOutlined, StopOutlined, SwapOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Skeleton, Space, Statistic, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import type { Committee, OrgSummary } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { labelColumn, linkColumn } from '../../components/columns.tsx';
import { emptyText, LoadError } from '../../components/LoadError.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { FitTable } from '../../components/TableCard.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useNarrow } from '../../components/useNarrow.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { OrgCloseModal, OrgMoveModal } from './OrgForms.move.tsx';
import { OrgCreateModal, OrgEditModal } from './OrgForms.tsx';
import { mayCreateChild } from './OrgTreeNode.tsx';
import { OrgKindTag, OrgStatusTag } from './orgLabels.tsx';

type Dialog = 'edit' | 'create' | 'move' | 'close' | null;

/** One union: information, founding, committee, the unions below it, and the actions on it. */
export default function OrgDetailPage() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const { can, me } = useSession();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const org = useLoad(() => unwrap(api.GET('/api/orgs/{id}', { params: { path: { id } } })), [id]);
  const kids = useLoad(() => unwrap(api.GET('/api/orgs/{id}/children', { params: { path: { id } } })), [id]);
  usePageTitle(org.data?.name);

  if (org.error) return <LoadError error={org.error} retry={org.reload} what={t('load.what.org')} />;
  const o = org.data;
  if (!o || o.id !== id)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  const committee = (o.committee ?? {}) as Committee;
  const writable = can('org.write') && o.status === 'active';
  const startsChild = mayCreateChild(can, o);
  const isOwn = me?.orgId === o.id;
  const done = () => {
    setDialog(null);
    void org.reload();
    void kids.reload();
  };

  return (
    <div className="page" data-testid="org-detail">
      <PageHeading
        crumbs={[
          { to: '/orgs', label: t('nav.orgs') },
          ...o.ancestors.map((a) => ({ to: `/orgs/${a.id}`, label: a.name })),
        ]}
        title={o.name}
        tags={
          <>
            <OrgKindTag kind={o.kind} />
            <OrgStatusTag status={o.status} />
          </>
        }
        actions={
          <>
            <Link to={`/members?orgId=${o.id}`}>
              <Button icon={<TeamOutlined />}>{t('org.viewMembers')}</Button>
            </Link>
            {writable && (
              <>
                <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="org-edit">
                  {t('common.edit')}
                </Button>
                {startsChild && (
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => setDialog('create')}
                    data-testid="org-create-child"
                  >
                    {t('org.createChild')}
                  </Button>
                )}
                {!isOwn && o.parentId !== null && (
                  <>
                    <Button icon={<SwapOutlined />} onClick={() => setDialog('move')}>
                      {t('org.move')}
                    </Button>
                    <Button danger icon={<StopOutlined />} onClick={() => setDialog('close')}>
                      {t('org.closeOrg')}
                    </Button>
                  </>
                )}
              </>
            )}
          </>
        }
      />

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={t('member.basic')}>
            <Space size={48} wrap className="stat-row">
              <Statistic title={t('org.members')} value={o.members} />
              <Statistic title={t('org.unions')} value={o.unions} />
            </Space>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              layout={narrow ? 'vertical' : 'horizontal'}
              size="middle"
              bordered
              // a long name takes a row of its own; labels and short values keep their words on one line
              styles={{ label: { whiteSpace: 'nowrap' } }}
            >
              <Descriptions.Item label={t('org.name')} span="filled">
                {o.name}
              </Descriptions.Item>
              <Descriptions.Item label={t('org.shortName')}>{o.shortName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('org.kind')}>{t(`orgKind.${o.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('org.level')}>
                {t('org.levelN', { level: o.level })}
              </Descriptions.Item>
              <Descriptions.Item label={t('org.foundedOn')}>{o.foundedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('org.status')}>
                {t(`orgStatus.${o.status}`)}
                {o.closedOn ? ` (${o.closedOn})` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('org.uscc')}>
                <span className="mono">{o.uscc ?? '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('org.employerName')}>{o.employerName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('org.workerCount')}>
                {o.workerCount == null
                  ? '—'
                  : t('org.workersWithWomen', { workers: o.workerCount, women: o.womenWorkerCount ?? '—' })}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('org.committee')} data-testid="org-committee">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('org.term')}>
                {committee.term ? t('org.termN', { term: committee.term }) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('org.electedOn')}>{committee.electedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('org.chair')}>{committee.chair ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('org.viceChairs')}>
                <Names names={committee.viceChairs} />
              </Descriptions.Item>
              <Descriptions.Item label={t('org.committeeMembers')}>
                <Names names={committee.members} />
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('org.children')}>
            <FitTable<OrgSummary>
              rowKey="id"
              size="middle"
              loading={kids.loading}
              dataSource={kids.data ?? []}
              pagination={false}
              locale={{ emptyText: emptyText(kids, t('org.noChildren'), t('org.children')) }}
              scroll={{ x: 640 }}
              columns={[
                linkColumn(t('org.name'), 'name', (r) => `/orgs/${r.id}`),
                labelColumn(t('org.kind'), 'kind', (k: OrgSummary['kind']) => <OrgKindTag kind={k} />),
                { title: t('org.unions'), dataIndex: 'unions', align: 'right' },
                { title: t('org.members'), dataIndex: 'members', align: 'right' },
                { title: t('org.foundedOn'), dataIndex: 'foundedOn', render: (d: string | null) => d ?? '—' },
                labelColumn(t('org.status'), 'status', (s: OrgSummary['status']) => (
                  <OrgStatusTag status={s} />
                )),
              ]}
            />
          </Card>
        </Col>
      </Row>

      {dialog === 'edit' && <OrgEditModal org={o} open onClose={() => setDialog(null)} onSaved={done} />}
      {dialog === 'create' && (
        <OrgCreateModal
          parent={o}
          open
          onClose={() => setDialog(null)}
          onCreated={(newId) => {
            setDialog(null);
            navigate(`/orgs/${newId}`);
          }}
        />
      )}
      {dialog === 'move' && <OrgMoveModal org={o} open onClose={() => setDialog(null)} onMoved={done} />}
      {dialog === 'close' && <OrgCloseModal org={o} open onClose={() => setDialog(null)} onClosed={done} />}
    </div>
  );
}

function Names({ names }: { names?: string[] }) {
  if (!names?.length) return <>—</>;
  return (
    <Space size={[4, 4]} wrap>
      {names.map((n) => (
        <Tag key={n}>{n}</Tag>
      ))}
    </Space>
  );
}
