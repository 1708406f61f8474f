import { Button, Card, Form, Select, Switch, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { afterToday } from '../../components/DateField.tsx';
import { DayPicker } from '../../components/DayPicker.tsx';
import { today } from '../../components/dates.ts';
import { Field } from '../../components/Field.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { emptyText } from '../../components/LoadError.tsx';
import { lockedUntilFilled } from '../../components/locked.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type Category, CHANNELS, type Channel, casesApi } from './cases-api.ts';
import { useCategoryOptions } from './categories.ts';

/**
 * Staff: enter a request taken by phone, at a reception day or in a meeting; it goes to the worker's union. Any
 * channel may be anonymous: the worker field is then hidden and nothing names the sender.
 */
export default function CaseEnterPage() {
  const { t } = useTranslation();
  usePageTitle(t('case.enter.title'));
  const feedback = useFeedback();
  const navigate = useNavigate();
  const [channel, setChannel] = useState<Channel>('reception');
  const [category, setCategory] = useState<Category>();
  const categories = useCategoryOptions('staff', true);
  const [personId, setPersonId] = useState<number | null>(null);
  const [anonymous, setAnonymous] = useState(false);
  const [orgId, setOrgId] = useState<number | null>(null);
  const [description, setDescription] = useState('');
  const [receivedOn, setReceivedOn] = useState<Dayjs>(dayjs(today()));
  const [receivedTime, setReceivedTime] = useState<Dayjs | null>(null);
  const { busy, run: whileBusy } = useSaving();
  const save = async () => {
    if (!category) return;
    await whileBusy(async () => {
      const d = await casesApi.enter({
        channel,
        category,
        personId: anonymous ? null : personId,
        anonymous,
        orgId,
        description: description.trim(),
        receivedOn: receivedOn.format('YYYY-MM-DD'),
        // To the second when the seconds were given (the cut-off is compared to the second).
        receivedTime: receivedTime ? receivedTime.format(receivedTime.second() ? 'HH:mm:ss' : 'HH:mm') : null,
      });
      feedback.success(t('case.enter.saved'));
      navigate(`/cases/${d.case.id}`);
    });
  };
  return (
    <Card title={t('case.enter.title')} style={{ maxWidth: 720 }}>
      <Form layout="vertical">
        <Field id="case-enter-channel" label={t('case.field.channel')}>
          <Select
            value={channel}
            onChange={setChannel}
            options={optionsOf(CHANNELS, (c) => t(`case.channel.${c}`))}
          />
        </Field>
        <Field id="case-enter-category" label={t('case.field.category')} required>
          <Select
            value={category}
            onChange={setCategory}
            placeholder={t('case.category.choose')}
            showSearch
            optionFilterProp="label"
            options={categories.options}
            loading={categories.state.loading}
            notFoundContent={emptyText(categories.state, undefined, t('case.field.category'))}
            data-testid="case-category"
          />
        </Field>
        <Field
          id="case-enter-anonymous"
          label={t('case.field.anonymous')}
          extra={t('case.enter.anonymousHint')}
        >
          <Switch checked={anonymous} onChange={setAnonymous} data-testid="case-anonymous" />
        </Field>
        {!anonymous && (
          <Field id="case-enter-person" label={t('case.enter.person')} extra={t('case.enter.personHint')}>
            <PersonSelect
              value={personId}
              onChange={(v) => setPersonId(typeof v === 'number' ? v : null)}
              known={[]}
              testId="case-person"
            />
          </Field>
        )}
        <Field id="case-enter-union" label={t('case.enter.union')} extra={t('case.enter.unionHint')}>
          <OrgSelect value={orgId} onChange={(id) => setOrgId(id)} allowClear testId="case-union" />
        </Field>
        <Field id="case-enter-received-on" label={t('case.field.receivedOn')}>
          <DayPicker value={receivedOn} onChange={(d) => d && setReceivedOn(d)} disabledDate={afterToday} />
        </Field>
        <Field
          id="case-enter-received-time"
          label={t('case.field.receivedTime')}
          extra={t('case.enter.timeHint')}
        >
          <TimePicker
            format="HH:mm:ss"
            value={receivedTime}
            onChange={(v) => setReceivedTime(v)}
            needConfirm={false}
            data-testid="case-received-time"
          />
        </Field>
        <Field id="case-enter-description" label={t('case.field.description')} required>
          <TextBox rows={5} max={4000} value={description} onChange={setDescription} />
        </Field>
        <Button
          type="primary"
          loading={busy}
          {...lockedUntilFilled(t, !description.trim() || !category)}
          onClick={() => void save()}
        >
          {t('case.enter.save')}
        </Button>
      </Form>
    </Card>
  );
}
