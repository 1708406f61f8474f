import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PhonePage } from '../../components/PhoneList.tsx';
import { PasswordChangeForm } from '../accounts/PasswordChangeForm.tsx';

/**
 * 我的 → 修改密码: a worker's own password change on the phone, the same form, API and rules as /account's (which
 * a worker never reaches: the staff pages send them to 我的). Done, back to 我的.
 */
export default function MyPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <PhonePage title={t('worker.password')} testId="my-password-page">
      <div className="wp-card">
        <PasswordChangeForm phone onChanged={() => navigate('/m/me')} />
      </div>
    </PhonePage>
  );
}
