import { Button, Flex, Form, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelColumn, textColumn } from '../../components/columns.tsx';
import { Field } from '../../components/Field.tsx';
import { type DialogProps, FormDialog, heldDialog } from '../../components/FormDialog.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { countedPager, FitTable } from '../../components/TableCard.tsx';
import { TextLine } from '../../components/TextBox.tsx';
import { useAct } from '../../components/useBusy.ts';
import type { Loaded } from '../../components/useLoad.ts';
import { type ContestDetail, contestsApi, type Entry, type ResultInput } from './contests-api.ts';

const entryName = (e: Entry) => e.name ?? e.members.map((m) => m.name).join(listSeparator());

/** Enters or corrects one entry's rank, score and prize. */
function ResultModal({ entry, onClose, onDone }: DialogProps<{ entry: Entry | null }>) {
  const { t } = useTranslation();
  const [value, setValue] = useState<ResultInput>({});
  const current = entry ? { rank: entry.rank, score: entry.score, prize: entry.prize, ...value } : value;
  const save = async () => {
    if (!entry) return undefined;
    await contestsApi.setResult(entry.id, current);
    setValue({});
    onDone();
    return t('contest.result.saved');
  };
  return (
    <FormDialog
      open={entry !== null}
      title={entry ? t('contest.result.editTitle', { name: entryName(entry) }) : ''}
      onClose={() => {
        setValue({});
        onClose();
      }}
      submit={save}
      okTestId="result-save"
      destroyOnHidden
    >
      <Form layout="vertical">
        <Field id="contest-result-rank" label={t('contest.result.rank')}>
          <NumberInput
            min={1}
            max={999_999}
            optional
            value={current.rank ?? null}
            onChange={(v) => setValue((x) => ({ ...x, rank: v ?? null }))}
            testId="result-rank"
          />
        </Field>
        <Field id="contest-result-score" label={t('contest.result.score')}>
          <NumberInput
            min={0}
            max={99_999_999.99}
            decimals={2}
            optional
            value={current.score ?? null}
            onChange={(v) => setValue((x) => ({ ...x, score: v ?? null }))}
            testId="result-score"
          />
        </Field>
        <Field
          id="contest-result-prize"
          label={t('contest.result.prize')}
          extra={t('contest.result.prizeHint')}
        >
          <TextLine
            max={50}
            value={current.prize ?? ''}
            onChange={(text) => setValue((x) => ({ ...x, prize: text || null }))}
            testId="result-prize"
          />
        </Field>
      </Form>
    </FormDialog>
  );
}

/** The entries with their results; the organiser enters results, a union withdraws while entries are open. */
export function EntriesTable({
  contest,
  entries,
  canManage,
  canEnter,
  onChanged,
}: {
  contest: ContestDetail;
  entries: Loaded<{ items: Entry[] }>;
  canManage: boolean;
  canEnter: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Entry | null>(null);
  const { act, busy } = useAct<number>(onChanged);
  if (entries.error)
    return <LoadError error={entries.error} retry={entries.reload} what={t('contest.entry.what')} />;
  const withdraw = (e: Entry) => act(e.id, () => contestsApi.withdraw(e.id), t('contest.entry.withdrawn'));
  return (
    <>
      <FitTable<Entry>
        rowKey="id"
        size="small"
        loading={entries.loading}
        dataSource={entries.data?.items ?? []}
        locale={{ emptyText: entries.data ? t('contest.entry.empty') : ' ' }}
        pagination={countedPager(t, 50)}
        data-testid="entries-table"
        columns={[
          { title: t('contest.entry.no'), dataIndex: 'id', width: 90 },
          { title: t('contest.entry.event'), dataIndex: 'eventName' },
          labelColumn(t('contest.field.mode'), 'mode', (m) => t(`contest.mode.${m}`)),
          { title: t('contest.entry.union'), dataIndex: 'orgName' },
          textColumn(t('contest.entry.name'), 'name'),
          {
            title: t('contest.entry.members'),
            key: 'members',
            render: (_, e) => e.members.map((m) => m.name).join(listSeparator()) || '—',
          },
          { title: t('contest.result.rank'), dataIndex: 'rank', render: (v: number | null) => v ?? '—' },
          { title: t('contest.result.score'), dataIndex: 'score', render: (v: number | null) => v ?? '—' },
          {
            title: t('contest.result.prize'),
            dataIndex: 'prize',
            render: (v: string | null, e) => (
              <Flex gap={4} wrap>
                {v ? <Tag color="gold">{v}</Tag> : '—'}
                {contest.status === 'published' && e.prize !== e.publishedPrize && (
                  <Tag color="orange">{t('contest.detail.unpublished')}</Tag>
                )}
              </Flex>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, e) => (
              <Flex gap={4}>
                {canManage && contest.status !== 'open' && (
                  <Button type="link" size="small" onClick={() => setEditing(e)} data-testid="result-edit">
                    {t('contest.result.edit')}
                  </Button>
                )}
                {canEnter && contest.status === 'open' && (
                  <Popconfirm title={t('contest.entry.withdrawConfirm')} onConfirm={() => withdraw(e)}>
                    <Button
                      type="link"
                      size="small"
                      danger
                      loading={busy === e.id}
                      data-testid="entry-withdraw"
                    >
                      {t('contest.entry.withdraw')}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <ResultModal entry={editing} {...heldDialog(() => setEditing(null), onChanged)} />
    </>
  );
}
