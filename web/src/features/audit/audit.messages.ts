import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: '監査ログ',
  },
  {
    title: 'Audit log',
  },
);
