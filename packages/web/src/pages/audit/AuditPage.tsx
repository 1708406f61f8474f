import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import { labelColumn } from '../../components/columns.tsx';
import { DayRangePicker } from '../../components/DayRangePicker.tsx';
import { formatTime, fromDay, toDay } from '../../components/dates.ts';
import { emptyText, LoadError } from '../../components/LoadError.tsx';
import { FitTable } from '../../components/TableCard.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { AuditChanges } from './AuditChanges.tsx';
import { AuditVerify } from './AuditVerify.tsx';
import { ACTION_LABELS, actionLabel, addressText, ENTITY_LABELS, entityLabel } from './audit-labels.ts';

type AuditRow = Answer<'/api/audit'>['items'][number];

interface Filters {
  actor?: string;
  action?: string;
  entity?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const FIELDS = ['actor', 'action', 'entity', 'from', 'to'] as const;

/** The audit log for administrators: who did what to which record, with the record before and after. */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  usePageTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || 50;
  const q = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? undefined]));
  const log = useLoad(
    () => unwrap(api.GET('/api/audit', { params: { query: { ...q, page, pageSize } } })),
    [params.toString()],
  );

  const apply = (v: Filters) =>
    setParams(() => {
      const next = new URLSearchParams();
      const set = (k: string, s: string | null | undefined) => s?.trim() && next.set(k, s.trim());
      set('actor', v.actor);
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
            actor: q.actor,
            action: q.action,
            entity: q.entity,
            range: q.from || q.to ? [toDay(q.from) ?? null, toDay(q.to) ?? null] : null,
          }}
        >
          <Row gutter={12} align="bottom">
            <Col xs={24} sm={12} md={5}>
              <Form.Item name="actor" label={t('audit.actor')}>
                <Input allowClear placeholder={t('audit.actorHint')} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={5}>
              <Form.Item name="action" label={t('audit.action')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  options={Object.keys(ACTION_LABELS).map((a) => ({ value: a, label: actionLabel(a, lang) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={4}>
              <Form.Item name="entity" label={t('audit.entity')}>
                <Select
                  allowClear
                  options={Object.keys(ENTITY_LABELS).map((e) => ({ value: e, label: entityLabel(e, lang) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6}>
              <Form.Item name="range" label={t('audit.dateRange')}>
                <DayRangePicker style={{ width: '100%' }} allowEmpty={[true, true]} />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item>
                <Button type="primary" htmlType="submit" block>
                  {t('common.search')}
                </Button>
              </Form.Item>
              <Button
                icon={<DownloadOutlined />}
                block
                href={`/api/audit.xlsx?${new URLSearchParams(
                  Object.entries(q).filter((e): e is [string, string] => Boolean(e[1])),
                )}`}
                data-testid="audit-export"
              >
                {t('audit.export')}
              </Button>
            </Col>
          </Row>
        </Form>
        <AuditVerify />
      </Card>
      <Card className="table-card">
        {log.error ? (
          <LoadError error={log.error} retry={log.reload} what={t('load.what.audit')} />
        ) : (
          <FitTable<AuditRow>
            rowKey="id"
            size="middle"
            loading={log.loading}
            dataSource={log.data?.items ?? []}
            locale={{ emptyText: emptyText(log) }}
            scroll={{ x: 900 }}
            data-testid="audit-table"
            expandable={{
              expandedRowRender: (r) => (
                <AuditChanges
                  entity={r.entity}
                  before={r.before}
                  after={r.after}
                  names={{ unions: r.unionNames, persons: r.personNames, categories: r.categoryNames }}
                />
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
              {
                title: t('audit.at'),
                dataIndex: 'at',
                width: 160,
                render: (s: string) => formatTime(s, { seconds: true }),
              },
              {
                title: t('audit.actor'),
                width: 180,
                render: (_, r) =>
                  r.actorName ? (
                    <>
                      {r.actorName}
                      {r.actorOrgName && <div className="muted small">{r.actorOrgName}</div>}
                    </>
                  ) : (
                    <span className="muted">
                      {r.ip && r.ip !== 'cli' ? t('audit.visitor') : t('audit.system')}
                    </span>
                  ),
              },
              labelColumn(
                t('audit.action'),
                'action',
                (s: string) => <Tag className="tag-wrap">{actionLabel(s, lang)}</Tag>,
                {
                  width: 170,
                },
              ),
              {
                title: t('audit.entity'),
                render: (_, r) => (
                  <>
                    {entityLabel(r.entity, lang)}
                    {r.entityName ? (
                      <span> {r.entityName}</span>
                    ) : r.entity === 'role' && r.entityId ? (
                      <span> {t(`role.${r.entityId}`, { defaultValue: '' })}</span>
                    ) : (
                      r.entityId && <span className="muted"> #{r.entityId}</span>
                    )}
                  </>
                ),
              },
              {
                title: t('audit.org'),
                dataIndex: 'orgName',
                width: 140,
                render: (s: string | null) => s ?? '—',
              },
              {
                title: t('audit.ip'),
                dataIndex: 'ip',
                width: 110,
                render: (s: string | null) => addressText(s, lang),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
