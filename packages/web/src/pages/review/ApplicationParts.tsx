import { FileOutlined } from '@ant-design/icons';
import { Flex, Image, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../components/dates.ts';
import { dayWithEntry } from '../../components/PastDay.tsx';
import type { ApplicationDetail, ApplicationEvent, ApplicationFile } from '../programs/applications-api.ts';
import type { Evidence } from '../programs/programs-api.ts';

export type MaterialState = 'attached' | 'waived' | 'missing';

/** Each required material of an application: attached, waived by a reviewer, or missing. */
export function materialsOf(app: ApplicationDetail): { spec: Evidence; state: MaterialState }[] {
  const attached = new Set(app.files.map((f) => f.key));
  const waived = new Set(
    app.events.filter((e) => e.action === 'waived').map((e) => (e.data as { key?: string } | null)?.key),
  );
  return (app.requiredEvidence ?? []).map((spec) => ({
    spec,
    state: attached.has(spec.key) ? 'attached' : waived.has(spec.key) ? 'waived' : 'missing',
  }));
}

const MATERIAL_COLORS: Record<MaterialState, string> = { attached: 'green', waived: 'blue', missing: 'red' };

/** The required materials with their state, by label. */
export function MaterialsList({ app }: { app: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  const list = materialsOf(app);
  if (!list.length) return <Typography.Text type="secondary">{t('review.materials.none')}</Typography.Text>;
  return (
    <Flex vertical gap={4} data-testid="materials">
      {list.map(({ spec, state }) => (
        <Flex key={spec.key} justify="space-between" gap={8}>
          <span>{i18n.language === 'en' ? spec.en : spec.zh}</span>
          <Tag color={MATERIAL_COLORS[state]} data-testid={`material-${spec.key}`}>
            {t(`review.materials.${state}`)}
          </Tag>
        </Flex>
      ))}
    </Flex>
  );
}

/** Who acted: their name and, for union staff, the union they acted for. */
function actorOf(t: (k: string, o?: Record<string, unknown>) => string, e: ApplicationEvent) {
  if (!e.actorName) return e.orgName ?? '';
  // the union they acted for, else the union whose step it was (an account of no union: the platform's own)
  const union = e.actorOrgName ?? e.orgName;
  return union ? t('review.actorWithUnion', { name: e.actorName, union }) : e.actorName;
}

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

/** The union above that took a step for the union below (代为审核), when it did. */
const standInOf = (e: ApplicationEvent) =>
  (e.data as { standIn?: { byOrgName: string; forOrgName: string; reason: string } } | null)?.standIn;

/** What happened to an application, oldest first. */
export function History({ events }: { events: ApplicationEvent[] }) {
  const { t, i18n } = useTranslation();
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
            {e.action === 'waived' ? (
              <Typography.Text data-testid="history-waived">
                {t('review.waivedLine', {
                  who: actorOf(t, e),
                  material: (e.data as { zh?: string; en?: string } | null)?.[
                    i18n.language === 'en' ? 'en' : 'zh'
                  ],
                  reason: e.reason,
                })}
              </Typography.Text>
            ) : (
              <Typography.Text>
                {t(`review.event.${e.action}`, { defaultValue: t('review.event.other') })}
                {actorOf(t, e) ? ` · ${actorOf(t, e)}` : ''}
              </Typography.Text>
            )}
            {standInOf(e) && (
              <Typography.Text type="secondary" data-testid="history-stand-in">
                {t('review.standIn.line', {
                  by: standInOf(e)?.byOrgName,
                  union: standInOf(e)?.forOrgName,
                  why: t(`review.standIn.why.${standInOf(e)?.reason}`),
                })}
              </Typography.Text>
            )}
            {e.reason && e.action !== 'waived' && (
              <Typography.Text type="secondary">
                {t('review.reasonLabel', { reason: e.reason })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="history-when">
              {dayWithEntry(t, e.effectiveOn, e.at) ?? formatTime(e.at)}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
