import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';

import { translocoTesting } from '../../../testing/transloco-testing';
import { LanguageService } from '../i18n/language.service';
import { LanguageSwitchComponent } from './language-switch.component';

describe('LanguageSwitchComponent', () => {
  let fixture: ComponentFixture<LanguageSwitchComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    document.documentElement.lang = 'nl';
    TestBed.configureTestingModule({ imports: [LanguageSwitchComponent, translocoTesting()] });
    fixture = TestBed.createComponent(LanguageSwitchComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  const button = () => host.querySelector('button');

  it('offers English, marked as English, while the interface is Dutch', () => {
    expect(button()?.textContent?.trim()).toBe('English');
    expect(button()?.querySelector('[lang="en"]')).not.toBeNull();
  });

  it('switches to English, remembers it and updates <html lang>', async () => {
    button()?.click();
    await fixture.whenStable();

    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('labelklaar.language')).toBe('en');
    expect(button()?.textContent?.trim()).toBe('Nederlands');
    expect(button()?.querySelector('[lang="nl"]')).not.toBeNull();
  });

  it('switches back to Dutch with the same button', async () => {
    button()?.click();
    await fixture.whenStable();
    button()?.click();
    await fixture.whenStable();

    expect(TestBed.inject(LanguageService).active()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(button()?.textContent?.trim()).toBe('English');
  });
});

describe('LanguageService.init', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [translocoTesting()] });
  });

  it('starts in Dutch when nothing is remembered', async () => {
    await TestBed.inject(LanguageService).init();

    expect(TestBed.inject(LanguageService).active()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('starts in the remembered language', async () => {
    localStorage.setItem('labelklaar.language', 'en');

    await TestBed.inject(LanguageService).init();

    expect(TestBed.inject(LanguageService).active()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a remembered value that is not a supported language', async () => {
    localStorage.setItem('labelklaar.language', 'fr');

    await TestBed.inject(LanguageService).init();

    expect(TestBed.inject(LanguageService).active()).toBe('nl');
  });
});
