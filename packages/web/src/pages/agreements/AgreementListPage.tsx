import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Segmented, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ListImport } from '../import/ListImport.tsx';
import { type Agreement, type AgreementKind, agreementsApi, KINDS } from './agreements-api.ts';
import { AgreementStatusTag, useTermText } from './labels.tsx';

type View = 'all' | 'in_force' | 'expiring' | 'expired' | 'ended';
const VIEWS: View[] = ['all', 'in_force', 'expiring', 'expired', 'ended'];

/** Staff: the agreements of my subtree's unions, with the renewal list (expiring within 90 days) one click away. */
export default function AgreementListPage() {
  const { t } = useTranslation();
  usePageTitle(t('agr.list.title'));
  const { can } = useSession();
  const navigate = useNavigate();
  const termText = useTermText();
  const [params, set] = useListParams();
  const view = (params.get('view') as View | null) ?? 'all';
  const kind = (params.get('kind') as AgreementKind | null) ?? undefined;
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 1);
  const list = useLoad(
    () =>
      agreementsApi.list({
        status: view === 'all' ? undefined : view,
        kind,
        q: q.trim() || undefined,
        page,
        pageSize: 20,
      }),
    [view, kind, q, page],
  );

  return (
    <Card
      title={t('agr.list.title')}
      extra={
        <Space wrap>
          <ListImport register="agreements" onClosed={list.reload} />
          {can('agreements.write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/agreements/new')}
              data-testid="agreement-new"
            >
              {t('agr.list.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Segmented<View>
          value={view}
          onChange={(v) => set('view', v === 'all' ? undefined : v)}
          options={VIEWS.map((v) => ({
            value: v,
            label:
              v === 'all'
                ? t('agr.list.all')
                : v === 'expiring'
                  ? t('agr.list.renewal')
                  : t(`agr.status.${v}`),
          }))}
          data-testid="agreement-view"
        />
        <Select
          allowClear
          placeholder={t('agr.field.kind')}
          style={{ width: 260 }}
          value={kind}
          onChange={(v) => set('kind', v)}
          options={KINDS.map((k) => ({ value: k, label: t(`agr.kind.${k}`) }))}
        />
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={t('agr.list.search')}
          defaultValue={q}
          onSearch={(v) => set('q', v.trim() || undefined)}
          data-testid="agreement-search"
        />
      </Flex>
      <PagedTable<Agreement>
        list={list}
        page={page}
        pageSize={20}
        onPage={(p) => set('page', p > 1 ? String(p) : undefined)}
        what={t('agr.list.what')}
        empty={view === 'expiring' ? t('agr.list.emptyRenewal') : t('agr.list.empty')}
        scroll={{ x: 1100 }}
        data-testid="agreement-table"
        columns={[
          {
            title: t('agr.field.title'),
            dataIndex: 'title',
            render: (title: string, a) => <Link to={`/agreements/${a.id}`}>{title}</Link>,
          },
          { title: t('agr.field.kind'), dataIndex: 'kind', render: (k: AgreementKind) => t(`agr.kind.${k}`) },
          {
            title: t('agr.field.level'),
            dataIndex: 'level',
            width: 80,
            render: (l: string) => t(`agr.level.${l}`),
          },
          { title: t('agr.field.union'), dataIndex: 'orgName' },
          { title: t('agr.field.signedOn'), dataIndex: 'signedOn', width: 110 },
          {
            title: t('agr.field.term'),
            key: 'term',
            width: 150,
            render: (_, a) => (
              <>
                {termText(a.termMonths)}
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {t('agr.until', { date: a.expiresOn })}
                </Typography.Text>
              </>
            ),
          },
          { title: t('agr.field.enterprises'), dataIndex: 'enterprises', width: 100, align: 'right' },
          { title: t('agr.field.workers'), dataIndex: 'workers', width: 100, align: 'right' },
          {
            title: t('agr.field.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: Agreement['status']) => <AgreementStatusTag status={s} />,
          },
        ]}
      />
    </Card>
  );
}
