import {
  insertMention,
  mentionCandidates,
  mentionQueryAt,
  mentionsStillInText,
} from './mention-typing';

describe('mention typing', () => {
  it.each([
    ['@', 1, { start: 0, query: '' }],
    ['Vraag voor @jan', 15, { start: 11, query: 'jan' }],
    ['Vraag voor @Jan de', 18, { start: 11, query: 'Jan de' }],
    ['@Zoë', 4, { start: 0, query: 'Zoë' }],
    ['regel\n@an', 9, { start: 6, query: 'an' }],
  ])('finds the mention typed in %j before %i', (text, caret, expected) => {
    expect(mentionQueryAt(text, caret)).toEqual(expected);
  });

  it.each([
    ['geen mention', 12],
    ['mail@example', 12],
    ['@jan is klaar', 13],
    ['@jan ', 5],
    [`@${'a'.repeat(41)}`, 42],
  ])('finds no mention in %j before %i', (text, caret) => {
    expect(mentionQueryAt(text, caret)).toBeNull();
  });

  const members = [
    { id: '1', displayName: 'Jan de Vries' },
    { id: '2', displayName: 'Zoë Janssen' },
    { id: '3', displayName: 'Priya Ramdin' },
  ];

  it.each([
    ['', ['1', '2', '3']],
    ['jan', ['1', '2']],
    ['zoe', ['2']],
    ['RAM', ['3']],
    ['xyz', []],
  ])('offers the members matching %j', (query, ids) => {
    expect(mentionCandidates(members, query).map((member) => member.id)).toEqual(ids);
  });

  it('limits the offer', () => {
    expect(mentionCandidates(members, '', 2)).toHaveLength(2);
  });

  it('replaces the typed mention by the name and puts the caret after it', () => {
    const text = 'Vraag @ja over dit';
    const mention = { start: 6, query: 'ja' };
    expect(insertMention(text, mention, 9, 'Jan de Vries')).toEqual({
      text: 'Vraag @Jan de Vries  over dit',
      caret: 20,
    });
  });

  it('drops the mentions whose name is no longer in the text', () => {
    expect(mentionsStillInText('@Jan de Vries kijk je mee?', members)).toEqual([members[0]]);
  });
});
