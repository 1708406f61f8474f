import { Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { optionsOf } from '../../components/options.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { counsellingApi, type Slot, slotText } from './counselling-api.ts';

/**
 * Staff book a session for a member who called the hotline; or, with a past day (补录历史), record a session held
 * then on a slot booked outside the platform: the open slots from that day are offered (ADR 40).
 */
export function BookForMemberModal({
  orgId,
  onClose,
}: {
  orgId?: number;
  onClose: (booked: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [heldOn, setHeldOn] = useState<string | null>(null);
  const slots = useLoad(() => counsellingApi.slots(orgId, heldOn), [orgId, heldOn]);
  return (
    <FieldsDialog
      title={t('csl.bookings.bookTitle')}
      form={form}
      initialValues={{ mode: 'online' }}
      okTestId="csl-book-for-member-ok"
      onClose={() => onClose(false)}
      submit={async (v) => {
        await counsellingApi.bookForMember({
          slotId: v.slotId,
          personId: v.personId,
          mode: v.mode,
          ...(heldOn ? { heldOn } : {}),
        });
        onClose(true);
        return t('csl.bookings.booked');
      }}
    >
      <RequiredItem name="personId" label={t('csl.bookings.member')}>
        <PersonSelect
          value={form.getFieldValue('personId')}
          onChange={(v) => form.setFieldValue('personId', v)}
          known={[]}
        />
      </RequiredItem>
      <Form.Item>
        <PastDay
          value={heldOn}
          onChange={(d) => {
            setHeldOn(d);
            form.setFieldValue('slotId', undefined);
          }}
          testId="csl-held-on"
        />
      </Form.Item>
      <CappedNotice list={slots.data} plain />
      <RequiredItem name="slotId" label={t('csl.bookings.slot')}>
        <Select
          notFoundContent={t('csl.bookings.noSlots')}
          options={(slots.data?.items ?? []).map((s: Slot) => ({
            value: s.id,
            label: `${slotText(s)} · ${s.counsellorName} · ${t(`csl.mode.${s.mode}`)}`,
          }))}
        />
      </RequiredItem>
      <Form.Item name="mode" label={t('csl.field.mode')}>
        <Select options={optionsOf(['online', 'in_person'] as const, (m) => t(`csl.mode.${m}`))} />
      </Form.Item>
    </FieldsDialog>
  );
}
