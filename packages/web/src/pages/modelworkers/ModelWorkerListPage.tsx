import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { labelColumn, textColumn } from '../../components/columns.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { RegisterList, selectFilter } from '../../components/RegisterList.tsx';
import { useNarrow } from '../../components/useNarrow.ts';
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
import { UnlistedMembers } from './UnlistedMembers.tsx';

/** Staff: the model workers register of a union's subtree — filter, register one, import and export the sheet. */
export default function ModelWorkerListPage() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const navigate = useNavigate();
  // a clerk with only a phone keeps the register too: export, import and a new record wrap under the title there
  const keeps = useSession().can('modelworkers.write');
  return (
    <RegisterList<ModelWorkerItem>
      title={t('mw.list.title')}
      testId="mw"
      org={{ testId: 'mw-org', inFilters: true, style: { width: narrow ? '100%' : 260 } }}
      filters={[
        selectFilter('level', LEVELS, (l) => t(`mw.level.${l}`), {
          placeholder: t('mw.field.level'),
          width: narrow ? '48%' : 140,
          testId: 'mw-filter-level',
        }),
        selectFilter('health', HEALTH, (h) => t(`mw.health.${h}`), {
          placeholder: t('mw.field.health'),
          width: narrow ? '48%' : 140,
        }),
        selectFilter('status', STATUSES, (x) => t(`mw.status.${x}`), {
          placeholder: t('mw.field.status'),
          width: narrow ? '48%' : 120,
          testId: 'mw-filter-status',
        }),
        { kind: 'search', param: 'q', placeholder: t('mw.list.search'), width: narrow ? '100%' : 240 },
      ]}
      load={({ values, orgId, page, pageSize }) =>
        modelWorkersApi.list({
          orgId,
          level: values.level as Level | undefined,
          health: values.health as Health | undefined,
          status: values.status as Status | undefined,
          q: values.q,
          page,
          pageSize,
        })
      }
      exportHref={keeps ? ({ orgId }) => modelWorkersApi.exportUrl(orgId) : undefined}
      exportLabel={t('mw.list.export')}
      actions={(list) =>
        keeps && (
          <ListImport
            register="model-workers"
            label={t('mw.list.import')}
            title={t('mw.import.title')}
            testId="mw-import"
            onClosed={list.reload}
          />
        )
      }
      create={{
        permission: 'modelworkers.write',
        label: t('mw.list.new'),
        testId: 'mw-new',
        dialog: ({ orgId }, close) => (
          <RegisterModal orgId={orgId} onClose={close} onSaved={(id) => navigate(`/model-workers/${id}`)} />
        ),
      }}
      notice={(list, q) => <UnlistedMembers orgId={q.orgId} onRegistered={list.reload} />}
      empty={t('mw.list.empty')}
      what={t('mw.what.list')}
      size={narrow ? 'small' : 'middle'}
      tableTestId="mw-list"
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
        labelColumn(t('mw.field.level'), 'level', (l: Level) => (
          <Tag color={LEVEL_COLOR[l]}>{t(`mw.level.${l}`)}</Tag>
        )),
        ...(narrow
          ? []
          : [
              {
                title: t('mw.field.titles'),
                dataIndex: 'titles',
                ellipsis: true,
              },
              { title: t('mw.field.union'), dataIndex: 'orgName', ellipsis: true },
              textColumn(t('mw.field.studio'), 'studio', { ellipsis: true }),
            ]),
        labelColumn(t('mw.field.health'), 'health', (h: Health) => (
          <Tag color={HEALTH_COLOR[h]}>{t(`mw.health.${h}`)}</Tag>
        )),
        labelColumn(t('mw.field.status'), 'status', (x: Status) => (
          <Tag color={STATUS_COLOR[x]}>{t(`mw.status.${x}`)}</Tag>
        )),
      ]}
    />
  );
}
