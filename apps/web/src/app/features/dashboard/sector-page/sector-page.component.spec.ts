import { SECTOR_MINIMUM_GROUP, SectorReadiness } from '@labelklaar/domain';

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';

import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { SectorPageComponent } from './sector-page.component';

const SAME_VERSION = {
  comparison: 'same-version',
  criteriaLeftOut: 0,
  organisationsLeftOut: 0,
} as const;

const contributing: SectorReadiness = {
  rubricId: 'sterk-sociaal-werk',
  rubricVersion: '1.1.0',
  minimumGroupSize: SECTOR_MINIMUM_GROUP,
  organisations: 7,
  suppressed: false,
  comparison: 'via-mapping',
  criteriaLeftOut: 4,
  organisationsLeftOut: 0,
  versions: [
    { version: '1.0.0', organisations: 3, role: 'via-mapping', criteriaLeftOut: 5 },
    { version: '1.1.0', organisations: 4, role: 'basis', criteriaLeftOut: 4 },
  ],
  overall: { median: 55, p25: 40, p75: 70.5 },
  domains: [
    {
      code: 'OPD',
      title: 'Maatschappelijke opdracht',
      organisations: 7,
      median: 60,
      p25: 45,
      p75: 75,
      comparison: 'via-mapping',
      criteriaLeftOut: 0,
      organisationsLeftOut: 0,
    },
    {
      code: 'IMP',
      title: 'Impact en resultaten',
      organisations: 7,
      median: null,
      p25: null,
      p75: null,
      comparison: 'same-version',
      criteriaLeftOut: 0,
      organisationsLeftOut: 3,
    },
  ],
};

const suppressed: SectorReadiness = {
  rubricId: 'kleine-rubric',
  rubricVersion: '2.0.0',
  minimumGroupSize: SECTOR_MINIMUM_GROUP,
  organisations: 3,
  suppressed: true,
  ...SAME_VERSION,
  overall: null,
  domains: [],
  versions: [{ version: '2.0.0', organisations: 3, role: 'basis', criteriaLeftOut: 0 }],
};

describe('SectorPageComponent', () => {
  let fixture: ComponentFixture<SectorPageComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SectorPageComponent, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
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
    expect(cards[0].querySelector('h2')?.textContent).toContain(
      'Normenkader sterk-sociaal-werk 1.1.0',
    );
    expect(cards[0].querySelector('ngx-charts-bar-horizontal')).not.toBeNull();
    expect(cards[0].textContent).toContain(
      '7 organisaties; mediane totale gereedheid 55%. Mediaan per domein: Maatschappelijke opdracht 60%; Impact en resultaten —.',
    );
    const rows = Array.from(cards[0].querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Totaal', '7', '40%', '55%', '70,5%', 'Via de koppeling'],
      ['OPD · Maatschappelijke opdracht', '7', '45%', '60%', '75%', 'Via de koppeling'],
      ['IMP · Impact en resultaten', '7', '—', '—', '—', 'Zelfde versie'],
    ]);
  });

  it('says which version it compares on and how the other versions count', () => {
    const notes = Array.from(host.querySelectorAll('section.card')[0].querySelectorAll('li')).map(
      (item) => item.textContent?.trim(),
    );
    expect(notes).toEqual([
      'Vergeleken op versie 1.1.0: 4 organisaties op deze versie.',
      '3 organisaties op 1.0.0 via de koppeling.',
      '4 criteria van versie 1.1.0 zijn weggelaten: ze zijn samengevoegd, gesplitst of nieuw en dus niet te vergelijken.',
      'Impact en resultaten: alleen organisaties op versie 1.1.0; de criteria zijn niet één op één gekoppeld.',
    ]);
  });

  it('asks for the figures on another basis version when one is chosen', async () => {
    const select = host.querySelector<HTMLSelectElement>('#sector-basis-sterk-sociaal-werk');
    expect(select?.value).toBe('1.1.0');
    if (select === null) {
      throw new Error('no version select');
    }
    select.value = '1.0.0';
    select.dispatchEvent(new Event('change'));
    TestBed.tick();
    http.expectOne('/api/v1/sector/readiness').flush([contributing, suppressed]);
    http
      .expectOne('/api/v1/sector/readiness?rubricId=sterk-sociaal-werk&version=1.0.0')
      .flush([{ ...contributing, rubricVersion: '1.0.0' }]);
    await settle(fixture);
    expect(host.querySelector('section.card h2')?.textContent).toContain(
      'Normenkader sterk-sociaal-werk 1.0.0',
    );
    http.verify();
  });

  it('says so instead of showing a group under the minimum, without its size', () => {
    const card = host.querySelectorAll('section.card')[1];
    expect(card.textContent).toContain('Minder dan 5 organisaties');
    expect(card.textContent).not.toContain('3');
    expect(card.querySelector('table')).toBeNull();
  });
});
