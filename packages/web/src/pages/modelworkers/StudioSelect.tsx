import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { useLoad } from '../../components/useLoad.ts';
import { modelWorkersApi } from './modelworkers-api.ts';

/** An active innovation studio of the clerk's unions, found by name: the one a model worker leads. */
export function StudioSelect({
  value,
  onChange,
  testId,
  id,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  testId?: string;
  /** The input's id, for the label that names it. */
  id?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useLoad(() => modelWorkersApi.studios(q || undefined), [q]);
  return (
    <Select
      id={id}
      allowClear
      showSearch
      filterOption={false}
      value={value ?? undefined}
      placeholder={t('mw.form.studioPlaceholder')}
      onSearch={setQ}
      onChange={(v) => onChange(v ?? null)}
      loading={found.loading}
      notFoundContent={found.loading ? null : t('mw.form.noStudio')}
      options={(found.data ?? []).map((s) => ({
        value: s.id,
        label: `${s.name}${aside(`${t(`mw.studioLevel.${s.level}`, { defaultValue: s.level })}${t('common.comma')}${s.orgName}`)}`,
      }))}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
