import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { translocoTesting } from '../../../../testing/transloco-testing';
import { CriterionHeaderComponent } from './criterion-header.component';

@Component({
  imports: [CriterionHeaderComponent],
  template: `
    <lk-criterion-header [domain]="domain" [criterion]="criterion()" contentLang="nl">
      <li class="badge">Extra</li>
    </lk-criterion-header>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostComponent {
  readonly domain = { code: 'VAK' as const, title: 'Vakmanschap' };
  readonly criterion = signal({ code: 'VAK-03', title: 'Registratie', required: true });
}

describe('CriterionHeaderComponent', () => {
  async function render(): Promise<HTMLElement> {
    TestBed.configureTestingModule({ imports: [HostComponent, translocoTesting()] });
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the domain, and code and title as the one h1, the content marked as Dutch', async () => {
    const host = await render();
    expect(host.querySelector('.eyebrow')?.textContent).toContain('VAK');
    expect(host.querySelector('.eyebrow span')?.getAttribute('lang')).toBe('nl');
    const headings = host.querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    expect(headings[0].querySelector('.criterion-code')?.textContent).toBe('VAK-03');
    expect(headings[0].querySelector('[lang="nl"]')?.textContent).toBe('Registratie');
  });

  it('lists the required badge followed by the projected badges', async () => {
    const host = await render();
    const badges = Array.from(host.querySelectorAll('ul.criterion-badges > li'), (li) =>
      li.textContent?.trim(),
    );
    expect(badges).toEqual(['Verplicht', 'Extra']);
  });

  it('leaves the required badge out for an optional criterion', async () => {
    TestBed.configureTestingModule({ imports: [HostComponent, translocoTesting()] });
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.criterion.set({ code: 'OPD-01', title: 'Visie', required: false });
    fixture.detectChanges();
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const badges = Array.from(host.querySelectorAll('ul.criterion-badges > li'), (li) =>
      li.textContent?.trim(),
    );
    expect(badges).toEqual(['Extra']);
  });
});
