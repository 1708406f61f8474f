import { Button, Form, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { labelColumn } from '../../components/columns.tsx';
import { DateField } from '../../components/DateField.tsx';
import { FieldsDialog, heldDialog } from '../../components/FormDialog.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { FitTable, WholeTable } from '../../components/TableCard.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { LearningNewButton } from './LearningList.tsx';
import { type Licence, learningApi, type NewLicence, SITE_LEVELS, type Site } from './learning-api.ts';

/** Demonstration sites at four levels, each with its licences and their printable certificates. */
export function SitesTab() {
  const { t } = useTranslation();
  const list = useLoad(() => learningApi.sites(), []);
  const [licensing, setLicensing] = useState<Site | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <LearningNewButton label={t('learn.sites.new')} testId="site-new" onNew={() => setCreating(true)} />
      <LoadGate state={list} what={t('learn.sites.what')}>
        {(rows) => (
          <FitTable<Site>
            rowKey="id"
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: t('learn.sites.empty') }}
            expandable={{
              defaultExpandAllRows: true,
              expandedRowRender: (s) => <Licences licences={s.licences} />,
            }}
            columns={[
              { title: t('learn.sites.name'), dataIndex: 'name' },
              labelColumn(
                t('learn.sites.level'),
                'level',
                (l: string) => <Tag color="blue">{t(`learn.level.${l}`)}</Tag>,
                { width: 120 },
              ),
              { title: t('learn.sites.signedOn'), dataIndex: 'signedOn', width: 120 },
              {
                title: '',
                width: 120,
                // a site of a union above is licensed by its own staff: the answer says whether the caller may
                render: (_: unknown, s) =>
                  s.mayLicense && (
                    <Button
                      size="small"
                      onClick={() => setLicensing(s)}
                      data-testid={`site-license-${s.name}`}
                    >
                      {t('learn.sites.license')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </LoadGate>
      {licensing && <LicenceModal site={licensing} {...heldDialog(() => setLicensing(null), list.reload)} />}
      {creating && <SiteModal {...heldDialog(() => setCreating(false), list.reload)} />}
    </>
  );
}

function Licences({ licences }: { licences: Licence[] }) {
  const { t } = useTranslation();
  return (
    <WholeTable<Licence>
      dataSource={licences}
      locale={{ emptyText: t('learn.sites.noLicence') }}
      columns={[
        { title: t('learn.licence.number'), dataIndex: 'number', width: 150 },
        {
          title: t('learn.licence.period'),
          render: (_: unknown, l) => `${l.startsOn} ~ ${l.endsOn}`,
          width: 210,
        },
        {
          title: t('learn.licence.status'),
          width: 90,
          render: (_: unknown, l) =>
            l.active ? (
              <Tag color="green">{t('learn.licence.active')}</Tag>
            ) : (
              <Tag>{t('learn.licence.inactive')}</Tag>
            ),
        },
        {
          title: t('learn.licence.seats'),
          render: (_: unknown, l) => `${l.seatsUsed} / ${l.seats}`,
          width: 120,
        },
        {
          title: t('learn.licence.courses'),
          render: (_: unknown, l) => l.courses.map((c) => c.title).join(listSeparator()),
        },
        {
          title: '',
          width: 110,
          render: (_: unknown, l) => (
            <a
              href={learningApi.certificateUrl(l.id)}
              target="_blank"
              rel="noreferrer"
              data-testid={`certificate-${l.number}`}
            >
              {t('learn.licence.certificate')}
            </a>
          ),
        },
      ]}
    />
  );
}

function LicenceModal({ site, onClose, onDone }: { site: Site; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const courses = useLoad(() => learningApi.courses(), []);
  const resources = useLoad(() => learningApi.resources(), []);
  const [form] = Form.useForm<NewLicence>();
  const save = async (v: NewLicence) => {
    await learningApi.createLicence(site.id, { ...v, resourceIds: v.resourceIds ?? [] });
    onDone();
    return t('learn.licence.saved');
  };
  return (
    <FieldsDialog
      form={form}
      title={`${t('learn.sites.license')} · ${site.name}`}
      onClose={onClose}
      submit={save}
      okTestId="licence-save"
      initialValues={{ seats: 100 }}
    >
      <TextItem name="number" label={t('learn.licence.number')} max={60} required testId="licence-number" />
      <RequiredItem name="startsOn" label={t('learn.licence.startsOn')}>
        <DateField value={undefined} onChange={() => {}} testId="licence-starts" />
      </RequiredItem>
      <RequiredItem name="endsOn" label={t('learn.licence.endsOn')}>
        <DateField value={undefined} onChange={() => {}} testId="licence-ends" />
      </RequiredItem>
      <RequiredItem name="seats" label={t('learn.licence.seats')}>
        <NumberInput min={1} max={10000000} style={{ width: '100%' }} />
      </RequiredItem>
      <CappedNotice list={courses.data} plain />
      <RequiredItem name="courseIds" label={t('learn.licence.courses')}>
        <Select
          mode="multiple"
          loading={courses.loading}
          data-testid="licence-courses"
          optionFilterProp="label"
          options={(courses.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
        />
      </RequiredItem>
      <CappedNotice list={resources.data} plain />
      <Form.Item name="resourceIds" label={t('learn.licence.resources')}>
        <Select
          mode="multiple"
          loading={resources.loading}
          optionFilterProp="label"
          options={(resources.data?.items ?? []).map((r) => ({ value: r.id, label: r.title }))}
        />
      </Form.Item>
    </FieldsDialog>
  );
}

function SiteModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = async (v: Parameters<typeof learningApi.createSite>[0]) => {
    await learningApi.createSite(v);
    onDone();
    return undefined;
  };
  return (
    <FieldsDialog
      form={form}
      title={t('learn.sites.new')}
      onClose={onClose}
      submit={save}
      initialValues={{ level: 'enterprise' }}
    >
      <TextItem name="name" label={t('learn.sites.name')} max={200} required />
      <Form.Item name="level" label={t('learn.sites.level')}>
        <Select options={optionsOf(SITE_LEVELS, (l) => t(`learn.level.${l}`))} />
      </Form.Item>
      <RequiredItem name="orgId" label={t('learn.sites.community')}>
        <OrgSelect tree openOnly />
      </RequiredItem>
      <RequiredItem name="signedOn" label={t('learn.sites.signedOn')}>
        <DateField value={undefined} onChange={() => {}} />
      </RequiredItem>
    </FieldsDialog>
  );
}
