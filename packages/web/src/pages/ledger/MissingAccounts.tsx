import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { listSeparator } from '../../components/listSeparator.ts';
import type { PaymentMethod, WithoutAccount } from './ledger-api.ts';

const SHOWN = 20;

/**
 * The payees of a batch who have no account for its method (no bank account number for a bank batch, no 京卡
 * number for a 京卡 batch): a warning naming them (ID numbers masked), or a quiet line saying every payee has
 * one. Shown in the preview before creating and on the batch before exporting.
 */
export function MissingAccounts({ method, items }: { method: PaymentMethod; items: WithoutAccount[] }) {
  const { t } = useTranslation();
  const account = t(`ledger.account.${method}`);
  if (!items.length) {
    return (
      <Typography.Text type="secondary" data-testid="accounts-complete">
        {t('ledger.missing.all', { account })}
      </Typography.Text>
    );
  }
  const more = items.length - SHOWN;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="accounts-missing"
      title={t('ledger.missing.title', {
        count: items.length,
        account,
        method: t(`ledger.method.${method}`),
      })}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {items
              .slice(0, SHOWN)
              .map((i) => `${i.personName}${aside(i.personIdMasked ?? i.orgName)}`)
              .join(listSeparator())}
            {more > 0 ? ` … +${more}` : ''}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('ledger.missing.hint')}</Typography.Text>
        </>
      }
    />
  );
}
