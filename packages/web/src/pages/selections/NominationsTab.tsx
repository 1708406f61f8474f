import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOMINATION_MIMES as MIMES } from '../../../../server/src/modules/selections/selections.vocabulary.ts';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { type DialogProps, FieldsDialog } from '../../components/FormDialog.tsx';
import { fileBase64 } from '../../components/fileBase64.ts';
import { emptyText, LoadError } from '../../components/LoadError.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { PagedTable } from '../../components/TableCard.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useTypedSearch } from '../../components/useTypedSearch.ts';
import { type Nomination, points, type SelectionDetail, selectionsApi } from './selections-api.ts';

const NOMINATION_COLOR: Record<Nomination['status'], string> = {
  nominated: 'blue',
  selected: 'green',
  not_selected: 'default',
  revoked: 'red',
};
type Mime = (typeof MIMES)[number];
type Attachment = { name: string; mime: Mime; dataBase64: string };

/** Nominations: the organiser's whole list, or my subtree's; a new nomination while they are open. */
export function NominationsTab({ s, onChange }: { s: SelectionDetail; onChange: () => Promise<void> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useState(false);
  const list = useLoad(() => selectionsApi.nominations(s.id), [s.id]);
  if (list.error) return <LoadError error={list.error} retry={list.reload} what={t('sel.tab.nominations')} />;
  return (
    <>
      {s.status === 'nominating' && can('selections.nominate') && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="sel-nominate">
            {t('sel.nominate.button')}
          </Button>
        </Flex>
      )}
      <PagedTable<Nomination>
        pageSize={50}
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: emptyText(list, t('sel.nominate.empty')) }}
        columns={[
          { title: t('sel.field.category'), dataIndex: 'categoryName' },
          { title: t('sel.field.name'), dataIndex: 'personName' },
          { title: t('sel.field.workUnit'), dataIndex: 'unit' },
          { title: t('sel.field.unit'), dataIndex: 'orgName' },
          { title: t('sel.field.deed'), dataIndex: 'deed', ellipsis: true },
          {
            title: t('sel.field.attachments'),
            render: (_, n) =>
              n.attachments.length
                ? n.attachments.map((a) => (
                    <div key={a.id}>
                      <a href={`/api/selection-attachments/${a.id}`} target="_blank" rel="noreferrer">
                        {a.name}
                      </a>
                    </div>
                  ))
                : '—',
          },
          { title: t('sel.field.score'), dataIndex: 'score', render: (v: number | null) => points(v) },
          { title: t('sel.field.rank'), dataIndex: 'rank', render: (v: number | null) => v ?? '—' },
          {
            title: t('sel.field.status'),
            render: (_, n) => (
              <Flex gap={4}>
                <Tag color={NOMINATION_COLOR[n.status]}>{t(`sel.nominationStatus.${n.status}`)}</Tag>
                {n.selfNominated && <Tag>{t('sel.nominate.self')}</Tag>}
              </Flex>
            ),
          },
        ]}
      />
      <NominateModal
        s={s}
        open={open}
        onClose={() => setOpen(false)}
        onDone={async () => {
          setOpen(false);
          await Promise.all([list.reload(), onChange()]);
        }}
      />
    </>
  );
}

function NominateModal({ s, open, onClose, onDone }: DialogProps<{ s: SelectionDetail; open: boolean }>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ categoryId: number; personId: number; deed: string }>();
  const [files, setFiles] = useState<Attachment[]>([]);
  const [nominatedOn, setNominatedOn] = useState<string | null>(null);
  const { found: people, search } = useTypedSearch((q) =>
    q
      ? selectionsApi.members(q).then((found) =>
          found.items.map((p) => ({
            value: p.id,
            label: `${p.name}${aside(`${p.orgName ?? ''} ${p.idMasked}`)}`,
          })),
        )
      : null,
  );
  const submit = async (v: { categoryId: number; personId: number; deed: string }) => {
    await selectionsApi.nominate(s.id, {
      ...v,
      attachments: files,
      ...(nominatedOn && { effectiveOn: nominatedOn }),
    });
    setFiles([]);
    await onDone();
    return t('sel.nominate.done');
  };
  return (
    <FieldsDialog
      form={form}
      open={open}
      title={t('sel.nominate.title')}
      onClose={onClose}
      submit={submit}
      okTestId="sel-nominate-ok"
    >
      <RequiredItem name="categoryId" label={t('sel.field.category')}>
        <Select
          options={s.categories.map((c) => ({ value: c.id, label: c.name }))}
          data-testid="sel-nominate-category"
        />
      </RequiredItem>
      <RequiredItem name="personId" label={t('sel.nominate.person')} extra={t('sel.nominate.personHint')}>
        <Select
          showSearch
          filterOption={false}
          onSearch={search}
          options={people}
          notFoundContent={null}
          data-testid="sel-nominate-person"
        />
      </RequiredItem>
      <TextItem
        name="deed"
        label={t('sel.field.deed')}
        max={2000}
        rows={4}
        required
        testId="sel-nominate-deed"
        extra={t('sel.nominate.deedHint')}
      />
      <Upload
        accept={MIMES.join(',')}
        maxCount={3}
        beforeUpload={async (file) => {
          // the server refuses other types and sizes with a message naming the file
          const dataBase64 = await fileBase64(file);
          setFiles((fs) => [...fs, { name: file.name, mime: file.type as Mime, dataBase64 }]);
          return false;
        }}
        onRemove={(file) => setFiles((fs) => fs.filter((f) => f.name !== file.name))}
      >
        <Button icon={<UploadOutlined />}>{t('sel.nominate.attach')}</Button>
      </Upload>
      <PastDay value={nominatedOn} onChange={setNominatedOn} testId="sel-nominate-day" />
    </FieldsDialog>
  );
}
