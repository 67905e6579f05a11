import { DecisionModel, DecisionModelDraft, DecisionModelSummary } from '@labelklaar/domain';

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aMe } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { SessionStore } from '../../../core/session/session.store';
import { DecisionModelsPageComponent } from './decision-models-page.component';

const source = { title: 'Handreiking', publisher: 'Movisie' };
function aModel(id: string, name: string, owner: DecisionModel['owner']): DecisionModel {
  return {
    id,
    version: '1.0.0',
    name,
    summary: `Over ${name}.`,
    situations: ['reflecting-afterwards'],
    timing: 'afterwards',
    owner,
    source,
    suitsWhen: ['Achteraf'],
    steps: [{ title: 'Meegewogen', prompt: `Wat heb je meegewogen bij ${name}?` }],
    example: { situation: 'Een casus', walkthrough: 'Zo' },
    en: {
      name: `${name} (en)`,
      summary: 'About it.',
      suitsWhen: ['Afterwards'],
      steps: [{ title: 'Weighed', prompt: 'What did you weigh?' }],
      example: { situation: 'A case', walkthrough: 'So' },
    },
    publishedAt: null,
  };
}
const library = aModel('beslissende-professional', 'De beslissende professional', 'label');
const own = aModel('omgekeerde-toets-eigen', 'Onze omgekeerde toets', 'organisation');
const summary = (m: DecisionModel): DecisionModelSummary => ({
  id: m.id,
  version: m.version,
  name: m.name,
  summary: m.summary,
  situations: m.situations,
  timing: m.timing,
  owner: m.owner,
  source: m.source,
});
const draft: DecisionModelDraft = {
  id: '00000000-0000-4000-8000-000000000001',
  owner: 'organisation',
  modelId: 'omgekeerde-toets-eigen',
  content: { name: 'Concept toets' },
  violations: [],
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
};

describe('DecisionModelsPageComponent', () => {
  let fixture: ComponentFixture<DecisionModelsPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function open(role: 'professional' | 'quality-officer'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [DecisionModelsPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(aMe(role));
    fixture = TestBed.createComponent(DecisionModelsPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/v1/decision-models').flush([summary(library), summary(own)]);
    if (role === 'quality-officer') {
      http.expectOne('/api/v1/decision-models/drafts').flush([draft]);
    }
    http.expectOne(`/api/v1/decision-models/${library.id}`).flush(library);
    http.expectOne(`/api/v1/decision-models/${own.id}`).flush(own);
    await settle(fixture);
  }

  afterEach(() => http.verify());

  it('shows each model with its steps, source and whose it is, and no drafts to a professional', async () => {
    await open('professional');
    const cards = Array.from(host.querySelectorAll('.model-list > li'));
    expect(cards).toHaveLength(2);
    expect(cards[0].textContent).toContain('De beslissende professional');
    expect(cards[0].textContent).toContain('Uit de bibliotheek');
    expect(cards[0].textContent).toContain(
      'Wat heb je meegewogen bij De beslissende professional?',
    );
    expect(cards[0].textContent).toContain('Bron: Handreiking (Movisie)');
    expect(cards[0].textContent).toContain('Je kijkt terug op een besluit');
    expect(cards[1].textContent).toContain('Eigen model van je organisatie');
    expect(host.textContent).not.toContain('Concepten');
    expect(host.querySelector('button')).toBeNull();
  });

  it('lists the quality officer’s drafts and starts a new one', async () => {
    await open('quality-officer');
    expect(host.querySelector('#model-drafts-title')?.textContent).toContain('Concepten');
    expect(host.textContent).toContain('Concept toets');
    const button = Array.from(host.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Nieuw concept'),
    );
    button?.click();
    const request = http.expectOne('/api/v1/decision-models/drafts');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({});
    request.flush(draft);
    await settle(fixture);
  });
});
