import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Image, Rate, Space, Tag, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { countColumn } from '../../components/columns.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatCount } from '../../components/format.ts';
import { listSeparator } from '../../components/listSeparator.ts';
import { FitTable, WholeTable } from '../../components/TableCard.tsx';
import type { StationPartProps } from './StationPage.dialogs.tsx';
import { checklistItemName, type StationDetail, stationsApi } from './stations-api.ts';

/** The station's stock: received, handed out, left. */
export function StockCard({ s, write, setDialog }: Omit<StationPartProps, 'done'>) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('st.detail.stock')}
      extra={
        write && (
          <Space>
            <Button onClick={() => setDialog('receive')} data-testid="st-receive">
              {t('st.detail.receive')}
            </Button>
            <Button type="primary" onClick={() => setDialog('service')} data-testid="st-record">
              {t('st.detail.record')}
            </Button>
          </Space>
        )
      }
    >
      <WholeTable
        dataSource={s.stock}
        data-testid="st-stock"
        locale={{ emptyText: t('st.detail.none') }}
        columns={[
          { title: t('st.detail.item'), dataIndex: 'item' },
          { title: t('st.detail.unit'), dataIndex: 'unit', width: 80 },
          countColumn(t('st.detail.inStock'), 'received'),
          countColumn(t('st.detail.handedOut'), 'handedOut'),
          {
            title: t('st.detail.left'),
            key: 'left',
            align: 'right',
            render: (_, r) => <span data-testid={`st-left-${r.item}`}>{formatCount(r.left)}</span>,
          },
        ]}
      />
    </Card>
  );
}

/** The visits recorded at the station. */
export function VisitsCard({ s }: { s: StationDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('st.detail.visits')}>
      <FitTable
        rowKey="id"
        size="small"
        dataSource={s.visits}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('st.detail.none') }}
        data-testid="st-visits"
        columns={[
          { title: t('st.detail.day'), dataIndex: 'visitedOn', width: 110 },
          { title: '', key: 'via', width: 130, render: (_, r) => t(`st.detail.via.${r.via}`) },
          {
            title: t('member.name'),
            key: 'who',
            width: 120,
            render: (_, r) => r.personName ?? t('st.detail.anonymous'),
          },
          {
            title: t('st.detail.servicesGiven'),
            key: 'services',
            render: (_, r) => r.services.map((x) => t(`st.service.${x}`)).join(listSeparator()) || '—',
          },
          {
            title: t('st.detail.goods'),
            key: 'goods',
            render: (_, r) =>
              r.goods.map((g) => `${g.item} ${formatCount(g.quantity)}${g.unit}`).join(listSeparator()) ||
              '—',
          },
          { title: t('st.field.note'), dataIndex: 'note' },
        ]}
      />
    </Card>
  );
}

/** The station's inspections, with their photos. */
export function InspectionsCard({ s, write, setDialog, done }: StationPartProps) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('st.detail.inspections')}
      extra={
        write && (
          <Button onClick={() => setDialog('inspect')} data-testid="st-inspect">
            {t('st.detail.inspect')}
          </Button>
        )
      }
    >
      <WholeTable
        dataSource={s.inspections}
        locale={{ emptyText: t('st.detail.noInspection') }}
        data-testid="st-inspections"
        columns={[
          { title: t('st.detail.day'), dataIndex: 'inspectedOn', width: 110 },
          { title: t('st.detail.inspectors'), dataIndex: 'inspectors' },
          {
            title: t('st.detail.checklist'),
            key: 'checklist',
            render: (_, r) => (
              <Space size={4} wrap>
                {r.checklist.map((c) => (
                  <Tag key={c.item} color={c.passed ? 'green' : 'red'}>
                    {checklistItemName(c.item)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('st.detail.result'),
            key: 'result',
            width: 120,
            render: (_, r) =>
              r.stars ? (
                <Rate disabled value={r.stars} style={{ fontSize: 12 }} />
              ) : (
                <Tag color="red">{t('st.detail.failed')}</Tag>
              ),
          },
          { title: t('st.field.note'), dataIndex: 'note' },
          {
            title: t('st.detail.photos'),
            key: 'photos',
            render: (_, r) => (
              <Space>
                {r.photoIds.map((p) => (
                  <Image key={p} width={40} src={stationsApi.photoUrl(s.id, p)} />
                ))}
                {write && (
                  <PhotoUpload
                    url={stationsApi.uploadPhotoUrl(s.id, r.id)}
                    onDone={() => done(t('st.detail.uploaded'))}
                    small
                  />
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** The station's photos. */
export function PhotosCard({ s, write, done }: Omit<StationPartProps, 'setDialog'>) {
  const { t } = useTranslation();
  return (
    <Card title={t('st.detail.photos')}>
      <Space wrap>
        {s.photoIds.map((p) => (
          <Image key={p} width={120} src={stationsApi.photoUrl(s.id, p)} />
        ))}
        {write && (
          <PhotoUpload url={stationsApi.uploadPhotoUrl(s.id)} onDone={() => done(t('st.detail.uploaded'))} />
        )}
      </Space>
    </Card>
  );
}

function PhotoUpload({ url, onDone, small }: { url: string; onDone: () => void; small?: boolean }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  return (
    <Upload
      action={url}
      name="file"
      accept=".jpg,.jpeg,.png,.webp"
      showUploadList={false}
      withCredentials
      onChange={(info) => {
        if (info.file.status === 'done') onDone();
        if (info.file.status === 'error') feedback.error(info.file.response ?? info.file.error);
      }}
    >
      <Button size={small ? 'small' : 'middle'} icon={<UploadOutlined />}>
        {small ? '' : t('st.detail.upload')}
      </Button>
    </Upload>
  );
}
