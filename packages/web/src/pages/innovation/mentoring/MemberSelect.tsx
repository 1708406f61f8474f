import { Select } from 'antd';
import { aside } from '../../../components/aside.ts';
import { useTypedSearch } from '../../../components/useTypedSearch.ts';
import { mentoringApi } from './mentoring-api.ts';

/** Picks a member of my subtree by name (the server searches as one types). */
export function MemberSelect({
  value,
  onChange,
  placeholder,
  testId,
  id,
}: {
  value?: number;
  onChange?: (id: number) => void;
  placeholder?: string;
  testId?: string;
  /** The field's id, which the named `Form.Item` hands it for its label's `for`. */
  id?: string;
}) {
  const { found, searching, search } = useTypedSearch((q) =>
    q
      ? mentoringApi
          .findMembers(q)
          .then((items) => items.map((p) => ({ value: p.id, label: `${p.name}${aside(p.orgName ?? '—')}` })))
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
      placeholder={placeholder}
      data-testid={testId}
    />
  );
}
