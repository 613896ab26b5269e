import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export default function ClientsPage() {
  const { t } = useTranslation('clients');
  return <PageHeader title={t('title')} />;
}
