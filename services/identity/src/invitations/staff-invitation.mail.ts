/** The staff invitation e-mail, in Japanese and English: plain text and simple HTML. */
export interface StaffInvitationMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const ROLE_NAMES: Record<'ja' | 'en', Record<string, string>> = {
  ja: { admin: '管理者', staff: 'スタッフ', member: 'メンバー' },
  en: { admin: 'an administrator', staff: 'staff', member: 'a member' },
};

export function staffInvitationMail(input: {
  locale: string;
  networkName: string;
  inviterName: string | null;
  role: string;
  customRoleName: string | null;
  message: string | null;
  link: string;
  expiresAt: Date;
}): StaffInvitationMail {
  const ja = !input.locale.toLowerCase().startsWith('en');
  const roleName = input.customRoleName ?? ROLE_NAMES[ja ? 'ja' : 'en'][input.role] ?? input.role;
  const until = input.expiresAt.toISOString().slice(0, 10);
  const inviter = input.inviterName ?? (ja ? '管理者' : 'An administrator');
  const subject = ja ? `【${input.networkName}】運営メンバーへの招待` : `[${input.networkName}] You are invited to help run the network`;
  const intro = ja
    ? [`${inviter} さんが、あなたを ${input.networkName} の「${roleName}」として招待しました。`]
    : [`${inviter} invited you to ${input.networkName} as ${input.customRoleName ? `"${roleName}"` : roleName}.`];
  const note = input.message ? [ja ? `メッセージ: ${input.message}` : `Message: ${input.message}`] : [];
  const action = ja ? '招待を受ける' : 'Accept the invitation';
  const outro = ja
    ? [`このリンクは ${until} まで有効で、一度だけ使えます。お心当たりがない場合は、このメールを破棄してください。`]
    : [`The link works once, until ${until}. If you do not know what this is about, ignore this e-mail.`];
  const signature = `${input.networkName} (Kizuna)`;
  const text = [...intro, ...note, `${action}:\n${input.link}`, ...outro, signature].join('\n\n');
  const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.6;color:#222">${paragraphs([...intro, ...note])}<p><a href="${escapeHtml(input.link)}" style="display:inline-block;padding:10px 18px;background:#1c7ed6;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action)}</a></p><p style="font-size:12px;color:#666">${escapeHtml(input.link)}</p>${paragraphs(outro)}<p style="color:#666">${escapeHtml(signature)}</p></body></html>`;
  return { subject, text, html };
}
