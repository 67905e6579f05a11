import { TestBed } from '@angular/core/testing';

import { translocoTesting } from '../../../testing/transloco-testing';
import { LanguageService } from './language.service';

describe('LanguageService.adopt', () => {
  let language: LanguageService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [translocoTesting()] });
    language = TestBed.inject(LanguageService);
    language.use('nl');
    localStorage.clear();
  });

  it("takes the account's language on a device where nobody chose one, without remembering it", () => {
    language.adopt('en');

    expect(language.active()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('labelklaar.language')).toBeNull();
  });

  it('keeps the language chosen on this device', () => {
    language.use('nl');

    language.adopt('en');

    expect(language.active()).toBe('nl');
    expect(localStorage.getItem('labelklaar.language')).toBe('nl');
  });
});
