import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export default function RecordsPage() {
  const { t } = useTranslation('records');
  return <PageHeader title={t('title')} />;
}
