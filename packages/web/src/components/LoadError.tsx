import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';

/** What a page shows when its data could not be loaded. */
export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={errorMessage(error)}
      extra={retry ? <Button onClick={retry}>{t('common.refresh')}</Button> : undefined}
    />
  );
}
