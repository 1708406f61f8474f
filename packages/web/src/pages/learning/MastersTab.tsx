import { Form, Select, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { aside } from '../../components/aside.ts';
import { labelColumn } from '../../components/columns.tsx';
import { requiredRule } from '../../components/form-rules.ts';
import { optionsOf } from '../../components/options.ts';
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
          <Form.Item
            name="personId"
            label={t('learn.masters.member')}
            rules={[requiredRule(t, t('learn.masters.member'))]}
          >
            <MemberSearch />
          </Form.Item>
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

/** Picks a member of the user's subtree by name (the server searches as the user types). */
function MemberSearch({
  value,
  onChange,
  id,
}: {
  value?: number;
  onChange?: (id: number) => void;
  /** The field's id, which the named `Form.Item` hands it for its label's `for`. */
  id?: string;
}) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  const search = async (q: string) => {
    if (!q.trim()) return;
    const mine = ++seq.current;
    setLoading(true);
    try {
      const page = await unwrap(
        api.GET('/api/members', { params: { query: { q: q.trim(), pageSize: 20 } } }),
      );
      if (mine === seq.current)
        setOptions(page.items.map((p) => ({ value: p.id, label: `${p.name}${aside(p.orgName ?? '')}` })));
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  };
  return (
    <Select
      id={id}
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={(q) => void search(q).catch(() => setOptions([]))}
      loading={loading}
      options={options}
      placeholder={t('member.searchPlaceholder')}
      notFoundContent={loading ? null : t('learn.masters.noMember')}
    />
  );
}
