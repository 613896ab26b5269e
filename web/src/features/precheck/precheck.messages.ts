import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: '事前チェック',
  },
  {
    title: 'Pre-check',
  },
);
