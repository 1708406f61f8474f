import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { memberOptionLabel } from './personOption.ts';
import { useTypedSearch } from './useTypedSearch.ts';

export interface PersonOption {
  value: number;
  label: string;
}

/**
 * Picks members of my subtree by name (the server searches as one types); one or several. Each found member shows
 * with what tells two of one name apart (memberOptionLabel). `known` names the people already chosen so they show
 * before any search.
 */
export function PersonSelect({
  value,
  onChange,
  known,
  multiple,
  testId,
  id,
}: {
  value: number | number[] | null | undefined;
  onChange: (value: number | number[] | null) => void;
  known: PersonOption[];
  multiple?: boolean;
  testId?: string;
  /** The field's id, which a form item's label points at (antd's Form.Item gives it). */
  id?: string;
}) {
  const { t } = useTranslation();
  const { found: options, search } = useTypedSearch(
    (q) =>
      q
        ? unwrap(api.GET('/api/members', { params: { query: { q, pageSize: 10 } } })).then((r) =>
            r.items.map((p) => ({ value: p.id, label: memberOptionLabel(t, p) })),
          )
        : null,
    known,
  );
  const merged = [...known.filter((k) => !options.some((o) => o.value === k.value)), ...options];
  return (
    <Select
      id={id}
      showSearch
      allowClear
      mode={multiple ? 'multiple' : undefined}
      filterOption={false}
      onSearch={search}
      options={merged}
      value={value ?? undefined}
      onChange={(v) => onChange((v as number | number[] | undefined) ?? null)}
      placeholder={t('member.searchPlaceholder')}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
