import { Form, Input, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { RESOURCE_KINDS as KINDS } from '../../../../server/src/modules/learning/learning.vocabulary.ts';
import { labelColumn } from '../../components/columns.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { LearningList } from './LearningList.tsx';
import { learningApi, type Resource } from './learning-api.ts';

type NewResource = Parameters<typeof learningApi.createResource>[0];

/** Digital resources produced by unions and enterprises, each with the licence terms it is shared under. */
export function ResourcesTab() {
  const { t } = useTranslation();
  return (
    <LearningList<Resource, NewResource>
      newLabel={t('learn.resources.new')}
      what={t('learn.resources.what')}
      empty={t('learn.resources.empty')}
      load={() => learningApi.resources()}
      columns={[
        {
          title: t('learn.resources.title'),
          dataIndex: 'title',
          render: (v: string, r) =>
            r.url ? (
              <a href={r.url} target="_blank" rel="noreferrer">
                {v}
              </a>
            ) : (
              v
            ),
        },
        labelColumn(
          t('learn.resources.kind'),
          'kind',
          (k: string) => <Tag>{t(`learn.resourceKind.${k}`)}</Tag>,
          { width: 110 },
        ),
        { title: t('learn.resources.producer'), dataIndex: 'orgName', width: 200 },
        { title: t('learn.resources.terms'), dataIndex: 'terms' },
      ]}
      initialValues={{ kind: 'ebook' }}
      create={(v) => learningApi.createResource(v)}
      fields={
        <>
          <TextItem name="title" label={t('learn.resources.title')} max={200} required />
          <RequiredItem name="orgId" label={t('learn.resources.producer')}>
            <OrgSelect tree openOnly />
          </RequiredItem>
          <Form.Item name="kind" label={t('learn.resources.kind')}>
            <Select options={optionsOf(KINDS, (k) => t(`learn.resourceKind.${k}`))} />
          </Form.Item>
          <Form.Item
            name="url"
            label={t('learn.resources.url')}
            rules={[{ pattern: /^https?:\/\//, message: t('learn.lessons.urlRule') }]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <TextItem name="terms" label={t('learn.resources.terms')} max={2000} rows={3} required />
        </>
      }
    />
  );
}
