import { Button, Card, Descriptions, Space, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { countColumn } from '../../components/columns.tsx';
import { today } from '../../components/dates.ts';
import { formatCount, formatFen } from '../../components/format.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { nomineeStatusKey } from './nominee-status.ts';
import { type WellnessBatch, wellnessApi } from './wellness-api.ts';

/** How the batch page runs an action: the key of the button that spins, and the text said when it is done. */
export type RunAction = (key: string, fn: () => Promise<string | undefined>) => Promise<void>;

/** The batch's particulars and figures. */
export function BatchFacts({ batch }: { batch: WellnessBatch }) {
  const { t } = useTranslation();
  return (
    <Card
      title={batch.title}
      extra={<Link to={`/wellness/programs/${batch.programId}`}>{t('wel.batch.back')}</Link>}
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('wel.field.kind')}>{t(`wel.kind.${batch.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('wel.field.institution')}>
          {batch.institutionName} {batch.institutionAddress}
        </Descriptions.Item>
        <Descriptions.Item label={t('wel.field.startsOn')}>
          {batch.startsOn} — {batch.endsOn}
        </Descriptions.Item>
        <Descriptions.Item label={t('wel.field.closesOn')}>{batch.closesOn}</Descriptions.Item>
        <Descriptions.Item label={t('wel.field.places')}>{formatCount(batch.places)}</Descriptions.Item>
        <Descriptions.Item label={t('wel.field.allocated')}>{formatCount(batch.allocated)}</Descriptions.Item>
        <Descriptions.Item label={t('wel.field.attended')}>
          <span data-testid="wel-attended">{formatCount(batch.attended)}</span>
        </Descriptions.Item>
        {(['nominated', 'substituted', 'withdrawn', 'noShows'] as const).map((k) => (
          <Descriptions.Item key={k} label={t(`wel.stats.${k}`)}>
            <span data-testid={`wel-figure-${k}`}>{formatCount(batch.figures[k])}</span>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('wel.field.status')}>
          <Tag color={batch.status === 'settled' ? 'green' : 'blue'} data-testid="wel-status">
            {t(`wel.status.${batch.status}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('wel.field.subsidy')}>
          <span data-testid="wel-subsidy">
            {batch.subsidyFen === null ? '—' : formatFen(batch.subsidyFen)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('wel.field.meeting')}>{batch.meeting || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('wel.field.bring')}>{batch.bring || '—'}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** The quotas given to lower unions; the program's union gives them while the batch is open. */
export function AllocationsCard({
  batch,
  busy,
  run,
  day,
}: {
  batch: WellnessBatch;
  busy: string | null;
  run: RunAction;
  day: string | null;
}) {
  const { t } = useTranslation();
  const [allocOrg, setAllocOrg] = useState<number | null>(null);
  const [quota, setQuota] = useState<number | null>(null);
  const invalid = useInvalidFields();
  return (
    <Card title={t('wel.batch.allocations')}>
      {batch.manage && batch.status === 'open' && (
        <ValidityScope fields={invalid}>
          <Space wrap style={{ marginBottom: 12 }}>
            <OrgSelect
              value={allocOrg}
              onChange={(v) => setAllocOrg(v)}
              placeholder={t('wel.batch.pickUnion')}
              testId="wel-alloc-org"
            />
            <NumberInput
              min={0}
              max={100_000}
              optional
              style={{ width: 120 }}
              value={quota}
              onChange={(v) => setQuota(v)}
              testId="wel-alloc-quota"
            />
            <Button
              disabled={!allocOrg || quota === null}
              loading={busy === 'allocate'}
              data-testid="wel-allocate"
              onClick={() =>
                !invalid.blocked() &&
                run('allocate', async () => {
                  await wellnessApi.allocate(batch.id, allocOrg as number, quota as number, day);
                  return t('wel.batch.allocated');
                })
              }
            >
              {t('wel.batch.allocate')}
            </Button>
            <span className="muted">{t('wel.batch.quotaLeft', { n: batch.places - batch.allocated })}</span>
          </Space>
        </ValidityScope>
      )}
      <WholeTable
        dataSource={batch.allocations}
        locale={{ emptyText: t('wel.batch.noAllocations') }}
        data-testid="wel-allocations"
        columns={[
          { title: t('wel.stats.union'), dataIndex: 'orgName' },
          countColumn(t('wel.field.quota'), 'quota'),
          {
            title: t('wel.field.used'),
            align: 'right',
            render: (_, a) => (a.recordedUsed === null ? formatCount(a.used) : t('wel.batch.recorded')),
          },
          countColumn(t('wel.field.attended'), 'attended'),
        ]}
      />
    </Card>
  );
}

/** The nominations' columns, with marking attendance, substituting and withdrawing where allowed. */
export function useNominationColumns({
  batch,
  run,
  day,
  canNominate,
  setReplacing,
}: {
  batch: WellnessBatch;
  run: RunAction;
  day: string | null;
  canNominate: boolean;
  setReplacing: (id: number) => void;
}): TableColumnsType<WellnessBatch['nominations'][number]> {
  const { t } = useTranslation();
  return [
    { title: t('wel.field.person'), dataIndex: 'personName' },
    { title: t('wel.field.idMasked'), dataIndex: 'idMasked' },
    { title: t('wel.stats.union'), dataIndex: 'orgName' },
    {
      title: t('wel.field.group'),
      render: (_, n) => (
        <>
          {n.frontLine && <Tag>{t('wel.group.frontLine')}</Tag>}
          {n.newEmployment && <Tag>{t('wel.group.newEmployment')}</Tag>}
        </>
      ),
    },
    { title: t('wel.field.nominatedOn'), dataIndex: 'nominatedOn' },
    {
      title: t('wel.field.status'),
      render: (_, n) => (
        <Tag color={n.attendance === 'attended' ? 'green' : n.attendance === 'absent' ? 'red' : undefined}>
          {t(nomineeStatusKey(n, batch.startsOn, today()))}
        </Tag>
      ),
    },
    {
      title: '',
      render: (_, n) =>
        n.status === 'nominated' && (
          <Space>
            {batch.manage && batch.status === 'open' && (
              <>
                <Button
                  size="small"
                  data-testid={`wel-attended-${n.personId}`}
                  onClick={() =>
                    run('mark', async () => {
                      await wellnessApi.mark(batch.id, [{ nominationId: n.id, attendance: 'attended' }], day);
                      return t('wel.batch.marked');
                    })
                  }
                >
                  {t('wel.batch.attended')}
                </Button>
                <Button
                  size="small"
                  onClick={() =>
                    run('mark', async () => {
                      await wellnessApi.mark(batch.id, [{ nominationId: n.id, attendance: 'absent' }], day);
                      return t('wel.batch.marked');
                    })
                  }
                >
                  {t('wel.batch.absent')}
                </Button>
              </>
            )}
            {canNominate && (
              <>
                <Button size="small" onClick={() => setReplacing(n.id)}>
                  {t('wel.batch.substitute')}
                </Button>
                <Button
                  size="small"
                  danger
                  onClick={() =>
                    run('withdraw', async () => {
                      await wellnessApi.endNomination(n.id, undefined, day);
                      return t('wel.batch.withdrawn');
                    })
                  }
                >
                  {t('wel.batch.withdraw')}
                </Button>
              </>
            )}
          </Space>
        ),
    },
  ];
}
