import { NOTIFICATION_CATEGORIES } from './notification-categories';
import { NOTIFICATION_KINDS, NotificationKind, notificationText } from './notification-texts';

const KINDS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
const PARAMS = {
  actorName: 'Anna de Vries',
  roundTitle: 'Zelfevaluatie 2026',
  criterionCode: 'VM1',
  comment: 'Graag een bron toevoegen',
  hearingEndsOn: '2026-12-20',
};

describe('notification texts', () => {
  it.each(KINDS)('gives %s a title and a body in Dutch and in English', (kind) => {
    for (const language of ['nl', 'en'] as const) {
      const text = notificationText(kind, language, PARAMS);
      expect(text.title.trim()).not.toBe('');
      expect(text.body.trim()).not.toBe('');
      expect(`${text.title} ${text.body}`).not.toMatch(/undefined|null|\$\{/);
    }
  });

  it.each(KINDS)('says %s differently in Dutch and English', (kind) => {
    expect(notificationText(kind, 'nl', PARAMS).title).not.toBe(
      notificationText(kind, 'en', PARAMS).title,
    );
  });

  it.each(KINDS)('files %s under a known category', (kind) => {
    expect(NOTIFICATION_CATEGORIES).toContain(NOTIFICATION_KINDS[kind].category);
  });

  it('reads a missing parameter as empty, never as "undefined"', () => {
    expect(notificationText('criterion-assigned', 'nl', {}).body).not.toContain('undefined');
  });

  it('still says something for a kind it does not know', () => {
    expect(notificationText('from-a-newer-version', 'nl', {}).title).toBe('Nieuwe melding');
    expect(notificationText('from-a-newer-version', 'en', {}).title).toBe('New notification');
  });

  it('puts the end of the hearing in the leerrapport text, in words in each language', () => {
    expect(notificationText('leerrapport-issued', 'nl', PARAMS).body).toContain(
      'tot en met 20 december 2026.',
    );
    expect(notificationText('leerrapport-issued', 'en', PARAMS).body).toContain(
      'until 20 December 2026 inclusive.',
    );
    expect(notificationText('leerrapport-issued', 'nl', PARAMS).body).not.toMatch(/\d{4}-\d{2}/);
  });
});
