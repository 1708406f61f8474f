import { Form, Radio } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field.tsx';
import { optionsOf } from '../../components/options.ts';
import { TextLine } from '../../components/TextBox.tsx';
import type { DonorKind } from './donations-api.ts';

/** A donor as its form holds it: the kind, the name and the contact. */
export interface DonorDraft {
  kind?: DonorKind;
  name?: string;
  contactName?: string | null;
  phone?: string | null;
  address?: string | null;
}

/** A donor's kind, name, contact, phone and address, as registering one and correcting one ask for them. */
export function DonorFields<V extends DonorDraft>({
  v,
  set,
  nameTestId,
}: {
  v: V;
  set: (patch: Partial<V>) => void;
  nameTestId: string;
}) {
  const { t } = useTranslation();
  const put = (patch: DonorDraft) => set(patch as Partial<V>);
  // The fields' ids, which their labels point at: registering a donor and correcting one may both be on a page.
  const ids = useId();
  return (
    <>
      <Form.Item label={t('don.field.donorKind')} required>
        <Radio.Group
          value={v.kind}
          onChange={(e) => put({ kind: e.target.value as DonorKind })}
          options={optionsOf(['enterprise', 'person'] as const, (k) => t(`don.donorKind.${k}`))}
        />
      </Form.Item>
      <Field id={`${ids}-name`} label={t('don.field.name')} required>
        <TextLine value={v.name} max={200} onChange={(name) => put({ name })} testId={nameTestId} />
      </Field>
      <Field id={`${ids}-contact-name`} label={t('don.field.contactName')}>
        <TextLine value={v.contactName ?? ''} max={50} onChange={(contactName) => put({ contactName })} />
      </Field>
      <Field id={`${ids}-phone`} label={t('don.field.phone')}>
        <TextLine value={v.phone ?? ''} max={20} onChange={(phone) => put({ phone: phone || null })} />
      </Field>
      <Field id={`${ids}-address`} label={t('don.field.address')}>
        <TextLine value={v.address ?? ''} max={200} onChange={(address) => put({ address })} />
      </Field>
    </>
  );
}
