import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: 'ダッシュボード',
  },
  {
    title: 'Dashboard',
  },
);
