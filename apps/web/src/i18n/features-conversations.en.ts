// Strings of a case's conversation between the client and the helpers (the case page's panel and the portal's).
// `zh` must have exactly these keys.
export const conversationsEn = {
  titleHelper: 'Conversation with the client',
  titleClient: 'Messages with your helper',
  unread_one: '{{count}} new',
  unread_other: '{{count}} new',
  loading: 'Loading the conversation…',
  loadError: 'The conversation could not be loaded: {{message}}',
  retry: 'Try again',
  emptyHelper: 'No messages yet. What you write here reaches the client in their portal, and by email if they agreed.',
  emptyClient: 'No messages yet. Write to your helper here; they are told at once.',
  listLabel: 'Messages, oldest first',
  you: 'You',
  client: 'Client',
  helper: 'Helper',
  yourHelper: 'Your helper',
  unknownAuthor: 'Former member',
  new: 'New',
  label: 'Your message',
  placeholderHelper: 'Write to the client…',
  placeholderClient: 'Write to your helper…',
  send: 'Send',
  sendError: 'Not sent: {{message}}',
  readOnly: 'You can read this conversation; helpers write in it.',
  counter: '{{count}} / {{max}}',
  newMessages_one: '{{count}} new message',
  newMessages_other: '{{count}} new messages',
  today: {
    title: 'Unread messages from clients',
    empty: 'No unread client messages on your cases.',
    error: 'Unread messages could not be loaded: {{message}}',
  },
};

export type ConversationsMessages = typeof conversationsEn;
