import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { aside } from '../../components/aside.ts';
import { listSeparator } from '../../components/listSeparator.ts';
import { type congressesApi, STATUS_COLOR } from './congresses-api.ts';

type ProposalDetail = Awaited<ReturnType<typeof congressesApi.proposal>>;

/** What a proposal is and where it stands: status, proposer, co-signers, decision, assignment, answer, pledge. */
export function ProposalFacts({ p }: { p: ProposalDetail }) {
  const { t } = useTranslation();
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t('cong.field.status')}>
        <Tag color={STATUS_COLOR[p.status]} data-testid="cong-proposal-status">
          {t(`cong.status.${p.status}`)}
        </Tag>
        {p.opinion && p.status !== 'opinion' && <Tag color="orange">{t('cong.proposal.opinionTag')}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('cong.field.session')}>{p.sessionTitle}</Descriptions.Item>
      <Descriptions.Item label={t('cong.field.proposer')}>{p.proposerName}</Descriptions.Item>
      <Descriptions.Item label={t('cong.field.filedOn')}>{p.filedOn}</Descriptions.Item>
      <Descriptions.Item label={t('cong.field.body')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{p.body}</Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t('cong.proposal.cosigners')}>
        {p.cosigners.map((c) => c.name).join(listSeparator()) || '—'}
        {p.status === 'filed' && p.cosigns < p.cosignMin && (
          <Typography.Text type="warning">
            {' '}
            {t('cong.proposal.short', { n: p.cosigns, min: p.cosignMin })}
          </Typography.Text>
        )}
      </Descriptions.Item>
      {p.decisionReason && (
        <Descriptions.Item label={t('cong.field.reason')}>{p.decisionReason}</Descriptions.Item>
      )}
      {p.mergedIntoTitle && (
        <Descriptions.Item label={t('cong.proposal.merge')}>
          {t('cong.proposal.mergedInto', { title: p.mergedIntoTitle })}
        </Descriptions.Item>
      )}
      {p.department && (
        <Descriptions.Item label={t('cong.field.department')}>
          {p.department}
          {aside(`${t('cong.field.dueOn')} ${p.dueOn}`)}
        </Descriptions.Item>
      )}
      {p.answer && (
        <Descriptions.Item label={t('cong.field.answer')}>
          {t('cong.proposal.answers', { n: p.answers })} · {p.answeredOn}
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {p.answer}
          </Typography.Paragraph>
        </Descriptions.Item>
      )}
      {p.opinion && p.adopted !== null && (
        <Descriptions.Item label={t('cong.proposal.adoption')}>
          <span data-testid="cong-proposal-adopted">
            {t(p.adopted ? 'cong.proposal.adopted' : 'cong.proposal.notAdopted')}
          </span>
        </Descriptions.Item>
      )}
      {p.firstRating && p.answers > 1 && (
        <Descriptions.Item label={t('cong.field.rating')}>
          {t('cong.proposal.firstRating', { rating: t(`cong.rating.${p.firstRating}`) })}
        </Descriptions.Item>
      )}
      {p.rating && (
        <Descriptions.Item label={t('cong.field.rating')}>
          <span data-testid="cong-proposal-rating">{t(`cong.rating.${p.rating}`)}</span>
        </Descriptions.Item>
      )}
      {p.pledgeId && (
        <Descriptions.Item label={t('cong.proposal.pledged')}>
          <Link to={`/pledges/${p.pledgeId}`} data-testid="cong-proposal-pledge-link">
            {t('cong.proposal.pledgeLink')}
          </Link>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
