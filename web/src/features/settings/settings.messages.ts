import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: '設定',
  },
  {
    title: 'Settings',
  },
);
