import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Form, List, Modal, Space, Switch, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { afterToday } from '../../../components/DateField.tsx';
import { DayPicker } from '../../../components/DayPicker.tsx';
import { today } from '../../../components/dates.ts';
import { Field } from '../../../components/Field.tsx';
import { FileButton } from '../../../components/FileButton.tsx';
import { useInvalidFields, ValidityScope } from '../../../components/inputValidity.tsx';
import { TextLine } from '../../../components/TextBox.tsx';
import { YuanInput } from '../../../components/YuanInput.tsx';
import { type Achievement, achievementsApi } from './achievements-api.ts';

const isPicture = (mime: string) => mime === 'image/jpeg' || mime === 'image/png';

/** How the page runs an action: the achievement it gets back replaces the one shown; false when it failed. */
export type Act = (run: () => Promise<Achievement>, done: string) => Promise<boolean>;

/** The achievement's attachments; a picture may be shown on the public page (by one who may write). */
export function AttachmentsCard({
  a,
  busy,
  act,
  writable,
}: {
  a: Achievement;
  busy: boolean;
  act: Act;
  writable: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('ach.field.attachments')}
      extra={
        writable && (
          <FileButton
            onFile={(file) =>
              act(async () => {
                await achievementsApi.attach(a.id, file);
                return achievementsApi.get(a.id);
              }, t('ach.detail.attached'))
            }
            loading={busy}
            testId="achievement-attach"
          >
            {t('ach.detail.attach')}
          </FileButton>
        )
      }
    >
      <List
        size="small"
        dataSource={a.attachments}
        locale={{ emptyText: t('ach.detail.noAttachments') }}
        renderItem={(f) => (
          <List.Item>
            <a href={achievementsApi.attachmentUrl(a.id, f.id)} download={f.fileName}>
              <PaperClipOutlined /> {f.fileName}
            </a>
            <Space>
              {isPicture(f.mime) && (
                <Tooltip title={t('ach.detail.publicPictureHint')}>
                  <Switch
                    size="small"
                    checked={f.public}
                    disabled={!writable}
                    loading={busy}
                    aria-label={t('ach.detail.publicPicture')}
                    data-testid={`attachment-public-${f.id}`}
                    onChange={(on) =>
                      void act(
                        async () => {
                          await achievementsApi.setPicturePublic(a.id, f.id, on);
                          return achievementsApi.get(a.id);
                        },
                        t(on ? 'ach.detail.pictureShown' : 'ach.detail.pictureHidden'),
                      )
                    }
                  />{' '}
                  <Typography.Text>{t('ach.detail.publicPicture')}</Typography.Text>
                </Tooltip>
              )}
              <Typography.Text type="secondary">{Math.max(1, Math.ceil(f.size / 1024))} KB</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Records a conversion: the partner, the day (not in the future) and the value. */
export function ConversionModal({
  a,
  open,
  busy,
  act,
  onClose,
}: {
  a: Achievement;
  open: boolean;
  busy: boolean;
  act: Act;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const invalid = useInvalidFields();
  const [conversion, setConversion] = useState({
    partner: '',
    convertedOn: today(),
    valueFen: null as number | null,
  });
  const addConversion = async () => {
    if (invalid.blocked()) return;
    const ok = await act(
      () =>
        achievementsApi.addConversion(a.id, {
          partner: conversion.partner,
          convertedOn: conversion.convertedOn,
          valueFen: conversion.valueFen ?? 0,
        }),
      t('ach.detail.conversionAdded'),
    );
    if (ok) onClose();
  };
  return (
    <Modal
      open={open}
      title={t('ach.detail.addConversion')}
      onCancel={onClose}
      onOk={addConversion}
      okButtonProps={{
        loading: busy,
        disabled: !conversion.partner.trim() || !conversion.convertedOn || conversion.valueFen === null,
      }}
      destroyOnHidden
    >
      <ValidityScope fields={invalid}>
        <Form layout="vertical">
          <Field id="achievement-conversion-partner" label={t('ach.field.partner')} required>
            <TextLine
              max={200}
              value={conversion.partner}
              onChange={(text) => setConversion((c) => ({ ...c, partner: text }))}
            />
          </Field>
          <Field
            id="achievement-conversion-converted-on"
            label={t('ach.field.convertedOn')}
            required
            extra={t('past.hint')}
          >
            <DayPicker
              style={{ width: '100%' }}
              value={conversion.convertedOn ? dayjs(conversion.convertedOn) : null}
              disabledDate={afterToday}
              onChange={(d) => setConversion((c) => ({ ...c, convertedOn: d ? d.format('YYYY-MM-DD') : '' }))}
              data-testid="conversion-day"
            />
          </Field>
          <Field id="achievement-conversion-value" label={t('ach.field.value')} required>
            <YuanInput
              value={conversion.valueFen}
              onChange={(fen) => setConversion((c) => ({ ...c, valueFen: fen }))}
            />
          </Field>
        </Form>
      </ValidityScope>
    </Modal>
  );
}
