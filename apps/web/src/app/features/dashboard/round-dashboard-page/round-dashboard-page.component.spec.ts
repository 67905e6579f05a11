import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

import { aMe, aRubricVersion } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { SessionStore } from '../../../core/session/session.store';
import { aReadinessReport } from '../dashboard.fixtures';
import { RoundDashboardPageComponent } from './round-dashboard-page.component';

describe('RoundDashboardPageComponent', () => {
  let fixture: ComponentFixture<RoundDashboardPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [RoundDashboardPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideNoopAnimations(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(aMe('manager'));
    fixture = TestBed.createComponent(RoundDashboardPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('roundId', 'round-1');
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/v1/rounds/round-1/readiness').flush(aReadinessReport());
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    http.expectOne('/api/v1/rounds').flush([]);
    http.expectOne('/api/v1/rubrics/sterk-sociaal-werk/versions/1.0.0').flush(aRubricVersion());
    await settle(fixture);
  });

  afterEach(() => http.verify());

  const region = (name: string) =>
    Array.from(host.querySelectorAll('section')).find(
      (section) =>
        host.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.textContent?.trim() ===
        name,
    );

  it('shows the readiness against the target, days left and the blockers, linked', () => {
    expect(host.querySelector('h1')?.textContent).toContain('Zelfevaluatie 2027');
    expect(host.textContent).toContain('42,5%');
    expect(host.textContent).toContain('Doel: 100%');
    expect(host.textContent).toContain('Nog 97 dagen');
    const blockers = region('Blokkades voor de audit');
    const link = blockers?.querySelector('ol a');
    expect(link?.textContent).toContain('OPD-02');
    expect(link?.getAttribute('href')).toBe('/rounds/round-1/criteria/OPD-02');
    expect(blockers?.textContent).toContain('Nog niet behaald');
  });

  it('offers the exports as downloads of the API', () => {
    const links = Array.from(host.querySelectorAll<HTMLAnchorElement>('a[download]'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/api/v1/rounds/round-1/dossier.pdf',
      '/api/v1/rounds/round-1/dossier.docx',
      '/api/v1/rounds/round-1/dossier.xlsx',
      '/api/v1/rounds/round-1/criteria.csv',
      '/api/v1/rounds/round-1/dossier.zip',
    ]);
  });

  it('leaves the internal appendix out of the PDF, Word file and zip when the box is unticked', async () => {
    const box = host.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(box?.checked).toBe(true);
    box?.click();
    await fixture.whenStable();
    const links = Array.from(host.querySelectorAll<HTMLAnchorElement>('a[download]'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/api/v1/rounds/round-1/dossier.pdf?internal=false',
      '/api/v1/rounds/round-1/dossier.docx?internal=false',
      '/api/v1/rounds/round-1/dossier.xlsx',
      '/api/v1/rounds/round-1/criteria.csv',
      '/api/v1/rounds/round-1/dossier.zip?internal=false',
    ]);
  });

  it('switches a chart to its table and back, keeping the text summary', async () => {
    const panel = region('Gereedheid per domein');
    const tableView = () => panel?.querySelector('.chart-panel__table');
    expect(panel?.textContent).toContain('Maatschappelijke opdracht 60%; Impact en resultaten —');
    expect(panel?.querySelector('.chart-panel__chart')).not.toBeNull();
    expect(tableView()?.classList).toContain('is-inactive');

    panel?.querySelector<HTMLButtonElement>('button')?.click();
    await fixture.whenStable();
    expect(panel?.querySelector('.chart-panel__chart')).toBeNull();
    expect(tableView()?.classList).not.toContain('is-inactive');
    expect(tableView()?.querySelector('caption')?.textContent).toContain('per domein');
    expect(panel?.querySelector('button')?.textContent).toContain('Toon als grafiek');

    panel?.querySelector<HTMLButtonElement>('button')?.click();
    await fixture.whenStable();
    expect(panel?.querySelector('.chart-panel__chart')).not.toBeNull();
  });

  it('names evidence kinds and owners, and counts overdue actions', () => {
    expect(region('Bewijs dat verloopt voor de streefdatum')?.textContent).toContain(
      'Subsidiebeschikking',
    );
    const actions = region('Verbeteracties per eigenaar');
    expect(actions?.textContent).toContain('Tessa Teamleider');
    expect(actions?.textContent).toContain('Zonder eigenaar');
    expect(actions?.textContent).toContain('3 open, waarvan 1 over tijd; 2 afgerond.');
  });

  it('follows the language switch in chart texts', async () => {
    TestBed.inject(TranslocoService).setActiveLang('en');
    await settle(fixture);
    expect(region('Readiness per domain')?.textContent).toContain(
      'Maatschappelijke opdracht 60%; Impact en resultaten —',
    );
    expect(host.textContent).toContain('97 days left');
  });
});
