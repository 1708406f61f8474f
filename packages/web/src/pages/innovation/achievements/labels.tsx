import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Draft or published, as a tag. */
export function PublishedTag({ publishedAt }: { publishedAt: string | null }) {
  const { t } = useTranslation();
  return publishedAt ? (
    <Tag color="green">{t('ach.status.published')}</Tag>
  ) : (
    <Tag>{t('ach.status.draft')}</Tag>
  );
}
