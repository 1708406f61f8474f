import { Flex, Form, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { pickedDay } from '../../../api/client.ts';
import { useSession } from '../../../auth/session.tsx';
import { fenColumn, labelColumn, linkColumn, textColumn } from '../../../components/columns.tsx';
import { FormDate } from '../../../components/DateField.tsx';
import { FieldsDialog, type NewRecordDialogProps } from '../../../components/FormDialog.tsx';
import { OrgSelect } from '../../../components/OrgSelect.tsx';
import { PastDay } from '../../../components/PastDay.tsx';
import { choiceFilter, RegisterList } from '../../../components/RegisterList.tsx';
import { RequiredField } from '../../../components/RequiredItem.tsx';
import { TextItem } from '../../../components/TextItem.tsx';
import { YuanInput } from '../../../components/YuanInput.tsx';
import {
  PROBLEM_STATUSES,
  type ProblemItem,
  type ProblemStatus,
  problemsApi,
  STATUS_COLOR,
} from './problems-api.ts';

interface PostForm {
  orgId: number;
  title: string;
  description: string;
  industry?: string;
  region?: string;
  poster: string;
  fundingFen?: number | null;
  deadline?: string | null;
}

/** Staff: the problems posted in my subtree; post one for an enterprise or my union. */
export default function ProblemListPage() {
  const { t } = useTranslation();
  return (
    <RegisterList<ProblemItem>
      title={t('ip.list.title')}
      testId="problem"
      filters={[
        choiceFilter('status', PROBLEM_STATUSES, (s) => t(`ip.status.${s}`), {
          every: t('ip.list.all'),
          width: 160,
          testId: 'problem-status-filter',
        }),
        { kind: 'search', param: 'q', placeholder: t('ip.list.search'), width: 280 },
      ]}
      tally={() => (
        <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
          {t('ip.public.link')}
          <Link to="/problems/post" target="_blank">
            {t('ip.public.page')}
          </Link>
          <Typography.Text
            copyable={{
              text: `${window.location.origin}/problems/post`,
              tooltips: [t('ip.public.copy'), t('ip.public.copied')],
            }}
          />
        </Typography.Text>
      )}
      load={({ values, page, pageSize }) =>
        problemsApi.list({ status: values.status as ProblemStatus | undefined, q: values.q, page, pageSize })
      }
      create={{
        permission: 'innovation.write',
        label: t('ip.list.post'),
        testId: 'problem-post',
        Dialog: PostProblemDialog,
        opens: (id) => `/innovation/problems/${id}`,
      }}
      empty={t('ip.list.empty')}
      what={t('ip.what.problems')}
      columns={[
        linkColumn(t('ip.field.title'), 'title', (row) => `/innovation/problems/${row.id}`),
        { title: t('ip.field.poster'), dataIndex: 'poster' },
        textColumn(t('ip.field.industry'), 'industry'),
        { title: t('ip.field.org'), dataIndex: 'orgName' },
        fenColumn(t('ip.field.funding'), 'fundingFen'),
        textColumn(t('ip.field.deadline'), 'deadline'),
        labelColumn(t('review.field.status'), 'status', (s: ProblemStatus) => (
          <Tag color={STATUS_COLOR[s]}>{t(`ip.status.${s}`)}</Tag>
        )),
      ]}
    />
  );
}

/** Posting a problem for an enterprise or my union; its page opens once it is posted. */
function PostProblemDialog({ onClose, onDone }: NewRecordDialogProps) {
  const { t } = useTranslation();
  const [pastDay, setPastDay] = useState<string | null>(null);
  const [form] = Form.useForm<PostForm>();
  const { me } = useSession();
  const myUnion = me?.roles.find((r) => r.assignmentId === me.assignmentId);

  const post = async (v: PostForm) => {
    const created = await problemsApi.create({
      orgId: v.orgId,
      title: v.title,
      description: v.description,
      industry: v.industry || undefined,
      region: v.region || undefined,
      poster: v.poster,
      fundingFen: v.fundingFen ?? undefined,
      deadline: v.deadline || undefined,
      ...pickedDay(pastDay),
    });
    onClose();
    onDone(created.id);
    return t('ip.list.posted');
  };

  return (
    <FieldsDialog
      form={form}
      title={t('ip.list.postTitle')}
      okText={t('ip.list.post')}
      okTestId="problem-post-ok"
      onClose={onClose}
      submit={post}
      width={640}
      initialValues={{ orgId: me?.orgId ?? undefined }}
    >
      <p style={{ color: 'var(--muted)' }}>{t('ip.list.postHint')}</p>
      <RequiredField id="problem-org" name="orgId" label={t('ip.field.org')}>
        <OrgSelect tree openOnly valueLabel={myUnion?.orgName ?? undefined} />
      </RequiredField>
      <TextItem name="poster" label={t('ip.field.poster')} max={100} required testId="problem-poster" />
      <TextItem name="title" label={t('ip.field.title')} max={100} required testId="problem-title" />
      <TextItem
        name="description"
        label={t('ip.field.description')}
        max={4000}
        rows={4}
        required
        testId="problem-description"
      />
      <Flex gap={12}>
        <TextItem
          name="industry"
          label={t('ip.field.industry')}
          max={50}
          testId="problem-industry"
          style={{ flex: 1 }}
        />
        <TextItem name="region" label={t('ip.field.region')} max={50} style={{ flex: 1 }} />
      </Flex>
      <Flex gap={12}>
        <Form.Item name="fundingFen" label={t('ip.field.funding')} style={{ flex: 1 }}>
          <YuanInput
            emptyMeans={t('ip.field.fundingNone')}
            style={{ width: '100%' }}
            testId="problem-funding"
          />
        </Form.Item>
        <Form.Item name="deadline" label={t('ip.field.deadline')} style={{ flex: 1 }}>
          <FormDate allowClear />
        </Form.Item>
      </Flex>
      <PastDay value={pastDay} onChange={setPastDay} testId="problem-post-day" />
    </FieldsDialog>
  );
}
