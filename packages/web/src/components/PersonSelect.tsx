import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { useFeedback } from './feedback.ts';

export interface PersonOption {
  value: number;
  label: string;
}

/**
 * Picks members of my subtree by name (the server searches as one types); one or several. `known` names the
 * people already chosen so they show before any search.
 */
export function PersonSelect({
  value,
  onChange,
  known,
  multiple,
  testId,
}: {
  value: number | number[] | null | undefined;
  onChange: (value: number | number[] | null) => void;
  known: PersonOption[];
  multiple?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<PersonOption[]>(known);
  const seq = useRef(0);
  useEffect(() => {
    const text = q.trim();
    if (!text) return;
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      unwrap(api.GET('/api/members', { params: { query: { q: text, pageSize: 10 } } }))
        .then((r) => {
          if (mine !== seq.current) return;
          setOptions(r.items.map((p) => ({ value: p.id, label: `${p.name}（${p.orgName ?? '—'}）` })));
        })
        .catch(feedback.error);
    }, 250);
    return () => clearTimeout(timer);
  }, [q, feedback]);
  const merged = [...known.filter((k) => !options.some((o) => o.value === k.value)), ...options];
  return (
    <Select
      showSearch
      allowClear
      mode={multiple ? 'multiple' : undefined}
      filterOption={false}
      onSearch={setQ}
      options={merged}
      value={value ?? undefined}
      onChange={(v) => onChange((v as number | number[] | undefined) ?? null)}
      placeholder={t('stu.form.personSearch')}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
