import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/members', '/members'],
    ['/rubrics/sterk-sociaal-werk/1.0.0?tab=x', '/rubrics/sterk-sociaal-werk/1.0.0?tab=x'],
    [undefined, '/'],
    ['', '/'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['members', '/'],
  ])('follows %p as %p', (input, expected) => {
    expect(safeReturnUrl(input)).toBe(expected);
  });
});
