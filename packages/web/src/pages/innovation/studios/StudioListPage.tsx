import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { textColumn } from '../../../components/columns.tsx';
import { ListImport } from '../../../components/ListImport.tsx';
import { choiceFilter, RegisterList } from '../../../components/RegisterList.tsx';
import { StudioFormModal } from './StudioFormModal.tsx';
import { LevelTag } from './studio-labels.tsx';
import { STUDIO_LEVELS, type Studio, type StudioLevel, studiosApi } from './studios-api.ts';

/** Staff: the studios of my subtree, by level and name; a new studio. */
export default function StudioListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <RegisterList<Studio>
      title={t('stu.list.title')}
      testId="studio"
      filters={[
        choiceFilter('level', STUDIO_LEVELS, (v) => t(`stu.level.${v}`), {
          every: t('stu.list.allLevels'),
          testId: 'studio-level-filter',
        }),
        { kind: 'search', param: 'q', placeholder: t('stu.list.search'), width: 280 },
      ]}
      load={({ values, page, pageSize }) =>
        studiosApi.list({ level: values.level as StudioLevel | undefined, q: values.q, page, pageSize })
      }
      actions={(list) => (
        <>
          <ListImport register="studios" onClosed={list.reload} />
          <ListImport register="studio-grants" label={t('stu.list.importGrants')} onClosed={list.reload} />
        </>
      )}
      create={{
        permission: 'innovation.write',
        label: t('stu.list.create'),
        testId: 'studio-create',
        dialog: (_, close) => (
          <StudioFormModal onClose={close} onSaved={(id) => navigate(`/innovation/studios/${id}`)} />
        ),
      }}
      empty={t('stu.list.empty')}
      what={t('stu.list.what')}
      columns={[
        {
          title: t('stu.field.name'),
          dataIndex: 'name',
          render: (name: string, s) => (
            <Link to={`/innovation/studios/${s.id}`} data-testid="studio-link">
              {name}
            </Link>
          ),
        },
        { title: t('stu.field.org'), dataIndex: 'orgName' },
        {
          title: t('stu.field.leader'),
          dataIndex: 'leaderName',
          render: (name: string | null, s) => (
            <>
              {name ?? '—'}{' '}
              {s.leaderModelWorkerLevel && <Tag>{t(`stu.modelWorker.${s.leaderModelWorkerLevel}`)}</Tag>}
            </>
          ),
        },
        textColumn(t('stu.field.field'), 'field'),
        {
          title: t('stu.field.level'),
          dataIndex: 'level',
          render: (l: StudioLevel, s) =>
            s.status === 'active' ? <LevelTag level={l} /> : <Tag>{t(`stu.status.${s.status}`)}</Tag>,
        },
        textColumn(t('stu.field.levelSince'), 'levelSince'),
        { title: t('stu.field.memberCount'), dataIndex: 'memberCount', align: 'right' },
      ]}
    />
  );
}
