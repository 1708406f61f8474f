import { CameraOutlined, FileDoneOutlined } from '@ant-design/icons';
import { Descriptions, Drawer, Flex, Image, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { EditHistory, type EditWords } from '../../components/EditHistory.tsx';
import { FileButton } from '../../components/FileButton.tsx';
import { formatFen } from '../../components/format.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { dayWithEntry } from '../../components/PastDay.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { careApi, type VisitDetail } from './care-api.ts';
import { VisitEditModal } from './VisitEditModal.tsx';
import { goodsText } from './visit-columns.tsx';

/** One visit: who, when, what was given, the grant's approval and payment, the photos and the confirmation. */
export function VisitDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: number;
  onClose: () => void;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const detail = useLoad(() => careApi.visit(id), [id]);
  return (
    <Drawer
      open
      width={560}
      title={t('care.visit.detailTitle')}
      onClose={onClose}
      data-testid="care-visit-drawer"
    >
      <LoadGate state={detail} what={t('care.what.visit')}>
        {(d) => (
          <VisitView
            d={d}
            reload={async () => {
              await Promise.all([detail.reload(), onChanged()]);
            }}
          />
        )}
      </LoadGate>
    </Drawer>
  );
}

/** The grant's state: paid or awaiting through the ledger, or, for a past visit brought in, paid outside the platform. */
function GrantText({ grant, grantFen }: { grant: VisitDetail['grant']; grantFen: number }) {
  const { t } = useTranslation();
  if (!grant && grantFen > 0)
    return <Tag color="green">{t('care.visit.grantPaidOutside', { paid: formatFen(grantFen) })}</Tag>;
  if (!grant) return <>{t('care.visit.grantNone')}</>;
  if (grant.paidFen > 0)
    return <Tag color="green">{t('care.visit.grantPaid', { paid: formatFen(grant.paidFen) })}</Tag>;
  const status = t(`care.visit.appStatus.${grant.status}`, {
    defaultValue: t('care.visit.appStatus.submitted'),
  });
  return (
    <Tag color="blue">
      {t('care.visit.grantWaiting', { amount: formatFen(grant.amountFen ?? 0), status })}
    </Tag>
  );
}

/** A visit's facts: who, when, by whom, what was given, the grant, the register's note, the confirmation. */
export function VisitFacts({ d }: { d: VisitDetail }) {
  const { t } = useTranslation();
  const v = d.visit;
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t('care.field.recipient')}>
        <Space>
          <Tag>{t(`care.recipientKind.${v.recipientKind}`)}</Tag>
          <span data-testid="care-visit-recipient">{v.recipient}</span>
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('care.field.visitedOn')}>
        {dayWithEntry(t, v.visitedOn, v.createdAt) ?? v.visitedOn}
      </Descriptions.Item>
      <Descriptions.Item label={t('care.field.visitingUnion')}>{v.orgName}</Descriptions.Item>
      <Descriptions.Item label={t('care.field.visitors')}>{v.visitors || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('care.field.people')}>{v.people}</Descriptions.Item>
      <Descriptions.Item label={t('care.field.goods')}>{goodsText(v) || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('care.field.grantStatus')}>
        <span data-testid="care-visit-grant-status">
          <GrantText grant={d.grant} grantFen={v.grantFen} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('care.field.note')}>
        <span data-testid="care-visit-note">{v.note || '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('care.field.confirmed')}>
        <span data-testid="care-visit-confirmed">
          {v.confirmedHow ? (
            <Tag color="green">
              {t(`care.visit.confirmedBy.${v.confirmedHow}`)} · {v.confirmedAt}
            </Tag>
          ) : (
            <Tag color="gold">{t('care.visit.unconfirmed')}</Tag>
          )}
        </span>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** A corrected visit's history: each field in the words of the drawer, the grant in yuan. */
export function VisitEdits({ edits }: { edits: VisitDetail['edits'] }) {
  const { t } = useTranslation();
  const field: Record<string, string> = { goodsWritten: 'goods', grantFen: 'grant' };
  const words: EditWords = {
    label: (f) => t(`care.field.${field[f] ?? f}`),
    show: (f, value) => (f === 'grantFen' ? formatFen(value as number) : String(value)),
  };
  return <EditHistory edits={edits} words={words} testId="care-visit-edits" />;
}

function VisitView({ d, reload }: { d: VisitDetail; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { busy, act } = useAct<'photo' | 'receipt'>(reload);
  const v = d.visit;
  const upload = (kind: 'photo' | 'receipt', file: File) =>
    act(kind, () => careApi.uploadPhoto(v.id, kind, file), t('care.visit.photoUploaded'));
  const uploadButton = (kind: 'photo' | 'receipt') => (
    <FileButton
      accept=".jpg,.jpeg,.png,.webp"
      onFile={(file) => upload(kind, file)}
      icon={kind === 'photo' ? <CameraOutlined /> : <FileDoneOutlined />}
      loading={busy === kind}
      testId={`care-upload-${kind}`}
    >
      {kind === 'photo' ? t('care.visit.uploadPhoto') : t('care.visit.uploadReceipt')}
    </FileButton>
  );
  return (
    <Flex vertical gap={16}>
      <VisitFacts d={d} />
      <Typography.Text strong>{t('care.field.photos')}</Typography.Text>
      {d.photos.length === 0 ? (
        <Typography.Text type="secondary">{t('care.visit.noPhotos')}</Typography.Text>
      ) : (
        <Image.PreviewGroup>
          <Flex gap={8} wrap>
            {d.photos.map((p) => (
              <Flex vertical key={p.id} align="center">
                <Image
                  width={120}
                  height={90}
                  style={{ objectFit: 'cover' }}
                  src={careApi.photoUrl(v.id, p.id)}
                  alt={p.fileName}
                />
                <Typography.Text type="secondary">{t(`care.visit.receiptKind.${p.kind}`)}</Typography.Text>
              </Flex>
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {can('care.write') && (
        <Space wrap>
          {uploadButton('photo')}
          {!v.confirmedHow && uploadButton('receipt')}
          {d.correctable && <VisitEditModal visit={v} onDone={reload} />}
        </Space>
      )}
      {d.correctable && (
        <>
          <Typography.Text strong>{t('edits.title')}</Typography.Text>
          <VisitEdits edits={d.edits} />
        </>
      )}
    </Flex>
  );
}
