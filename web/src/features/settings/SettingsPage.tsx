import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export default function SettingsPage() {
  const { t } = useTranslation('settings');
  return <PageHeader title={t('title')} />;
}
