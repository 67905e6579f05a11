import { SECTOR_MINIMUM_GROUP, SectorReadiness } from '@labelklaar/domain';

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';

import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { SectorPageComponent } from './sector-page.component';

const contributing: SectorReadiness = {
  rubricId: 'sterk-sociaal-werk',
  rubricVersion: '1.0.0',
  minimumGroupSize: SECTOR_MINIMUM_GROUP,
  organisations: 7,
  suppressed: false,
  overall: { median: 55, p25: 40, p75: 70.5 },
  domains: [
    {
      code: 'OPD',
      title: 'Maatschappelijke opdracht',
      organisations: 7,
      median: 60,
      p25: 45,
      p75: 75,
    },
    {
      code: 'IMP',
      title: 'Impact en resultaten',
      organisations: 7,
      median: null,
      p25: null,
      p75: null,
    },
  ],
};

const suppressed: SectorReadiness = {
  rubricId: 'sterk-sociaal-werk',
  rubricVersion: '2.0.0',
  minimumGroupSize: SECTOR_MINIMUM_GROUP,
  organisations: 3,
  suppressed: true,
  overall: null,
  domains: [],
};

describe('SectorPageComponent', () => {
  let fixture: ComponentFixture<SectorPageComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SectorPageComponent, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    const http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SectorPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/v1/sector/readiness').flush([contributing, suppressed]);
    await settle(fixture);
    http.verify();
  });

  it('shows the quartiles per domain of a group that is large enough, as chart and table', () => {
    const cards = host.querySelectorAll('section.card');
    expect(cards[0].querySelector('h2')?.textContent).toContain('Rubric sterk-sociaal-werk 1.0.0');
    expect(cards[0].querySelector('ngx-charts-bar-horizontal')).not.toBeNull();
    expect(cards[0].textContent).toContain(
      '7 organisaties; mediane totale gereedheid 55%. Mediaan per domein: Maatschappelijke opdracht 60%; Impact en resultaten —.',
    );
    const rows = Array.from(cards[0].querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Totaal', '7', '40%', '55%', '70,5%'],
      ['OPD · Maatschappelijke opdracht', '7', '45%', '60%', '75%'],
      ['IMP · Impact en resultaten', '7', '—', '—', '—'],
    ]);
  });

  it('says so instead of showing a group under the minimum, without its size', () => {
    const card = host.querySelectorAll('section.card')[1];
    expect(card.textContent).toContain('Minder dan 5 organisaties');
    expect(card.textContent).not.toContain('3');
    expect(card.querySelector('table')).toBeNull();
  });
});
