import { TreeSelect } from 'antd';
import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import type { OrgSearchHit, OrgSummary } from '../api/types.ts';
import { useFeedback } from './feedback.ts';
import { useOrgTree } from './useOrgTree.ts';

interface Node {
  value: number;
  title: ReactNode;
  label: string;
  isLeaf: boolean;
  disabled?: boolean;
  children?: Node[];
}

export interface OrgPickerProps {
  value?: number | null;
  /** The name to show for `value` before its node is loaded. */
  valueLabel?: string;
  onChange?: (id: number | undefined, name?: string) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Closed unions cannot be picked unless this is set. */
  allowClosed?: boolean;
  /** A union that cannot be picked, with its subtree (e.g. the union being moved). */
  excludeId?: number;
  style?: React.CSSProperties;
  id?: string;
  size?: 'small' | 'middle' | 'large';
}

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

/** Picks a union of the user's subtree: the tree loads as it opens; typing searches the server. */
export function OrgPicker(props: OrgPickerProps) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const { roots, children, loadChildren } = useOrgTree(feedback.error);
  const [search, setSearch] = useState('');
  const [hits, setHits] = useState<OrgSearchHit[] | null>(null);
  const [labels, setLabels] = useState<Record<number, string>>({});
  const seq = useRef(0);

  useEffect(() => {
    const q = search.trim();
    if (!q) {
      setHits(null);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      unwrap(api.GET('/api/orgs/search', { params: { query: { q } } }))
        .then((list) => mine === seq.current && setHits(list))
        .catch(feedback.error);
    }, 250);
    return () => clearTimeout(timer);
  }, [search, feedback]);

  const blocked = useCallback(
    (o: { status: string; id: number }) =>
      (!props.allowClosed && o.status === 'closed') || o.id === props.excludeId,
    [props.allowClosed, props.excludeId],
  );
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
        isLeaf: !o.hasChildren || o.id === props.excludeId,
        disabled: blocked(o),
        children: children[o.id] && o.id !== props.excludeId ? build(children[o.id]) : undefined,
      }));
    return build(roots ?? []);
  }, [hits, roots, children, blocked, props.excludeId]);

  const value = props.value ?? undefined;
  const label = value === undefined ? undefined : (labels[value] ?? props.valueLabel ?? String(value));
  return (
    <TreeSelect<{ value: number; label: ReactNode } | undefined>
      id={props.id}
      size={props.size}
      style={props.style}
      labelInValue
      value={value === undefined ? undefined : { value, label }}
      onChange={(v) => {
        const name = v ? String(v.label ?? '') : undefined;
        if (v && name) setLabels((m) => ({ ...m, [v.value]: name }));
        setSearch('');
        props.onChange?.(v?.value, name);
      }}
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
        const pick = unionOnEnter(hits, highlighted, blocked);
        if (!pick) return;
        e.preventDefault();
        setLabels((m) => ({ ...m, [pick.id]: pick.name }));
        setSearch('');
        props.onChange?.(pick.id, pick.name);
      }}
      allowClear={props.allowClear}
      placeholder={props.placeholder ?? t('org.pickOrg')}
      notFoundContent={hits ? t('org.noResults') : undefined}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto', minWidth: 320 } } }}
      classNames={{ popup: { root: popupClass } }}
      treeExpandAction="click"
    />
  );
}
