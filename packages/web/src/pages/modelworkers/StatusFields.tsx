import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { Field } from '../../components/Field.tsx';
import { optionsOf } from '../../components/options.ts';
import { STATUSES, type Status } from './modelworkers-api.ts';

/**
 * A model worker's status (在职, 退休, 已故) and, for the retired and the deceased, the day it changed where known —
 * left empty, the register counts the change from the day it is saved (ADR 66).
 */
export function StatusFields({
  status,
  statusOn,
  onChange,
}: {
  status: Status;
  statusOn: string | null;
  onChange: (v: { status: Status; statusOn: string | null }) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field id="mw-status" label={t('mw.field.status')} col={{ xs: 12, md: 6 }}>
        <Select
          value={status}
          onChange={(s) => onChange({ status: s, statusOn: s === 'active' ? null : statusOn })}
          options={optionsOf(STATUSES, (x) => t(`mw.status.${x}`))}
          data-testid="mw-status"
        />
      </Field>
      {status !== 'active' && (
        <Field
          id="mw-status-on"
          label={t('mw.field.statusOn')}
          extra={t('mw.form.statusOnHint')}
          col={{ xs: 12, md: 6 }}
        >
          <DateField
            value={statusOn}
            onChange={(d) => onChange({ status, statusOn: d })}
            allowClear
            noFuture
            testId="mw-status-on"
          />
        </Field>
      )}
    </>
  );
}
