import { Descriptions, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DialogProps, FormDialog } from '../../components/FormDialog.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { type MemberRequest, memberRequestsApi } from './memberrequests-api.ts';
import { RequestChanges } from './RequestChanges.tsx';

export type Deciding = { row: MemberRequest; action: 'accept' | 'decline' };

/** The word on a request's agree button: 同意 a correction, 转出 from my union, 接收 into it. */
export function useAcceptLabel() {
  const { t } = useTranslation();
  return (row: MemberRequest) =>
    row.kind === 'correction'
      ? t('mr.staff.accept')
      : row.canAct[0] === 'from'
        ? t('mr.staff.release')
        : t('mr.staff.admit');
}

/** Agreeing to or declining one request (with the reason, and the day it happened — ADR 40). */
export function DecideModal({ deciding, onClose, onDone }: DialogProps<{ deciding: Deciding | null }>) {
  const { t } = useTranslation();
  const acceptLabel = useAcceptLabel();
  const [reason, setReason] = useState('');
  const [day, setDay] = useState<string | null>(null);
  // each request opened starts with no reason and today
  useEffect(() => {
    if (deciding) {
      setReason('');
      setDay(null);
    }
  }, [deciding]);

  const decide = async () => {
    if (!deciding) return undefined;
    const { row, action } = deciding;
    const effectiveOn = day ?? undefined;
    const side = row.canAct[0];
    let done: string;
    if (action === 'accept') {
      const r = await memberRequestsApi.accept(row.id, { effectiveOn, side });
      done = r.status === 'accepted' ? t('mr.staff.done') : t('mr.staff.halfDone');
    } else {
      await memberRequestsApi.decline(row.id, { reason: reason.trim(), effectiveOn, side });
      done = t('mr.staff.declined');
    }
    onClose();
    await onDone();
    return done;
  };

  return (
    <FormDialog
      open={deciding !== null}
      title={
        deciding ? (deciding.action === 'accept' ? acceptLabel(deciding.row) : t('mr.staff.decline')) : ''
      }
      okText={deciding?.action === 'accept' ? t('mr.staff.confirm') : t('mr.staff.decline')}
      okTestId="mr-decide-ok"
      okProps={{
        danger: deciding?.action === 'decline',
        disabled: deciding?.action === 'decline' && !reason.trim(),
      }}
      onClose={onClose}
      submit={decide}
      destroyOnHidden
    >
      {deciding && (
        <Flex vertical gap={12}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('mr.field.member')}>{deciding.row.personName}</Descriptions.Item>
            <Descriptions.Item label={t('mr.field.kind')}>
              {t(`mr.kind.${deciding.row.kind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('mr.field.changes')}>
              <RequestChanges r={deciding.row} />
            </Descriptions.Item>
            {deciding.row.note && (
              <Descriptions.Item label={t('mr.field.note')}>{deciding.row.note}</Descriptions.Item>
            )}
          </Descriptions>
          {deciding.action === 'accept' && deciding.row.kind === 'transfer' && (
            <Typography.Text type="secondary">{t('mr.staff.bothSides')}</Typography.Text>
          )}
          {deciding.action === 'decline' && (
            <>
              <Typography.Text>{t('mr.staff.reason')}</Typography.Text>
              <TextBox rows={3} max={500} value={reason} onChange={setReason} testId="mr-decline-reason" />
            </>
          )}
          <PastDay value={day} onChange={setDay} testId="mr-day" />
        </Flex>
      )}
    </FormDialog>
  );
}
