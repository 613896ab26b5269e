import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: 'データ閲覧',
  },
  {
    title: 'Data browser',
  },
);
