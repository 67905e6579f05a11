import { DecisionModel } from '@labelklaar/domain';

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aMe } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { SessionStore } from '../../../core/session/session.store';
import { DecisionModelPageComponent } from './decision-model-page.component';

const model: DecisionModel = {
  id: 'omgekeerde-toets',
  version: '1.0.0',
  name: 'De omgekeerde toets',
  summary: 'Eerst het effect.',
  source: { title: 'De omgekeerde toets', publisher: 'Stimulansz', url: 'https://example.org' },
  situations: ['rules-block-need'],
  timing: 'before',
  suitsWhen: ['Regels knellen'],
  steps: [
    { title: 'Effect', prompt: 'Welk effect wil je?' },
    { title: 'Regels', prompt: 'Welke regels gelden?' },
  ],
  example: { situation: 'Een gezin met schulden', walkthrough: 'Eerst het effect' },
  owner: 'label',
  publishedAt: null,
};

describe('DecisionModelPageComponent', () => {
  let fixture: ComponentFixture<DecisionModelPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function open(role: 'professional' | 'quality-officer', answer: 'model' | 404) {
    TestBed.configureTestingModule({
      imports: [DecisionModelPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(aMe(role));
    fixture = TestBed.createComponent(DecisionModelPageComponent);
    fixture.componentRef.setInput('modelId', model.id);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    TestBed.tick();
    const request = http.expectOne('/api/v1/decision-models/omgekeerde-toets');
    if (answer === 'model') {
      request.flush(model);
    } else {
      request.flush(
        { type: '/problems/not-found', title: 'Niet gevonden', status: 404 },
        { status: 404, statusText: 'Not Found' },
      );
    }
    await settle(fixture);
  }

  afterEach(() => http.verify());

  it('shows when it suits, the steps as prompts, the example and the source', async () => {
    await open('professional', 'model');
    expect(host.querySelector('h1')?.textContent).toContain('De omgekeerde toets');
    const steps = Array.from(host.querySelectorAll('.model-steps > li')).map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(steps).toEqual(['EffectWelk effect wil je?', 'RegelsWelke regels gelden?']);
    expect(host.textContent).toContain('Een gezin met schulden');
    expect(host.textContent).toContain('Uit de bibliotheek');
    expect(host.querySelector('a[href="https://example.org"]')?.textContent).toContain(
      'De omgekeerde toets',
    );
    expect(host.querySelector('button')).toBeNull();
  });

  it('lets the quality officer copy it to an own model', async () => {
    await open('quality-officer', 'model');
    const copy = Array.from(host.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Kopiëren naar eigen model'),
    );
    copy?.click();
    const request = http.expectOne('/api/v1/decision-models/drafts');
    expect(request.request.body).toEqual({ from: 'omgekeerde-toets' });
    request.flush({
      id: '00000000-0000-4000-8000-000000000001',
      owner: 'organisation',
      modelId: 'omgekeerde-toets-eigen',
      content: {},
      violations: [],
      createdAt: '2026-12-01T10:00:00Z',
      updatedAt: '2026-12-01T10:00:00Z',
    });
    await settle(fixture);
  });

  it('says so when the model does not exist for you', async () => {
    await open('professional', 404);
    expect(host.textContent).toContain('Dit model bestaat niet');
    expect(host.querySelector('[role="alert"]')?.textContent?.trim()).toBe('');
  });
});
