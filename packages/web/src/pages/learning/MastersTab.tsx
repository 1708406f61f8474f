import { Form, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelColumn } from '../../components/columns.tsx';
import { MemberSelect } from '../../components/MemberSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { LearningList } from './LearningList.tsx';
import { learningApi, type Master } from './learning-api.ts';

type MasterValues = {
  personId: number;
  title: 'model_worker' | 'craftsman';
  speciality: string;
};

/** Masters (劳模/工匠) designated to answer workers' questions and apprenticeship requests online. */
export function MastersTab() {
  const { t } = useTranslation();
  return (
    <LearningList<Master, MasterValues>
      newLabel={t('learn.masters.new')}
      what={t('learn.masters.what')}
      empty={t('learn.masters.empty')}
      load={() => learningApi.masters()}
      columns={[
        { title: t('learn.masters.name'), dataIndex: 'name' },
        labelColumn(t('learn.masters.title'), 'title', (v: string) => (
          <Tag color="gold">{t(`learn.masterTitle.${v}`)}</Tag>
        )),
        { title: t('learn.masters.speciality'), dataIndex: 'speciality' },
        { title: t('learn.masters.union'), dataIndex: 'orgName' },
      ]}
      initialValues={{ title: 'craftsman' }}
      create={(v) => learningApi.designate(v)}
      fields={
        <>
          <RequiredItem name="personId" label={t('learn.masters.member')}>
            <MemberSelect notFound={t('learn.masters.noMember')} />
          </RequiredItem>
          <Form.Item name="title" label={t('learn.masters.title')}>
            <Select
              options={optionsOf(['model_worker', 'craftsman'] as const, (k) => t(`learn.masterTitle.${k}`))}
            />
          </Form.Item>
          <TextItem name="speciality" label={t('learn.masters.speciality')} max={200} required />
        </>
      }
    />
  );
}
