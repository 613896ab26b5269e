import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: 'アップロード',
  },
  {
    title: 'Upload',
  },
);
