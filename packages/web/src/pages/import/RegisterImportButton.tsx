import { UploadOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RegisterAnswer, RegisterImport } from './RegisterImport.tsx';

/**
 * 导入 on a register's own list page (issue 42): a button opening the shared import steps in a dialog — the
 * template, 预检 with every wrong row, then the import, all rows or none. `onClosed` refreshes the list.
 */
export function RegisterImportButton<A extends RegisterAnswer>({
  what,
  templateUrl,
  send,
  figures,
  onClosed,
  testId,
}: {
  /** The register's name, for the dialog's title and words ("以往活动台账"). */
  what: string;
  templateUrl: string;
  send: (file: File, dryRun: boolean) => Promise<A>;
  figures: (a: A) => { label: string; value: number | string }[];
  onClosed?: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid={testId}>
        {t('registers.importButton')}
      </Button>
      <Modal
        open={open}
        width={820}
        title={t('registers.importTitle', { what })}
        footer={null}
        destroyOnHidden
        onCancel={() => {
          setOpen(false);
          onClosed?.();
        }}
      >
        <RegisterImport what={what} templateUrl={templateUrl} send={send} figures={figures} />
      </Modal>
    </>
  );
}
