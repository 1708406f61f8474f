import { TreeSelect } from 'antd';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
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

  const treeData = useMemo(() => {
    const blocked = (o: { status: string; id: number }) =>
      (!props.allowClosed && o.status === 'closed') || o.id === props.excludeId;
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
  }, [hits, roots, children, props.allowClosed, props.excludeId]);

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
      // Enter on a search that found one union picks it, as a clerk who typed its whole name expects
      onKeyDown={(e) => {
        const only = hits?.length === 1 && !treeData[0]?.disabled ? hits[0] : undefined;
        if (e.key !== 'Enter' || !only) return;
        e.preventDefault();
        setLabels((m) => ({ ...m, [only.id]: only.name }));
        setSearch('');
        props.onChange?.(only.id, only.name);
      }}
      allowClear={props.allowClear}
      placeholder={props.placeholder ?? t('org.pickOrg')}
      notFoundContent={hits ? t('org.noResults') : undefined}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto', minWidth: 320 } } }}
      treeExpandAction="click"
    />
  );
}
