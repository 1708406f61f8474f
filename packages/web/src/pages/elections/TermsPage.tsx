import { Button, Card, Drawer, Empty, Flex, Radio, Select, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { CappedTable } from '../../components/CappedTable.tsx';
import { heldDialog } from '../../components/FormDialog.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { emptyText, LoadGate } from '../../components/LoadError.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { PagedTable, WholeTable } from '../../components/TableCard.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useListParams, useUnionParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ElectionModal } from './ElectionModal.tsx';
import { type Committee, type Election, electionsApi, type Term } from './elections-api.ts';

/** The windows of terms ending soon a clerk may choose, in months. */
const MONTHS = [3, 6, 12, 24];

/** Staff: the committees of a subtree whose term ends soon or has ended, the elections held, and the rules. */
export default function TermsPage() {
  const { t } = useTranslation();
  usePageTitle(t('el.terms.title'));
  const { params, set, orgId, pickUnion } = useUnionParams();
  const tab = params.get('tab') ?? 'terms';
  return (
    <Card title={t('el.terms.title')} extra={<OrgSelect value={orgId ?? null} onChange={pickUnion} />}>
      <Tabs
        activeKey={tab}
        onChange={(k) => set('tab', k === 'terms' ? undefined : k)}
        items={[
          { key: 'terms', label: t('el.terms.tabTerms'), children: <TermsTab orgId={orgId} /> },
          { key: 'elections', label: t('el.terms.tabElections'), children: <ElectionsTab orgId={orgId} /> },
          { key: 'setting', label: t('el.terms.tabSetting'), children: <SettingTab orgId={orgId} /> },
        ]}
      />
    </Card>
  );
}

function TermsTab({ orgId }: { orgId?: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  // the window kept in the address with the union (one of the options; six months unless another is chosen)
  const [params, set] = useListParams();
  const months = MONTHS.find((n) => String(n) === params.get('months')) ?? 6;
  const setMonths = (n: number) => set('months', n === 6 ? undefined : String(n));
  const state = useLoad(() => electionsApi.terms({ orgId, months }), [orgId, months]);
  const [recording, setRecording] = useState<Term | null>(null);
  const [history, setHistory] = useState<Term | null>(null);
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Typography.Text>{t('el.terms.months')}</Typography.Text>
        <Select
          value={months}
          onChange={setMonths}
          aria-label={t('el.terms.months')}
          style={{ width: 140 }}
          options={MONTHS.map((n) => ({ value: n, label: t('el.terms.monthsOption', { n }) }))}
        />
        {state.data && (
          <Typography.Text type="secondary">
            {t('el.terms.hint', { until: state.data.until, asOf: state.data.asOf })}
          </Typography.Text>
        )}
      </Flex>
      {state.data && <CappedNotice list={{ items: state.data.terms, total: state.data.total }} />}
      <PagedTable<Term>
        pageSize={50}
        scroll={{ x: 'max-content' }}
        dataSource={state.data?.terms}
        locale={{
          emptyText: emptyText(state, <Empty description={t('el.terms.empty')} />, t('el.what.terms')),
        }}
        data-testid="el-terms"
        onRow={(r) => ({ 'data-testid': `el-term-${r.orgId}` }) as never}
        columns={[
          { title: t('el.field.union'), dataIndex: 'orgName' },
          { title: t('el.field.termNo'), dataIndex: 'termNo', align: 'right' },
          { title: t('el.field.chair'), dataIndex: 'chair' },
          { title: t('el.field.electedOn'), dataIndex: 'electedOn' },
          { title: t('el.field.termYears'), dataIndex: 'termYears', align: 'right' },
          { title: t('el.field.endsOn'), dataIndex: 'endsOn' },
          {
            title: t('el.field.overdue'),
            key: 'overdue',
            render: (_, r) =>
              r.overdue ? (
                <Tag color="red">{t('el.terms.overdueDays', { n: r.daysOverdue })}</Tag>
              ) : (
                <Tag color="gold">{t('el.terms.leftDays', { n: -r.daysOverdue })}</Tag>
              ),
          },
          {
            key: 'actions',
            render: (_, r) => (
              <Flex gap={4}>
                <Button size="small" onClick={() => setHistory(r)}>
                  {t('el.terms.history')}
                </Button>
                {can('elections.write') && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setRecording(r)}
                    data-testid={`el-record-${r.orgId}`}
                  >
                    {t('el.terms.record')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {recording && (
        <ElectionModal
          orgId={recording.orgId}
          orgName={recording.orgName}
          {...heldDialog(() => setRecording(null), state.reload)}
        />
      )}
      {history && (
        <HistoryDrawer orgId={history.orgId} orgName={history.orgName} onClose={() => setHistory(null)} />
      )}
    </Flex>
  );
}

/** A union's committees, the sitting one first. */
export function HistoryDrawer({
  orgId,
  orgName,
  onClose,
}: {
  orgId: number;
  orgName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const state = useLoad(() => electionsApi.history(orgId), [orgId]);
  const names = (list: string[]) => (list.length ? list.join(listSeparator()) : '—');
  return (
    <Drawer open title={`${orgName} · ${t('el.terms.history')}`} onClose={onClose} width="min(640px, 100vw)">
      <LoadGate state={state} what={t('el.what.history')}>
        {(list) =>
          list.length ? (
            <Flex vertical gap={12} data-testid="el-history">
              {list.map((c: Committee) => (
                <Card
                  key={c.id}
                  size="small"
                  title={`${t('el.field.termNo')} ${c.termNo} · ${c.electedOn} — ${c.endsOn}`}
                  extra={
                    c.replacedOn ? (
                      <Typography.Text type="secondary">
                        {t('el.terms.replacedOn', { day: c.replacedOn })}
                      </Typography.Text>
                    ) : (
                      <Tag color="green">{t('el.terms.sitting')}</Tag>
                    )
                  }
                >
                  <Typography.Paragraph style={{ marginBottom: 0 }}>
                    {t('el.field.chair')}
                    {t('common.colon')}
                    {c.chair}
                    {t('common.clauseSep')}
                    {t('el.field.viceChairs')}
                    {t('common.colon')}
                    {names(c.viceChairs)}
                    <br />
                    {t('el.field.members')}
                    {t('common.colon')}
                    {names(c.members)}
                    <br />
                    {t('el.field.auditors')}
                    {t('common.colon')}
                    {names(c.auditors)}
                    {t('common.clauseSep')}
                    {t('el.field.women')}
                    {t('common.colon')}
                    {names(c.women)}
                  </Typography.Paragraph>
                </Card>
              ))}
            </Flex>
          ) : (
            <Empty description={t('el.terms.historyEmpty')} />
          )
        }
      </LoadGate>
    </Drawer>
  );
}

function ElectionsTab({ orgId }: { orgId?: number }) {
  const { t } = useTranslation();
  const state = useLoad(() => electionsApi.elections(orgId), [orgId]);
  const [history, setHistory] = useState<Election | null>(null);
  return (
    <>
      <CappedTable<Election>
        list={state}
        what={t('el.what.elections')}
        empty={t('el.terms.electionsEmpty')}
        scroll={{ x: 'max-content' }}
        data-testid="el-elections"
        expandable={{ expandedRowRender: (e) => <Candidates id={e.id} /> }}
        columns={[
          { title: t('el.field.union'), dataIndex: 'orgName' },
          { title: t('el.field.heldOn'), dataIndex: 'heldOn' },
          { title: t('el.field.termNo'), dataIndex: 'termNo', align: 'right' },
          { title: t('el.field.voters'), dataIndex: 'voters', align: 'right' },
          { title: t('el.field.present'), dataIndex: 'present', align: 'right' },
          { title: t('el.field.ballots'), dataIndex: 'ballots', align: 'right' },
          {
            key: 'history',
            render: (_, e) => (
              <Button size="small" onClick={() => setHistory(e)}>
                {t('el.terms.history')}
              </Button>
            ),
          },
        ]}
      />
      {history && (
        <HistoryDrawer orgId={history.orgId} orgName={history.orgName} onClose={() => setHistory(null)} />
      )}
    </>
  );
}

function Candidates({ id }: { id: number }) {
  const { t } = useTranslation();
  const state = useLoad(() => electionsApi.election(id), [id]);
  return (
    <LoadGate state={state} what={t('el.what.elections')} compact>
      {(e) => (
        <WholeTable
          rowKey={(c) => `${c.post}:${c.name}`}
          dataSource={e.candidates}
          columns={[
            { title: t('el.field.post'), dataIndex: 'post', render: (p: string) => t(`el.post.${p}`) },
            { title: t('el.field.candidate'), dataIndex: 'name' },
            { title: t('el.field.votes'), dataIndex: 'votes', align: 'right' },
            {
              title: t('el.field.elected'),
              dataIndex: 'elected',
              render: (x: boolean) => (x ? <Tag color="green">{t('el.field.elected')}</Tag> : '—'),
            },
          ]}
        />
      )}
    </LoadGate>
  );
}

function SettingTab({ orgId }: { orgId?: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const state = useLoad(() => electionsApi.setting(orgId), [orgId]);
  const [draft, setDraft] = useState<{ termYears: 3 | 5; majority: 'voting' | 'present' } | null>(null);
  const { busy, run: whileBusy } = useSaving();
  return (
    <LoadGate state={state} what={t('el.what.setting')}>
      {(s) => {
        const v = draft ?? { termYears: (s.termYears === 3 ? 3 : 5) as 3 | 5, majority: s.majority };
        const save = async () => {
          await whileBusy(async () => {
            await electionsApi.saveSetting({ orgId: s.orgId, ...v });
            feedback.success(t('el.setting.saved'));
            setDraft(null);
            void state.reload();
          });
        };
        return (
          <Flex vertical gap={12} style={{ maxWidth: 640 }}>
            <Typography.Text type="secondary">{t('el.setting.hint')}</Typography.Text>
            <Typography.Text>
              {s.fromOrgName ? t('el.setting.from', { name: s.fromOrgName }) : t('el.setting.fromDefault')}
            </Typography.Text>
            <Typography.Text strong>{t('el.setting.termYears')}</Typography.Text>
            <Radio.Group
              value={v.termYears}
              disabled={!can('elections.write')}
              onChange={(e) => setDraft({ ...v, termYears: e.target.value })}
              options={[3, 5].map((n) => ({ value: n, label: t('el.setting.years', { n }) }))}
            />
            <Typography.Text strong>{t('el.setting.majority')}</Typography.Text>
            <Radio.Group
              value={v.majority}
              disabled={!can('elections.write')}
              onChange={(e) => setDraft({ ...v, majority: e.target.value })}
              options={optionsOf(['voting', 'present'] as const, (m) => t(`el.setting.${m}`))}
            />
            {can('elections.write') && (
              <Button
                type="primary"
                onClick={() => void save()}
                loading={busy}
                disabled={!draft}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('el.setting.save')}
              </Button>
            )}
          </Flex>
        );
      }}
    </LoadGate>
  );
}
