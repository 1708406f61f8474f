import { Form, Input, Radio, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { countColumn, linkColumn } from '../../components/columns.tsx';
import { DayRangePicker } from '../../components/DayRangePicker.tsx';
import { fromDay } from '../../components/dates.ts';
import { NewRecordDialog, type NewRecordDialogProps } from '../../components/FormDialog.tsx';
import { FormRows } from '../../components/FormRows.tsx';
import { requiredTextRule } from '../../components/form-rules.ts';
import { formatCount } from '../../components/format.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { optionsOf } from '../../components/options.ts';
import { RegisterList } from '../../components/RegisterList.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { type Call, callsApi, KINDS, type WorkKind } from './calls-api.ts';

/** Staff: the calls for works organised in a union's subtree or offered to it, and a new one. */
export default function CallListPage() {
  const { t } = useTranslation();
  return (
    <RegisterList<Call>
      title={t('calls.list.title')}
      testId="call-list"
      org
      paging="client"
      pageSize={50}
      filters={[
        { kind: 'check', param: 'awaiting', label: t('calls.list.awaitingOnly'), testId: 'call-awaiting' },
      ]}
      load={({ orgId, values }) => callsApi.list(orgId, values.awaiting === '1')}
      empty={t('calls.list.empty')}
      what={t('calls.what.list')}
      tableTestId="call-list"
      columns={[
        linkColumn(t('calls.field.title'), 'title', (c) => `/activities/calls/${c.id}`),
        { title: t('calls.field.union'), dataIndex: 'orgName' },
        {
          title: t('calls.field.categories'),
          key: 'categories',
          render: (_, c) => c.categories.map((k) => <Tag key={k.id}>{k.name}</Tag>),
        },
        { title: t('calls.field.window'), key: 'window', render: (_, c) => `${c.opensOn} — ${c.closesOn}` },
        {
          title: t('calls.field.works'),
          key: 'works',
          align: 'right',
          render: (_, c) =>
            `${formatCount(c.submitted)} / ${formatCount(c.passed)} / ${formatCount(c.chosen)}`,
        },
        countColumn(t('calls.field.awaiting'), 'awaiting'),
        {
          title: t('calls.field.published'),
          dataIndex: 'publishedOn',
          render: (d: string | null) => d ?? <Tag>{t('calls.field.unpublished')}</Tag>,
        },
      ]}
      create={{
        permission: 'calls.manage',
        label: t('calls.list.create'),
        testId: 'call-new',
        Dialog: CreateModal,
        opens: (id) => `/activities/calls/${id}`,
      }}
    />
  );
}

interface Values {
  title: string;
  description?: string;
  window: [Dayjs, Dayjs];
  perWorker: number;
  gallery: 'public' | 'members';
  categories: { name: string; kind: WorkKind }[];
}

function CreateModal(dialog: NewRecordDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <NewRecordDialog<Values>
      {...dialog}
      form={form}
      title={t('calls.create.title')}
      union={{ id: 'call-list-union', label: t('calls.field.union') }}
      create={(v, union) =>
        callsApi.create({
          orgId: union,
          title: v.title,
          description: v.description ?? '',
          opensOn: fromDay(v.window[0]) as string,
          closesOn: fromDay(v.window[1]) as string,
          perWorker: v.perWorker,
          gallery: v.gallery,
          categories: v.categories,
        })
      }
      done={t('calls.create.done')}
      width={720}
      okTestId="call-create-ok"
      initialValues={{
        perWorker: 3,
        gallery: 'public',
        categories: [{ name: t('calls.create.defaultCategory'), kind: 'text' }],
      }}
    >
      <TextItem name="title" label={t('calls.field.title')} max={200} required testId="call-title" />
      <Form.Item name="description" label={t('calls.field.description')}>
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <div className="form-grid-2">
        <RequiredItem name="window" label={t('calls.field.window')}>
          <DayRangePicker style={{ width: '100%' }} data-testid="call-window" />
        </RequiredItem>
        <RequiredItem name="perWorker" label={t('calls.field.perWorker')}>
          <NumberInput min={1} max={100} style={{ width: '100%' }} />
        </RequiredItem>
      </div>
      <Form.Item name="gallery" label={t('calls.field.gallery')}>
        <Radio.Group options={optionsOf(['public', 'members'] as const, (g) => t(`calls.gallery.${g}`))} />
      </Form.Item>
      <Form.Item label={t('calls.field.categories')} required>
        <FormRows
          name="categories"
          keepOne
          addLabel={t('calls.create.addCategory')}
          newRow={() => ({ kind: 'image' })}
          row={(it) => (
            <>
              <Form.Item
                name={[it.name, 'name']}
                noStyle
                rules={[requiredTextRule(t, t('calls.field.categoryName'))]}
              >
                <Input
                  maxLength={50}
                  placeholder={t('calls.field.categoryName')}
                  style={{ width: 240 }}
                  data-testid={`call-category-${it.name}`}
                />
              </Form.Item>
              <Form.Item name={[it.name, 'kind']} noStyle>
                <Select style={{ width: 120 }} options={optionsOf(KINDS, (k) => t(`calls.kind.${k}`))} />
              </Form.Item>
            </>
          )}
        />
      </Form.Item>
    </NewRecordDialog>
  );
}
