import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { menuPagesOf } from '../../nav.tsx';

/** Under an empty to-do list: the pages of the user's menu, each a link, so that nothing waiting is no dead end. */
export function MenuPages() {
  const { t } = useTranslation();
  const { me } = useSession();
  const pages = menuPagesOf(me?.permissions ?? []);
  if (pages.length === 0) return null;
  return (
    <Space wrap size={[16, 8]} style={{ justifyContent: 'center' }} data-testid="todo-menu-pages">
      <Typography.Text type="secondary">{t('todo.goTo')}</Typography.Text>
      {pages.map((e) => (
        <Link key={e.path} to={e.path}>
          {t(e.label)}
        </Link>
      ))}
    </Space>
  );
}
