import { InboxOutlined } from '@ant-design/icons';
import { Button, Form, Radio, Space, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportMode } from './importApi.ts';

/**
 * The file types every import accepts (the server reads each by its content), with .txt: what Excel saves as
 * "Unicode text" (UTF-16, tab-separated).
 */
export const SHEET_ACCEPT = '.xlsx,.xls,.ods,.csv,.txt';

/** The drop zone for one spreadsheet file; the file stays here until the clerk starts the import. */
export function FileDrop({ file, onFile }: { file: File | null; onFile(f: File | null): void }) {
  const { t } = useTranslation();
  return (
    <Upload.Dragger
      className="import-dragger"
      accept={SHEET_ACCEPT}
      multiple={false}
      maxCount={1}
      beforeUpload={(f) => {
        onFile(f);
        return false;
      }}
      onRemove={() => onFile(null)}
      fileList={file ? [{ uid: 'file', name: file.name, status: 'done', size: file.size }] : []}
      data-testid="import-upload"
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{t('import.dragHint')}</p>
      <p className="ant-upload-hint">{t('import.fileTypes')}</p>
    </Upload.Dragger>
  );
}

/** All or nothing, or only the valid rows. */
export function ModeChoice({ mode, onMode }: { mode: ImportMode; onMode(m: ImportMode): void }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('import.mode')} style={{ marginBottom: 0 }}>
      <Radio.Group value={mode} onChange={(e) => onMode(e.target.value)} data-testid="import-mode">
        <Space direction="vertical">
          <Radio value="all_or_nothing" data-testid="mode-all_or_nothing">
            {t('import.allOrNothing')} <span className="muted small">— {t('import.allOrNothingHint')}</span>
          </Radio>
          <Radio value="valid_only" data-testid="mode-valid_only">
            {t('import.validOnly')} <span className="muted small">— {t('import.validOnlyHint')}</span>
          </Radio>
        </Space>
      </Radio.Group>
    </Form.Item>
  );
}

/**
 * The button that sends the sheet chosen (开始导入), locked until a file is chosen (and while `locked`, another
 * step of the page runs) and spinning while it is read.
 */
export function StartImport({
  file,
  busy,
  locked = false,
  onStart,
  label,
  large,
  testId,
}: {
  file: File | null;
  busy: boolean;
  locked?: boolean;
  onStart: () => unknown;
  label: string;
  large?: boolean;
  testId: string;
}) {
  return (
    <div>
      <Button
        type="primary"
        size={large ? 'large' : undefined}
        disabled={!file || (locked && !busy)}
        loading={busy}
        onClick={onStart}
        data-testid={testId}
      >
        {label}
      </Button>
    </div>
  );
}
