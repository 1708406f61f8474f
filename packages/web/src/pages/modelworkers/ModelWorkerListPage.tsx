import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useNarrow } from '../../components/useNarrow.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import {
  HEALTH,
  HEALTH_COLOR,
  type Health,
  LEVEL_COLOR,
  LEVELS,
  type Level,
  type ModelWorkerItem,
  modelWorkersApi,
  STATUS_COLOR,
  STATUSES,
  type Status,
} from './modelworkers-api.ts';
import { RegisterModal } from './RegisterModal.tsx';

const PAGE_SIZE = 20;

/** Staff: the model workers register of a union's subtree — filter, register one, import and export the sheet. */
export default function ModelWorkerListPage() {
  const { t } = useTranslation();
  usePageTitle(t('mw.list.title'));
  const { can } = useSession();
  const narrow = useNarrow();
  const navigate = useNavigate();
  const [params, set] = useListParams();
  const home = useHomeOrgId();
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : (home ?? undefined);
  const level = (params.get('level') as Level | null) ?? undefined;
  const health = (params.get('health') as Health | null) ?? undefined;
  const status = (params.get('status') as Status | null) ?? undefined;
  const q = params.get('q') ?? undefined;
  const page = Number(params.get('page') ?? 1);
  const list = useLoad(
    () => modelWorkersApi.list({ orgId, level, health, status, q, page, pageSize: PAGE_SIZE }),
    [orgId, level, health, status, q, page],
  );
  const [creating, setCreating] = useState(false);
  const writer = can('modelworkers.write');
  return (
    <Card
      title={t('mw.list.title')}
      extra={
        writer && !narrow ? (
          <Space wrap>
            <ListImport
              register="model-workers"
              label={t('mw.list.import')}
              title={t('mw.import.title')}
              testId="mw-import"
              onClosed={list.reload}
              panel={
                <RegisterImport
                  what={t('mw.import.what')}
                  templateUrl={modelWorkersApi.importTemplateUrl}
                  send={modelWorkersApi.importRegister}
                  figures={(a) => [
                    { label: t('mw.import.created'), value: a.created },
                    { label: t('mw.import.updated'), value: a.updated },
                    { label: t('mw.import.honours'), value: a.honours },
                  ]}
                />
              }
            />
            <Button
              icon={<DownloadOutlined />}
              href={modelWorkersApi.exportUrl(orgId)}
              data-testid="mw-export"
            >
              {t('mw.list.export')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="mw-new"
            >
              {t('mw.list.new')}
            </Button>
          </Space>
        ) : null
      }
    >
      <Flex vertical gap={12}>
        <Flex gap={8} wrap>
          <OrgSelect
            value={orgId ?? null}
            onChange={(v) => set('orgId', v ? String(v) : undefined)}
            style={{ width: narrow ? '100%' : 260 }}
            testId="mw-org"
          />
          <Select
            allowClear
            placeholder={t('mw.field.level')}
            value={level}
            onChange={(v) => set('level', v)}
            style={{ width: narrow ? '48%' : 140 }}
            options={LEVELS.map((l) => ({ value: l, label: t(`mw.level.${l}`) }))}
            data-testid="mw-filter-level"
          />
          <Select
            allowClear
            placeholder={t('mw.field.health')}
            value={health}
            onChange={(v) => set('health', v)}
            style={{ width: narrow ? '48%' : 140 }}
            options={HEALTH.map((h) => ({ value: h, label: t(`mw.health.${h}`) }))}
          />
          <Select
            allowClear
            placeholder={t('mw.field.status')}
            value={status}
            onChange={(v) => set('status', v)}
            style={{ width: narrow ? '48%' : 120 }}
            options={STATUSES.map((x) => ({ value: x, label: t(`mw.status.${x}`) }))}
            data-testid="mw-filter-status"
          />
          <Input.Search
            allowClear
            defaultValue={q}
            placeholder={t('mw.list.search')}
            onSearch={(v) => set('q', v.trim() || undefined)}
            style={{ width: narrow ? '100%' : 240 }}
            data-testid="mw-search"
          />
        </Flex>
        <PagedTable<ModelWorkerItem>
          list={list}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={(p) => set('page', String(p))}
          empty={t('mw.list.empty')}
          what={t('mw.what.list')}
          size={narrow ? 'small' : 'middle'}
          data-testid="mw-list"
          onRow={(r) => ({ onClick: () => navigate(`/model-workers/${r.id}`), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('mw.field.name'),
              dataIndex: 'name',
              render: (name: string, r) => (
                <Flex vertical gap={2}>
                  <Link to={`/model-workers/${r.id}`} onClick={(e) => e.stopPropagation()}>
                    {name}
                  </Link>
                  {narrow && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.orgName}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: t('mw.field.level'),
              dataIndex: 'level',
              render: (l: Level) => <Tag color={LEVEL_COLOR[l]}>{t(`mw.level.${l}`)}</Tag>,
            },
            ...(narrow
              ? []
              : [
                  {
                    title: t('mw.field.titles'),
                    dataIndex: 'titles',
                    ellipsis: true,
                  },
                  { title: t('mw.field.union'), dataIndex: 'orgName', ellipsis: true },
                  {
                    title: t('mw.field.studio'),
                    dataIndex: 'studio',
                    ellipsis: true,
                    render: (s: string | null) => s ?? '—',
                  },
                ]),
            {
              title: t('mw.field.health'),
              dataIndex: 'health',
              render: (h: Health) => <Tag color={HEALTH_COLOR[h]}>{t(`mw.health.${h}`)}</Tag>,
            },
            {
              title: t('mw.field.status'),
              dataIndex: 'status',
              render: (x: Status) => <Tag color={STATUS_COLOR[x]}>{t(`mw.status.${x}`)}</Tag>,
            },
          ]}
        />
      </Flex>
      {creating && (
        <RegisterModal
          orgId={orgId}
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate(`/model-workers/${id}`)}
        />
      )}
    </Card>
  );
}
