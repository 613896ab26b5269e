import { useTranslation } from 'react-i18next';

/**
 * Vocabulary values in words: roles (`role_teacher`) and the org, class and session types
 * (`type_school`). Extension values (`ext:…`) and unknown ones are shown as they are.
 */
export function useVocabulary(): { role: (v: string) => string; type: (v: string) => string } {
  const { t } = useTranslation('records');
  return {
    role: (v) => t(`role_${v}`, { defaultValue: v }),
    type: (v) => t(`type_${v}`, { defaultValue: v }),
  };
}
