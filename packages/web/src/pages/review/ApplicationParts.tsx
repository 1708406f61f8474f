import { FileOutlined } from '@ant-design/icons';
import { Flex, Image, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../programs/labels.tsx';
import type { ApplicationEvent, ApplicationFile } from '../programs/programs-api.ts';

/** Evidence attachments: images as thumbnails that open large, other files as links. */
export function EvidenceGallery({
  files,
  urlOf,
  size = 112,
}: {
  files: ApplicationFile[];
  urlOf: (f: ApplicationFile) => string;
  size?: number;
}) {
  const { t } = useTranslation();
  if (!files?.length) return <Typography.Text type="secondary">{t('review.noEvidence')}</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Flex gap={8} wrap data-testid="evidence">
        {files.map((f) =>
          f.mime?.startsWith('image/') ? (
            <Flex key={f.id} vertical gap={2} style={{ width: size }}>
              <Image
                src={urlOf(f)}
                width={size}
                height={size}
                style={{ objectFit: 'cover', borderRadius: 6 }}
                alt={f.name}
              />
              <Typography.Text ellipsis type="secondary" style={{ fontSize: 12 }}>
                {f.name}
              </Typography.Text>
            </Flex>
          ) : (
            <a key={f.id} href={urlOf(f)} target="_blank" rel="noreferrer">
              <FileOutlined /> {f.name}
            </a>
          ),
        )}
      </Flex>
    </Image.PreviewGroup>
  );
}

/** What happened to an application, oldest first. */
export function History({ events }: { events: ApplicationEvent[] }) {
  const { t } = useTranslation();
  if (!events?.length) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const color = (a: string) =>
    a === 'approved' || a === 'approved_step'
      ? 'green'
      : a === 'rejected' || a === 'reversed'
        ? 'red'
        : a === 'returned'
          ? 'orange'
          : 'blue';
  return (
    <Timeline
      data-testid="history"
      items={events.map((e) => ({
        key: e.id,
        color: color(e.action),
        content: (
          <Flex vertical>
            <Typography.Text>
              {t(`review.event.${e.action}`, { defaultValue: e.action })}
              {e.orgName ? ` · ${e.orgName}` : ''}
              {e.username ? ` · ${e.username}` : ''}
            </Typography.Text>
            {e.reason && (
              <Typography.Text type="secondary">
                {t('review.reasonLabel', { reason: e.reason })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatTime(e.at)}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
