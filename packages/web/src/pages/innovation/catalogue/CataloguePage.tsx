import { Card, Collapse, Empty, Flex, Input, Pagination, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { CATALOGUE_FACETS as FACETS } from '../../../../../server/src/modules/innovation/innovation.vocabulary.ts';
import { LoadError, Loading } from '../../../components/LoadError.tsx';
import { useLoad } from '../../../components/useLoad.ts';
import { useNarrow } from '../../../components/useNarrow.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { CatalogueShell, Snippet } from './CatalogueShell.tsx';
import {
  type CatalogueQuery,
  type CatalogueResult,
  catalogueApi,
  type FacetName,
  snippetPieces,
} from './catalogue-api.ts';

const PAGE_SIZE = 10;

/** The public catalogue (创新成果网上推介平台): search and browse published achievements, no sign-in. */
export default function CataloguePage() {
  const { t } = useTranslation();
  usePageTitle(t('cat.title'));
  const narrow = useNarrow();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Number(params.get('page')) || 1;
  const query: CatalogueQuery = { page, ...(q.trim() ? { q: q.trim() } : {}) };
  const chosen = (f: FacetName) => params.get(f) ?? undefined;
  if (chosen('type')) query.type = chosen('type') as CatalogueQuery['type'];
  if (chosen('year')) query.year = Number(chosen('year'));
  if (chosen('industry')) query.industry = chosen('industry');
  if (chosen('region')) query.region = Number(chosen('region'));
  const result = useLoad(() => catalogueApi.search(query), [params.toString()]);

  const update = (changes: Record<string, string | undefined>) =>
    setParams((p) => {
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === '') p.delete(k);
        else p.set(k, v);
      }
      if (!('page' in changes)) p.delete('page');
      return p;
    });
  // A broad query's total is an estimate (约 N 项), and its pages reach only the matches read: the page says both.
  const totalText = (data: CatalogueResult) =>
    data.estimated
      ? t('cat.totalAbout', { n: data.total.toLocaleString() })
      : t('cat.total', { n: data.total });
  const facetLabel = (f: FacetName, item: { value: string; label: string }) =>
    f === 'type' ? t(`ach.type.${item.value}`) : item.label;

  const facets = (data: CatalogueResult) => (
    <Flex vertical gap={12}>
      {data.facetsEstimated && (
        <Typography.Text type="secondary" data-testid="facet-estimated">
          {t('cat.facetAbout')}
        </Typography.Text>
      )}
      {FACETS.map((f) =>
        data.facets[f].length ? (
          <div key={f} data-testid={`facet-${f}`}>
            <Typography.Text strong>{t(`cat.facet.${f}`)}</Typography.Text>
            <Flex wrap gap={4} style={{ marginTop: 6 }}>
              <Tag.CheckableTag checked={!chosen(f)} onChange={() => update({ [f]: undefined })}>
                {t('cat.all')}
              </Tag.CheckableTag>
              {data.facets[f].map((item) => (
                <Tag.CheckableTag
                  key={item.value}
                  checked={chosen(f) === item.value}
                  onChange={(on) => update({ [f]: on ? item.value : undefined })}
                >
                  {facetLabel(f, item)} <span className="cat-count">{item.count}</span>
                </Tag.CheckableTag>
              ))}
            </Flex>
          </div>
        ) : null,
      )}
    </Flex>
  );

  return (
    <CatalogueShell>
      <div className="cat-hero">
        {!narrow && (
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('cat.title')}
          </Typography.Title>
        )}
        <Typography.Paragraph type="secondary">{t('cat.subtitle')}</Typography.Paragraph>
        <Input.Search
          size="large"
          allowClear
          defaultValue={q}
          enterButton={t('cat.searchButton')}
          placeholder={t('cat.search')}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          data-testid="catalogue-search"
          style={{ maxWidth: 640 }}
        />
      </div>
      {result.error ? (
        <LoadError error={result.error} retry={result.reload} what={t('cat.title')} />
      ) : !result.data ? (
        <Loading />
      ) : (
        <Flex gap={24} vertical={narrow} align="flex-start">
          {narrow ? (
            <Collapse
              style={{ width: '100%', background: '#fff' }}
              items={[{ key: 'facets', label: t('cat.filter'), children: facets(result.data) }]}
            />
          ) : (
            <Card size="small" style={{ width: 280, flex: 'none' }}>
              {facets(result.data)}
            </Card>
          )}
          <div style={{ flex: 1, minWidth: 0, width: '100%' }} data-testid="catalogue-results">
            <Typography.Text type="secondary" data-testid="catalogue-total">
              {totalText(result.data)}
            </Typography.Text>
            {result.data.browsable < result.data.total && (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {t('cat.browsable', { n: result.data.browsable.toLocaleString() })}
              </Typography.Paragraph>
            )}
            {result.data.items.length === 0 ? (
              <Empty description={t('cat.empty')} style={{ marginTop: 32 }} />
            ) : (
              result.data.items.map((item) => (
                <Card key={item.id} size="small" className="cat-item" data-testid="catalogue-item">
                  {item.picture && (
                    <img
                      src={item.picture}
                      alt={t('cat.pictureAlt', { title: item.title, n: 1 })}
                      loading="lazy"
                      style={{
                        float: 'right',
                        width: 120,
                        height: 90,
                        objectFit: 'cover',
                        borderRadius: 4,
                        marginLeft: 12,
                      }}
                    />
                  )}
                  <Link to={`/catalogue/${item.id}`} className="cat-item-title">
                    {item.title}
                  </Link>
                  <Flex wrap gap={4} style={{ margin: '6px 0' }}>
                    <Tag color="blue">{t(`ach.type.${item.type}`)}</Tag>
                    <Tag>{item.year}</Tag>
                    {item.industry && <Tag>{item.industry}</Tag>}
                    {item.region && <Tag>{item.region}</Tag>}
                  </Flex>
                  <Typography.Paragraph style={{ marginBottom: 4 }}>
                    <Snippet pieces={snippetPieces(item.snippet)} />
                  </Typography.Paragraph>
                  <Typography.Text type="secondary">
                    {item.studio ? `${t('cat.studioLabel')}${t('common.colon')}${item.studio} · ` : ''}
                    {item.union}
                  </Typography.Text>
                </Card>
              ))
            )}
            {result.data.browsable > PAGE_SIZE && (
              <Pagination
                style={{ marginTop: 16 }}
                current={page}
                pageSize={PAGE_SIZE}
                total={result.data.browsable}
                showSizeChanger={false}
                // seven pages and their arrows are wider than a 360 px phone: there ‹ 1 / 7 › instead
                simple={narrow}
                onChange={(p) => update({ page: String(p) })}
              />
            )}
          </div>
        </Flex>
      )}
    </CatalogueShell>
  );
}
