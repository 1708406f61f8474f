import { Empty, Spin, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../components/feedback.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PhonePage } from '../../components/PhoneList.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import i18n from '../../i18n/index.ts';
import { messagesApi } from './messages-api.ts';
import './messages.css';

/** Worker (phone): which kinds of message also come by SMS; codes always do. */
export default function SmsChoicesPage() {
  const { t } = useTranslation();
  usePageTitle(t('sms.choices.title'));
  const feedback = useFeedback();
  const choices = useLoad(() => messagesApi.smsChoices(), []);
  const data = choices.data;
  const toggle = async (kind: string, on: boolean) => {
    if (!data) return;
    const kinds = data.kinds.filter((k) => (k.kind === kind ? on : k.sms)).map((k) => k.kind);
    try {
      choices.set(await messagesApi.setSmsChoices(kinds));
    } catch (err) {
      feedback.error(err);
    }
  };
  return (
    <PhonePage title={t('sms.choices.title')} testId="m-sms-choices">
      <Typography.Paragraph type="secondary">{t('sms.choices.intro')}</Typography.Paragraph>
      {!!choices.error && !data && <LoadError error={choices.error} retry={() => void choices.reload()} />}
      {!data && !choices.error && <Spin />}
      {data?.kinds.length === 0 && <Empty />}
      {data?.kinds.map((k) => (
        // the whole row is the switch's label: a tap on the words turns it, not only on the 22 px switch
        <label
          key={k.kind}
          htmlFor={`m-sms-${k.kind}`}
          className="wp-card"
          // a row: the card's column would stretch the switch across the phone under its label
          style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center' }}
          data-testid={`m-sms-row-${k.kind}`}
        >
          <span>{i18n.language === 'en' ? k.en : k.zh}</span>
          <Switch
            id={`m-sms-${k.kind}`}
            checked={k.sms}
            onChange={(on) => void toggle(k.kind, on)}
            aria-label={i18n.language === 'en' ? k.en : k.zh}
            data-testid={`m-sms-choice-${k.kind}`}
          />
        </label>
      ))}
    </PhonePage>
  );
}
