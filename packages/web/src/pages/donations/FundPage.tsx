import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { fenColumn } from '../../components/columns.tsx';
import { DetailPage } from '../../components/DetailPage.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { LoadState } from '../../components/LoadError.tsx';
import { formatFen } from '../../components/money.ts';
import { WholeTable } from '../../components/TableCard.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { donationsApi, type FundDetail } from './donations-api.ts';
import { EarlierYearModal, LinkProgramModal } from './FundModals.tsx';

type ProgramTotals = NonNullable<FundDetail['program']>;

/** The fund's grant program as its ledger has it. */
function ProgramCard({ program }: { program: ProgramTotals }) {
  const { t } = useTranslation();
  return (
    <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered data-testid="fund-ledger">
      <Descriptions.Item label={t('don.fund.program')} span="filled">
        <Link to={`/programs/${program.programId}`}>{program.programName}</Link>{' '}
        {program.balanced ? (
          <Tag color="green">{t('don.fund.balanced')}</Tag>
        ) : (
          <Tag color="red">{t('don.fund.unbalanced')}</Tag>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('don.fund.ledgerGranted')}>
        {formatFen(program.grantedFen)}
      </Descriptions.Item>
      <Descriptions.Item label={t('don.fund.ledgerPaid')}>{formatFen(program.paidFen)}</Descriptions.Item>
      <Descriptions.Item label={t('don.fund.ledgerUnpaid')}>{formatFen(program.unpaidFen)}</Descriptions.Item>
      <Descriptions.Item label={t('don.fund.ledgerGrants')}>{program.grants}</Descriptions.Item>
      <Descriptions.Item label={t('don.funds.helped')}>{program.helped}</Descriptions.Item>
    </Descriptions>
  );
}

/** Staff: one special fund — income, grants through its program's ledger, balance, people helped, per year. */
export default function FundPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { can } = useSession();
  const detail = useLoad(() => donationsApi.fund(id), [id]);
  const [dialog, setDialog] = useState<'program' | 'year' | null>(null);
  usePageTitle(detail.data?.fund.name ?? t('don.funds.title'));
  if (!detail.data) return <LoadState state={detail} what={t('don.fund.what')} />;
  const { fund, program, byYear } = detail.data;
  const canWrite = can('donations.write');
  const done = (next: FundDetail) => {
    setDialog(null);
    detail.set(next);
  };
  return (
    <DetailPage
      title={fund.name}
      titleTestId="fund-title"
      back={{ to: '/funds', label: t('don.fund.back') }}
      lead={
        <FigureRow
          gutter={16}
          style={{ marginBottom: 16 }}
          figures={[
            { title: t('don.funds.income'), value: formatFen(fund.incomeFen) },
            { title: t('don.funds.granted'), value: formatFen(fund.grantedFen) },
            { title: t('don.funds.balance'), value: formatFen(fund.balanceFen), testId: 'fund-balance' },
            { title: t('don.funds.helped'), value: fund.helped, testId: 'fund-helped' },
          ]}
        />
      }
      facts={
        <>
          <Descriptions.Item label={t('don.funds.owner')}>{fund.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('don.funds.foundedOn')}>{fund.foundedOn}</Descriptions.Item>
          <Descriptions.Item label={t('don.funds.founder')}>
            {fund.founderId ? (
              <Link to={`/donors/${fund.founderId}`}>{fund.founderName}</Link>
            ) : (
              t('common.none')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('don.funds.beneficiary')}>{fund.beneficiary}</Descriptions.Item>
          <Descriptions.Item label={t('don.funds.purpose')} span={2}>
            {fund.purpose}
          </Descriptions.Item>
        </>
      }
    >
      <Card
        title={t('don.fund.ledger')}
        extra={
          canWrite && (
            <Button onClick={() => setDialog('program')} data-testid="fund-link-program">
              {t('don.fund.linkProgram')}
            </Button>
          )
        }
      >
        {program ? (
          <ProgramCard program={program} />
        ) : (
          <Alert type="info" showIcon message={t('don.fund.noProgram')} />
        )}
      </Card>
      <Card
        title={t('don.fund.byYear')}
        extra={
          canWrite && (
            <Button icon={<PlusOutlined />} onClick={() => setDialog('year')} data-testid="fund-add-year">
              {t('don.fund.addYear')}
            </Button>
          )
        }
      >
        <WholeTable
          rowKey="year"
          dataSource={byYear}
          locale={{ emptyText: t('don.fund.byYearEmpty') }}
          data-testid="fund-years"
          columns={[
            { title: t('don.fund.year'), dataIndex: 'year', width: 100 },
            fenColumn(t('don.fund.yearIncome'), 'incomeFen'),
            fenColumn(t('don.fund.yearGranted'), 'grantedFen'),
            { title: t('don.fund.yearHelped'), dataIndex: 'helped', align: 'right' },
          ]}
        />
      </Card>
      {dialog === 'program' && <LinkProgramModal fund={fund} onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'year' && (
        <EarlierYearModal fundId={fund.id} onClose={() => setDialog(null)} onDone={done} />
      )}
    </DetailPage>
  );
}
