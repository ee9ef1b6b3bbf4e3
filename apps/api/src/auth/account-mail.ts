import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { clientLanguageInfo, clientLanguageOf, type Role, roleLabels } from '@waiji/domain';
import { CONFIG, type Config } from '../config/config';
import { type Mail, MailService } from '../mail/mail.service';
import { clientEmailWords, fill } from '../notifications/client-email-words';
import { clientZonedTime, zonedTime } from '../notifications/content';

type Locale = 'en' | 'zh';

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A name someone chose, as one line of at most `max` characters: controls (CR/LF too, which would split a header),
 * invisible and text-direction characters become spaces, so the name cannot fake a line, a header or its own reading order.
 */
function plainName(value: string, max: number): string {
  const flat = [
    ...value
      .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ];
  const shown =
    flat.length > max
      ? `${flat
          .slice(0, max - 1)
          .join('')
          .trimEnd()}…`
      : flat.join('');
  return shown === '' ? '(no name)' : shown;
}

function render(lines: string[], link: string): Pick<Mail, 'text' | 'html'> {
  const text = [...lines, '', link, ''].join('\n');
  const html = `${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`;
  return { text, html };
}

/**
 * The account emails (password reset, email verification, invitations). They are sent after the response, so a
 * request takes the same time whether or not an account exists; a failed send is logged and the user can ask again.
 */
@Injectable()
export class AccountMail implements OnModuleDestroy {
  private readonly logger = new Logger('AccountMail');
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly mail: MailService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** No mail leaves this installation (no SMTP_URL): answers that promise an email say where it is instead. */
  get captured(): boolean {
    return this.mail.capture !== undefined;
  }

  /** Web routes: /reset-password, /verify-email, /accept-invitation, each with ?token=…. */
  link(route: '/reset-password' | '/verify-email' | '/accept-invitation', token: string): string {
    return `${this.config.publicUrl.replace(/\/$/, '')}${route}?token=${token}`;
  }

  /** A web page without a token (e.g. /forgot-password, /sign-in). */
  page(route: '/forgot-password' | '/sign-in'): string {
    return `${this.config.publicUrl.replace(/\/$/, '')}${route}`;
  }

  passwordReset(to: string, token: string, locale: string): void {
    const minutes = this.config.links.passwordResetMinutes;
    const lines =
      asLocale(locale) === 'zh'
        ? [
            `有人请求重置您的 Waiji 密码。请在 ${minutes} 分钟内打开下面的链接设置新密码（只能使用一次）。`,
            '如果不是您本人操作，请忽略此邮件，您的密码不会改变。',
          ]
        : [
            `Someone asked to reset your Waiji password. Open this link within ${minutes} minutes to choose a new one (it works once).`,
            'If it was not you, ignore this email; your password stays as it is.',
          ];
    this.sendLater({
      to,
      subject: asLocale(locale) === 'zh' ? '重置您的 Waiji 密码' : 'Reset your Waiji password',
      ...render(lines, this.link('/reset-password', token)),
    });
  }

  /** Sent at sign-up (and again to an unconfirmed account that signs up or signs in again): the account signs in once confirmed. */
  verification(to: string, token: string, locale: string): void {
    const lines =
      asLocale(locale) === 'zh'
        ? [
            '欢迎使用 Waiji。请打开下面的链接确认这是您的邮箱地址，然后用您设置的密码登录。',
            '如果您没有注册 Waiji，请忽略此邮件：未经确认，任何人都无法登录这个账户。',
          ]
        : [
            'Welcome to Waiji. Open this link to confirm that this is your email address, then sign in with the password you chose.',
            'If you did not sign up for Waiji, ignore this email: without this confirmation nobody can sign in to the account.',
          ];
    this.sendLater({
      to,
      subject: asLocale(locale) === 'zh' ? '确认您的邮箱地址' : 'Confirm your email address',
      ...render(lines, this.link('/verify-email', token)),
    });
  }

  /** Someone signed up with an address that already has a confirmed account: its owner hears of it, the caller does not. */
  signupWithTakenAddress(to: string, locale: string): void {
    const lines =
      asLocale(locale) === 'zh'
        ? [
            '有人用这个邮箱地址尝试注册新的 Waiji 账户。这个地址已经有账户，所以没有创建新账户。',
            `如果是您本人，请直接登录（${this.page('/sign-in')}）；如果忘记了密码，请用下面的链接重置。如果不是您，请忽略此邮件。`,
          ]
        : [
            'Someone tried to create a Waiji account with this email address. It already has an account, so no new one was created.',
            `If it was you, sign in (${this.page('/sign-in')}), or reset your password with the link below if you have forgotten it. If it was not you, ignore this email.`,
          ];
    this.sendLater({
      to,
      subject:
        asLocale(locale) === 'zh'
          ? '有人用您的邮箱地址注册 Waiji'
          : 'Someone tried to sign up to Waiji with your address',
      ...render(lines, this.page('/forgot-password')),
    });
  }

  /**
   * The account's login back-off has begun (once per episode, see ThrottleService.recordLoginFailure). It names no
   * address or count an attacker could use, and points at the reset page, which clears the back-off.
   */
  signInAttempts(to: string, locale: string): void {
    const lines =
      asLocale(locale) === 'zh'
        ? [
            '有人多次用错误的密码尝试登录您的 Waiji 账户。为保护账户，我们已放慢来自新设备和新网络的登录尝试。',
            '在您以前登录过的地方，您的密码照常可用。如果这是您本人，或者您想更换密码，请打开下面的链接重置密码；重置后限制立即解除。',
          ]
        : [
            'Someone has tried to sign in to your Waiji account with wrong passwords, many times. To protect it, sign-ins from new devices and networks are slowed down for now.',
            'Where you have signed in before, your password works as usual. If it was you, or you want a new password, reset it with the link below; that lifts the slow-down at once.',
          ];
    this.sendLater({
      to,
      subject:
        asLocale(locale) === 'zh'
          ? '有人在尝试登录您的 Waiji 账户'
          : 'Someone is trying to sign in to your Waiji account',
      ...render(lines, this.page('/forgot-password')),
    });
  }

  /** The password was changed from a signed-in session: if it was not the owner, the reset link takes it back. */
  passwordChanged(to: string, locale: string): void {
    const lines =
      asLocale(locale) === 'zh'
        ? [
            '您的 Waiji 密码刚刚已更改，其他设备上的登录已全部退出。',
            '如果是您本人，无需任何操作。如果不是您，请立即用下面的链接重置密码。',
          ]
        : [
            'The password of your Waiji account was just changed, and every other device was signed out.',
            'If it was you, there is nothing to do. If it was not, reset your password now with the link below.',
          ];
    this.sendLater({
      to,
      subject: asLocale(locale) === 'zh' ? '您的 Waiji 密码已更改' : 'Your Waiji password was changed',
      ...render(lines, this.page('/forgot-password')),
    });
  }

  /**
   * The only words of the inviter's choosing are two names (the organization's and their own), shown for what they
   * are: the subject is fixed wording around the organization's name; in the body both are quoted, flattened to one
   * line, escaped in HTML and attributed to the inviter's confirmed address. The only link is the one we made.
   * Written in the invitee's language (a client's preferred one), the role by its label, the expiry on the
   * organization's clock with its zone named.
   */
  invitation(
    to: string,
    token: string,
    invitation: {
      organizationName: string;
      inviterName: string;
      inviterEmail: string;
      role: Role;
      expiresAt: Date;
      timeZone: string;
      locale: string;
    },
  ): void {
    const organization = plainName(invitation.organizationName, 120);
    const inviter = plainName(invitation.inviterName, 100);
    if (invitation.role === 'CLIENT') {
      this.clientInvitation(to, token, { ...invitation, organizationName: organization, inviterName: inviter });
      return;
    }
    const language = asLocale(invitation.locale);
    const role = roleLabels[invitation.role][language];
    const until = zonedTime(invitation.expiresAt, invitation.timeZone, language);
    const lines =
      language === 'zh'
        ? [
            `“${inviter}” <${invitation.inviterEmail}> 邀请您以“${role}”身份加入 Waiji 上的“${organization}”。`,
            `请在 ${until}之前打开下面的链接接受邀请。`,
            '如果您不认识此人，请忽略此邮件：只要不打开链接，就不会发生任何事情。',
          ]
        : [
            `“${inviter}” <${invitation.inviterEmail}> invited you to join “${organization}” on Waiji as ${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}.`,
            `Open this link before ${until} to accept.`,
            'If you do not know this person, ignore this email: nothing happens unless you open the link.',
          ];
    this.sendLater({
      to,
      subject: language === 'zh' ? `邀请您加入 Waiji 上的 ${organization}` : `Invitation to ${organization} on Waiji`,
      ...render(lines, this.link('/accept-invitation', token)),
    });
  }

  /**
   * A client's invitation to the portal, in any client language (their preferredLanguage): the words in
   * client-email-words.ts, the expiry by Intl in their language on the organization's clock, right to left in Arabic.
   * The names arrive flattened (plainName).
   */
  private clientInvitation(
    to: string,
    token: string,
    invitation: {
      organizationName: string;
      inviterName: string;
      inviterEmail: string;
      expiresAt: Date;
      timeZone: string;
      locale: string;
    },
  ): void {
    const language = clientLanguageOf(invitation.locale);
    const words = clientEmailWords[language].invitation;
    const values = {
      organization: invitation.organizationName,
      inviter: invitation.inviterName,
      email: invitation.inviterEmail,
      until: clientZonedTime(invitation.expiresAt, invitation.timeZone, language),
    };
    const lines = [words.invited, words.portal, words.before, words.ignore].map((line) => fill(line, values));
    const link = this.link('/accept-invitation', token);
    const { tag, dir } = clientLanguageInfo[language];
    const { text, html } = render(lines, link);
    this.sendLater({
      to,
      subject: fill(words.subject, values),
      text,
      html: `<div lang="${tag}" dir="${dir}">${html}</div>`,
    });
  }

  /** Resolves when every mail handed over so far has been sent or has failed. */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  private sendLater(mail: Mail): void {
    const sending: Promise<void> = this.mail
      .send(mail)
      .catch((error: unknown) =>
        this.logger.error(
          `Could not send "${mail.subject}": ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
      .finally(() => this.pending.delete(sending));
    this.pending.add(sending);
  }
}

function asLocale(locale: string): Locale {
  return locale === 'zh' ? 'zh' : 'en';
}
