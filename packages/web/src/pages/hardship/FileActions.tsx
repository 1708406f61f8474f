import { Button, Form, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { afterToday } from '../../components/DateField.tsx';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay, toDay, today } from '../../components/dates.ts';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { optionsOf } from '../../components/options.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { type FileLevel, type HardshipFile, hardshipApi, LEVELS } from './hardship-api.ts';

type Action = 'verify' | 'review' | 'close';
interface Values {
  on: Dayjs;
  level?: FileLevel;
  reason?: string;
}

/** The union's decisions on a file: verify a draft, review a verified or expired one, close an open one. */
export function FileActions({ file, onDone }: { file: HardshipFile; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action | null>(null);
  const [form] = Form.useForm<Values>();
  const start = (a: Action) => {
    form.setFieldsValue({ on: toDay(today()), level: file.level, reason: undefined });
    setOpen(a);
  };
  const submit = async (v: Values) => {
    const on = fromDay(v.on) as string;
    if (open === 'verify') await hardshipApi.verify(file.id, on);
    if (open === 'review') await hardshipApi.review(file.id, { reviewedOn: on, level: v.level });
    if (open === 'close') await hardshipApi.close(file.id, on, v.reason ?? '');
    setOpen(null);
    await onDone();
    return t(`hs.action.${open}Done`);
  };
  const can = {
    verify: file.status === 'draft',
    review: file.status === 'verified' || file.status === 'expired',
    close: file.status !== 'closed',
  };
  return (
    <>
      <Space>
        {(['verify', 'review', 'close'] as const)
          .filter((a) => can[a])
          .map((a) => (
            <Button
              key={a}
              type={a === 'close' ? 'default' : 'primary'}
              danger={a === 'close'}
              onClick={() => start(a)}
              data-testid={`hardship-${a}`}
            >
              {t(`hs.action.${a}`)}
            </Button>
          ))}
      </Space>
      <FieldsDialog
        form={form}
        open={open !== null}
        title={open ? t(`hs.action.${open}`) : ''}
        onClose={() => setOpen(null)}
        submit={submit}
        okTestId="hardship-action-ok"
      >
        {open === 'verify' && <p>{t('hs.action.verifyHint')}</p>}
        <RequiredItem name="on" label={t(`hs.action.${open ?? 'verify'}On`)}>
          <DayPicker style={{ width: '100%' }} disabledDate={afterToday} data-testid="hardship-action-date" />
        </RequiredItem>
        {open === 'review' && (
          <Form.Item name="level" label={t('hs.field.level')}>
            <Select options={optionsOf(LEVELS, (l) => t(`hs.level.${l}`))} />
          </Form.Item>
        )}
        {open === 'close' && (
          <TextItem
            name="reason"
            label={t('hs.field.closeReason')}
            max={500}
            rows={2}
            required
            testId="hardship-close-reason"
          />
        )}
      </FieldsDialog>
    </>
  );
}
