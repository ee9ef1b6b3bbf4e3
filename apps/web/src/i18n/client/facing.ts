// What a client reads beyond the portal's own strings (`portal` of the account catalogue): for each namespace, the
// parts of its English catalogue a language pack translates — a subtree (`upload`) or one key (`review.reading`).
// These are the texts of the screens a client or an individual meets: the shell around the portal, the public
// Alipay helper, signing in and accepting an invitation, the documents they send, the conversation with their helper, "report what happened"
// with its screenshot reader, and the forwarding address. client-catalogues.spec.ts checks each pack against them.

export const clientFacing = {
  translation: [
    'app',
    'nav',
    'roles.CLIENT',
    'account.menuLabel',
    'account.signedInAs',
    'account.settings',
    'account.signOut',
    'account.signOutEverywhere',
    'account.signOutFailed',
    'account.verifyBanner',
    'account.resendVerification',
    'account.verificationSent',
    'notifications',
    'session',
    'language',
    'notFound',
    'routeError',
    // The public Alipay helper (/tools): the interpreter, the pre-submission check, the case-flow sandbox.
    'common',
    'sourceInfo',
    'interpreter',
    'checks',
    'tools',
  ],
  account: [
    'auth.fields.email',
    'auth.fields.password',
    'auth.fields.displayName',
    'auth.fields.newPassword',
    'auth.signIn',
    'auth.invitation',
    'auth.linkInvalid',
    'auth.linkInvalidTitle',
    'auth.passwordHint',
  ],
  documents: [
    'common.optional',
    'common.retry',
    'kinds.label',
    'portal',
    'guide',
    'upload',
    'review.reading',
    'review.imageLoading',
    'review.imageError',
    'review.openPdf',
  ],
  conversations: [
    'titleClient',
    'unread',
    'loading',
    'loadError',
    'retry',
    'emptyClient',
    'listLabel',
    'you',
    'yourHelper',
    'unknownAuthor',
    'new',
    'label',
    'placeholderClient',
    'send',
    'sendError',
    'counter',
    'newMessages',
  ],
  proposals: ['report', 'list', 'details'],
  screenshots: ['drop', 'reading', 'read', 'readNothing', 'errors'],
  inbox: ['portal'],
} as const;

export type ClientFacingNamespace = keyof typeof clientFacing;

type Strings = { readonly [key: string]: string | Strings };

/** A pack's translations of the client-facing parts, by namespace (same nesting as the English catalogues). */
export type ClientFeatureStrings = Readonly<Record<ClientFacingNamespace, Strings>>;
