import { Form, Select } from 'antd';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { optionsOf } from '../../components/options.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { HouseholdField } from './HouseholdField.tsx';
import { CAUSES } from './hardship-api.ts';

/**
 * A hardship file's causes, address, household and note: the fields its creation (a page) and its correction
 * (a dialog) share, in a form holding `causes`, `address`, `members` and `note`.
 */
export function FileFields({
  household,
  membersHint,
  noteRows,
  causesTestId,
  addressTestId,
}: {
  household: ComponentProps<typeof HouseholdField>;
  /** Under the household: what a correction does with the ID numbers; a new file's household is required. */
  membersHint?: string;
  noteRows: number;
  causesTestId?: string;
  addressTestId?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <RequiredItem name="causes" label={t('hs.field.causes')} message={t('hs.create.needCause')}>
        <Select
          mode="multiple"
          options={optionsOf(CAUSES, (c) => t(`hs.cause.${c}`))}
          data-testid={causesTestId}
        />
      </RequiredItem>
      <TextItem name="address" label={t('hs.field.address')} max={200} testId={addressTestId} />
      <Form.Item label={t('hs.field.members')} required={!membersHint} extra={membersHint}>
        <HouseholdField {...household} />
      </Form.Item>
      <TextItem name="note" label={t('hs.field.note')} max={1000} rows={noteRows} />
    </>
  );
}
