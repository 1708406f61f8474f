import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { PagedTable, WholeTable } from '../../components/TableCard.tsx';
import { type Consolidated, returnsApi } from './returns-api.ts';

/** The consolidated table of what the unions below reported, with last year and outliers, and the lists. */
export function TableCard({
  c,
  returnId,
  onDrill,
}: {
  c: Consolidated;
  returnId: number;
  onDrill: (orgId?: number) => void;
}) {
  const { t } = useTranslation();
  type Row = Consolidated['rows'][number];
  return (
    <Card
      title={`${t('ret.table.title')} · ${c.orgName}`}
      extra={
        <Button icon={<DownloadOutlined />} href={returnsApi.tableUrl(returnId, c.orgId)}>
          {t('ret.table.export')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" data-testid="ret-table-counts">
        {t(c.hasOwn ? 'ret.table.countsWithOwn' : 'ret.table.counts', {
          n: c.accepted,
          all: c.unions,
          from: c.periodFrom,
          to: c.periodTo,
        })}
      </Typography.Paragraph>
      <WholeTable<Row>
        rowKey="key"
        scroll={{ x: 'max-content' }}
        dataSource={c.rows}
        data-testid="ret-table"
        columns={[
          { title: t('ret.table.item'), dataIndex: 'label', fixed: 'left', width: 260 },
          {
            title: t('ret.table.unit'),
            key: 'unit',
            width: 60,
            render: (_, r) => (r.type === 'money' ? t('ret.yuan') : r.type === 'percent' ? '%' : r.unit),
          },
          {
            title: t('ret.table.total'),
            dataIndex: 'total',
            align: 'right',
            width: 130,
            render: (v: string | null) => <strong>{v ?? '—'}</strong>,
          },
          ...(c.hasLastYear
            ? [{ title: t('ret.table.lastYear'), dataIndex: 'lastYear', align: 'right' as const, width: 110 }]
            : []),
          ...(c.hasOwn
            ? [{ title: t('ret.table.own'), dataIndex: 'own', align: 'right' as const, width: 110 }]
            : []),
          ...c.columns.map((col, i) => ({
            title: col.consolidates ? (
              <Button type="link" size="small" onClick={() => onDrill(col.orgId)} style={{ padding: 0 }}>
                {col.orgName}
              </Button>
            ) : (
              col.orgName
            ),
            key: String(col.orgId),
            align: 'right' as const,
            width: 140,
            render: (_: unknown, r: Row) => {
              const cell = r.cells[i];
              // a union that reported the return but left the field empty shows a dash; one not in yet, its state
              if (!cell?.text)
                return col.status === 'submitted' || col.status === 'accepted' ? (
                  '—'
                ) : (
                  <Typography.Text type="secondary">{t(`ret.status.${col.status}`)}</Typography.Text>
                );
              if (!cell.outlier) return cell.text;
              return (
                <Tooltip
                  title={
                    cell.outlier === 'last_year'
                      ? `${t('ret.table.outlierLastYear')}${aside(cell.lastYear)}`
                      : t('ret.table.outlierPeers')
                  }
                >
                  <span className="ret-outlier">{cell.text}</span>
                </Tooltip>
              );
            },
          })),
        ]}
      />
      {c.lists.map((l) => (
        <div key={l.key} style={{ marginTop: 16 }}>
          <Typography.Title level={5}>{l.label}</Typography.Title>
          <PagedTable
            pageSize={50}
            rowKey={(_, i) => String(i)}
            dataSource={l.rows}
            locale={{ emptyText: <Empty description={t('ret.table.emptyList')} /> }}
            columns={[
              { title: t('ret.table.union'), dataIndex: 'orgName' },
              ...l.columns.map((col) => ({
                title: col.label,
                key: col.key,
                render: (_: unknown, r: (typeof l.rows)[number]) => r.cells[col.key] ?? '',
              })),
            ]}
          />
        </div>
      ))}
    </Card>
  );
}
