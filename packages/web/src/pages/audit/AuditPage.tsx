import { Button, Card, Col, DatePicker, Form, Input, Row, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { queryString, requestJson } from '../../api/client.ts';
import type { AuditRow } from '../../api/types.ts';
import { formatTime, fromDay, toDay } from '../../components/dates.ts';
import { emptyText, LoadError } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';

interface Filters {
  username?: string;
  action?: string;
  entity?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const FIELDS = ['username', 'action', 'entity', 'from', 'to'] as const;

/** The audit log for administrators: who did what to which record, with the record before and after. */
export default function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || 50;
  const q = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? undefined]));
  const log = useLoad(
    () =>
      requestJson<{ items: AuditRow[]; total: number }>(
        'GET',
        `/api/audit${queryString({ ...q, page, pageSize })}`,
      ),
    [params.toString()],
  );

  const apply = (v: Filters) =>
    setParams(() => {
      const next = new URLSearchParams();
      const set = (k: string, s: string | null | undefined) => s?.trim() && next.set(k, s.trim());
      set('username', v.username);
      set('action', v.action);
      set('entity', v.entity);
      set('from', fromDay(v.range?.[0]));
      set('to', fromDay(v.range?.[1]));
      return next;
    });

  return (
    <div className="page">
      <Typography.Title level={3} className="page-title">
        {t('audit.title')}
      </Typography.Title>
      <Card className="filter-card">
        <Form<Filters>
          layout="vertical"
          onFinish={apply}
          initialValues={{
            username: q.username,
            action: q.action,
            entity: q.entity,
            range: q.from || q.to ? [toDay(q.from) ?? null, toDay(q.to) ?? null] : null,
          }}
        >
          <Row gutter={12} align="bottom">
            <Col xs={24} sm={12} md={5}>
              <Form.Item name="username" label={t('audit.user')}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={5}>
              <Form.Item name="action" label={t('audit.action')}>
                <Input allowClear placeholder="people.reveal_id" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={4}>
              <Form.Item name="entity" label={t('audit.entity')}>
                <Input allowClear placeholder="person" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6}>
              <Form.Item name="range" label={t('audit.dateRange')}>
                <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item>
                <Button type="primary" htmlType="submit" block>
                  {t('common.search')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card className="table-card">
        {log.error ? (
          <LoadError error={log.error} retry={log.reload} />
        ) : (
          <Table<AuditRow>
            rowKey="id"
            size="middle"
            loading={log.loading}
            dataSource={log.data?.items ?? []}
            locale={{ emptyText: emptyText(log) }}
            scroll={{ x: 900 }}
            data-testid="audit-table"
            expandable={{
              expandedRowRender: (r) => (
                <>
                  <Changes before={r.before} after={r.after} />
                  <div className="json-pair">
                    <JsonBlock title={t('audit.before')} value={r.before} />
                    <JsonBlock title={t('audit.after')} value={r.after} />
                  </div>
                </>
              ),
              rowExpandable: (r) => r.before != null || r.after != null,
            }}
            pagination={{
              current: page,
              pageSize,
              total: log.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100, 200],
              showTotal: (n) => t('common.total', { count: n }),
              onChange: (p, size) =>
                setParams((prev) => {
                  prev.set('page', String(size === pageSize ? p : 1));
                  prev.set('pageSize', String(size));
                  return prev;
                }),
            }}
            columns={[
              { title: t('audit.at'), dataIndex: 'at', width: 180, render: (s: string) => formatTime(s) },
              {
                title: t('audit.user'),
                dataIndex: 'username',
                width: 120,
                render: (s: string | null) => s ?? '—',
              },
              {
                title: t('audit.action'),
                dataIndex: 'action',
                width: 200,
                render: (s: string) => <Tag>{s}</Tag>,
              },
              { title: t('audit.entity'), dataIndex: 'entity', width: 110 },
              {
                title: t('audit.entityId'),
                dataIndex: 'entityId',
                width: 110,
                render: (s: string | null) => s ?? '—',
              },
              {
                title: t('audit.org'),
                dataIndex: 'orgId',
                width: 100,
                render: (n: number | null) => n ?? '—',
              },
              { title: t('audit.ip'), dataIndex: 'ip', render: (s: string | null) => s ?? '—' },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

/** The fields whose value differs between before and after, when both are records. */
function Changes({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  if (!isRecord(before) || !isRecord(after)) return null;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => show(before[k]) !== show(after[k]),
  );
  if (!keys.length) return null;
  return (
    <table className="audit-changes" data-testid="audit-changes">
      <thead>
        <tr>
          <th>{t('audit.field')}</th>
          <th>{t('audit.before')}</th>
          <th>{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k}>
            <td className="mono">{k}</td>
            <td className="mono">{show(before[k])}</td>
            <td className="mono">{show(after[k])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="json-block">
      <div className="json-title">{title}</div>
      {value == null ? (
        <span className="muted">{t('audit.noChange')}</span>
      ) : (
        <pre>{JSON.stringify(value, null, 2)}</pre>
      )}
    </div>
  );
}
