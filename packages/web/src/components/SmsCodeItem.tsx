import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The 6-digit code an SMS brought, as a form item named `code`: the numeric keyboard, filled from the SMS where the
 * phone offers it, refused unless six digits.
 */
export function SmsCodeItem({
  label,
  testId,
  autoFocus,
}: {
  label: string;
  testId: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="code"
      label={label}
      rules={[{ required: true, pattern: /^\d{6}$/, message: t('onb.rule.code') }]}
    >
      <Input
        maxLength={6}
        inputMode="numeric"
        autoComplete="one-time-code"
        autoFocus={autoFocus}
        data-testid={testId}
      />
    </Form.Item>
  );
}
