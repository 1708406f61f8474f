import { CheckCircleTwoTone, WarningTwoTone } from '@ant-design/icons';
import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../components/LoadError.tsx';
import { formatFen } from '../../components/money.ts';
import { useLoad } from '../../components/useLoad.ts';
import { programsApi, type Reconciliation } from '../programs/programs-api.ts';

/** Per program: approved − reversed = paid + unpaid, to the fen. */
export function ReconciliationPanel({
  programId,
  refreshKey = 0,
  wide = false,
  title,
}: {
  programId: number;
  refreshKey?: number;
  /** The card's title where 对账 alone could be read as the page's own record's (a batch's page: the program's). */
  title?: string;
  /** One row of figures (full-width pages) instead of one column (side panels). */
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const name = title ?? t('ledger.recon.title');
  const loaded = useLoad(() => programsApi.reconciliation(programId), [programId, refreshKey]);
  if (loaded.data === undefined || loaded.error)
    return (
      <Card size="small" title={name}>
        <LoadState state={loaded} what={name} compact />
      </Card>
    );
  return <Figures r={loaded.data} wide={wide} name={name} />;
}

function Figures({ r, wide, name }: { r: Reconciliation; wide: boolean; name: string }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="reconciliation"
      title={
        <Flex gap={8} align="center">
          {r.balanced ? (
            <CheckCircleTwoTone twoToneColor="#52c41a" />
          ) : (
            <WarningTwoTone twoToneColor="#ff4d4f" />
          )}
          {name}
          <Typography.Text type={r.balanced ? 'success' : 'danger'}>
            {r.balanced ? t('ledger.recon.balanced') : t('ledger.recon.unbalanced')}
          </Typography.Text>
        </Flex>
      }
    >
      <Descriptions
        size="small"
        column={wide ? { xs: 1, md: 3, xl: 5 } : 1}
        items={[
          { key: 'a', label: t('ledger.recon.approved'), children: formatFen(r.approvedFen) },
          { key: 'r', label: t('ledger.recon.reversed'), children: formatFen(r.reversedFen) },
          { key: 'p', label: t('ledger.recon.paid'), children: formatFen(r.paidFen) },
          { key: 'u', label: t('ledger.recon.unpaid'), children: formatFen(r.unpaidFen) },
          ...(r.inBatchFen
            ? [{ key: 'b', label: t('ledger.recon.inBatch'), children: formatFen(r.inBatchFen) }]
            : []),
        ]}
      />
      <Typography.Text type="secondary">{t('ledger.recon.formula')}</Typography.Text>
    </Card>
  );
}
