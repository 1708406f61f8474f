import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { FileButton } from '../../components/FileButton.tsx';
import { formatFen } from '../../components/format.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { RecordPage } from '../../components/RecordPage.tsx';
import { PagedTable } from '../../components/TableCard.tsx';
import { useBusy } from '../../components/useBusy.ts';
import { AllocationsCard, BatchFacts, useNominationColumns } from './WellnessBatchPage.parts.tsx';
import { type WellnessBatch, wellnessApi } from './wellness-api.ts';

/**
 * Staff: a batch — the program's union gives quotas to lower unions, records who went (by hand or the institution's
 * sheet) and settles the union's share into the ledger; a lower union nominates, substitutes and withdraws its own.
 */
export default function WellnessBatchPage() {
  const { t } = useTranslation();
  return (
    <RecordPage load={wellnessApi.batch} what={t('wel.what.batch')} title={(batch) => batch.title}>
      {(batch, { reload }) => <Batch batch={batch} reload={reload} />}
    </RecordPage>
  );
}

function Batch({ batch, reload }: { batch: WellnessBatch; reload: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { can } = useSession();
  const { busy, run: runBusy } = useBusy<string>();
  const [nomOrg, setNomOrg] = useState<number | null>(batch.allocations[0]?.orgId ?? null);
  const [person, setPerson] = useState<number | null>(null);
  const [replacing, setReplacing] = useState<number | null>(null);
  // the day quotas, nominations, substitutions, withdrawals and attendance happened (null: today); a closed batch
  // takes a past day up to its closing day (ADR 55, issue 42)
  const [day, setDay] = useState<string | null>(null);
  const run = (key: string, fn: () => Promise<string | undefined>) => runBusy(key, fn, reload);
  const canNominate =
    can('wellness.nominate') &&
    batch.status === 'open' &&
    (batch.open || (day !== null && day <= batch.closesOn));
  const upload = (file: File) =>
    run('upload', async () => {
      const dry = await wellnessApi.importAttendance(batch.id, file, true);
      const ok = await new Promise<boolean>((resolve) =>
        modal.confirm({
          title: t('wel.batch.upload'),
          content: t('wel.batch.dryRun', dry),
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        }),
      );
      if (!ok) return undefined;
      await wellnessApi.importAttendance(batch.id, file, false);
      return t('wel.batch.imported');
    });
  const columns = useNominationColumns({ batch, run, day, canNominate, setReplacing });
  return (
    <Flex vertical gap={16}>
      <BatchFacts batch={batch} />

      {batch.status === 'open' && (batch.manage || can('wellness.nominate')) && (
        <PastDay value={day} onChange={setDay} testId="wel-day" />
      )}

      <AllocationsCard batch={batch} busy={busy} run={run} day={day} />

      <Card
        title={t('wel.batch.nominations')}
        extra={
          batch.manage &&
          batch.status === 'open' && (
            <Space wrap>
              <Button icon={<DownloadOutlined />} href={wellnessApi.templateUrl(batch.id)}>
                {t('wel.batch.template')}
              </Button>
              <FileButton accept=".xlsx,.xls,.ods,.csv" onFile={upload} loading={busy === 'upload'}>
                {t('wel.batch.upload')}
              </FileButton>
              <Button
                type="primary"
                loading={busy === 'settle'}
                data-testid="wel-settle"
                onClick={() =>
                  modal.confirm({
                    title: t('wel.batch.settle'),
                    content: t('wel.batch.settleConfirm'),
                    okButtonProps: { 'data-testid': 'wel-settle-ok' } as never,
                    onOk: () =>
                      run('settle', async () => {
                        const r = await wellnessApi.settle(batch.id);
                        return t('wel.batch.settled', {
                          attended: r.attended,
                          amount: formatFen(r.subsidyFen),
                        });
                      }),
                  })
                }
              >
                {t('wel.batch.settle')}
              </Button>
            </Space>
          )
        }
      >
        {canNominate && batch.allocations.length > 0 && (
          <Space wrap style={{ marginBottom: 12 }}>
            <OrgSelect
              value={nomOrg}
              onChange={(v) => setNomOrg(v)}
              placeholder={t('wel.batch.pickUnion')}
              testId="wel-nom-org"
            />
            <div style={{ minWidth: 280 }}>
              <PersonSelect
                value={person}
                onChange={(v) => setPerson(Array.isArray(v) ? (v[0] ?? null) : v)}
                known={[]}
                testId="wel-person"
              />
            </div>
            <Button
              disabled={!nomOrg || !person}
              loading={busy === 'nominate'}
              data-testid="wel-nominate"
              onClick={() =>
                run('nominate', async () => {
                  if (replacing) await wellnessApi.endNomination(replacing, person as number, day);
                  else await wellnessApi.nominate(batch.id, nomOrg as number, person as number, day);
                  setPerson(null);
                  setReplacing(null);
                  return t(replacing ? 'wel.batch.substituted' : 'wel.batch.nominated');
                })
              }
            >
              {replacing ? t('wel.batch.replaceWith') : t('wel.batch.nominate')}
            </Button>
          </Space>
        )}
        {!batch.open && batch.status === 'open' && <Tag>{t('wel.batch.closed')}</Tag>}
        <PagedTable
          pageSize={50}
          dataSource={batch.nominations}
          locale={{ emptyText: t('wel.batch.noNominations') }}
          data-testid="wel-nominations"
          columns={columns}
        />
      </Card>
    </Flex>
  );
}
