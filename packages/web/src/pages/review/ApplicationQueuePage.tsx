import { CheckOutlined, CloseOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import {
  APPLICATION_STATUSES,
  type ApplicationRow,
  type ApplicationStatus,
  applicationsApi,
  type ReviewAction,
  type Waiver,
} from '../programs/applications-api.ts';
import type { Evidence } from '../programs/programs-api.ts';
import { useQueueColumns } from './ApplicationQueuePage.columns.tsx';
import { type BulkOutcome, QueueNotices } from './ApplicationQueuePage.notices.tsx';
import { ReasonModal } from './ReasonModal.tsx';
import { useProgramOptions } from './useProgramOptions.ts';

/** Reviewer queue: what awaits my level in my subtree (or everything in scope), with bulk decisions. */
export default function ApplicationQueuePage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const [params, setParam] = useListParams();
  // 代为审核: what my union may take for a union below (no reviewer there, or waiting too long)
  const standIn = params.get('standIn') === '1';
  const mine = !standIn && params.get('mine') !== '0';
  const programId = Number(params.get('programId')) || undefined;
  const status = (params.get('status') || (mine ? 'submitted' : undefined)) as ApplicationStatus | undefined;
  const orgId = Number(params.get('orgId')) || undefined;
  const q = params.get('q') || undefined;
  const page = Number(params.get('page') ?? 1);
  const programs = useProgramOptions();
  const [selected, setSelected] = useState<number[]>([]);
  const [action, setAction] = useState<ReviewAction | null>(null);
  const [outcomes, setOutcomes] = useState<BulkOutcome[] | null>(null);
  const reviewer = can('applications.review');
  const columns = useQueueColumns(mine);
  const list = useLoad(
    () =>
      standIn
        ? applicationsApi.list({ standIn: true, programId, page, pageSize: 20 })
        : applicationsApi.list({
            mine: mine ? true : undefined,
            programId,
            status,
            orgId,
            q,
            page,
            pageSize: 20,
          }),
    [standIn, mine, programId, status, orgId, q, page],
  );
  const takeable = useLoad(
    async () => (reviewer && !standIn ? applicationsApi.list({ standIn: true, pageSize: 1 }) : null),
    [reviewer, standIn],
  );
  const takeableCount = takeable.data?.total ?? 0;
  const allDone = (useLocation().state as { allDone?: boolean } | null)?.allDone === true;
  // Required materials of the selected applications' programs: a bulk approval may waive them with one reason.
  const selectedPrograms = new Set(
    (list.data?.items ?? []).filter((a) => selected.includes(a.id)).map((a) => a.programId),
  );
  const bulkMaterials = [
    ...new Map(
      programs
        .filter((p) => selectedPrograms.has(p.id))
        .flatMap((p) => p.requiredEvidence ?? [])
        .map((e): [string, Evidence] => [e.key, e]),
    ).values(),
  ];

  const set = (key: string, value: string | undefined) => {
    setParam(key, value);
    setSelected([]);
  };

  const runBulk = async (reason: string, waivers: Waiver[], effectiveOn: string | null) => {
    if (!action) return;
    try {
      const answer = await applicationsApi.bulk(selected, action, reason || undefined, waivers, effectiveOn);
      const results = answer.results;
      const en = i18n.language === 'en';
      setOutcomes(
        results.map((r) => ({
          id: r.id,
          ok: r.ok,
          message: r.message ? (en ? r.message.en : r.message.zh) : r.code,
        })),
      );
      const okCount = results.filter((r) => r.ok).length;
      feedback.success(t('review.bulkDone', { ok: okCount, total: results.length }));
      setAction(null);
      setSelected([]);
      await list.reload();
    } catch (err) {
      feedback.error(err);
    }
  };

  return (
    <Card title={t('review.queueTitle')}>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Flex gap={6} align="center">
          <Switch
            checked={mine}
            onChange={(v) => set('mine', v ? undefined : '0')}
            data-testid="filter-mine"
          />
          <span>{t('review.mineOnly')}</span>
        </Flex>
        <Select
          allowClear
          placeholder={t('review.field.program')}
          style={{ width: 260 }}
          value={programId}
          onChange={(v) => set('programId', v ? String(v) : undefined)}
          options={programs.map((p) => ({ value: p.id, label: p.name }))}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="filter-program"
        />
        <Select
          allowClear
          placeholder={t('review.field.status')}
          style={{ width: 140 }}
          value={status}
          onChange={(v) => set('status', v)}
          options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`review.status.${s}`) }))}
        />
        <OrgSelect
          allowClear
          value={orgId ?? null}
          onChange={(v) => set('orgId', v ? String(v) : undefined)}
        />
        <Input.Search
          allowClear
          placeholder={t('review.searchApplicant')}
          style={{ width: 200 }}
          defaultValue={q}
          onSearch={(v) => set('q', v.trim() || undefined)}
        />
      </Flex>
      {reviewer && (
        <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">
            {t('review.selected', { count: selected.length })}
          </Typography.Text>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            disabled={!selected.length}
            title={selected.length ? undefined : t('review.selectFirst')}
            onClick={() => setAction('approve')}
            data-testid="bulk-approve"
          >
            {t('review.action.approve')}
          </Button>
          <Button
            icon={<RollbackOutlined />}
            disabled={!selected.length}
            onClick={() => setAction('return')}
            data-testid="bulk-return"
          >
            {t('review.action.return')}
          </Button>
          <Button
            danger
            icon={<CloseOutlined />}
            disabled={!selected.length}
            onClick={() => setAction('reject')}
            data-testid="bulk-reject"
          >
            {t('review.action.reject')}
          </Button>
        </Flex>
      )}
      <QueueNotices
        standIn={standIn}
        takeableCount={takeableCount}
        allDone={allDone && list.data?.total === 0}
        outcomes={outcomes}
        setOutcomes={setOutcomes}
        set={set}
      />
      <PagedTable<ApplicationRow>
        list={list}
        page={page}
        pageSize={20}
        onPage={(p) => set('page', String(p))}
        empty={t('review.queueEmpty')}
        what={t('load.what.applications')}
        tableLayout="fixed"
        scroll={{ x: 1320 }}
        rowSelection={
          reviewer
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(Number)),
                getCheckboxProps: (row) => ({ disabled: row.status !== 'submitted' }),
              }
            : undefined
        }
        columns={columns}
      />
      <ReasonModal
        action={action}
        count={selected.length}
        missing={bulkMaterials}
        onCancel={() => setAction(null)}
        onOk={runBulk}
      />
    </Card>
  );
}
