import { RubricSummary } from '@labelklaar/domain';

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { NewRoundFormComponent } from './new-round-form.component';

const rubric = (version: string, status: RubricSummary['status']): RubricSummary => ({
  id: 'sterk-sociaal-werk',
  version,
  status,
  title: 'Kwaliteitslabel Sterk Sociaal Werk',
  effectiveDate: '2026-01-01',
  criterionCount: 24,
});

describe('NewRoundFormComponent', () => {
  let fixture: ComponentFixture<NewRoundFormComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [NewRoundFormComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NewRoundFormComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    TestBed.tick();
    http
      .expectOne('/api/v1/rubrics')
      .flush([rubric('0.9.0', 'draft'), rubric('1.0.0', 'published')]);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  const input = (id: string) => host.querySelector<HTMLInputElement>(`#${id}`);
  const fill = (id: string, value: string) => {
    const element = input(id);
    if (element) {
      element.value = value;
      element.dispatchEvent(new Event('input'));
    }
  };

  it('offers only published rubric versions, the newest chosen', () => {
    const select = host.querySelector<HTMLSelectElement>('#new-round-rubric');
    expect(Array.from(select?.options ?? []).map((o) => o.value)).toEqual([
      'sterk-sociaal-werk@1.0.0',
    ]);
    expect(select?.value).toBe('sterk-sociaal-werk@1.0.0');
  });

  it('shows the default self-evaluation deadline, six weeks before the target date', async () => {
    fill('new-round-target', '2099-11-15');
    await settle(fixture);

    expect(host.querySelector('#new-round-deadline')?.textContent).toContain(
      'Uiterste datum zelfevaluatie: 4 oktober 2099',
    );
  });

  it('starts the round with title, version, date, route and carry-over', async () => {
    const created = jest.fn();
    fixture.componentInstance.created.subscribe(created);
    fill('new-round-title', 'Zelfevaluatie 2026');
    fill('new-round-target', '2099-11-15');
    Array.from(host.querySelectorAll('label'))
      .find((label) => label.textContent?.trim() === 'Intercollegiale toetsing')
      ?.querySelector('input')
      ?.click();
    host.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);

    const request = http.expectOne('/api/v1/rounds');
    expect(request.request.body).toEqual({
      title: 'Zelfevaluatie 2026',
      rubricId: 'sterk-sociaal-werk',
      rubricVersion: '1.0.0',
      targetDate: '2099-11-15',
      route: 'peer-review',
      carryOver: true,
    });
    request.flush({ id: 'round-1' }, { status: 201, statusText: 'Created' });
    await settle(fixture);
    expect(created).toHaveBeenCalledWith({ id: 'round-1' });
  });

  it('asks for a title and a date before sending anything', async () => {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);

    http.expectNone('/api/v1/rounds');
    expect(input('new-round-title')?.getAttribute('aria-invalid')).toBe('true');
    expect(host.textContent).toContain('Vul dit veld in.');
  });
});
