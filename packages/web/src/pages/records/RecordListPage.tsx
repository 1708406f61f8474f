import { Card, Flex, InputNumber, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';

type RecordRow = Answer<'/api/records'>['items'][number];
type Kind = RecordRow['kind'];
const KINDS: Kind[] = ['certificate', 'award', 'training', 'patent'];

/** What a record says, in one line: the certificate, the award, the course or the patent. */
function useContent() {
  const { t } = useTranslation();
  return (r: RecordRow) => {
    if (r.kind === 'award')
      return `${r.competition ?? ''} · ${r.level ? t(`rec.level.${r.level}`) : ''} · ${r.rank ?? ''}`;
    if (r.kind === 'certificate') return `${r.occupation ?? ''} · ${r.grade ?? ''} · ${r.number ?? ''}`;
    if (r.kind === 'training') return `${r.course ?? ''}${r.organiser ? ` · ${r.organiser}` : ''}`;
    return `${r.title ?? ''} · ${r.patentNo ?? ''}`;
  };
}

/** Staff: the records (certificates, awards, trainings, patents) of the members of my subtree. */
export default function RecordListPage() {
  const { t } = useTranslation();
  usePageTitle(t('rec.title'));
  const content = useContent();
  const [params, set] = useListParams();
  const kind = (params.get('kind') ?? undefined) as Kind | undefined;
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const page = Number(params.get('page') ?? 1);
  const list = useLoad(
    () => unwrap(api.GET('/api/records', { params: { query: { kind, year, page, pageSize: 20 } } })),
    [kind, year, page],
  );
  return (
    <Card title={t('rec.title')}>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 160 }}
          value={kind ?? 'all'}
          onChange={(v) => set('kind', v === 'all' ? undefined : v)}
          options={[
            { value: 'all', label: t('rec.allKinds') },
            ...KINDS.map((k) => ({ value: k, label: t(`rec.kind.${k}`) })),
          ]}
          data-testid="record-kind-filter"
        />
        <InputNumber
          style={{ width: 140 }}
          min={1900}
          max={2200}
          placeholder={t('rec.year')}
          value={year}
          onChange={(v) => set('year', v ? String(v) : undefined)}
          data-testid="record-year-filter"
        />
      </Flex>
      <PagedTable<RecordRow>
        list={list}
        page={page}
        pageSize={20}
        onPage={(p) => set('page', String(p))}
        empty={t('rec.empty')}
        what={t('rec.what')}
        data-testid="record-list"
        columns={[
          { title: t('rec.field.person'), dataIndex: 'personName' },
          { title: t('rec.field.idNumber'), dataIndex: 'idMasked' },
          { title: t('rec.field.kind'), dataIndex: 'kind', render: (k: Kind) => t(`rec.kind.${k}`) },
          { title: t('rec.field.content'), key: 'content', render: (_, r) => content(r) },
          { title: t('rec.field.date'), dataIndex: 'occurredOn' },
          { title: t('rec.field.union'), dataIndex: 'orgName', render: (v: string | null) => v ?? '—' },
          {
            title: t('rec.field.source'),
            dataIndex: 'source',
            render: (s: RecordRow['source']) => <Tag>{t(`rec.source.${s}`)}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
