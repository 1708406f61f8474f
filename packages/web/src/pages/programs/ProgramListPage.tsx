import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { formatCount } from '../../components/format.ts';
import { formatFen } from '../../components/money.ts';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { ProgramStatusTag } from './labels.tsx';
import {
  CATEGORIES,
  type Category,
  PROGRAM_STATUSES,
  type ProgramStatus,
  type ProgramSummary,
  programsApi,
} from './programs-api.ts';

/** Staff: the programs of my subtree, filtered by status and category. */
export default function ProgramListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, set] = useListParams();
  const status = (params.get('status') || undefined) as ProgramStatus | undefined;
  const category = (params.get('category') || undefined) as Category | undefined;
  const q = params.get('q') || undefined;
  const page = Number(params.get('page') ?? 1);
  const list = useLoad(
    () => programsApi.list({ status, category, q, page, pageSize: 20 }),
    [status, category, q, page],
  );

  return (
    <Card
      title={t('prog.listTitle')}
      extra={
        can('programs.write') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate('/programs/new')}
            data-testid="program-new"
          >
            {t('prog.new')}
          </Button>
        )
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('prog.field.status')}
          style={{ width: 140 }}
          value={status}
          onChange={(v) => set('status', v)}
          options={PROGRAM_STATUSES.map((s) => ({ value: s, label: t(`prog.status.${s}`) }))}
          data-testid="filter-status"
        />
        <Select
          allowClear
          placeholder={t('prog.field.category')}
          style={{ width: 160 }}
          value={category}
          onChange={(v) => set('category', v)}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`prog.category.${c}`) }))}
          data-testid="filter-category"
        />
        <Input.Search
          allowClear
          placeholder={t('prog.searchName')}
          style={{ width: 240 }}
          defaultValue={q}
          onSearch={(v) => set('q', v.trim() || undefined)}
        />
      </Flex>
      <PagedTable<ProgramSummary>
        list={list}
        page={page}
        pageSize={20}
        onPage={(p) => set('page', String(p))}
        empty={t('prog.listEmpty')}
        what={t('load.what.programs')}
        columns={[
          {
            title: t('prog.field.name'),
            dataIndex: 'name',
            render: (name: string, row) => <Link to={`/programs/${row.id}`}>{name}</Link>,
          },
          { title: t('prog.field.owner'), dataIndex: 'ownerOrgName', render: (v?: string) => v ?? '—' },
          {
            title: t('prog.field.category'),
            dataIndex: 'category',
            render: (c: string) => t(`prog.category.${c}`),
          },
          { title: t('prog.field.period'), dataIndex: 'periodLabel' },
          {
            title: t('prog.field.quota'),
            dataIndex: 'quota',
            render: (v: number | null) => (v == null ? t('prog.unlimited') : formatCount(v)),
          },
          {
            title: t('prog.field.budget'),
            dataIndex: 'budgetFen',
            render: (v: number | null) => (v == null ? t('prog.unlimited') : formatFen(v)),
          },
          {
            title: t('prog.field.status'),
            dataIndex: 'status',
            render: (s) => <ProgramStatusTag status={s} />,
          },
          {
            title: t('prog.field.version'),
            dataIndex: 'currentVersion',
            render: (v: number) => <Typography.Text type="secondary">v{v}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
