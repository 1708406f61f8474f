import { ArrowRightOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Skeleton, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import type { Committee } from '../../api/types.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { OrgKindTag, OrgStatusTag } from './orgLabels.tsx';

/** The side panel of the tree page: the chosen union at a glance. */
export function OrgSummaryPanel({ id }: { id: number }) {
  const { t } = useTranslation();
  const org = useLoad(() => unwrap(api.GET('/api/orgs/{id}', { params: { path: { id } } })), [id]);
  if (org.error) return <LoadError error={org.error} retry={org.reload} what={t('load.what.org')} />;
  const o = org.data;
  if (!o || o.id !== id) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  const committee = (o.committee ?? {}) as Committee;
  return (
    <Card
      data-testid="org-panel"
      // a long union name wraps, whole, beside the button instead of running under it or losing its end
      styles={{
        header: { paddingBlock: 12 },
        title: { whiteSpace: 'normal', overflow: 'visible', overflowWrap: 'anywhere' },
      }}
      title={
        <Space wrap size={[8, 4]}>
          <span data-testid="org-panel-name">{o.name}</span>
          <OrgKindTag kind={o.kind} />
          {o.status === 'closed' && <OrgStatusTag status={o.status} />}
        </Space>
      }
      extra={
        <Link to={`/orgs/${o.id}`}>
          <Button type="primary" icon={<ArrowRightOutlined />} data-testid="org-open">
            {t('org.openDetail')}
          </Button>
        </Link>
      }
    >
      <Space size="large" wrap className="stat-row">
        <Statistic title={t('org.members')} value={o.members} />
        <Statistic title={t('org.unions')} value={o.unions} />
      </Space>
      <Descriptions column={1} size="small" className="panel-desc">
        <Descriptions.Item label={t('org.path')}>
          {o.ancestors.map((a) => a.name).join(' / ') || o.parentName || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('org.level')}>{t('org.levelN', { level: o.level })}</Descriptions.Item>
        <Descriptions.Item label={t('org.foundedOn')}>{o.foundedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('org.chair')}>{committee.chair ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('org.uscc')}>{o.uscc ?? '—'}</Descriptions.Item>
        {o.employerName && (
          <Descriptions.Item label={t('org.employerName')}>{o.employerName}</Descriptions.Item>
        )}
      </Descriptions>
      <Link to={`/members?orgId=${o.id}`}>
        <Button icon={<TeamOutlined />} data-testid="org-members">
          {t('org.viewMembers')}
        </Button>
      </Link>
    </Card>
  );
}
