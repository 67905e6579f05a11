import {
  DAILY_DIGEST,
  DEFAULT_DELIVERY,
  deliveryFor,
  isNotificationCategory,
  isUnsubscribeTopic,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_DELIVERIES,
  topicDelivery,
  withoutDailyDigest,
} from './notification-categories';

describe('notification categories', () => {
  it('give every category a default delivery', () => {
    for (const category of NOTIFICATION_CATEGORIES) {
      expect(NOTIFICATION_DELIVERIES).toContain(DEFAULT_DELIVERY[category]);
    }
    expect(Object.keys(DEFAULT_DELIVERY).sort()).toEqual([...NOTIFICATION_CATEGORIES].sort());
  });

  it('follow the person’s choice and fall back to the default', () => {
    expect(deliveryFor('answer-ready', {})).toBe('digest');
    expect(deliveryFor('answer-ready', { 'answer-ready': 'off' })).toBe('off');
    expect(deliveryFor('mention', { 'answer-ready': 'off' })).toBe('immediate');
  });

  it('know which strings are categories', () => {
    expect(isNotificationCategory('mention')).toBe(true);
    expect(isNotificationCategory('invitation')).toBe(false);
    expect(isNotificationCategory(3)).toBe(false);
  });
});

describe('unsubscribing from the daily digest', () => {
  it('switches off exactly the categories that reach the person in the digest', () => {
    const off = withoutDailyDigest({ 'answer-ready': 'immediate', mention: 'digest' });

    expect(off['answer-ready']).toBeUndefined();
    expect(off.mention).toBe('off');
    expect(off['deadline-reminder']).toBe('off');
    expect(off['criterion-assigned']).toBeUndefined();
    for (const category of NOTIFICATION_CATEGORIES) {
      const after = { ...{ 'answer-ready': 'immediate' as const }, ...off };
      expect(deliveryFor(category, after)).not.toBe('digest');
    }
  });

  it('says the digest is on while any category uses it', () => {
    expect(topicDelivery(DAILY_DIGEST, {})).toBe('digest');
    expect(topicDelivery(DAILY_DIGEST, withoutDailyDigest({}))).toBe('off');
    expect(topicDelivery('mention', {})).toBe('immediate');
    expect(isUnsubscribeTopic(DAILY_DIGEST)).toBe(true);
    expect(isUnsubscribeTopic('digest')).toBe(false);
  });
});
