import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PhoneList, PhonePage } from '../../components/PhoneList.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useLocale } from '../../locale.tsx';
import { myCasesApi, named } from './cases-api.ts';
import { CaseStatusTag } from './labels.tsx';

/** Worker (phone): my requests, anonymous ones included, and the button to file one. */
export default function WorkerCasesPage() {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const navigate = useNavigate();
  const list = useLoad(() => myCasesApi.list(), []);
  return (
    <PhonePage title={t('case.me.title')}>
      <Button
        type="primary"
        block
        icon={<PlusOutlined />}
        onClick={() => navigate('/m/cases/new')}
        data-testid="my-case-new"
      >
        {t('case.me.new')}
      </Button>
      <PhoneList state={list} what={t('case.me.what')} empty={t('case.me.empty')}>
        {(items) =>
          items.map((c) => (
            <Link
              key={c.id}
              to={`/m/cases/${c.id}`}
              className="wp-card"
              style={{ display: 'block', marginTop: 12 }}
              data-testid="my-case"
            >
              <div className="wp-card-head">
                <span className="wp-card-name">{named(c.categoryName, lang)}</span>
                <CaseStatusTag status={c.status} />
              </div>
              <div
                style={{
                  color: 'inherit',
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  whiteSpace: 'nowrap',
                }}
              >
                {c.description}
              </div>
              <div className="wp-muted">
                {`${c.filedOn} · ${c.orgName}`}
                {c.anonymous ? ` · ${t('case.field.anonymous')}` : ''}
              </div>
            </Link>
          ))
        }
      </PhoneList>
    </PhonePage>
  );
}
