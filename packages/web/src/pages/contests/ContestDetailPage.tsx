import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { DayConfirm, DayDialog } from '../../components/DayDialog.tsx';
import { DetailPage } from '../../components/DetailPage.tsx';
import { EditHistory, type EditWords } from '../../components/EditHistory.tsx';
import { heldDialog } from '../../components/FormDialog.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { LoadState } from '../../components/LoadError.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { dayWithEntry } from '../../components/PastDay.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ContestEditModal } from './ContestEditModal.tsx';
import { type ContestDetail, contestsApi } from './contests-api.ts';
import { EntriesTable } from './EntriesTable.tsx';
import { EntryFormModal } from './EntryFormModal.tsx';
import { ContestStatusTag } from './labels.tsx';
import { ResultImportPanel } from './ResultImportPanel.tsx';

/** The organiser's actions: close entries, publish (or republish corrected) results. */
function ContestActions({ contest, onChanged }: { contest: ContestDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const { busy, run: whileBusy } = useSaving();
  const [publishing, setPublishing] = useState(false);
  const run = async (action: () => Promise<unknown>, done: (answer: never) => string) => {
    await whileBusy(async () => {
      feedback.success(done((await action()) as never));
      setPublishing(false);
      onChanged();
    });
  };
  if (contest.status === 'open') {
    return (
      <DayConfirm
        title={t('contest.detail.closeConfirm')}
        dayTestId="contest-close-day"
        okTestId="contest-close-ok"
        onConfirm={(closedOn) =>
          run(
            () => contestsApi.close(contest.id, closedOn),
            () => t('contest.detail.closed'),
          )
        }
      >
        <Button loading={busy} data-testid="contest-close">
          {t('contest.detail.close')}
        </Button>
      </DayConfirm>
    );
  }
  const republish = contest.status === 'published';
  if (republish && !contest.hasUnpublishedChanges) return null;
  const label = republish ? t('contest.detail.republish') : t('contest.detail.publish');
  return (
    <>
      <Button type="primary" loading={busy} onClick={() => setPublishing(true)} data-testid="contest-publish">
        {label}
      </Button>
      <DayDialog
        open={publishing}
        title={label}
        text={t('contest.detail.publishConfirm')}
        okText={label}
        busy={busy}
        okTestId="contest-publish-ok"
        dayTestId="contest-publish-day"
        onCancel={() => setPublishing(false)}
        onOk={(day) =>
          run(
            () => contestsApi.publish(contest.id, day ?? undefined),
            (a: { records: number; recordsRemoved: number }) =>
              t('contest.detail.published', { records: a.records, removed: a.recordsRemoved }),
          )
        }
      />
    </>
  );
}

/** Staff: one contest — its events, entries and results; registration, results import and publication. */
export default function ContestDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { can } = useSession();
  const contest = useLoad(() => contestsApi.get(id), [id]);
  const entries = useLoad(() => contestsApi.entries(id), [id]);
  const [registering, setRegistering] = useState(false);
  usePageTitle(contest.data?.name ?? t('contest.list.title'));
  if (!contest.data) return <LoadState state={contest} what={t('contest.detail.what')} />;
  const c = contest.data;
  const reload = () => {
    void contest.reload();
    void entries.reload();
  };
  // The organiser's staff manage; a union below enters.
  const canManage = c.mayManage;
  const canEnter = can('contests.enter') && c.status === 'open';
  const words: EditWords = {
    label: (field) => t(`contest.field.${field}`),
    show: (field, value) => (field === 'level' ? t(`contest.level.${value}`) : String(value)),
  };

  return (
    <DetailPage
      title={c.name}
      status={<ContestStatusTag status={c.status} />}
      back={{ to: '/contests', label: t('contest.detail.back') }}
      actions={
        canManage && (
          <>
            {c.status !== 'published' && <ContestEditModal contest={c} onDone={reload} />}
            <ContestActions contest={c} onChanged={reload} />
          </>
        )
      }
      lead={
        c.hasUnpublishedChanges && (
          <Alert
            type="warning"
            showIcon
            title={t('contest.detail.unpublished')}
            style={{ marginBottom: 16 }}
          />
        )
      }
      factsTestId="contest-info"
      factsColumns={3}
      facts={
        <>
          <Descriptions.Item label={t('contest.field.organiser')}>{c.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('contest.field.level')}>
            {t(`contest.level.${c.level}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('contest.field.kind')}>{t(`contest.kind.${c.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('contest.field.period')}>
            {c.startsOn} ~ {c.endsOn}
          </Descriptions.Item>
          <Descriptions.Item label={t('contest.field.limitPerUnion')}>
            {c.limitPerUnion ?? t('contest.field.noLimit')}
          </Descriptions.Item>
          <Descriptions.Item label={t('contest.field.entries')}>{c.entryCount}</Descriptions.Item>
          {/* a row of its own: beside the events' long list its column was squeezed to a character a line */}
          {c.publishedOn && (
            <Descriptions.Item label={t('contest.field.publishedOn')} span="filled">
              {(c.publishedRecordedAt && dayWithEntry(t, c.publishedOn, c.publishedRecordedAt)) ??
                c.publishedOn}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('contest.field.events')} span="filled">
            {c.events
              .map(
                (e) =>
                  `${e.name}${aside(`${t(`contest.mode.${e.mode}`)}${e.limitPerUnion ? `${t('common.comma')}${t('contest.field.eventLimit')} ${e.limitPerUnion}` : ''}`)}`,
              )
              .join(listSeparator())}
          </Descriptions.Item>
        </>
      }
      foot={
        <>
          <Tabs
            style={{ marginTop: 16 }}
            items={[
              {
                key: 'entries',
                label: t('contest.detail.entriesTab'),
                children: (
                  <>
                    {canEnter && (
                      <Button
                        type="primary"
                        icon={<PlusOutlined />}
                        style={{ marginBottom: 12 }}
                        onClick={() => setRegistering(true)}
                        data-testid="entry-register"
                      >
                        {t('contest.detail.register')}
                      </Button>
                    )}
                    <EntriesTable
                      contest={c}
                      entries={entries}
                      canManage={canManage}
                      canEnter={canEnter}
                      onChanged={reload}
                    />
                  </>
                ),
              },
              {
                key: 'edits',
                label: t('edits.title'),
                children: <EditHistory edits={c.edits ?? []} words={words} testId="contest-edits" />,
              },
              ...(canManage
                ? [
                    {
                      key: 'import',
                      label: <span data-testid="tab-import">{t('contest.detail.importTab')}</span>,
                      children: <ResultImportPanel contest={c} onImported={reload} />,
                    },
                  ]
                : []),
            ]}
          />
          <EntryFormModal
            contest={c}
            open={registering}
            {...heldDialog(() => setRegistering(false), reload)}
          />
        </>
      }
    />
  );
}
