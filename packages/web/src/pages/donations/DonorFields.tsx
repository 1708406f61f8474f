import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { optionsOf } from '../../components/options.ts';
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
  return (
    <>
      <Form.Item label={t('don.field.donorKind')} required>
        <Radio.Group
          value={v.kind}
          onChange={(e) => put({ kind: e.target.value as DonorKind })}
          options={optionsOf(['enterprise', 'person'] as const, (k) => t(`don.donorKind.${k}`))}
        />
      </Form.Item>
      <Form.Item label={t('don.field.name')} required>
        <Input
          value={v.name}
          maxLength={200}
          onChange={(e) => put({ name: e.target.value })}
          data-testid={nameTestId}
        />
      </Form.Item>
      <Form.Item label={t('don.field.contactName')}>
        <Input
          value={v.contactName ?? ''}
          maxLength={50}
          onChange={(e) => put({ contactName: e.target.value })}
        />
      </Form.Item>
      <Form.Item label={t('don.field.phone')}>
        <Input
          value={v.phone ?? ''}
          maxLength={20}
          onChange={(e) => put({ phone: e.target.value || null })}
        />
      </Form.Item>
      <Form.Item label={t('don.field.address')}>
        <Input value={v.address ?? ''} maxLength={200} onChange={(e) => put({ address: e.target.value })} />
      </Form.Item>
    </>
  );
}
