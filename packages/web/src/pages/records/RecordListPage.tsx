import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { RECORD_KINDS as KINDS } from '../../../../server/src/modules/records/records.vocabulary.ts';
import { api, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import { labelColumn, textColumn } from '../../components/columns.tsx';
import { choiceFilter, RegisterList } from '../../components/RegisterList.tsx';

type RecordRow = Answer<'/api/records'>['items'][number];
type Kind = RecordRow['kind'];

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
  const content = useContent();
  return (
    <RegisterList<RecordRow>
      title={t('rec.title')}
      testId="record"
      tableTestId="record-list"
      filters={[
        choiceFilter('kind', KINDS, (v) => t(`rec.kind.${v}`), {
          every: t('rec.allKinds'),
          width: 160,
          testId: 'record-kind-filter',
        }),
        {
          kind: 'year',
          param: 'year',
          placeholder: t('rec.year'),
          min: 1900,
          max: 2200,
          width: 140,
          testId: 'record-year-filter',
        },
      ]}
      load={({ values, page, pageSize }) =>
        unwrap(
          api.GET('/api/records', {
            params: {
              query: {
                kind: values.kind as Kind | undefined,
                year: values.year ? Number(values.year) : undefined,
                page,
                pageSize,
              },
            },
          }),
        )
      }
      empty={t('rec.empty')}
      what={t('rec.what')}
      columns={[
        { title: t('rec.field.person'), dataIndex: 'personName' },
        { title: t('rec.field.idNumber'), dataIndex: 'idMasked' },
        { title: t('rec.field.kind'), dataIndex: 'kind', render: (k: Kind) => t(`rec.kind.${k}`) },
        { title: t('rec.field.content'), key: 'content', render: (_, r) => content(r) },
        { title: t('rec.field.date'), dataIndex: 'occurredOn' },
        textColumn(t('rec.field.union'), 'orgName'),
        labelColumn(t('rec.field.source'), 'source', (s: RecordRow['source']) => (
          <Tag>{t(`rec.source.${s}`)}</Tag>
        )),
      ]}
    />
  );
}
