import { Digest, DigestItem } from '@labelklaar/domain';

export type DigestLanguage = 'nl' | 'en';

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export interface DigestMailContext {
  language: DigestLanguage;
  /** The words of one notification (notificationText). */
  words: (item: DigestItem) => { title: string; body: string };
  /** An absolute link into the web app. */
  link: (path: string) => string;
  /** The page that turns the daily digest off, and its one-click address (RFC 8058). */
  unsubscribe?: { pageUrl: string; oneClickUrl: string };
}

const WORDS = {
  nl: {
    subject: (n: number) => `Labelklaar: ${n} ${n === 1 ? 'melding' : 'meldingen'} van vandaag`,
    intro: 'Hallo,\n\nDit is je dagelijkse overzicht van Labelklaar.',
    other: 'Overig',
    view: 'Bekijken',
    closing: 'Met vriendelijke groet,\nLabelklaar',
    unsubscribe: 'Geen dagelijks overzicht meer per e-mail',
  },
  en: {
    subject: (n: number) => `Labelklaar: ${n} ${n === 1 ? 'notification' : 'notifications'} today`,
    intro: 'Hello,\n\nThis is your daily overview from Labelklaar.',
    other: 'Other',
    view: 'View',
    closing: 'Kind regards,\nLabelklaar',
    unsubscribe: 'No more daily overview by e-mail',
  },
} as const;

const escapeHtml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const html = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

/**
 * One person's daily digest as plain text and HTML from the same words: by organisation, then by
 * round, each notification with its absolute link.
 */
export function renderDigestMail(digest: Digest, context: DigestMailContext): DigestMail {
  const w = WORDS[context.language];
  const text: string[] = [w.intro];
  const body: string[] = [`<p style="margin:0 0 16px">${html(w.intro)}</p>`];
  for (const organisation of digest.organisations) {
    const name = organisation.organisationName ?? w.other;
    text.push(`== ${name} ==`);
    body.push(`<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(name)}</h2>`);
    for (const round of organisation.rounds) {
      if (round.roundTitle) {
        text.push(round.roundTitle);
        body.push(
          `<h3 style="font-size:16px;margin:16px 0 8px">${escapeHtml(round.roundTitle)}</h3>`,
        );
      }
      const items = round.items.map((item) => ({
        ...context.words(item),
        url: context.link(item.link),
      }));
      text.push(items.map((i) => `- ${i.title}\n  ${i.body}\n  ${i.url}`).join('\n'));
      body.push(
        `<ul style="padding-left:20px;margin:0 0 16px">${items
          .map(
            (i) =>
              `<li style="margin:0 0 8px"><a href="${escapeHtml(i.url)}">${escapeHtml(i.title)}</a><br>${escapeHtml(i.body)}</li>`,
          )
          .join('')}</ul>`,
      );
    }
  }
  text.push(w.closing);
  body.push(`<p style="margin:16px 0">${html(w.closing)}</p>`);
  const { unsubscribe } = context;
  if (unsubscribe) {
    text.push(`${w.unsubscribe}:\n${unsubscribe.pageUrl}`);
    body.push(
      `<p style="margin:24px 0 0;font-size:13px;color:#555"><a href="${escapeHtml(unsubscribe.pageUrl)}" style="color:#555">${escapeHtml(w.unsubscribe)}</a></p>`,
    );
  }
  const subject = w.subject(digest.itemCount);
  const mail: DigestMail = {
    subject,
    text: `${text.join('\n\n')}\n`,
    html: `<!doctype html><html lang="${context.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">${body.join('')}</body></html>`,
  };
  return unsubscribe
    ? {
        ...mail,
        headers: {
          'List-Unsubscribe': `<${unsubscribe.oneClickUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      }
    : mail;
}
