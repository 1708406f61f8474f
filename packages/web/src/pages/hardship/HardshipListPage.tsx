import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { fenColumn, labelColumn, linkColumn } from '../../components/columns.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { createLink, RegisterList, selectFilter, viewsFilter } from '../../components/RegisterList.tsx';
import { type FileLevel, type FileStatus, type HardshipFile, hardshipApi, LEVELS } from './hardship-api.ts';
import { FileStatusTag } from './labels.tsx';

type View = 'all' | FileStatus;
const VIEWS: View[] = ['all', 'verified', 'expired', 'draft', 'closed'];

/** Staff: the hardship files of my subtree, the expired ones (due for review) one click away. */
export default function HardshipListPage() {
  const { t } = useTranslation();
  return (
    <RegisterList<HardshipFile>
      title={t('hs.list.title')}
      testId="hardship"
      filters={[
        viewsFilter('view', VIEWS, (v) => t(`hs.status.${v}`), { every: t('hs.list.all') }),
        selectFilter('level', LEVELS, (l) => t(`hs.level.${l}`), {
          placeholder: t('hs.field.level'),
          width: 160,
        }),
        { kind: 'search', param: 'q', placeholder: t('hs.list.search'), width: 220 },
      ]}
      load={({ values, page, pageSize }) =>
        hardshipApi.list({
          status: values.view as FileStatus | undefined,
          level: values.level as FileLevel | undefined,
          q: values.q,
          page,
          pageSize,
        })
      }
      exportHref={({ values }) =>
        `/api/hardship/files.xlsx?${new URLSearchParams({
          ...(values.view ? { status: values.view } : {}),
          ...(values.level ? { level: values.level } : {}),
          ...(values.q ? { q: values.q } : {}),
        })}`
      }
      exportLabel={t('hs.list.export')}
      actions={(list) => <ListImport register="hardship" onClosed={list.reload} />}
      create={createLink('hardship.write', t('hs.list.create'), 'hardship-new', '/hardship/new')}
      what={t('hs.list.what')}
      empty={t('hs.list.empty')}
      scroll={{ x: 1000 }}
      columns={[
        linkColumn(t('hs.field.worker'), 'personName', (f) => `/hardship/${f.id}`),
        { title: t('hs.field.union'), dataIndex: 'orgName' },
        labelColumn(t('hs.field.level'), 'level', (l) => t(`hs.level.${l}`), { width: 100 }),
        {
          title: t('hs.field.causes'),
          dataIndex: 'causes',
          render: (cs: HardshipFile['causes']) => cs.map((c) => <Tag key={c}>{t(`hs.cause.${c}`)}</Tag>),
        },
        { title: t('hs.field.household'), dataIndex: 'household', width: 90, align: 'right' },
        fenColumn(t('hs.field.income'), 'incomeFen', { width: 130 }),
        {
          title: t('hs.field.expiresOn'),
          key: 'expiresOn',
          width: 110,
          // A closed file no longer runs to its expiry.
          render: (_, f) => (f.status === 'closed' ? '—' : (f.expiresOn ?? '—')),
        },
        labelColumn(t('hs.field.status'), 'status', (s: FileStatus) => <FileStatusTag status={s} />, {
          width: 100,
        }),
      ]}
    />
  );
}
