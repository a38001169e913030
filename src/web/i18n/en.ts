import { enSurveys } from './en-surveys.js';
import { enContacts } from './en-contacts.js';
import { enBuilder } from './en-builder.js';
import { enSending } from './en-sending.js';
import { enSendingSettings } from './en-sending-settings.js';
import { enAnalytics } from './en-analytics.js';
import { enResponses } from './en-responses.js';
import { enFeedback } from './en-feedback.js';
import { enDigest } from './en-digest.js';
import { enBenchmarks } from './en-benchmarks.js';
import { enCases } from './en-cases.js';
import { enFollowUp } from './en-follow-up.js';
import { enIntegrations } from './en-integrations.js';
import { enAlerts } from './en-alerts.js';
import { enThemes } from './en-themes.js';
import { enTextTags } from './en-text-tags.js';
import { enThemeDetail } from './en-theme-detail.js';
import { enThemeDiscovery } from './en-theme-discovery.js';

/**
 * English texts. The source of truth for keys: `de.ts` must have exactly the same shape
 * (the type checker enforces it), so no screen is ever half translated.
 */
export const en = {
  app: {
    name: 'Resonance',
    tagline: 'Customer feedback, the whole Net Promoter loop.',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    retry: 'Try again',
    close: 'Close',
    copy: 'Copy',
    copied: 'Copied',
    loadFailed: 'This could not be loaded.',
    offline: 'The server could not be reached. Check your connection and try again.',
  },
  language: {
    label: 'Language',
    de: 'Deutsch',
    en: 'English',
  },
  roles: {
    owner: 'Owner',
    admin: 'Admin',
    analyst: 'Analyst',
    agent: 'Agent',
  },
  roleDescriptions: {
    owner: 'Everything, including members and invitations.',
    admin: 'Configures surveys, rules, integrations and API keys.',
    analyst: 'Reads analytics, responses, themes and audits.',
    agent: 'Works follow-up cases and replies to customers.',
  },
  brand: {
    headline: 'Hear every customer. Act on every answer.',
    loop: {
      collect: 'Collect feedback from every touchpoint in one place',
      inner: 'Follow up on critical answers within minutes',
      outer: 'Find the patterns and root causes behind your scores',
      predict: 'Spot customers who are about to leave',
      close: 'Tell customers what you did about their feedback',
    },
    footnote: 'Open source · self-hosted · your customers’ text never leaves your server',
  },
  auth: {
    email: 'E-mail',
    emailPlaceholder: 'you@company.com',
    password: 'Password',
    passwordHint: 'At least 8 characters.',
    name: 'Your name',
    namePlaceholder: 'Alex Example',
    signIn: {
      title: 'Sign in to Resonance',
      subtitle: 'Welcome back.',
      submit: 'Sign in',
      forgot: 'Forgot password?',
      noAccount: 'New to Resonance?',
      toSignUp: 'Create an account',
      or: 'or',
    },
    signUp: {
      title: 'Create your account',
      subtitle: 'Set up Resonance for your team in a minute. You create your organization next.',
      submit: 'Create account',
      haveAccount: 'Already have an account?',
      toSignIn: 'Sign in',
      closedTitle: 'Sign-up is closed',
    },
    sso: {
      button: 'Sign in with SSO',
      intro: 'Enter your work e-mail. We send you to your company’s sign-in page and you come straight back.',
      email: 'Work e-mail',
      submit: 'Continue with SSO',
      back: 'Sign in with password instead',
      noProvider: 'No single sign-on is set up for this e-mail domain.',
      failed: {
        accountNotLinked:
          'An account with this e-mail address exists already and signs in with a password. Sign in with your password instead.',
        accessDenied: 'Sign-in was cancelled at your identity provider.',
        signupDisabled:
          'Your account could not be created: new accounts cannot sign up on this installation. Ask an administrator.',
        expired: 'The sign-in took too long or was started in another browser. Please try again.',
        provider:
          'Your identity provider’s answer could not be accepted. Ask an owner of your organization to check the single sign-on settings.',
        generic: 'Single sign-on did not work. Try again, or sign in with your password.',
      },
    },
    wrongAddress: {
      title: 'Open Resonance at its own address',
      text: 'This installation does not accept sign-ins and sign-ups from {{here}}.',
      open: 'Open {{url}}',
      publicUrl: 'To use {{here}} instead, for example from another computer, start Resonance like this:',
    },
    signupClosed:
      'New accounts cannot sign up on this installation. Ask an owner of your organization to invite you, or an administrator to create an account for you.',
    signupClosedInvited:
      'New accounts cannot sign up on this installation. If you have no account yet, ask the person who invited you to have one created for you.',
    forgot: {
      title: 'Reset your password',
      subtitle: 'Enter the e-mail address of your account. We send you a link to choose a new password.',
      submit: 'Send reset link',
      sentTitle: 'Check your inbox',
      sent: 'If an account exists for {{email}}, a link to reset the password is on its way. It is valid for one hour.',
      outboxHint: 'No mail server configured? Then the mail waits in the outbox of the installation.',
      back: 'Back to sign in',
    },
    reset: {
      title: 'Choose a new password',
      subtitle: 'After saving, sign in with the new password. Other sessions are signed out.',
      newPassword: 'New password',
      confirm: 'Repeat the new password',
      mismatch: 'The passwords do not match.',
      submit: 'Save new password',
      done: 'Your password was changed. Sign in with the new one.',
      missingToken: 'This link is incomplete. Request a new one.',
      invalidToken: 'This link has expired or was already used. Request a new one.',
      requestNew: 'Request a new link',
    },
    required: 'Required',
    invalidEmail: 'Enter a valid e-mail address.',
    passwordTooShort: 'Use at least 8 characters.',
  },
  onboarding: {
    title: 'Create your organization',
    subtitle:
      'An organization holds your surveys, contacts and feedback. You become its owner and can invite your team afterwards.',
    anotherTitle: 'Create another organization',
    anotherSubtitle:
      'For example for a client or a separate brand. You can switch between organizations at any time.',
    name: 'Organization name',
    namePlaceholder: 'Acme GmbH',
    slug: 'Short name in addresses',
    slugHint: 'Lowercase letters, digits and dashes.',
    slugInvalid: 'Use lowercase letters, digits and dashes only.',
    submit: 'Create organization',
    cancel: 'Back to the dashboard',
    signedInAs: 'Signed in as {{email}}',
    pendingInvite:
      'Were you invited to an existing organization? Open the link in the invitation e-mail instead.',
    activating: 'Opening your organization…',
  },
  invitation: {
    title: 'Invitation',
    signedOutTitle: 'You have been invited to Resonance',
    signedOutText:
      'Sign in or create an account with the e-mail address the invitation was sent to. You come straight back here afterwards.',
    signedOutTextSignInOnly:
      'Sign in with the e-mail address the invitation was sent to. You come straight back here afterwards.',
    signIn: 'Sign in',
    signUp: 'Create account',
    details: '{{inviter}} invited you to join {{organization}} as {{role}}.',
    expires: 'Valid until {{date}}',
    accept: 'Accept and join',
    decline: 'Decline',
    declined: 'Invitation declined.',
    joined: 'Welcome to {{organization}}.',
    invalid:
      'This invitation is no longer valid. It may have been accepted, cancelled or it expired. Ask for a new one.',
    wrongRecipient: 'This invitation was sent to another e-mail address. You are signed in as {{email}}.',
    switchAccount: 'Sign in with another account',
    toDashboard: 'Go to the dashboard',
  },
  nav: {
    main: 'Main navigation',
    overview: 'Overview',
    surveys: 'Surveys',
    responses: 'Responses',
    feedback: 'Feedback inbox',
    contacts: 'Contacts',
    cases: 'Cases',
    themes: 'Themes',
    audits: 'Audits',
    settings: 'Settings',
    toggle: 'Toggle navigation',
  },
  orgSwitcher: {
    label: 'Organization:',
    heading: 'Your organizations',
    create: 'Create organization',
    switched: 'Switched to {{name}}.',
  },
  userMenu: {
    label: 'Account menu of {{name}}',
    signOut: 'Sign out',
  },
  overview: {
    title: 'Overview',
    subtitle: 'NPS, CSAT and CES at a glance, with trends and what drives them.',
    emptyTitle: 'No feedback yet',
    emptyText:
      'Once the first answers arrive, your scores, their trend and the themes behind them appear here. Fill the organization with realistic demo data to explore everything right away, or start with the steps below.',
    demoFill: 'Fill with demo data',
    demoFilledTitle: 'Your demo data is ready',
    demoFilled:
      '{{contacts}} customers and {{feedbackItems}} answers, reviews, tickets and chats from the last two years are in place.',
    demoExists:
      'This organization already has customers, so no demo data was added. Demo data only goes into empty organizations, never next to real data.',
    demoNoPermission: 'Ask an owner or admin to load demo data or to set up the first survey.',
    stepsTitle: 'Getting started',
    glance: {
      title: 'Your workspace at a glance',
      span: 'Feedback from {{from}} to {{to}}',
      noFeedback: 'No feedback yet',
      contacts: 'Customers',
      feedbackItems: 'Feedback items',
      scored: 'Answers with a score',
      languages: 'Languages',
      byChannel: 'Feedback by channel',
      byMetric: 'Answers with a score, by question',
    },
    channels: {
      survey: 'Survey answers',
      review: 'Reviews',
      social: 'Social media',
      chat: 'Chats',
      email: 'E-mails',
      ticket: 'Support tickets',
      call: 'Calls',
      message: 'Messages',
      other: 'Other',
    },
    metrics: {
      nps: 'NPS (0–10)',
      csat: 'CSAT (satisfaction)',
      ces: 'CES (effort)',
      rating: 'Star ratings',
      brand: 'Brand',
    },
    steps: {
      team: {
        title: 'Invite your team',
        text: 'Agents work follow-up cases, analysts read the numbers.',
        action: 'Invite members',
      },
      apiKey: {
        title: 'Connect your systems',
        text: 'An API key lets your shop, CRM or help desk send contacts and feedback.',
        action: 'Create API key',
      },
      organization: {
        title: 'Set survey language and industry',
        text: 'Used for new surveys and for industry benchmarks.',
        action: 'Open settings',
      },
      plan: {
        title: 'Check your plan',
        text: 'See how many survey sends are left this month.',
        action: 'Plan & usage',
      },
    },
  },
  areas: {
    firstSteps: 'What to do first',
    /** Areas that are not built yet: a badge, and what already works in the meantime. */
    planned: 'Planned',
    meanwhile: 'What you can do today',
    surveys: {
      title: 'Surveys',
      subtitle: 'Ask the right question at the right moment.',
      emptyTitle: 'Your surveys will live here',
      emptyText:
        'Create NPS, CSAT and CES surveys in German and English and send them by e-mail with one-click scores, as a public link or in your app. A proven program: NPS every quarter, CSAT after each support interaction, CES after customers use a new feature.',
      steps: [
        'Add the customers you want to ask under Contacts, or send them through the API.',
        'Pick a template for NPS, CSAT or CES and adjust the wording.',
        'Choose when it goes out: once, on a schedule, or after an event in your product.',
      ],
    },
    responses: {
      title: 'Responses',
      subtitle: 'Every answer and every piece of feedback in one stream.',
      emptyTitle: 'No responses yet',
      emptyText:
        'Survey answers land here together with reviews, social comments, messages, chats and tickets — each tied to the customer, with its language, sentiment and themes.',
      steps: [
        'Send your first survey, or load demo data from the overview.',
        'Feed reviews and tickets in through the API with an API key.',
      ],
    },
    contacts: {
      title: 'Contacts',
      subtitle: 'One profile per customer, across every product and channel.',
      emptyTitle: 'No contacts yet',
      emptyText:
        'Each contact is keyed by your own customer ID and carries attributes like segment, region, plan and revenue. Answers, feedback from every channel, cases and behaviour appear on one timeline.',
      steps: [
        'Import a CSV export from your CRM or shop.',
        'Or keep contacts in sync automatically through the API.',
      ],
    },
    themes: {
      title: 'Themes',
      subtitle: 'The outer loop: why does this keep happening?',
      emptyTitle: 'Themes are not built yet',
      emptyText:
        'They are planned: recurring topics in comments, found in German and English right on your server, with their impact on NPS — so you can see which fix would move the score most.',
      steps: [
        'Read the comments in Responses: filter to answers with a comment.',
        'Collect more of them: the follow-up e-mail after a survey asks customers who gave only a score for a few words.',
      ],
      action: 'Show answers with comments',
    },
    audits: {
      title: 'Audits',
      subtitle: 'Look at the whole journey when it matters.',
      emptyTitle: 'Journey audits are not built yet',
      emptyText:
        'They are planned: an audit is due when NPS falls by more than 10 points within a quarter, before a major launch, after entering a new market, or when the same problem keeps coming back. Resonance will point out these moments and compare before and after.',
      steps: [
        'Watch the NPS trend on the Overview for drops.',
        'Compare two periods on the Overview, for example the quarters before and after a launch.',
      ],
      action: 'Open the Overview',
    },
  },
  settings: {
    title: 'Settings',
    subtitle: 'Members, access, plan, organization and sending.',
    tabs: {
      members: 'Members',
      apiKeys: 'API keys',
      sso: 'Single sign-on',
      plan: 'Plan & usage',
      organization: 'Organization',
      sending: 'Sending',
      outbox: 'Outbox',
    },
    noPermission: 'Your role ({{role}}) cannot see this. Ask an owner or admin.',
  },
  members: {
    title: 'Members',
    readOnly: 'Only owners can invite people and change roles.',
    inviteTitle: 'Invite someone',
    inviteText: 'They receive an e-mail with a link that is valid for 7 days.',
    email: 'E-mail',
    role: 'Role',
    invite: 'Send invitation',
    invited: 'Invitation sent to {{email}}.',
    name: 'Name',
    joined: 'Joined',
    actions: 'Actions',
    you: 'You',
    changeRole: 'Role of {{name}}',
    roleChanged: '{{name}} is now {{role}}.',
    remove: 'Remove',
    removeLabel: 'Remove: {{name}}',
    removeTitle: 'Remove {{name}}?',
    removeText: '{{name}} loses access to this organization at once. Their past work stays.',
    removed: '{{name}} was removed.',
    cancel: 'Cancel',
    pendingTitle: 'Pending invitations',
    noPending: 'No pending invitations.',
    expires: 'Expires',
    cancelInvitation: 'Cancel invitation',
    cancelInvitationLabel: 'Cancel invitation to {{email}}',
    invitationCancelled: 'Invitation to {{email}} cancelled.',
    rolesTitle: 'What roles can do',
  },
  apiKeys: {
    title: 'API keys',
    intro:
      'API keys let your systems send contacts, events and feedback, and read results. Each key belongs to this organization and can do everything except manage keys, members and the plan.',
    name: 'Name',
    namePlaceholder: 'e.g. Shop backend',
    create: 'Create key',
    key: 'Key',
    created: 'Created',
    createdBy: 'Created by',
    lastUsed: 'Last used',
    never: 'never',
    status: 'Status',
    active: 'Active',
    revoked: 'Revoked',
    revokedOn: 'Revoked {{date}}',
    revoke: 'Revoke',
    revokeLabel: 'Revoke: {{name}}',
    revokeTitle: 'Revoke “{{name}}”?',
    revokeText: 'Requests with this key fail immediately. This cannot be undone.',
    revokeConfirm: 'Revoke key',
    revokedDone: 'Key “{{name}}” revoked.',
    cancel: 'Cancel',
    empty:
      'No API keys yet. Create one for each system that talks to Resonance, so you can revoke them one by one.',
    secretTitle: 'Your new API key',
    secretWarning:
      'Copy the key now and store it safely. It is shown only this once; afterwards only its first characters are visible.',
    secretLabel: 'API key “{{name}}”',
    copy: 'Copy',
    copied: 'Copied',
    done: 'I have stored the key',
    usage: 'Send it as a header: Authorization: Bearer <key>',
    unknownUser: '—',
  },
  sso: {
    title: 'Single sign-on',
    intro:
      'People sign in through your company’s identity provider (OpenID Connect: Okta, Microsoft Entra ID, Google Workspace, Keycloak and others). Whoever signs in with an e-mail address at a provider’s domain joins this organization as analyst; you can change their role under Members.',
    empty: 'No identity provider yet. Add one below.',
    addTitle: 'Add an identity provider',
    addIntro:
      'Register an app (client) for Resonance at your identity provider first, with the redirect URI shown below; then enter its details here. Resonance reads the provider’s settings from its issuer URL, which can take a few seconds.',
    providerId: 'Provider ID',
    providerIdHint: 'Names the provider in the redirect URI. Lowercase letters, digits and dashes.',
    providerIdPlaceholder: 'e.g. acme-okta',
    providerIdSlot: '<provider-id>',
    domain: 'E-mail domain',
    domainHint: 'People with addresses at this domain sign in here.',
    issuer: 'Issuer URL',
    issuerHint: 'The OpenID issuer of your identity provider.',
    clientId: 'Client ID',
    clientSecret: 'Client secret',
    redirectUri: 'Redirect URI',
    redirectUriHint:
      'Register exactly this address as the redirect (callback) URI of the app at your identity provider.',
    copyRedirectUri: 'Copy redirect URI',
    copyRedirectUriOf: 'Copy redirect URI of {{providerId}}',
    created: 'Added',
    save: 'Add provider',
    saving: 'Contacting the identity provider…',
    added: 'Single sign-on through {{providerId}} is set up for {{domain}}.',
    delete: 'Remove',
    deleteLabel: 'Remove provider {{providerId}}',
    deleteTitle: 'Remove {{providerId}}?',
    deleteText:
      'People with e-mail addresses at {{domain}} can no longer sign in through it. Their memberships stay.',
    deleteConfirm: 'Remove provider',
    deleted: 'Provider {{providerId}} removed.',
    cancel: 'Cancel',
    errors: {
      providerId: 'Use 1–63 lowercase letters, digits and dashes, not starting or ending with a dash.',
      url: 'Enter a full URL starting with https://.',
      domain: 'Enter an e-mail domain such as acme.com.',
      tooLong: 'This value is too long.',
      providerIdTaken: 'This provider ID is in use already. Choose another one.',
      domainTaken: 'This e-mail domain has an identity provider already.',
      issuerNotAllowed:
        'The issuer must be an https address on a public host. Providers in a private network need to be allowed by the operator (SSO_INTERNAL_IDP_ORIGINS).',
      discovery: 'The identity provider’s settings could not be read: {{detail}}',
    },
  },
  plan: {
    title: 'Plan & usage',
    current: 'Current plan',
    names: {
      starter: 'Starter',
      growth: 'Growth',
      business: 'Business',
      selfhosted: 'Self-hosted',
    },
    sendsTitle: 'Survey sends this month',
    sendsUsed: '{{used}} of {{limit}} used',
    unlimited: '{{used}} sent · no limit',
    remaining: '{{remaining}} left',
    resets: 'The counter resets on {{date}}.',
    beyondLimitRefuse: 'Sends beyond the limit are refused until then.',
    beyondLimitHold: 'Sends beyond the limit wait until then.',
    beyondLimitChange: 'Change in Sending settings',
    nearLimit: 'You have used most of this month’s sends.',
    plansTitle: 'Plans',
    setByOperator:
      'Plans are set by whoever runs this Resonance installation, not from the dashboard. To move to another plan, ask them.',
    operatorCommand: 'Running Resonance yourself? Set the plan on the server:',
    currentBadge: 'current',
    sendLimit: '{{limit}} survey sends a month',
    noSendLimit: 'no limit on survey sends',
  },
  organization: {
    title: 'Organization',
    name: 'Name',
    slug: 'Short name',
    created: 'Created',
    defaultLanguage: 'Default survey language',
    defaultLanguageHint:
      'New surveys start in this language. Respondents still get their own language where a translation exists.',
    industry: 'Industry',
    industryHint: 'Used to compare your scores with benchmarks from your industry.',
    industryNone: 'Not set',
    industries: {
      software: 'Software & cloud services',
      ecommerce: 'E-commerce & retail',
      banking: 'Banking & finance',
      insurance: 'Insurance',
      telecom: 'Telecommunications',
      utilities: 'Energy & utilities',
      healthcare: 'Healthcare',
      travel: 'Travel & hospitality',
      automotive: 'Automotive & mobility',
      education: 'Education',
      publicSector: 'Public sector',
      other: 'Other',
    },
    save: 'Save',
    saved: 'Settings saved.',
    readOnly: 'Only owners and admins can change these settings.',
  },
  outbox: {
    title: 'Outbox',
    intro:
      'Without a mail server configured (SMTP_URL), Resonance keeps outgoing mails here instead of sending them, so nothing gets lost. You can copy invitation links from here.',
    empty: 'No mails yet. Invitations and survey e-mails of this organization will appear here.',
    to: 'To',
    status: {
      outbox: 'In outbox',
      queued: 'Queued',
      sent: 'Sent',
      failed: 'Failed',
    },
    created: 'Written {{date}}',
    sentAt: 'Sent {{date}}',
  },
  contacts: enContacts,
  surveys: enSurveys,
  builder: enBuilder,
  sending: enSending,
  sendingSettings: enSendingSettings,
  analytics: enAnalytics,
  responses: enResponses,
  feedback: enFeedback,
  digest: enDigest,
  benchmarks: enBenchmarks,
  cases: enCases,
  followUp: enFollowUp,
  integrations: enIntegrations,
  alerts: enAlerts,
  themesPage: enThemes,
  textTags: enTextTags,
  themeDetail: enThemeDetail,
  themeDiscovery: enThemeDiscovery,
  notFound: {
    title: 'Page not found',
    text: 'This address does not exist in Resonance.',
    back: 'Go to the overview',
  },
  errors: {
    generic: 'Something went wrong. Please try again.',
    network: 'The server could not be reached. Check your connection and try again.',
    INVALID_EMAIL_OR_PASSWORD: 'E-mail or password is not correct.',
    USER_ALREADY_EXISTS: 'An account with this e-mail address exists already. Sign in instead.',
    USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL:
      'An account with this e-mail address exists already. Sign in instead.',
    PASSWORD_TOO_SHORT: 'The password is too short: use at least 8 characters.',
    PASSWORD_TOO_LONG: 'The password is too long: use at most 128 characters.',
    INVALID_EMAIL: 'Enter a valid e-mail address.',
    INVALID_TOKEN: 'This link has expired or was already used. Request a new one.',
    ORGANIZATION_ALREADY_EXISTS: 'This short name is taken. Choose another one.',
    ORGANIZATION_SLUG_ALREADY_TAKEN: 'This short name is taken. Choose another one.',
    USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION: 'This person is already a member.',
    USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION: 'This person has a pending invitation already.',
    YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER: 'The organization needs at least one owner.',
    INVITATION_NOT_FOUND: 'This invitation is no longer valid. Ask for a new one.',
    YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION: 'This invitation was sent to another e-mail address.',
    YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER: 'The organization needs at least one owner.',
    UNAUTHENTICATED: 'Your session ended. Please sign in again.',
    FORBIDDEN: 'Your role does not allow this.',
    RATE_LIMITED: 'Too many attempts. Wait a minute and try again.',
    QUOTA_EXCEEDED: 'The monthly quota of your plan is used up.',
    INTERNAL: 'Something went wrong on our side. The error was logged.',
  },
} as const;

/** The shape both languages share: every leaf a string, arrays kept as arrays. */
type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { readonly [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof en>;
