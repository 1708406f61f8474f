import { Card, Flex, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { labelColumn, linkColumn } from '../../components/columns.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { emptyText, LoadError } from '../../components/LoadError.tsx';
import { NewButton } from '../../components/NewButton.tsx';
import { optionsOf } from '../../components/options.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CreateSelectionModal } from './CreateSelectionModal.tsx';
import {
  type SelectionStatus,
  type SelectionSummary,
  STATUS_COLOR,
  STATUSES,
  selectionsApi,
} from './selections-api.ts';

/** Staff: the selections run in my subtree or offered to it by the unions above; a new one. */
export default function SelectionListPage() {
  const { t } = useTranslation();
  usePageTitle(t('sel.list.title'));
  const { can } = useSession();
  const navigate = useNavigate();
  const [status, setStatus] = useState<SelectionStatus | undefined>();
  const [creating, setCreating] = useState(false);
  const list = useLoad(() => selectionsApi.list(status), [status]);
  return (
    <Card
      title={t('sel.list.title')}
      extra={
        <Space wrap>
          <ListImport register="selections" onClosed={list.reload} />
          {can('selections.manage') && (
            <NewButton onClick={() => setCreating(true)} testId="sel-new">
              {t('sel.list.new')}
            </NewButton>
          )}
        </Space>
      }
    >
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 160 }}
          value={status ?? 'all'}
          onChange={(v) => setStatus(v === 'all' ? undefined : (v as SelectionStatus))}
          options={[
            { value: 'all', label: t('sel.list.all') },
            ...optionsOf(STATUSES, (s) => t(`sel.status.${s}`)),
          ]}
        />
      </Flex>
      {list.error ? (
        <LoadError error={list.error} retry={list.reload} what={t('sel.list.title')} />
      ) : (
        <>
          <CappedNotice list={list.data} />
          <Table<SelectionSummary>
            rowKey="id"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: emptyText(list, t('sel.list.empty')) }}
            pagination={false}
            columns={[
              linkColumn(t('sel.field.edition'), 'edition', (row) => `/selections/${row.id}`),
              { title: t('sel.field.title'), dataIndex: 'title' },
              { title: t('sel.field.organiser'), dataIndex: 'organiserName' },
              { title: t('sel.field.year'), dataIndex: 'year' },
              {
                title: t('sel.field.window'),
                render: (_, row) => (row.nominateFrom ? `${row.nominateFrom} ~ ${row.nominateUntil}` : '—'),
              },
              labelColumn(t('sel.field.status'), 'status', (s: SelectionStatus) => (
                <Tag color={STATUS_COLOR[s]}>{t(`sel.status.${s}`)}</Tag>
              )),
            ]}
          />
        </>
      )}
      <CreateSelectionModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => navigate(`/selections/${id}`)}
      />
    </Card>
  );
}
