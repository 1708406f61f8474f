import { Button, Form, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Person } from '../../api/types.ts';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay, toDay } from '../../components/dates.ts';
import { optionsOf } from '../../components/options.ts';

export interface AttributeValues {
  isFrontLine: boolean;
  isOutdoor: boolean;
  isNewEmployment: boolean;
  modelWorkerLevel: Person['modelWorkerLevel'];
  hardshipLevel: Person['hardshipLevel'];
  hardshipFrom: string | null;
  hardshipUntil: string | null;
}

interface FormShape extends Omit<AttributeValues, 'hardshipFrom' | 'hardshipUntil'> {
  hardshipFrom?: Dayjs;
  hardshipUntil?: Dayjs;
}

export const attributesOf = (p: Person): AttributeValues => ({
  isFrontLine: p.isFrontLine,
  isOutdoor: p.isOutdoor,
  isNewEmployment: p.isNewEmployment,
  modelWorkerLevel: p.modelWorkerLevel,
  hardshipLevel: p.hardshipLevel,
  hardshipFrom: p.hardshipFrom,
  hardshipUntil: p.hardshipUntil,
});

/**
 * Form items for the attributes rules look at; used inside a parent Form. A hardship level that comes from a
 * hardship file (`hardshipFileId`) is shown read-only with a link to the file: the file's review or closing
 * changes it, not this form.
 */
export function AttributeFields({
  disabled = false,
  hardshipFileId = null,
}: {
  disabled?: boolean;
  hardshipFileId?: number | null;
}) {
  const { t } = useTranslation();
  const hardship = Form.useWatch('hardshipLevel');
  const fromFile = hardshipFileId !== null;
  return (
    <>
      <div className="switch-row">
        <Form.Item name="isFrontLine" label={t('member.isFrontLine')} valuePropName="checked">
          <Switch disabled={disabled} data-testid="attr-isFrontLine" />
        </Form.Item>
        <Form.Item name="isOutdoor" label={t('member.isOutdoor')} valuePropName="checked">
          <Switch disabled={disabled} data-testid="attr-isOutdoor" />
        </Form.Item>
        <Form.Item name="isNewEmployment" label={t('member.isNewEmployment')} valuePropName="checked">
          <Switch disabled={disabled} data-testid="attr-isNewEmployment" />
        </Form.Item>
      </div>
      <div className="form-grid-2">
        <Form.Item name="modelWorkerLevel" label={t('member.modelWorkerLevel')}>
          <Select
            disabled={disabled}
            allowClear
            placeholder={t('common.none')}
            options={optionsOf(['national', 'city', 'district'] as const, (v) => t(`modelWorkerLevel.${v}`))}
          />
        </Form.Item>
        <Form.Item
          name="hardshipLevel"
          label={t('member.hardshipLevel')}
          extra={
            fromFile ? (
              <span data-testid="hardship-source">
                {t('member.hardshipFromFile')}{' '}
                <Link to={`/hardship/${hardshipFileId}`}>{t('member.openFile')}</Link>
              </span>
            ) : (
              <span data-testid="hardship-source">{t('member.hardshipByHand')}</span>
            )
          }
        >
          <Select
            disabled={disabled || fromFile}
            allowClear
            placeholder={t('common.none')}
            options={optionsOf(['relative', 'general', 'deep'] as const, (v) => t(`hardshipLevel.${v}`))}
          />
        </Form.Item>
        {hardship && (
          <>
            <Form.Item name="hardshipFrom" label={t('member.hardshipFrom')}>
              <DayPicker disabled={disabled || fromFile} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="hardshipUntil" label={t('member.hardshipUntil')}>
              <DayPicker disabled={disabled || fromFile} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </div>
    </>
  );
}

export const attributeFormValues = (a: AttributeValues): FormShape => ({
  ...a,
  hardshipFrom: toDay(a.hardshipFrom),
  hardshipUntil: toDay(a.hardshipUntil),
});

export const attributesFromForm = (v: Partial<FormShape>): AttributeValues => ({
  isFrontLine: !!v.isFrontLine,
  isOutdoor: !!v.isOutdoor,
  isNewEmployment: !!v.isNewEmployment,
  modelWorkerLevel: v.modelWorkerLevel ?? null,
  hardshipLevel: v.hardshipLevel ?? null,
  hardshipFrom: v.hardshipLevel ? fromDay(v.hardshipFrom) : null,
  hardshipUntil: v.hardshipLevel ? fromDay(v.hardshipUntil) : null,
});

/** The attributes of one member, editable in place when `onSave` is given. */
export function AttributesForm({
  value,
  onSave,
  hardshipFileId = null,
}: {
  value: AttributeValues;
  onSave?: (v: AttributeValues) => Promise<void>;
  hardshipFileId?: number | null;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormShape>();
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  return (
    <Form<FormShape>
      form={form}
      layout="vertical"
      initialValues={attributeFormValues(value)}
      onValuesChange={() => setDirty(true)}
      onFinish={async (v) => {
        if (!onSave) return;
        setBusy(true);
        try {
          await onSave(attributesFromForm(v));
          setDirty(false);
        } finally {
          setBusy(false);
        }
      }}
      data-testid="attributes-form"
    >
      <AttributeFields disabled={!onSave} hardshipFileId={hardshipFileId} />
      {onSave && (
        <Button
          type="primary"
          htmlType="submit"
          loading={busy}
          disabled={!dirty}
          data-testid="attributes-save"
        >
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
