import { Form, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countColumn, labelColumn } from '../../components/columns.tsx';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { RegisterList } from '../../components/RegisterList.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import {
  congressesApi,
  DISCLOSURE_CATEGORIES,
  type Disclosure,
  type DisclosureCategory,
} from './congresses-api.ts';

/** Staff: 厂务公开 — what the enterprises of the subtree disclosed to their members, with how many read each. */
export default function DisclosuresPage() {
  const { t } = useTranslation();
  return (
    <RegisterList<Disclosure>
      title={t('cong.disclosures.title')}
      testId="cong-disclosures"
      org
      paging="client"
      load={({ orgId }) => congressesApi.disclosures(orgId)}
      create={{
        permission: 'congresses.manage',
        label: t('cong.disclosures.publish'),
        testId: 'cong-disclosure-new',
        dialog: (q, close, reload) => <PublishDialog orgId={q.orgId} close={close} reload={reload} />,
      }}
      what={t('cong.what.disclosures')}
      empty={t('cong.disclosures.empty')}
      expandable={{ expandedRowRender: (d) => <div style={{ whiteSpace: 'pre-wrap' }}>{d.body}</div> }}
      columns={[
        { title: t('cong.field.title'), dataIndex: 'title' },
        labelColumn(t('cong.field.category2'), 'category', (c: DisclosureCategory) => (
          <Tag>{t(`cong.disclosure.${c}`)}</Tag>
        )),
        { title: t('cong.field.union'), dataIndex: 'orgName' },
        { title: t('cong.field.publishedOn'), dataIndex: 'publishedOn' },
        countColumn(t('cong.field.reads'), 'reads'),
      ]}
    />
  );
}

/** Publishing a disclosure of the union picked (or another of the subtree), on a past day where it was. */
function PublishDialog({
  orgId,
  close,
  reload,
}: {
  orgId: number | undefined;
  close: () => void;
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [day, setDay] = useState<string | null>(null);
  const [form] = Form.useForm<{ orgId: number; category: DisclosureCategory; title: string; body: string }>();
  return (
    <FieldsDialog
      form={form}
      width={640}
      title={t('cong.disclosures.publish')}
      onClose={close}
      submit={async (v) => {
        await congressesApi.publish({ ...v, effectiveOn: day ?? undefined });
        close();
        void reload();
        return t('cong.disclosures.done');
      }}
      initialValues={{ orgId, category: 'finance' }}
    >
      <RequiredItem name="orgId" label={t('cong.field.union')}>
        <OrgSelect value={orgId ?? null} onChange={() => undefined} />
      </RequiredItem>
      <Form.Item name="category" label={t('cong.field.category2')}>
        <Select options={optionsOf(DISCLOSURE_CATEGORIES, (c) => t(`cong.disclosure.${c}`))} />
      </Form.Item>
      <TextItem name="title" label={t('cong.field.title')} max={200} required />
      <TextItem name="body" label={t('cong.field.body')} max={20000} rows={6} required />
      <PastDay value={day} onChange={setDay} />
    </FieldsDialog>
  );
}
