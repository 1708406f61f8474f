import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { labelColumn, linkColumn } from '../../components/columns.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { choiceFilter, RegisterList } from '../../components/RegisterList.tsx';
import { CreateSelectionModal } from './CreateSelectionModal.tsx';
import {
  type SelectionStatus,
  type SelectionSummary,
  STATUS_COLOR,
  STATUSES,
  selectionsApi,
} from './selections-api.ts';

/** Staff: the selections run in my subtree or offered to it by the unions above, by status; a new one. */
export default function SelectionListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <RegisterList<SelectionSummary>
      title={t('sel.list.title')}
      testId="sel"
      paging="client"
      filters={[
        choiceFilter('status', STATUSES, (s) => t(`sel.status.${s}`), {
          every: t('sel.list.all'),
          width: 160,
          testId: 'sel-status',
        }),
      ]}
      load={({ values }) => selectionsApi.list(values.status as SelectionStatus | undefined)}
      actions={(list) => <ListImport register="selections" onClosed={list.reload} />}
      create={{
        permission: 'selections.manage',
        label: t('sel.list.new'),
        testId: 'sel-new',
        dialog: (_q, close) => (
          <CreateSelectionModal open onClose={close} onCreated={(id) => navigate(`/selections/${id}`)} />
        ),
      }}
      what={t('sel.list.title')}
      empty={t('sel.list.empty')}
      columns={[
        linkColumn(t('sel.field.edition'), 'edition', (row) => `/selections/${row.id}`),
        { title: t('sel.field.title'), dataIndex: 'title' },
        { title: t('sel.field.organiser'), dataIndex: 'organiserName' },
        { title: t('sel.field.year'), dataIndex: 'year' },
        {
          title: t('sel.field.window'),
          key: 'window',
          render: (_, row) => (row.nominateFrom ? `${row.nominateFrom} ~ ${row.nominateUntil}` : '—'),
        },
        labelColumn(t('sel.field.status'), 'status', (s: SelectionStatus) => (
          <Tag color={STATUS_COLOR[s]}>{t(`sel.status.${s}`)}</Tag>
        )),
      ]}
    />
  );
}
