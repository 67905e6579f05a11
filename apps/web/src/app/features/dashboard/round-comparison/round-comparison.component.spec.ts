import { RoundComparison } from '@labelklaar/domain';

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { aTrend } from '../dashboard.fixtures';
import { RoundComparisonComponent } from './round-comparison.component';

const comparison: RoundComparison = {
  from: { id: 'round-0', title: 'Zelfevaluatie 2025' },
  to: { id: 'round-1', title: 'Zelfevaluatie 2027' },
  counts: { improved: 1, declined: 0, unchanged: 0, added: 1, removed: 0 },
  criteria: [
    {
      code: 'OPD-01',
      title: 'Opdracht helder',
      domainCode: 'OPD',
      change: 'improved',
      before: { level: 2, status: 'gap', rationale: 'Nog in ontwikkeling.' },
      after: { level: 3, status: 'met', rationale: 'In alle teams besproken.' },
    },
    {
      code: 'IMP-06',
      title: 'Nieuw criterium',
      domainCode: 'IMP',
      change: 'added',
      before: null,
      after: { level: null, status: 'not-scored', rationale: '' },
    },
  ],
};

describe('RoundComparisonComponent', () => {
  let fixture: ComponentFixture<RoundComparisonComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [RoundComparisonComponent, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RoundComparisonComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('rounds', aTrend().rounds);
    fixture.detectChanges();
    TestBed.tick();
  });

  afterEach(() => http.verify());

  it('compares the two latest rounds first, each side with its rationale', async () => {
    http.expectOne('/api/v1/rounds/round-1/comparison?with=round-0').flush(comparison);
    await settle(fixture);

    expect(host.textContent).toContain('Zelfevaluatie 2025 vergeleken met Zelfevaluatie 2027');
    const rows = host.querySelectorAll('tbody tr');
    expect(rows[0].textContent).toContain('Verbeterd');
    expect(rows[0].textContent).toContain('Nog in ontwikkeling.');
    expect(rows[0].textContent).toContain('In alle teams besproken.');
    expect(rows[1].textContent).toContain('Niet in deze ronde');
  });

  it('narrows the table to one kind of change', async () => {
    http.expectOne('/api/v1/rounds/round-1/comparison?with=round-0').flush(comparison);
    await settle(fixture);
    const filter = host.querySelector<HTMLSelectElement>('#comparison-show');
    if (filter) {
      filter.value = 'added';
      filter.dispatchEvent(new Event('change'));
    }
    await settle(fixture);

    const rows = host.querySelectorAll('tbody tr');
    expect(rows.length).toBe(1);
    expect(rows[0].textContent).toContain('IMP-06');
  });

  it('asks for two different rounds instead of comparing a round with itself', async () => {
    http.expectOne('/api/v1/rounds/round-1/comparison?with=round-0').flush(comparison);
    await settle(fixture);
    const from = host.querySelector<HTMLSelectElement>('#comparison-from');
    if (from) {
      from.value = 'round-1';
      from.dispatchEvent(new Event('change'));
    }
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Kies twee verschillende rondes.',
    );
  });
});
