import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { RegisterList, selectFilter } from '../../components/RegisterList.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import {
  APPLICATION_STATUSES,
  type ApplicationRow,
  type ApplicationStatus,
  applicationsApi,
} from '../programs/applications-api.ts';
import { QueueBulkBar } from './ApplicationQueuePage.bulk.tsx';
import { useQueueColumns } from './ApplicationQueuePage.columns.tsx';
import { useProgramOptions } from './useProgramOptions.ts';

/** Reviewer queue: what awaits my level in my subtree (or everything in scope), with bulk decisions. */
export default function ApplicationQueuePage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, set] = useListParams();
  // 代为审核: what my union may take for a union below (no reviewer there, or waiting too long)
  const standIn = params.get('standIn') === '1';
  const mine = !standIn && params.get('mine') !== '0';
  const programs = useProgramOptions();
  const reviewer = can('applications.review');
  const columns = useQueueColumns(mine);
  const takeable = useLoad(
    async () => (reviewer && !standIn ? applicationsApi.list({ standIn: true, pageSize: 1 }) : null),
    [reviewer, standIn],
  );
  const allDone = (useLocation().state as { allDone?: boolean } | null)?.allDone === true;

  return (
    <RegisterList<ApplicationRow>
      title={t('review.queueTitle')}
      testId="queue"
      filters={[
        { kind: 'switch', param: 'mine', label: t('review.mineOnly'), testId: 'filter-mine' },
        {
          kind: 'select',
          param: 'programId',
          placeholder: t('review.field.program'),
          width: 260,
          options: programs.map((p) => ({ value: String(p.id), label: p.name })),
          showSearch: true,
          testId: 'filter-program',
        },
        // what awaits me is what is submitted, unless another status is picked
        selectFilter('status', APPLICATION_STATUSES, (s) => t(`review.status.${s}`), {
          placeholder: t('review.field.status'),
          width: 140,
          initial: mine ? 'submitted' : undefined,
        }),
        { kind: 'org', param: 'orgId' },
        { kind: 'search', param: 'q', placeholder: t('review.searchApplicant'), width: 260 },
      ]}
      deps={[standIn]}
      load={({ values, page, pageSize }) => {
        const programId = Number(values.programId) || undefined;
        if (standIn) return applicationsApi.list({ standIn: true, programId, page, pageSize });
        return applicationsApi.list({
          mine: mine ? true : undefined,
          programId,
          status: values.status as ApplicationStatus | undefined,
          orgId: Number(values.orgId) || undefined,
          q: values.q,
          page,
          pageSize,
        });
      }}
      pick={{
        enabled: reviewer,
        locked: (row) => row.status !== 'submitted',
        bar: (picked, list) => (
          <QueueBulkBar
            reviewer={reviewer}
            picked={picked}
            list={list}
            programs={programs}
            standIn={standIn}
            takeableCount={takeable.data?.total ?? 0}
            allDone={allDone && list.data?.total === 0}
            set={set}
          />
        ),
      }}
      what={t('load.what.applications')}
      empty={t('review.queueEmpty')}
      tableLayout="fixed"
      scroll={{ x: 1320 }}
      columns={columns}
    />
  );
}
