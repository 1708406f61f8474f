import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { countColumn, fenColumn } from '../../components/columns.tsx';
import { today } from '../../components/dates.ts';
import { formatFen } from '../../components/format.ts';
import { emptyText } from '../../components/LoadError.tsx';
import { PagedTable } from '../../components/TableCard.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { type Changes, insuranceApi, type PolicyDetail } from './insurance-api.ts';

/**
 * A month's change list for the insurer: additions and removals with their days and the premium adjustment, taken
 * from the register as it changed (no sync needed); .xlsx masked, or with full ID numbers for a role that may see
 * them (the download is audited).
 */
export function ChangesCard({ p }: { p: PolicyDetail }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [month, setMonth] = useState<Dayjs>(() => {
    const now = dayjs(today());
    const start = dayjs(p.startsOn);
    const end = dayjs(p.endsOn);
    return now.isBefore(start) ? start : now.isAfter(end) ? end : now;
  });
  const key = month.format('YYYY-MM');
  const changes = useLoad(() => insuranceApi.changes(p.id, key), [p.id, key]);
  const reveal = can('people.reveal_id');
  return (
    <Card
      title={t('ins.changes.title')}
      extra={
        <Flex gap={8} wrap>
          <DatePicker
            picker="month"
            value={month}
            allowClear={false}
            onChange={(d) => d && setMonth(d)}
            disabledDate={(d) =>
              d.isBefore(dayjs(p.startsOn), 'month') || d.isAfter(dayjs(p.endsOn), 'month')
            }
            data-testid="ins-changes-month"
          />
          <Button icon={<DownloadOutlined />} href={insuranceApi.changesUrl(p.id, key)}>
            {t('ins.changes.export')}
          </Button>
          {reveal && (
            <Button icon={<DownloadOutlined />} href={insuranceApi.changesUrl(p.id, key, true)}>
              {t('ins.changes.exportFull')}
            </Button>
          )}
        </Flex>
      }
    >
      <PagedTable<Changes['rows'][number]>
        pageSize={50}
        rowKey={(r) => `${r.change}-${r.personId}-${r.effectiveOn}`}
        dataSource={changes.data?.rows}
        locale={{
          emptyText: emptyText(
            changes,
            <Empty description={t('ins.changes.empty')} />,
            t('ins.changes.title'),
          ),
        }}
        data-testid="ins-changes"
        columns={[
          {
            title: t('ins.changes.change'),
            dataIndex: 'change',
            width: 90,
            render: (c: 'add' | 'remove') => (
              <Tag color={c === 'add' ? 'green' : 'orange'}>{t(`ins.changes.${c}`)}</Tag>
            ),
          },
          { title: t('ins.changes.person'), dataIndex: 'name' },
          { title: t('ins.changes.id'), dataIndex: 'idMasked' },
          { title: t('ins.claims.union'), dataIndex: 'orgName', ellipsis: true },
          { title: t('ins.changes.on'), dataIndex: 'effectiveOn', width: 110 },
          countColumn(t('ins.changes.days'), 'days'),
          fenColumn(t('ins.changes.fen'), 'fen'),
        ]}
        summary={() =>
          changes.data && changes.data.rows.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={6}>
                <Typography.Text strong>
                  {t('ins.changes.total', {
                    added: formatFen(changes.data.addedFen),
                    refund: formatFen(changes.data.refundFen),
                  })}
                </Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <strong data-testid="ins-changes-net">{formatFen(changes.data.netFen)}</strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
