import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Card, Col, Empty, Input, Row, Spin, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import type { OrgSearchHit, OrgSummary } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { ListImport } from '../../components/ListImport.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { useOrgTree } from '../../components/useOrgTree.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { FirstRootEmpty } from './FirstRootEmpty.tsx';
import { OrgCreateModal } from './OrgForms.tsx';
import { OrgSummaryPanel } from './OrgSummaryPanel.tsx';
import { mayCreateChild, OrgNodeTitle } from './OrgTreeNode.tsx';

/**
 * The union tree (loaded as it opens), a name search that reveals a hit in the tree, and a detail panel. A clerk
 * who maintains unions starts a union below one from its row (新建下级工会, as on its detail page).
 */
export default function OrgTreePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.orgs'));
  const feedback = useFeedback();
  const { can } = useSession();
  const [parentOfNew, setParentOfNew] = useState<OrgSummary | null>(null);
  const { roots, rootsError, children, loadChildren, refresh } = useOrgTree(feedback.error);
  const [params, setParams] = useSearchParams();
  const selected = Number(params.get('org')) || undefined;
  const [expanded, setExpanded] = useState<number[]>([]);
  const [search, setSearch] = useState('');
  const [hits, setHits] = useState<OrgSearchHit[]>([]);
  const [searching, setSearching] = useState(false);
  const seq = useRef(0);

  const select = useCallback(
    (id: number | undefined) =>
      setParams(
        (p) => {
          if (id) p.set('org', String(id));
          else p.delete('org');
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );

  // Open the first root so the user sees their own union's children at once.
  useEffect(() => {
    if (roots?.length && expanded.length === 0) {
      const first = roots[0];
      if (first.hasChildren) {
        void loadChildren(first.id);
        setExpanded([first.id]);
      }
      if (!selected) select(first.id);
    }
  }, [roots, expanded.length, loadChildren, selected, select]);

  useEffect(() => {
    const q = search.trim();
    const mine = ++seq.current;
    if (!q) {
      setHits([]);
      setSearching(false);
      return;
    }
    setSearching(true);
    const timer = setTimeout(() => {
      unwrap(api.GET('/api/orgs/search', { params: { query: { q } } }))
        .then((list) => mine === seq.current && setHits(list))
        .catch(feedback.error)
        .finally(() => mine === seq.current && setSearching(false));
    }, 250);
    return () => clearTimeout(timer);
  }, [search, feedback]);

  /** Opens every ancestor of a search hit, one level at a time, then selects it. */
  const reveal = async (hit: OrgSearchHit) => {
    const path = hit.ancestors.map((a) => a.id);
    for (const id of path) await loadChildren(id);
    setExpanded((e) => [...new Set([...e, ...path])]);
    select(hit.id);
    setSearch('');
    setTimeout(() => {
      document.querySelector(`[data-org-id="${hit.id}"]`)?.scrollIntoView({ block: 'center' });
    }, 50);
  };

  const treeData = useMemo(() => {
    const build = (list: OrgSummary[]): DataNode[] =>
      list.map((o) => ({
        key: o.id,
        isLeaf: !o.hasChildren,
        title: (
          <OrgNodeTitle
            org={o}
            onCreateChild={mayCreateChild(can, o) ? () => setParentOfNew(o) : undefined}
          />
        ),
        children: children[o.id] ? build(children[o.id]) : undefined,
      }));
    return build(roots ?? []);
  }, [roots, children, can]);

  /** A union created below `parent` from the tree: the tree read again, the parent opened, the new union chosen. */
  const created = async (parent: OrgSummary, id: number) => {
    setParentOfNew(null);
    await refresh();
    await loadChildren(parent.id);
    setExpanded((e) => [...new Set([...e, parent.id])]);
    select(id);
  };

  return (
    <div className="page">
      <div className="page-head">
        <Typography.Title level={3} className="page-title" style={{ margin: 0 }}>
          {t('nav.orgs')}
        </Typography.Title>
        <ListImport register="unions" onClosed={() => void refresh()} />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('org.treeTitle')} className="tree-card" data-testid="org-tree-card">
            <AutoComplete
              style={{ width: '100%', marginBottom: 12 }}
              value={search}
              onChange={setSearch}
              options={hits.map((h) => ({
                value: String(h.id),
                label: (
                  <div className="search-hit" data-testid="org-search-hit">
                    <div>{h.name}</div>
                    <div className="muted small">{h.ancestors.map((a) => a.name).join(' / ') || '—'}</div>
                  </div>
                ),
              }))}
              onSelect={(v: string) => {
                const hit = hits.find((h) => String(h.id) === v);
                if (hit) void reveal(hit);
              }}
              notFoundContent={search.trim() && !searching ? t('org.noResults') : undefined}
            >
              <Input
                prefix={<SearchOutlined />}
                placeholder={t('org.searchPlaceholder')}
                allowClear
                data-testid="org-search"
                suffix={searching ? <Spin size="small" /> : undefined}
              />
            </AutoComplete>
            {roots === null ? (
              <Spin />
            ) : rootsError ? (
              <LoadError error={rootsError} retry={() => void refresh()} what={t('load.what.orgs')} />
            ) : roots.length === 0 ? (
              <FirstRootEmpty
                welcome={params.get('welcome') === '1'}
                onCreated={(id) => {
                  void refresh();
                  select(id);
                }}
              />
            ) : (
              <Tree
                className="org-tree"
                blockNode
                showLine
                treeData={treeData}
                expandedKeys={expanded}
                onExpand={(keys) => setExpanded(keys.map(Number))}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => keys.length && select(Number(keys[0]))}
                loadData={async (node) => {
                  await loadChildren(Number(node.key));
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {selected ? (
            <OrgSummaryPanel id={selected} />
          ) : (
            <Card>
              <Empty description={t('org.selectHint')} />
            </Card>
          )}
        </Col>
      </Row>
      {parentOfNew && (
        <OrgCreateModal
          parent={parentOfNew}
          open
          onClose={() => setParentOfNew(null)}
          onCreated={(id) => void created(parentOfNew, id)}
        />
      )}
    </div>
  );
}
