import { Button, Checkbox, Flex, Input, Segmented, Select, Switch, Tag } from 'antd';
import { api, unwrap } from '../api/client.ts';
import type { ListFilter } from './list-filters.ts';
import { NumberInput } from './NumberInput.tsx';
import { OrgSelect } from './OrgSelect.tsx';
import { useLoad } from './useLoad.ts';

/** One filter of a register's list on the filters' line (tabs stand above it), kept in the address under its param. */
export function FilterField({
  filter: f,
  value,
  set,
  testId,
  people,
}: {
  filter: Exclude<ListFilter, { kind: 'tabs' }>;
  value: string | undefined;
  set: (key: string, value: string | undefined) => void;
  testId: string;
  /** In a list of people (`RegisterList`'s `people`): the search with its button, as wide as the line allows. */
  people?: boolean;
}) {
  switch (f.kind) {
    case 'views':
      return (
        <Segmented<string>
          value={value ?? f.all}
          onChange={(v) => set(f.param, v === f.all ? undefined : v)}
          options={f.options}
          data-testid={f.testId ?? `${testId}-view`}
        />
      );
    case 'select':
      if (f.all !== undefined) {
        const start = f.initial ?? f.all;
        return (
          <Select
            style={{ width: f.width ?? 200 }}
            value={value ?? start}
            onChange={(v: string) => set(f.param, v === start ? undefined : v)}
            options={f.options}
            // named for a screen reader by its option that means every one (全部类别)
            aria-label={f.placeholder ?? f.options.find((o) => o.value === f.all)?.label}
            data-testid={f.testId}
          />
        );
      }
      return (
        <Select
          allowClear
          placeholder={f.placeholder}
          style={{ width: f.width ?? 200 }}
          value={value ?? f.initial}
          onChange={(v?: string) => set(f.param, v)}
          options={f.options}
          showSearch={f.showSearch}
          optionFilterProp={f.showSearch ? 'label' : undefined}
          loading={f.loading}
          notFoundContent={f.notFound}
          aria-label={f.placeholder}
          data-testid={f.testId}
        />
      );
    case 'check':
      return (
        <Checkbox
          checked={value === '1'}
          onChange={(e) => set(f.param, e.target.checked ? '1' : undefined)}
          data-testid={f.testId}
        >
          {f.label}
        </Checkbox>
      );
    case 'switch':
      return (
        <Flex gap={6} align="center">
          <Switch
            checked={value !== '0'}
            onChange={(on) => set(f.param, on ? undefined : '0')}
            aria-label={f.label}
            data-testid={f.testId}
          />
          <span>{f.label}</span>
        </Flex>
      );
    case 'org':
      if (f.tree) return <UnionFilter filter={f} value={value} set={set} />;
      return (
        <OrgSelect
          allowClear
          value={value ? Number(value) : null}
          onChange={(id) => set(f.param, id ? String(id) : undefined)}
          testId={f.testId}
        />
      );
    case 'tag':
      return (
        <Tag.CheckableTag
          checked={value === '1'}
          onChange={(on) => set(f.param, on ? '1' : undefined)}
          data-testid={f.testId}
        >
          {f.label}
        </Tag.CheckableTag>
      );
    case 'toggle':
      return (
        <Button
          type={value === '1' ? 'primary' : 'default'}
          danger={value === '1'}
          onClick={() => set(f.param, value === '1' ? undefined : '1')}
          data-testid={f.testId}
        >
          {f.label}
        </Button>
      );
    case 'year':
      return (
        <NumberInput
          style={f.width ? { width: f.width } : undefined}
          min={f.min}
          max={f.max}
          optional
          placeholder={f.placeholder}
          value={value ? Number(value) : null}
          onChange={(v) => set(f.param, v ? String(v) : undefined)}
          aria-label={f.placeholder}
          testId={f.testId}
        />
      );
    case 'search':
      if (people)
        return (
          <Input.Search
            key={value}
            defaultValue={value}
            allowClear
            enterButton
            placeholder={f.placeholder}
            onSearch={(v) => set(f.param, v.trim() || undefined)}
            className="filter-search"
            data-testid={f.testId ?? `${testId}-search`}
          />
        );
      return (
        <Input.Search
          allowClear
          maxLength={f.maxLength}
          style={{ width: f.width ?? 240 }}
          placeholder={f.placeholder}
          defaultValue={value}
          onSearch={(v) => set(f.param, v.trim() || undefined)}
          data-testid={f.testId ?? `${testId}-search`}
        />
      );
  }
}

/** A union picked in the tree of my subtree, its name asked for when the address holds only its id. */
function UnionFilter({
  filter: f,
  value,
  set,
}: {
  filter: Extract<ListFilter, { kind: 'org' }>;
  value: string | undefined;
  set: (key: string, value: string | undefined) => void;
}) {
  const orgId = Number(value) || undefined;
  const name = useUnionName(orgId);
  return (
    <OrgSelect
      tree
      value={orgId}
      valueLabel={name.data || undefined}
      onChange={(id) => set(f.param, id ? String(id) : undefined)}
      allowClear
      placeholder={f.placeholder}
      style={{ minWidth: f.width }}
      id={f.id}
      aria-label={f.placeholder}
      testId={f.testId}
    />
  );
}

/** The name of a union picked by its id (empty while none is); one read, shared by the picker and its page. */
export function useUnionName(orgId: number | undefined) {
  return useLoad(
    async () =>
      orgId ? (await unwrap(api.GET('/api/orgs/{id}', { params: { path: { id: orgId } } }))).name : '',
    [orgId],
  );
}
