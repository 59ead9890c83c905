/** The e-mails identity sends, in Japanese and English. Each has a plain-text body and a simple HTML one. */
export type MailLocale = 'ja' | 'en';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

interface TemplateParts {
  subject: string;
  /** Paragraphs before the button. */
  intro: string[];
  action?: { label: string; link: string };
  /** Paragraphs after the button. */
  outro: string[];
}

export function mailLocale(locale: string | null | undefined): MailLocale {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function render({ subject, intro, action, outro }: TemplateParts, signature: string): MailContent {
  const text = [...intro, ...(action ? [`${action.label}:\n${action.link}`] : []), ...outro, signature].join('\n\n');
  const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`).join('');
  const button = action
    ? `<p><a href="${escapeHtml(action.link)}" style="display:inline-block;padding:10px 18px;background:#1c7ed6;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="font-size:12px;color:#666">${escapeHtml(action.link)}</p>`
    : '';
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.6;color:#222">${paragraphs(intro)}${button}${paragraphs(outro)}<p style="color:#666">${escapeHtml(signature)}</p></body></html>`;
  return { subject, text, html };
}

const SIGNATURE: Record<MailLocale, (network: string) => string> = {
  ja: (network) => `${network} (Kizuna)`,
  en: (network) => `${network} (Kizuna)`,
};

export interface MailContext {
  locale: MailLocale;
  /** The network the person is dealing with, or "Kizuna". */
  networkName: string;
}

export const templates = {
  verifyEmail(ctx: MailContext, link: string): MailContent {
    const parts: Record<MailLocale, TemplateParts> = {
      ja: {
        subject: `【${ctx.networkName}】メールアドレスの確認`,
        intro: [`${ctx.networkName} へのご登録ありがとうございます。`, '下のリンクを開いて、このメールアドレスがご本人のものであることを確認してください。'],
        action: { label: 'メールアドレスを確認する', link },
        outro: ['このリンクの有効期限は24時間です。お心当たりがない場合は、このメールを破棄してください。'],
      },
      en: {
        subject: `[${ctx.networkName}] Verify your e-mail address`,
        intro: [`Thank you for registering with ${ctx.networkName}.`, 'Open the link below to confirm that this e-mail address is yours.'],
        action: { label: 'Verify my e-mail address', link },
        outro: ['The link works for 24 hours. If you did not register, you can ignore this e-mail.'],
      },
    };
    return render(parts[ctx.locale], SIGNATURE[ctx.locale](ctx.networkName));
  },

  resetPassword(ctx: MailContext, link: string): MailContent {
    const parts: Record<MailLocale, TemplateParts> = {
      ja: {
        subject: `【${ctx.networkName}】パスワードの再設定`,
        intro: ['パスワード再設定のご依頼を受け付けました。下のリンクから新しいパスワードを設定してください。'],
        action: { label: 'パスワードを再設定する', link },
        outro: ['このリンクの有効期限は1時間で、一度だけ使えます。お心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。'],
      },
      en: {
        subject: `[${ctx.networkName}] Reset your password`,
        intro: ['We received a request to reset your password. Choose a new password with the link below.'],
        action: { label: 'Reset my password', link },
        outro: ['The link works once, for 1 hour. If you did not ask for this, ignore this e-mail: your password stays as it is.'],
      },
    };
    return render(parts[ctx.locale], SIGNATURE[ctx.locale](ctx.networkName));
  },

  confirmEmailChange(ctx: MailContext, link: string, newEmail: string): MailContent {
    const parts: Record<MailLocale, TemplateParts> = {
      ja: {
        subject: `【${ctx.networkName}】新しいメールアドレスの確認`,
        intro: [`アカウントのメールアドレスを ${newEmail} に変更するご依頼を受け付けました。`, '下のリンクを開くと変更が完了します。'],
        action: { label: 'メールアドレスの変更を確定する', link },
        outro: ['このリンクの有効期限は24時間です。お心当たりがない場合は、このメールを破棄してください。'],
      },
      en: {
        subject: `[${ctx.networkName}] Confirm your new e-mail address`,
        intro: [`We received a request to change your account's e-mail address to ${newEmail}.`, 'Open the link below to complete the change.'],
        action: { label: 'Confirm the new address', link },
        outro: ['The link works for 24 hours. If you did not ask for this, ignore this e-mail.'],
      },
    };
    return render(parts[ctx.locale], SIGNATURE[ctx.locale](ctx.networkName));
  },

  emailChangeRequested(ctx: MailContext, newEmail: string): MailContent {
    const parts: Record<MailLocale, TemplateParts> = {
      ja: {
        subject: `【${ctx.networkName}】メールアドレス変更のお知らせ`,
        intro: [`アカウントのメールアドレスを ${newEmail} に変更するご依頼がありました。新しいアドレスで確認されるまで、このアドレスのままです。`],
        outro: ['お心当たりがない場合は、すぐにパスワードを変更し、ネットワークの管理者にご連絡ください。'],
      },
      en: {
        subject: `[${ctx.networkName}] Your e-mail address is being changed`,
        intro: [`Someone asked to change your account's e-mail address to ${newEmail}. Nothing changes until the new address is confirmed.`],
        outro: ["If this was not you, change your password now and tell your network's administrators."],
      },
    };
    return render(parts[ctx.locale], SIGNATURE[ctx.locale](ctx.networkName));
  },

  failedSignIns(ctx: MailContext, fromAddress: string | null, resetLink: string): MailContent {
    const from = fromAddress ?? '';
    const parts: Record<MailLocale, TemplateParts> = {
      ja: {
        subject: `【${ctx.networkName}】サインインの失敗が続いています`,
        intro: [
          `あなたのアカウントに、間違ったパスワードでのサインインが続けて試みられました${from ? `（接続元: ${from}）` : ''}。`,
          'このまま試みが続く接続元は、しばらく待たないと次を試せません。いつもお使いの端末からは、これまでどおりサインインできます。',
        ],
        action: { label: 'パスワードを再設定する', link: resetLink },
        outro: ['ご自身の入力ミスであれば、このメールは破棄してください。お心当たりがない場合は、推測されにくいパスワードに変更することをおすすめします。'],
      },
      en: {
        subject: `[${ctx.networkName}] Several failed sign-ins to your account`,
        intro: [
          `Someone tried several times to sign in to your account with a wrong password${from ? ` from ${from}` : ''}.`,
          'Whoever keeps trying must now wait longer before each try. You can still sign in as usual from the devices you have used before.',
        ],
        action: { label: 'Reset my password', link: resetLink },
        outro: ['If it was you mistyping, you can ignore this e-mail. If not, consider a password that is harder to guess.'],
      },
    };
    return render(parts[ctx.locale], SIGNATURE[ctx.locale](ctx.networkName));
  },

  continueJoining(ctx: MailContext, link: string): MailContent {
    const parts: Record<MailLocale, TemplateParts> = {
      ja: {
        subject: `【${ctx.networkName}】参加登録を続ける`,
        intro: [`${ctx.networkName} に、いまお使いの Kizuna アカウントで参加登録を受け付けました。`, '下のリンクを開くと、サインインして続きに進めます。'],
        action: { label: '参加登録を続ける', link },
        outro: ['このリンクの有効期限は24時間です。お心当たりがない場合は、このメールを破棄し、パスワードを変更してください。'],
      },
      en: {
        subject: `[${ctx.networkName}] Continue joining ${ctx.networkName}`,
        intro: [`We received your registration with ${ctx.networkName} using your existing Kizuna account.`, 'Open the link below to sign in and continue.'],
        action: { label: 'Continue', link },
        outro: ['The link works for 24 hours. If you did not register, ignore this e-mail and change your password.'],
      },
    };
    return render(parts[ctx.locale], SIGNATURE[ctx.locale](ctx.networkName));
  },

  registrationWithTakenAddress(ctx: MailContext, signInLink: string, resetLink: string): MailContent {
    const parts: Record<MailLocale, TemplateParts> = {
      ja: {
        subject: `【${ctx.networkName}】あなたのメールアドレスで登録が試みられました`,
        intro: [
          `${ctx.networkName} に、あなたのメールアドレスで新しく登録しようとした人がいます。このアドレスにはすでに Kizuna のアカウントがあるため、新しいアカウントは作られていません。`,
          `ご自身で ${ctx.networkName} に参加したい場合は、いまのパスワードでもう一度登録してください（続きのリンクをお送りします）。すでに参加済みならサインインしてください。パスワードを忘れた場合は再設定できます。`,
        ],
        action: { label: 'サインインする', link: signInLink },
        outro: [`パスワードの再設定: ${resetLink}`, 'お心当たりがない場合は、このメールは破棄してください。'],
      },
      en: {
        subject: `[${ctx.networkName}] Someone tried to join with your e-mail address`,
        intro: [
          `Someone tried to join ${ctx.networkName} with your e-mail address. It already belongs to a Kizuna account, so no new account was made.`,
          `If you want to join ${ctx.networkName}, register again with your current password (we will send you a link to continue), or sign in if you already joined. If you forgot your password, you can reset it.`,
        ],
        action: { label: 'Sign in', link: signInLink },
        outro: [`Reset your password: ${resetLink}`, 'If this was not you, you can ignore this e-mail.'],
      },
    };
    return render(parts[ctx.locale], SIGNATURE[ctx.locale](ctx.networkName));
  },

  passwordChanged(ctx: MailContext): MailContent {
    const parts: Record<MailLocale, TemplateParts> = {
      ja: {
        subject: `【${ctx.networkName}】パスワードが変更されました`,
        intro: ['アカウントのパスワードが変更されました。'],
        outro: ['お心当たりがない場合は、サインイン画面の「パスワードをお忘れの方」から再設定し、ネットワークの管理者にご連絡ください。'],
      },
      en: {
        subject: `[${ctx.networkName}] Your password was changed`,
        intro: ['The password of your account was just changed.'],
        outro: ['If this was not you, reset it with "Forgot your password?" on the sign-in page and tell your network\'s administrators.'],
      },
    };
    return render(parts[ctx.locale], SIGNATURE[ctx.locale](ctx.networkName));
  },
};
