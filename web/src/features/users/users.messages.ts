import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: 'ユーザーと権限',
  },
  {
    title: 'Users and roles',
  },
);
