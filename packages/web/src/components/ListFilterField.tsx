import { Button, Checkbox, Input, InputNumber, Segmented, Select } from 'antd';
import type { ListFilter } from './list-filters.ts';

/** One filter of a register's list on the filters' line (tabs stand above it), kept in the address under its param. */
export function FilterField({
  filter: f,
  value,
  set,
  testId,
}: {
  filter: Exclude<ListFilter, { kind: 'tabs' }>;
  value: string | undefined;
  set: (key: string, value: string | undefined) => void;
  testId: string;
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
            data-testid={f.testId}
          />
        );
      }
      return (
        <Select
          allowClear
          placeholder={f.placeholder}
          style={{ width: f.width ?? 200 }}
          value={value}
          onChange={(v?: string) => set(f.param, v)}
          options={f.options}
          showSearch={f.showSearch}
          optionFilterProp={f.showSearch ? 'label' : undefined}
          loading={f.loading}
          notFoundContent={f.notFound}
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
        <InputNumber
          style={f.width ? { width: f.width } : undefined}
          min={f.min}
          max={f.max}
          placeholder={f.placeholder}
          value={value ? Number(value) : null}
          onChange={(v) => set(f.param, v ? String(v) : undefined)}
          data-testid={f.testId}
        />
      );
    case 'search':
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
