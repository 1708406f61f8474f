import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { labelColumn } from '../../components/columns.tsx';
import { formatTime, today as todayDay } from '../../components/dates.ts';
import { emptyText } from '../../components/LoadError.tsx';
import { PagedTable, WholeTable } from '../../components/TableCard.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type ReturnList, returnsApi, STATUS_COLOR } from './returns-api.ts';

type Mine = ReturnList['toFill'][number];
type Issued = ReturnList['issued'][number];

/** Staff: the returns my union has to fill, those it has reported, and those issued in my subtree. */
export default function ReturnListPage() {
  const { t } = useTranslation();
  usePageTitle(t('ret.list.title'));
  const { can } = useSession();
  const list = useLoad(() => returnsApi.list(), []);
  const today = todayDay();
  /** The columns of my union's own returns: to fill (overdue marked), or reported (when it was sent). */
  const mineColumns = (which: 'fill' | 'reported'): TableColumnsType<Mine> => [
    {
      title: t('ret.field.title'),
      dataIndex: 'title',
      render: (title: string, r) => (
        <Link to={`/returns/${r.returnId}/unions/${r.orgId}`} data-testid={`ret-${which}-${r.returnId}`}>
          {title}
        </Link>
      ),
    },
    { title: t('ret.field.issuer'), dataIndex: 'issuerName' },
    {
      title: t('ret.field.period'),
      key: 'period',
      render: (_, r) => `${r.periodFrom} — ${r.periodTo}`,
    },
    which === 'fill'
      ? {
          title: t('ret.field.deadline'),
          dataIndex: 'deadline',
          render: (d: string, r) => (
            <Flex gap={4} align="center">
              {d}
              {d < today && (r.status === 'open' || r.status === 'returned') && (
                <Tag color="red">{t('ret.list.overdue')}</Tag>
              )}
            </Flex>
          ),
        }
      : {
          title: t('ret.list.submittedAt'),
          dataIndex: 'submittedAt',
          render: (at: string | null) => (at ? formatTime(at) : '—'),
        },
    {
      title: t('ret.field.status'),
      key: 'status',
      render: (_, r) => (
        <Flex gap={4}>
          <Tag color={STATUS_COLOR[r.status]}>{t(`ret.status.${r.status}`)}</Tag>
          {r.consolidates && <Tag>{t('ret.list.consolidates')}</Tag>}
        </Flex>
      ),
    },
  ];
  return (
    <Flex vertical gap={16}>
      <Card title={t('ret.list.toFill')}>
        {list.data && <CappedNotice list={{ items: list.data.toFill, total: list.data.toFillTotal }} plain />}
        <WholeTable<Mine>
          rowKey={(r) => `${r.returnId}-${r.orgId}`}
          dataSource={list.data?.toFill}
          locale={{
            emptyText: emptyText(list, <Empty description={t('ret.list.emptyToFill')} />, t('ret.what.list')),
          }}
          data-testid="ret-to-fill"
          columns={mineColumns('fill')}
        />
      </Card>
      {!!list.data?.reportedTotal && (
        <Card title={t('ret.list.reported')}>
          <CappedNotice list={{ items: list.data.reported, total: list.data.reportedTotal }} plain />
          <WholeTable<Mine>
            rowKey={(r) => `${r.returnId}-${r.orgId}`}
            dataSource={list.data.reported}
            data-testid="ret-reported"
            columns={mineColumns('reported')}
          />
        </Card>
      )}
      <Card
        title={t('ret.list.issued')}
        extra={
          can('returns.issue') && (
            <Link to="/returns/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="ret-new">
                {t('ret.list.create')}
              </Button>
            </Link>
          )
        }
      >
        <PagedTable<Issued>
          pageSize={50}
          dataSource={list.data?.issued}
          locale={{
            emptyText: emptyText(list, <Empty description={t('ret.list.emptyIssued')} />, t('ret.what.list')),
          }}
          data-testid="ret-issued"
          columns={[
            {
              title: t('ret.field.title'),
              dataIndex: 'title',
              render: (title: string, r) => (
                <Link to={r.status === 'draft' ? `/returns/${r.id}/edit` : `/returns/${r.id}`}>{title}</Link>
              ),
            },
            { title: t('ret.field.issuer'), dataIndex: 'orgName' },
            {
              title: t('ret.field.period'),
              key: 'period',
              render: (_, r) => `${r.periodFrom} — ${r.periodTo}`,
            },
            { title: t('ret.field.deadline'), dataIndex: 'deadline' },
            {
              title: t('ret.field.unions'),
              key: 'counts',
              render: (_, r) =>
                r.status === 'draft'
                  ? '—'
                  : `${t('ret.list.submitted', { n: r.submitted, all: r.unions })} · ${t('ret.list.accepted', { n: r.accepted, all: r.unions })}`,
            },
            labelColumn(t('ret.field.status'), 'status', (s: Issued['status']) => (
              <Tag>{t(`ret.returnStatus.${s}`)}</Tag>
            )),
          ]}
        />
      </Card>
    </Flex>
  );
}
