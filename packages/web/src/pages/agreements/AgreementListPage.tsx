import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelColumn, linkColumn } from '../../components/columns.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { createLink, RegisterList, selectFilter, viewsFilter } from '../../components/RegisterList.tsx';
import { type Agreement, type AgreementKind, agreementsApi, KINDS } from './agreements-api.ts';
import { AgreementStatusTag, useTermText } from './labels.tsx';

type View = 'all' | 'in_force' | 'expiring' | 'expired' | 'ended';
const VIEWS: View[] = ['all', 'in_force', 'expiring', 'expired', 'ended'];

/** Staff: the agreements of my subtree's unions, with the renewal list (expiring within 90 days) one click away. */
export default function AgreementListPage() {
  const { t } = useTranslation();
  const termText = useTermText();
  return (
    <RegisterList<Agreement>
      title={t('agr.list.title')}
      testId="agreement"
      filters={[
        viewsFilter('view', VIEWS, (v) => (v === 'expiring' ? t('agr.list.renewal') : t(`agr.status.${v}`)), {
          every: t('agr.list.all'),
        }),
        selectFilter('kind', KINDS, (k) => t(`agr.kind.${k}`), {
          placeholder: t('agr.field.kind'),
          width: 260,
        }),
        { kind: 'search', param: 'q', placeholder: t('agr.list.search'), width: 260 },
      ]}
      load={({ values, page, pageSize }) =>
        agreementsApi.list({
          status: values.view as Exclude<View, 'all'> | undefined,
          kind: values.kind as AgreementKind | undefined,
          q: values.q,
          page,
          pageSize,
        })
      }
      exportHref={({ values }) =>
        `/api/agreements.xlsx?${new URLSearchParams({
          ...(values.view && values.view !== 'all' ? { status: values.view } : {}),
          ...(values.kind ? { kind: values.kind } : {}),
          ...(values.q ? { q: values.q } : {}),
        })}`
      }
      exportLabel={t('agr.list.export')}
      actions={(list) => <ListImport register="agreements" onClosed={list.reload} />}
      create={createLink('agreements.write', t('agr.list.create'), 'agreement-new', '/agreements/new')}
      what={t('agr.list.what')}
      empty={({ values }) => (values.view === 'expiring' ? t('agr.list.emptyRenewal') : t('agr.list.empty'))}
      scroll={{ x: 1100 }}
      columns={[
        linkColumn(t('agr.field.title'), 'title', (a) => `/agreements/${a.id}`),
        { title: t('agr.field.kind'), dataIndex: 'kind', render: (k: AgreementKind) => t(`agr.kind.${k}`) },
        labelColumn(t('agr.field.level'), 'level', (l) => t(`agr.level.${l}`), { width: 80 }),
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
        labelColumn(
          t('agr.field.status'),
          'status',
          (s: Agreement['status']) => <AgreementStatusTag status={s} />,
          { width: 100 },
        ),
      ]}
    />
  );
}
