import type { ConversationsMessages } from './features-conversations.en';

// Chinese has one plural form: i18next reads `_other`; `_one` is kept only because the type wants every key.
export const conversationsZh: ConversationsMessages = {
  titleHelper: '与客户的对话',
  titleClient: '与协助人员的消息',
  unread_one: '{{count}} 条新消息',
  unread_other: '{{count}} 条新消息',
  loading: '正在加载对话…',
  loadError: '无法加载对话：{{message}}',
  retry: '重试',
  emptyHelper: '还没有消息。您在此写的内容会出现在客户的门户中；客户同意接收邮件时也会发邮件通知。',
  emptyClient: '还没有消息。在这里给协助人员留言，他们会立即收到通知。',
  listLabel: '消息，最早的在前',
  you: '您',
  client: '客户',
  helper: '协助人员',
  yourHelper: '您的协助人员',
  unknownAuthor: '已离开的成员',
  new: '新',
  label: '您的消息',
  placeholderHelper: '给客户写消息…',
  placeholderClient: '给协助人员写消息…',
  send: '发送',
  sendError: '未发送：{{message}}',
  readOnly: '您可以查看此对话；由协助人员回复。',
  counter: '{{count}} / {{max}}',
};
