import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Where a list was cut at a cap, how many it shows of how many there are (issue 24: no silent truncation):
 * "只显示前 500 条，共 674 条 — 请用筛选缩小范围". Nothing when the list is whole or not loaded. `plain` leaves out
 * the advice to narrow the filters, for a list that has none.
 */
export function CappedNotice({
  list,
  plain,
}: {
  list: { items: readonly unknown[]; total: number } | null | undefined;
  plain?: boolean;
}) {
  const { t } = useTranslation();
  if (!list || list.total <= list.items.length) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12, width: '100%' }}
      data-testid="capped-notice"
      message={t(plain ? 'common.cappedPlain' : 'common.capped', {
        shown: list.items.length,
        total: list.total,
      })}
    />
  );
}
