import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export default function PrecheckPage() {
  const { t } = useTranslation('precheck');
  return <PageHeader title={t('title')} />;
}
