import { Select } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';

interface Option {
  value: number;
  label: string;
}

/**
 * Picks a union in my subtree: the top of my subtree and its children are offered at once, and typing
 * searches by name.
 */
export function OrgSelect({
  value,
  onChange,
  style,
  allowClear,
  placeholder,
  testId,
  disabled,
  label,
}: {
  value: number | null | undefined;
  onChange: (id: number | null, name?: string) => void;
  style?: React.CSSProperties;
  allowClear?: boolean;
  placeholder?: string;
  testId?: string;
  disabled?: boolean;
  /** The name of `value`, when the caller knows it (e.g. an owner union above my subtree). */
  label?: string;
}) {
  const { t } = useTranslation();
  const [base, setBase] = useState<Option[]>([]);
  const [found, setFound] = useState<Option[] | null>(null);
  const [current, setCurrent] = useState<Option | null>(value != null && label ? { value, label } : null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    let alive = true;
    (async () => {
      const roots = await unwrap(api.GET('/api/orgs/roots'));
      const children = await Promise.all(
        roots
          .filter((r) => r.hasChildren)
          .map((r) => unwrap(api.GET('/api/orgs/{id}/children', { params: { path: { id: r.id } } }))),
      );
      if (!alive) return;
      setBase([...roots, ...children.flat()].map((o) => ({ value: o.id, label: o.name })));
    })().catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    if (value == null || base.some((o) => o.value === value) || current?.value === value) return;
    let alive = true;
    unwrap(api.GET('/api/orgs/{id}', { params: { path: { id: value } } }))
      .then((o) => alive && setCurrent({ value: o.id, label: o.name }))
      // A union above my subtree: show the name the caller knows.
      .catch(() => alive && label && setCurrent({ value, label }));
    return () => {
      alive = false;
    };
  }, [value, base, current, label]);

  const options = useMemo(() => {
    const list = found ?? base;
    return current && !list.some((o) => o.value === current.value) ? [current, ...list] : list;
  }, [found, base, current]);

  return (
    <Select
      showSearch={{
        filterOption: false,
        onSearch: (q) => {
          clearTimeout(timer.current);
          if (!q.trim()) {
            setFound(null);
            return;
          }
          timer.current = setTimeout(() => {
            unwrap(api.GET('/api/orgs/search', { params: { query: { q: q.trim() } } }))
              .then((hits) => setFound(hits.map((o) => ({ value: o.id, label: o.name }))))
              .catch(() => setFound([]));
          }, 250);
        },
      }}
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder ?? t('prog.pickUnion')}
      style={{ width: 260, ...style }}
      value={value ?? undefined}
      options={options}
      // Until the union's name has loaded, never its number.
      labelRender={(p) => p.label ?? t('common.loading')}
      data-testid={testId}
      onChange={(v: number | undefined) => {
        const opt = options.find((o) => o.value === v);
        if (opt) setCurrent(opt);
        onChange(v ?? null, opt?.label);
      }}
    />
  );
}
