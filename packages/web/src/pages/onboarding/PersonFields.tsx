import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredTextRule } from '../../components/form-rules.ts';
import { ID_NUMBER_INPUT_MAX, idNumberRule } from '../../components/idNumber.ts';
import { PHONE_INPUT_MAX, phoneDigits } from '../../components/phone.ts';
import { PHONE_RE } from './onboarding-api.ts';

/**
 * Who a person is, as activating an account and asking to join both ask it: the name, the ID number and the
 * mobile number, each required (`<testId>-name`, `-id`, `-phone`); `autofill` lets the phone fill in the
 * person's own name and number (activation: the person's own phone).
 */
export function PersonFields({ testId, autofill }: { testId: string; autofill?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="name" label={t('onb.field.name')} rules={[requiredTextRule(t, t('onb.field.name'))]}>
        <Input maxLength={50} autoComplete={autofill ? 'name' : undefined} data-testid={`${testId}-name`} />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('onb.field.idNumber')}
        rules={[{ required: true, message: t('onb.rule.idNumber') }, idNumberRule(t)]}
      >
        <Input
          maxLength={ID_NUMBER_INPUT_MAX}
          autoCapitalize={autofill ? 'characters' : undefined}
          data-testid={`${testId}-id`}
        />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('onb.field.phone')}
        rules={[{ required: true, pattern: PHONE_RE, message: t('onb.rule.phone') }]}
        normalize={phoneDigits}
      >
        <Input
          maxLength={PHONE_INPUT_MAX}
          inputMode="numeric"
          autoComplete={autofill ? 'tel' : undefined}
          data-testid={`${testId}-phone`}
        />
      </Form.Item>
    </>
  );
}
