import { Member } from '@labelklaar/domain';

import { signal } from '@angular/core';

import { MentionPicker } from './mention-picker';

const member = (id: string, displayName: string): Member => ({
  id,
  userId: `u-${id}`,
  email: `${id}@voorbeeld.nl`,
  displayName,
  role: 'contributor',
  joinedAt: '2026-01-01T00:00:00.000Z',
});

describe('MentionPicker', () => {
  const tessa = member('1', 'Tessa Teamleider');
  const mehmet = member('2', 'Mehmet Manager');
  const karin = member('3', 'Karin de Kwaliteit');
  let picker: MentionPicker;

  beforeEach(() => {
    picker = new MentionPicker(signal([tessa, mehmet, karin]));
  });

  it('offers members after an @ and closes outside a mention', () => {
    picker.follow('Vraag @meh', 10);
    expect(picker.candidates()).toEqual([mehmet]);
    expect(picker.isOpen()).toBe(true);
    picker.follow('Vraag', 5);
    expect(picker.isOpen()).toBe(false);
  });

  it('moves through the options round the ends', () => {
    picker.follow('@', 1);
    expect(picker.active()).toBe(0);
    picker.move(-1);
    expect(picker.active()).toBe(2);
    picker.move(1);
    expect(picker.active()).toBe(0);
  });

  it('picks the active option into the text once, and sends only names still in it', () => {
    picker.follow('Hoi @te', 7);
    expect(picker.pick('Hoi @te')).toEqual({ text: 'Hoi @Tessa Teamleider ', caret: 22 });
    expect(picker.isOpen()).toBe(false);
    picker.follow('Hoi @Tessa Teamleider @me', 25);
    picker.pick('Hoi @Tessa Teamleider @me', mehmet);
    expect(picker.picked()).toEqual([tessa, mehmet]);
    expect(picker.mentionsIn('Hoi @Tessa Teamleider, kijk je mee?')).toEqual(['1']);
    picker.unpick(tessa);
    expect(picker.mentionsIn('Hoi @Tessa Teamleider')).toEqual([]);
  });

  it('picks nothing when no mention is being typed', () => {
    picker.follow('Hoi', 3);
    expect(picker.pick('Hoi')).toBeNull();
  });
});
