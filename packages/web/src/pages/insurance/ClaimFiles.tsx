import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { type Claim, documentName } from './insurance-api.ts';

/**
 * A claim's checklist with its files: each item of the claim kind's list, the files uploaded for it (photos with
 * their metadata removed, PDFs) and, while the claim is under review, an upload (a returned claim is never reviewed
 * again, ADR 62: what its reason asks for goes with the claim filed anew). `mine`: the worker's
 * own claim on the phone; else a reviewing union's staff page (the server lets only the chain's unions in).
 */
export function ClaimFiles({
  c,
  checklist,
  mine,
  onDone,
}: {
  c: Claim;
  checklist: string[];
  mine?: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const base = mine ? `/api/me/insurance/claims/${c.id}/files` : `/api/insurance/claims/${c.id}/files`;
  const open = c.status === 'filed' && (mine || can('insurance.write'));
  return (
    <Flex vertical gap={6} data-testid={`ins-files-${c.id}`} style={{ width: '100%' }}>
      <Typography.Text strong>{t('ins.files.title')}</Typography.Text>
      {checklist.map((doc) => {
        const files = c.files.filter((f) => f.document === doc);
        return (
          <Flex key={doc} gap={8} wrap align="center">
            <Typography.Text type={files.length ? undefined : 'secondary'}>
              {documentName(doc)}
            </Typography.Text>
            {files.map((f) => (
              <Typography.Link key={f.id} href={`${base}/${f.id}`} target="_blank" rel="noopener">
                <PaperClipOutlined /> {f.name}
              </Typography.Link>
            ))}
            {open && (
              <Upload
                action={`${base}?document=${encodeURIComponent(doc)}`}
                name="file"
                accept=".jpg,.jpeg,.png,.pdf"
                showUploadList={false}
                withCredentials
                onChange={(info) => {
                  if (info.file.status === 'done') onDone();
                  if (info.file.status === 'error') feedback.error(info.file.response ?? info.file.error);
                }}
              >
                <Button size="small" icon={<UploadOutlined />} className={mine ? 'm-touch' : undefined}>
                  {t('ins.files.upload')}
                </Button>
              </Upload>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}
