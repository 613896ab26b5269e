import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: 'API クライアント',
  },
  {
    title: 'API clients',
  },
);
