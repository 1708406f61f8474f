import { Flex, Modal, Popconfirm, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PastDay } from './PastDay.tsx';

/**
 * A decision confirmed in a dialog: what it does in words, the day it happened (补录 through `PastDay`, none for
 * today, each opening starting on today) and OK, which runs `onOk` with that day.
 */
export function DayDialog({
  open,
  title,
  text,
  okText,
  busy,
  okTestId,
  dayTestId,
  onCancel,
  onOk,
}: {
  open: boolean;
  title: ReactNode;
  /** What confirming does, above the day. */
  text: ReactNode;
  okText?: string;
  /** The OK button spins. */
  busy?: boolean;
  okTestId: string;
  dayTestId?: string;
  onCancel: () => void;
  onOk: (day: string | null) => unknown;
}) {
  const { t } = useTranslation();
  const [day, setDay] = useState<string | null>(null);
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      onOk={() => onOk(day)}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': okTestId } as never}
      destroyOnHidden
      afterClose={() => setDay(null)}
    >
      <Flex vertical gap={12}>
        <Typography.Text>{text}</Typography.Text>
        <PastDay value={day} onChange={setDay} testId={dayTestId} />
      </Flex>
    </Modal>
  );
}

/**
 * A button (the child) whose decision is confirmed in a pop-up asking the day it happened (补录 through `PastDay`,
 * none for today): `onConfirm` runs with that day; `danger` and `okTestId` are the OK button's.
 */
export function DayConfirm({
  title,
  dayTestId,
  okTestId,
  danger,
  onConfirm,
  children,
}: {
  title: ReactNode;
  dayTestId: string;
  okTestId?: string;
  danger?: boolean;
  onConfirm: (day: string | null) => unknown;
  children: ReactNode;
}) {
  const [day, setDay] = useState<string | null>(null);
  const ok = { ...(danger && { danger }), ...(okTestId && { 'data-testid': okTestId }) };
  return (
    <Popconfirm
      title={title}
      description={<PastDay value={day} onChange={setDay} testId={dayTestId} />}
      onConfirm={() => onConfirm(day)}
      okButtonProps={Object.keys(ok).length ? (ok as never) : undefined}
    >
      {children}
    </Popconfirm>
  );
}
