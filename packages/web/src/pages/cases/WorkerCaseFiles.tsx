import { PaperClipOutlined } from '@ant-design/icons';
import { Image } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../components/format.ts';
import { type MyCaseDetail, myCasesApi } from './cases-api.ts';

type CaseFile = MyCaseDetail['files'][number];

/**
 * The files a worker sent with their request, under its text: photos as thumbnails that open full size (the
 * photos of the request one gallery), the others as a link with their name and size. Nothing when none was sent.
 */
export function WorkerCaseFiles({ caseId, files }: { caseId: number; files: CaseFile[] }) {
  const { t } = useTranslation();
  if (!files.length) return null;
  const isPhoto = (f: CaseFile) => f.mime.startsWith('image/');
  const photos = files.filter(isPhoto);
  const others = files.filter((f) => !isPhoto(f));
  const url = (f: CaseFile) => myCasesApi.fileUrl(caseId, f.id);
  return (
    <div data-testid="my-case-files">
      <div className="wp-muted">{t('case.me.files', { n: files.length })}</div>
      {photos.length > 0 && (
        <Image.PreviewGroup>
          <div className="m-photos">
            {photos.map((f) => (
              <Image
                key={f.id}
                width={96}
                height={72}
                style={{ objectFit: 'cover', borderRadius: 6 }}
                src={url(f)}
                alt={f.fileName}
                title={`${f.fileName} · ${formatBytes(f.size)}`}
                data-testid={`my-case-file-${f.id}`}
              />
            ))}
          </div>
        </Image.PreviewGroup>
      )}
      {others.map((f) => (
        <a key={f.id} className="wp-file" href={url(f)} data-testid={`my-case-file-${f.id}`}>
          <PaperClipOutlined />
          <span>{f.fileName}</span>
          <span className="wp-muted">{formatBytes(f.size)}</span>
        </a>
      ))}
    </div>
  );
}
