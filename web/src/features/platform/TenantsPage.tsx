import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export default function TenantsPage() {
  const { t } = useTranslation('platform');
  return <PageHeader title={t('title')} />;
}
