import { MailContent } from './mail-templates';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** Extra headers (List-Unsubscribe); nodemailer writes them as they are. */
  headers?: Record<string, string>;
}

const escapeHtml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const paragraph = (value: string) =>
  `<p style="margin:0 0 16px">${escapeHtml(value).replace(/\n/g, '<br>')}</p>`;

function text(content: MailContent): string {
  const action = content.action ? [`${content.action.label}:\n${content.action.url}`] : [];
  const unsubscribe = content.unsubscribe
    ? [`${content.unsubscribe.label}:\n${content.unsubscribe.pageUrl}`]
    : [];
  return (
    [content.greeting, ...content.paragraphs, ...action, content.closing, ...unsubscribe].join(
      '\n\n',
    ) + '\n'
  );
}

function unsubscribeHtml(content: MailContent): string {
  if (!content.unsubscribe) {
    return '';
  }
  const { label, pageUrl } = content.unsubscribe;
  return `<p style="margin:24px 0 0;font-size:13px;color:#555"><a href="${escapeHtml(pageUrl)}" style="color:#555">${escapeHtml(label)}</a></p>`;
}

/** RFC 8058: a mail client may offer one-click unsubscribe, a POST to the https URL. */
function headers(content: MailContent): Record<string, string> | undefined {
  if (!content.unsubscribe) {
    return undefined;
  }
  return {
    'List-Unsubscribe': `<${content.unsubscribe.oneClickUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

function html(content: MailContent, language: string): string {
  const action = content.action
    ? `<p style="margin:0 0 16px"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:10px 16px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#555">${escapeHtml(content.action.url)}</p>`
    : '';
  return [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">',
    paragraph(content.greeting),
    ...content.paragraphs.map(paragraph),
    action,
    paragraph(content.closing),
    unsubscribeHtml(content),
    '</body></html>',
  ].join('');
}

/** Plain text and HTML from the same words, so the two parts never say different things. */
export function renderMail(content: MailContent, language: string): RenderedMail {
  const rendered = { subject: content.subject, text: text(content), html: html(content, language) };
  const extra = headers(content);
  return extra ? { ...rendered, headers: extra } : rendered;
}
