import { Col, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
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
      <Col xs={12} md={6}>
        <Form.Item label={t('mw.field.status')} htmlFor="mw-status">
          <Select
            id="mw-status"
            value={status}
            onChange={(s) => onChange({ status: s, statusOn: s === 'active' ? null : statusOn })}
            options={optionsOf(STATUSES, (x) => t(`mw.status.${x}`))}
            data-testid="mw-status"
          />
        </Form.Item>
      </Col>
      {status !== 'active' && (
        <Col xs={12} md={6}>
          <Form.Item label={t('mw.field.statusOn')} extra={t('mw.form.statusOnHint')} htmlFor="mw-status-on">
            <DateField
              id="mw-status-on"
              value={statusOn}
              onChange={(d) => onChange({ status, statusOn: d })}
              allowClear
              noFuture
              testId="mw-status-on"
            />
          </Form.Item>
        </Col>
      )}
    </>
  );
}
