import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export default function UploadHistoryPage() {
  const { t } = useTranslation('uploads');
  return <PageHeader title={t('title')} />;
}
