import { ReviewFinding } from '@labelklaar/domain';

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { FindingFormComponent } from './finding-form.component';

const URL = '/api/v1/reviews/review-1/findings/OPD-01';

const aFinding = (overrides: Partial<ReviewFinding> = {}): ReviewFinding => ({
  criterionCode: 'OPD-01',
  judgement: 'partly-meets',
  finding: 'Oud',
  questions: '',
  response: null,
  actionId: null,
  updatedAt: '2026-03-01T10:00:00.000Z',
  version: 3,
  ...overrides,
});

describe('FindingFormComponent', () => {
  let fixture: ComponentFixture<FindingFormComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function create(finding: ReviewFinding | null): Promise<void> {
    fixture = TestBed.createComponent(FindingFormComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('reviewId', 'review-1');
    fixture.componentRef.setInput('criterionCode', 'OPD-01');
    fixture.componentRef.setInput('finding', finding);
    fixture.componentRef.setInput('canEdit', true);
    fixture.componentRef.setInput('delayMs', 0);
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [FindingFormComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const text = () => host.querySelector<HTMLTextAreaElement>('#finding-OPD-01');
  const type = async (value: string) => {
    const field = text();
    if (field) {
      field.value = value;
      field.dispatchEvent(new Event('input'));
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  };
  const button = (name: string) =>
    Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);

  it('saves with the version it saw, and the next save with the version that came back', async () => {
    await create(aFinding());
    await type('Nieuw');
    const first = http.expectOne(URL);
    expect(first.request.body).toEqual({
      judgement: 'partly-meets',
      finding: 'Nieuw',
      questions: '',
      version: 3,
    });
    first.flush(aFinding({ finding: 'Nieuw', version: 4 }));
    await settle(fixture);
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Opgeslagen');

    await type('Nieuwer');
    const second = http.expectOne(URL);
    expect(second.request.body).toEqual(expect.objectContaining({ version: 4 }));
    second.flush(aFinding({ finding: 'Nieuwer', version: 5 }));
  });

  it('sends no version for a finding not written yet', async () => {
    await create(null);
    host.querySelector<HTMLInputElement>('input[type="radio"][value="meets"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const request = http.expectOne(URL);
    expect(request.request.body).toEqual({ judgement: 'meets', finding: '', questions: '' });
    request.flush(aFinding({ judgement: 'meets', finding: '', version: 1 }));
    await settle(fixture);
  });

  it('shows the version saved elsewhere and loads it on request', async () => {
    await create(aFinding());
    await type('Mijn tekst');
    http.expectOne(URL).flush(
      {
        type: '/problems/version-conflict',
        title: 'Intussen gewijzigd',
        status: 409,
        detail: '…',
        current: aFinding({ finding: 'Uit het andere tabblad', version: 6 }),
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);

    const alert = host.querySelector('.conflict[role="alert"]');
    expect(alert?.textContent).toContain('Dit is intussen elders opgeslagen');
    expect(alert?.textContent).toContain('Bevinding');
    expect(alert?.textContent).toContain('Uit het andere tabblad');
    expect(text()?.value).toBe('Mijn tekst');

    button('De andere versie laden')?.click();
    await settle(fixture);
    expect(text()?.value).toBe('Uit het andere tabblad');
    expect(host.querySelector('.conflict')).toBeNull();
  });
});
