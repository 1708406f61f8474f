import { Flex, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { FormDialog } from './FormDialog.tsx';
import { PastDay } from './PastDay.tsx';
import { TextBox } from './TextBox.tsx';

/**
 * A decision taken with its reason (取消, 冲正, 驳回): `hint` above a box for the reason, OK kept off until it is
 * written, and the day it happened (补录 through `PastDay`, none for today). OK runs `submit` with the reason trimmed
 * and the day, answering the words to toast; as a `FormDialog` it spins while it saves and stays open, with what was
 * typed, when the server refuses. What was typed is forgotten once the dialog has closed.
 */
export function ReasonDialog({
  open,
  title,
  hint,
  placeholder,
  okText,
  danger,
  rows = 3,
  max = 500,
  testId,
  okTestId,
  dayTestId,
  onClose,
  submit,
}: {
  open: boolean;
  title: ReactNode;
  hint?: ReactNode;
  placeholder?: string;
  okText?: string;
  /** OK in red: the decision undoes or refuses something. */
  danger?: boolean;
  rows?: number;
  max?: number;
  /** The reason box's test id. */
  testId?: string;
  okTestId?: string;
  dayTestId?: string;
  onClose: () => void;
  submit: (reason: string, day: string | null) => Promise<string | undefined>;
}) {
  const [reason, setReason] = useState('');
  const [day, setDay] = useState<string | null>(null);
  return (
    <FormDialog
      open={open}
      title={title}
      okText={okText}
      okTestId={okTestId}
      okProps={{ danger, disabled: !reason.trim() }}
      onClose={onClose}
      submit={() => submit(reason.trim(), day)}
      destroyOnHidden
      afterClose={() => {
        setReason('');
        setDay(null);
      }}
    >
      <Flex vertical gap={12}>
        {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
        <TextBox
          rows={rows}
          max={max}
          value={reason}
          onChange={setReason}
          placeholder={placeholder}
          testId={testId}
        />
        <PastDay value={day} onChange={setDay} testId={dayTestId} />
      </Flex>
    </FormDialog>
  );
}
