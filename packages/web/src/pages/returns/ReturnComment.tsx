import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A comment the union above wrote when it sent the return back: a warning while the return stands returned, else
 * said quietly as what was asked before (此前的意见); `block` for the return's head, a line under a field otherwise.
 */
export function ReturnComment({
  body,
  live,
  testId,
  block = false,
}: {
  body: string;
  live: boolean;
  testId?: string;
  block?: boolean;
}) {
  const { t } = useTranslation();
  if (live)
    return (
      <Alert
        type="warning"
        showIcon
        title={body}
        style={block ? { marginTop: 8 } : undefined}
        data-testid={testId}
      />
    );
  const Quiet = block ? Typography.Paragraph : Typography.Text;
  return (
    <Quiet type="secondary" data-testid={testId}>
      {t('ret.fill.commentBefore', { body })}
    </Quiet>
  );
}
