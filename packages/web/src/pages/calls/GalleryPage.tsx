import { FileOutlined, PictureOutlined } from '@ant-design/icons';
import { Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PublicColumn } from '../../components/PhoneShell.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { callsApi, type Gallery, RESULTS } from './calls-api.ts';

/**
 * The gallery of a call's chosen works on a phone: awards first, then 入展, each with the author's name and union as
 * the union publishes them. `public`: no sign-in (a public gallery); `member`: the worker's, for members-only ones.
 */
export default function GalleryPage({ side }: { side: 'public' | 'member' }) {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const gallery = useLoad(
    () => (side === 'public' ? callsApi.publicGallery(id) : callsApi.memberGallery(id)),
    [id, side],
  );
  usePageTitle(gallery.data ? `${gallery.data.title} · ${t('calls.show.title')}` : t('calls.show.title'));
  const body = gallery.error ? (
    <LoadError error={gallery.error} retry={gallery.reload} what={t('calls.what.gallery')} />
  ) : !gallery.data ? (
    <Skeleton active />
  ) : (
    <Works
      g={gallery.data}
      fileUrl={(w) => (side === 'public' ? callsApi.publicFileUrl(id, w) : callsApi.myFileUrl(w))}
    />
  );
  if (side === 'member') return <div className="m-card">{body}</div>;
  return (
    <PublicColumn title={t('calls.show.title')} testId="call-public-gallery">
      <div className="m-card">{body}</div>
    </PublicColumn>
  );
}

function Works({ g, fileUrl }: { g: Gallery; fileUrl: (workId: number) => string }) {
  const { t } = useTranslation();
  const order = (r: string) => RESULTS.indexOf(r as never);
  const works = [...g.works].sort((a, b) => order(a.result) - order(b.result));
  return (
    <div data-testid="call-gallery">
      <h2 className="m-card-title">{g.title}</h2>
      <Typography.Paragraph type="secondary">
        {g.orgName} · {g.publishedOn}
      </Typography.Paragraph>
      <CappedNotice list={{ items: g.works, total: g.worksTotal }} plain />
      {works.length === 0 && <Empty description={t('calls.show.empty')} />}
      {works.map((w) => (
        <div key={w.id} className="call-work" data-testid={`gallery-work-${w.id}`}>
          <Flex gap={4} wrap align="center">
            <Tag color={w.result === 'exhibit' ? 'blue' : 'gold'}>{t(`calls.result.${w.result}`)}</Tag>
            <Tag>{w.categoryName}</Tag>
          </Flex>
          {w.kind === 'text' ? (
            <p style={{ fontSize: 16, margin: '6px 0' }}>{w.body}</p>
          ) : (
            <>
              <div style={{ margin: '6px 0', fontWeight: 500 }}>{w.title}</div>
              {w.hasFile && w.kind === 'image' && (
                <img
                  src={fileUrl(w.id)}
                  alt={w.title}
                  style={{ maxWidth: '100%', borderRadius: 4 }}
                  loading="lazy"
                />
              )}
              {w.hasFile && w.kind === 'file' && (
                <a href={fileUrl(w.id)} target="_blank" rel="noreferrer">
                  <FileOutlined /> {w.title}
                </a>
              )}
              {!w.hasFile && (
                <Typography.Text type="secondary">
                  <PictureOutlined />
                </Typography.Text>
              )}
            </>
          )}
          <Typography.Text type="secondary">
            {t('calls.show.by', { name: w.authorName, union: w.orgName })}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
