import { CheckOutlined, CloseOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, List, Select, Switch, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { ApplicationStatusTag, formatTime, Money } from '../../components/labels.tsx';
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
import { ReasonModal } from './ReasonModal.tsx';
import { useProgramOptions } from './useProgramOptions.ts';

/** One line, cut with an ellipsis when the column is too narrow; the whole text in a tooltip. */
function Clip({ text, children }: { text: string | null | undefined; children?: ReactNode }) {
  if (!text) return <>—</>;
  return (
    <Tooltip title={text} placement="topLeft">
      <span className="cell-clip">{children ?? text}</span>
    </Tooltip>
  );
}

interface BulkOutcome {
  id: number;
  ok: boolean;
  message?: string;
}

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
      {standIn ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('review.standIn.title')}
          description={t('review.standIn.hint')}
          action={
            <Button size="small" onClick={() => set('standIn', undefined)} data-testid="stand-in-leave">
              {t('review.standIn.back')}
            </Button>
          }
        />
      ) : (
        takeableCount > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('review.standIn.waiting', { count: takeableCount })}
            action={
              <Button size="small" onClick={() => set('standIn', '1')} data-testid="stand-in-open">
                {t('review.standIn.open')}
              </Button>
            }
            data-testid="stand-in-waiting"
          />
        )
      )}
      {allDone && list.data?.total === 0 && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('review.allDone')}
          data-testid="queue-all-done"
        />
      )}
      {outcomes?.some((o) => !o.ok) && (
        <Alert
          type="warning"
          closable={{ onClose: () => setOutcomes(null) }}
          style={{ marginBottom: 12 }}
          title={t('review.bulkFailures')}
          description={
            <List
              size="small"
              dataSource={outcomes.filter((o) => !o.ok)}
              renderItem={(o) => (
                <List.Item>
                  #{o.id}: {o.message}
                </List.Item>
              )}
            />
          }
        />
      )}
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
        columns={[
          {
            title: '#',
            dataIndex: 'id',
            width: 64,
            render: (id: number) => <Link to={`/applications/${id}`}>{id}</Link>,
          },
          {
            title: t('review.field.applicant'),
            width: 100,
            render: (_, row) => {
              const who = row.personName ?? (row.applicantOrgId ? row.orgName : null);
              return (
                <Clip text={who}>
                  <Link to={`/applications/${row.id}`} data-testid="application-link">
                    {who}
                  </Link>
                </Clip>
              );
            },
          },
          {
            // the whole name, on as many lines as it takes: names differ only at their ends (…助推, …补助)
            title: t('review.field.program'),
            dataIndex: 'programName',
            width: 200,
            render: (v?: string) => (
              <span className="cell-wrap" data-testid="queue-program">
                {v || '—'}
              </span>
            ),
          },
          {
            title: t('review.field.union'),
            dataIndex: 'orgName',
            width: 170,
            render: (v?: string) => <Clip text={v} />,
          },
          {
            title: t('review.field.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            width: 110,
            render: (v: number | null) => <Money fen={v} />,
          },
          {
            title: t('review.field.intake'),
            dataIndex: 'intake',
            width: 120,
            render: (v: string) => <Clip text={t(`prog.intake.${v}`, { defaultValue: v })} />,
          },
          {
            title: t('review.field.status'),
            dataIndex: 'status',
            width: 88,
            render: (s) => <ApplicationStatusTag status={s} />,
          },
          {
            title: t('review.field.materials'),
            key: 'materials',
            width: 140,
            render: (_: unknown, row: ApplicationRow) =>
              row.missingMaterials?.length ? (
                <Tag color="orange" data-testid="queue-missing">
                  {t('review.field.missing', {
                    names: row.missingMaterials
                      .map((m) => (i18n.language === 'en' ? m.en : m.zh))
                      .join(i18n.language === 'en' ? ', ' : '、'),
                  })}
                </Tag>
              ) : (
                ''
              ),
          },
          // With 只看待我审核 every row awaits my own union: the column would repeat it.
          ...(mine
            ? []
            : [
                {
                  title: t('review.field.awaits'),
                  width: 170,
                  render: (_: unknown, row: ApplicationRow) =>
                    row.standIn ? (
                      <Tooltip
                        title={t(`review.standIn.reason.${row.standIn.reason}`, {
                          since: row.standIn.since,
                          from: row.standIn.from,
                        })}
                      >
                        <Tag color="purple" data-testid="queue-stand-in">
                          {t('review.standIn.for', { union: row.standIn.forOrgName })}
                        </Tag>
                      </Tooltip>
                    ) : (
                      <Clip text={row.status === 'submitted' ? (row.stepOrgName as string | null) : null} />
                    ),
                },
              ]),
          {
            title: t('review.field.submittedAt'),
            dataIndex: 'createdAt',
            width: 150,
            render: (v: string) => <span className="cell-clip">{formatTime(v)}</span>,
          },
        ]}
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
