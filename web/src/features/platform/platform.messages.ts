import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: 'テナント管理',
  },
  {
    title: 'Tenants',
  },
);
