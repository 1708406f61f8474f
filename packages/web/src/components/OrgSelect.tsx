import { Select, TreeSelect } from 'antd';
import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import type { OrgSearchHit, OrgSummary } from '../api/types.ts';
import { useFeedback } from './feedback.ts';
import { useOrgTree } from './useOrgTree.ts';

export interface OrgSelectProps {
  /** Both left out inside a named antd `Form.Item`, which provides them. */
  value?: number | null;
  onChange?: (id: number | null, name?: string) => void;
  /**
   * Browse the tree of my subtree, a branch loading as it opens: for choosing within a subtree (a member's union,
   * a role's union, a new parent). Without it the top of my subtree and its children are offered at once: for a
   * filter or a statistics page. Typing a name searches the server either way.
   */
  tree?: boolean;
  /** The name of `value`, when the caller knows it (e.g. an owner union above my subtree). */
  valueLabel?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  /** Closed unions are shown but cannot be picked. */
  openOnly?: boolean;
  /** A union that cannot be picked, with its subtree (e.g. the union being moved). */
  excludeId?: number;
  style?: React.CSSProperties;
  id?: string;
  size?: 'small' | 'middle' | 'large';
  testId?: string;
  /**
   * Its name for a screen reader where no label names it: by default the placeholder, unless an `id` is given (a
   * `Form.Item`'s label names the picker by it).
   */
  'aria-label'?: string;
}

/** The name a picker is read out by (`OrgSelectProps['aria-label']`). */
export const pickerName = (props: OrgSelectProps, placeholder: string) =>
  props['aria-label'] ?? (props.id ? undefined : placeholder);

/**
 * The union Enter picks among a search's hits: none while the tree highlights one itself (it picks that one), else
 * the first that may be picked.
 */
export function unionOnEnter<H extends { id: number; status: string }>(
  hits: readonly H[],
  highlighted: boolean,
  blocked: (h: H) => boolean,
): H | undefined {
  if (highlighted) return undefined;
  return hits.find((h) => !blocked(h));
}

/** The unions whose name holds what was typed (server search, 250 ms after the last key); null while nothing is. */
function useOrgSearch(search: string, onError: (err: unknown) => void): OrgSearchHit[] | null {
  const [hits, setHits] = useState<OrgSearchHit[] | null>(null);
  const seq = useRef(0);
  const errorRef = useRef(onError);
  errorRef.current = onError;
  useEffect(() => {
    const q = search.trim();
    const mine = ++seq.current;
    if (!q) {
      setHits(null);
      return;
    }
    const timer = setTimeout(() => {
      unwrap(api.GET('/api/orgs/search', { params: { query: { q } } }))
        .then((list) => mine === seq.current && setHits(list))
        .catch((err) => {
          if (mine !== seq.current) return;
          setHits([]);
          errorRef.current(err);
        });
    }, 250);
    return () => clearTimeout(timer);
  }, [search]);
  return hits;
}

/**
 * Picks a union of my subtree. The one union picker of the web app: as a list of the top of my subtree, or with
 * `tree` as the tree; typing searches every union of my subtree by name.
 */
export function OrgSelect(props: OrgSelectProps) {
  const { excludeId, openOnly } = props;
  const blocked = useCallback(
    (o: { status: string; id: number }) => (openOnly === true && o.status === 'closed') || o.id === excludeId,
    [openOnly, excludeId],
  );
  return props.tree ? (
    <OrgTreeSelect {...props} blocked={blocked} />
  ) : (
    <OrgListSelect {...props} blocked={blocked} />
  );
}

type Inner = OrgSelectProps & { blocked: (o: { status: string; id: number }) => boolean };

interface Option {
  value: number;
  label: string;
  disabled?: boolean;
}

/** The top of my subtree and its children at once; typing searches by name. */
function OrgListSelect({ value, onChange, valueLabel, blocked, ...props }: Inner) {
  const { t } = useTranslation();
  const [base, setBase] = useState<Option[]>([]);
  const [search, setSearch] = useState('');
  const hits = useOrgSearch(search, ignore);
  const [current, setCurrent] = useState<Option | null>(
    value != null && valueLabel ? { value, label: valueLabel } : null,
  );

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
      setBase(
        [...roots, ...children.flat()].map((o) => ({ value: o.id, label: o.name, disabled: blocked(o) })),
      );
    })().catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [blocked]);

  useEffect(() => {
    if (value == null || base.some((o) => o.value === value) || current?.value === value) return;
    let alive = true;
    unwrap(api.GET('/api/orgs/{id}', { params: { path: { id: value } } }))
      .then((o) => alive && setCurrent({ value: o.id, label: o.name }))
      // A union above my subtree: show the name the caller knows.
      .catch(() => alive && valueLabel && setCurrent({ value, label: valueLabel }));
    return () => {
      alive = false;
    };
  }, [value, base, current, valueLabel]);

  const options = useMemo(() => {
    const list = hits ? hits.map((o) => ({ value: o.id, label: o.name, disabled: blocked(o) })) : base;
    return current && !list.some((o) => o.value === current.value) ? [current, ...list] : list;
  }, [hits, base, current, blocked]);

  return (
    <Select
      id={props.id}
      size={props.size}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear={props.allowClear}
      disabled={props.disabled}
      placeholder={props.placeholder ?? t('org.pickOrg')}
      aria-label={pickerName(props, props.placeholder ?? t('org.pickOrg'))}
      style={{ width: 260, ...props.style }}
      value={value ?? undefined}
      options={options}
      // Until the union's name has loaded, never its number.
      labelRender={(p) => p.label ?? t('common.loading')}
      data-testid={props.testId}
      onChange={(v: number | undefined) => {
        const opt = options.find((o) => o.value === v);
        if (opt) setCurrent(opt);
        onChange?.(v ?? null, opt?.label);
      }}
    />
  );
}

/** A search error in the list leaves it empty ("no results"), as it always has. */
const ignore = () => undefined;

interface Node {
  value: number;
  title: ReactNode;
  label: string;
  isLeaf: boolean;
  disabled?: boolean;
  children?: Node[];
}

/** The tree of my subtree, loading as it opens; typing searches the server and names each hit's parents. */
function OrgTreeSelect({ value: given, onChange, valueLabel, blocked, excludeId, ...props }: Inner) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const { roots, children, loadChildren } = useOrgTree(feedback.error);
  const [search, setSearch] = useState('');
  const hits = useOrgSearch(search, feedback.error);
  const [labels, setLabels] = useState<Record<number, string>>({});

  const popupClass = `org-picker-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const treeData = useMemo(() => {
    if (hits) {
      return hits.map<Node>((h) => ({
        value: h.id,
        label: h.name,
        title: (
          <span>
            {h.name}
            <span className="muted small"> {h.ancestors.map((a) => a.name).join(' / ')}</span>
          </span>
        ),
        isLeaf: true,
        disabled: blocked(h),
      }));
    }
    const build = (list: OrgSummary[]): Node[] =>
      list.map((o) => ({
        value: o.id,
        label: o.name,
        title: o.name,
        isLeaf: !o.hasChildren || o.id === excludeId,
        disabled: blocked(o),
        children: children[o.id] && o.id !== excludeId ? build(children[o.id]) : undefined,
      }));
    return build(roots ?? []);
  }, [hits, roots, children, blocked, excludeId]);

  const pick = (id: number | undefined, name: string | undefined) => {
    if (id !== undefined && name) setLabels((m) => ({ ...m, [id]: name }));
    setSearch('');
    onChange?.(id ?? null, name);
  };
  const value = given ?? undefined;
  const label = value === undefined ? undefined : (labels[value] ?? valueLabel ?? String(value));
  return (
    <TreeSelect<{ value: number; label: ReactNode } | undefined>
      id={props.id}
      size={props.size}
      style={props.style}
      disabled={props.disabled}
      data-testid={props.testId}
      labelInValue
      value={value === undefined ? undefined : { value, label }}
      onChange={(v) => pick(v?.value, v ? String(v.label ?? '') : undefined)}
      treeData={treeData}
      treeNodeLabelProp="label"
      loadData={async (node) => {
        await loadChildren(Number(node.value));
      }}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false }}
      // Enter picks the highlighted union. The tree highlights the first match of a search, but the server's hits
      // arrive after it did, so with nothing highlighted among them Enter picks the first union that may be picked.
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || !hits?.length) return;
        const popup = document.querySelector(`.${popupClass}`);
        const highlighted = Boolean(popup?.querySelector('.ant-select-tree-treenode-active'));
        const first = unionOnEnter(hits, highlighted, blocked);
        if (!first) return;
        e.preventDefault();
        pick(first.id, first.name);
      }}
      allowClear={props.allowClear}
      placeholder={props.placeholder ?? t('org.pickOrg')}
      aria-label={pickerName(props, props.placeholder ?? t('org.pickOrg'))}
      notFoundContent={hits ? t('org.noResults') : undefined}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto', minWidth: 320 } } }}
      classNames={{ popup: { root: popupClass } }}
      treeExpandAction="click"
    />
  );
}
