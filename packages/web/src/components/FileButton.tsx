import { UploadOutlined } from '@ant-design/icons';
import { Button, type ButtonProps, Upload } from 'antd';

type FileButtonProps = Omit<ButtonProps, 'onClick' | 'htmlType'> & {
  /** The kinds of file the picker offers (`.pdf,.jpg`, `image/*`). */
  accept?: string;
  /** Given the file picked; it sends the file itself, and says how it went. */
  onFile: (file: File) => unknown;
  /** While another action of the page runs, a press opens no picker. */
  waiting?: boolean;
  testId?: string;
};

/**
 * A button that opens the file picker and hands the file picked to `onFile`, the page's own upload: antd sends
 * nothing and lists nothing. The rest is the button's: its words, `loading` while the file goes, an upload arrow
 * unless `icon` says otherwise (`null`: none).
 */
export function FileButton({
  accept,
  onFile,
  waiting,
  testId,
  icon = <UploadOutlined />,
  ...button
}: FileButtonProps) {
  return (
    <Upload
      accept={accept}
      showUploadList={false}
      openFileDialogOnClick={!waiting}
      beforeUpload={(file) => {
        void onFile(file);
        return false;
      }}
    >
      <Button icon={icon} {...button} data-testid={testId} />
    </Upload>
  );
}
