import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { aside } from './aside.ts';
import { useTypedSearch } from './useTypedSearch.ts';

/**
 * Picks one member of my subtree by name (the server searches as one types), each found shown with their union.
 * `notFound`: what the list says when a search found no one (antd's empty picture unless told).
 */
export function MemberSelect({
  value,
  onChange,
  notFound,
  testId,
  id,
}: {
  value?: number;
  onChange?: (id: number) => void;
  notFound?: string;
  testId?: string;
  /** The field's id, which the named `Form.Item` hands it for its label's `for`. */
  id?: string;
}) {
  const { t } = useTranslation();
  const { found, searching, search } = useTypedSearch((q) =>
    q
      ? unwrap(api.GET('/api/members', { params: { query: { q, pageSize: 20 } } })).then((r) =>
          r.items.map((p) => ({ value: p.id, label: `${p.name}${aside(p.orgName ?? '—')}` })),
        )
      : null,
  );
  return (
    <Select
      id={id}
      showSearch
      value={value}
      onChange={onChange}
      onSearch={search}
      filterOption={false}
      loading={searching}
      options={found}
      placeholder={t('member.searchPlaceholder')}
      notFoundContent={notFound && (searching ? null : notFound)}
      data-testid={testId}
    />
  );
}
