import { DecisionModel, DecisionModelSummary, Reflection, TeamSummary } from '@labelklaar/domain';

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aMe } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { SessionStore } from '../../../core/session/session.store';
import { ReflectionsPageComponent } from './reflections-page.component';

const team: TeamSummary = {
  id: 'team-1',
  name: 'Wijkteam Noord',
  description: '',
  memberCount: 2,
  leads: [],
  myRole: 'member',
  createdAt: '2026-01-01T00:00:00Z',
};
const source = { title: 'Bron', publisher: 'Movisie' };
const summaries: DecisionModelSummary[] = [
  {
    id: 'beslissende-professional',
    version: '1.0.0',
    name: 'De beslissende professional',
    summary: 'Achteraf reflecteren.',
    situations: ['reflecting-afterwards'],
    timing: 'afterwards',
    owner: 'label',
    source,
  },
  {
    id: 'omgekeerde-toets',
    version: '1.0.0',
    name: 'De omgekeerde toets',
    summary: 'Eerst het effect.',
    situations: ['rules-block-need'],
    timing: 'before',
    owner: 'label',
    source,
  },
];
const model: DecisionModel = {
  id: 'beslissende-professional',
  version: '1.0.0',
  name: 'De beslissende professional',
  summary: 'Achteraf reflecteren.',
  situations: ['reflecting-afterwards'],
  timing: 'afterwards',
  owner: 'label',
  source,
  suitsWhen: ['Achteraf'],
  steps: [
    { title: 'Meegewogen', prompt: 'Wat heb je meegewogen?' },
    { title: 'Stappen', prompt: 'Welke stappen zette je?' },
  ],
  example: { situation: 'Een casus', walkthrough: 'Zo' },
  publishedAt: null,
};

describe('ReflectionsPageComponent', () => {
  let fixture: ComponentFixture<ReflectionsPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  const text = (selector: string) => host.querySelector(selector)?.textContent?.trim() ?? '';
  const byId = <T extends HTMLElement>(id: string) => host.querySelector<T>(`#${id}`);
  const type = (id: string, value: string) => {
    const field = byId<HTMLInputElement | HTMLTextAreaElement>(id);
    if (field) {
      field.value = value;
      field.dispatchEvent(new Event('input'));
    }
  };
  const choose = (id: string, value: string) => {
    const select = byId<HTMLSelectElement>(id);
    if (select) {
      select.value = value;
      select.dispatchEvent(new Event('change'));
    }
  };
  const buttonNamed = (name: string) =>
    Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.includes(name));
  const radioNamed = (name: string, label: string) =>
    Array.from(host.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)).find((input) =>
      input.parentElement?.textContent?.includes(label),
    );

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ReflectionsPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(aMe('professional'));
    fixture = TestBed.createComponent(ReflectionsPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/v1/teams').flush([team]);
    http.expectOne('/api/v1/decision-models').flush(summaries);
    http
      .expectOne((r) => r.url === '/api/v1/reflections' && r.params.get('scope') === 'mine')
      .flush([]);
    http
      .expectOne((r) => r.url === '/api/v1/reflections' && r.params.get('scope') === 'shared')
      .flush([]);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('says to write anonymised before the first field', () => {
    const notice = host.querySelector('#reflection-privacy');
    expect(notice?.textContent).toContain('Schrijf geanonimiseerd');
    const firstField = host.querySelector('form input, form select, form textarea');
    expect(
      notice &&
        firstField &&
        notice.compareDocumentPosition(firstField) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('suggests a model from the chooser and shows its steps as prompts', async () => {
    buttonNamed('Welk model past?')?.click();
    await settle(fixture);
    radioNamed('chooser-moment', 'Ik kijk terug')?.click();
    radioNamed('chooser-choosingIntervention', 'Nee')?.click();
    radioNamed('chooser-rulesInTheWay', 'Nee')?.click();
    await settle(fixture);
    expect(text('#model-chooser')).toContain('De beslissende professional');
    expect(text('#model-chooser')).not.toContain('De omgekeerde toets');

    buttonNamed('Gebruik dit model')?.click();
    TestBed.tick();
    http.expectOne('/api/v1/decision-models/beslissende-professional').flush(model);
    await settle(fixture);

    expect(byId<HTMLSelectElement>('reflection-model')?.value).toBe('beslissende-professional');
    expect(text('label[for="reflection-prompt-0"]')).toBe('1. Meegewogen');
    expect(text('#reflection-prompt-hint-1')).toBe('Welke stappen zette je?');
  });

  it('sends the prompt answers by step and shows the privacy refusal on the named fields', async () => {
    choose('reflection-model', 'beslissende-professional');
    TestBed.tick();
    http.expectOne('/api/v1/decision-models/beslissende-professional').flush(model);
    await settle(fixture);

    choose('reflection-team', 'team-1');
    choose('reflection-kind', 'close-trajectory');
    type('reflection-prompt-1', 'Gebeld met 0612345678');
    type('reflection-decision', 'Afsluiten, BSN 111222333');
    type('reflection-steps', 'Eerst gesproken\n\nToen besloten');
    buttonNamed('Reflectie opslaan')?.click();
    await settle(fixture);

    const request = http.expectOne((r) => r.method === 'POST' && r.url === '/api/v1/reflections');
    expect(request.request.body).toMatchObject({
      teamId: 'team-1',
      decisionKind: 'close-trajectory',
      modelId: 'beslissende-professional',
      promptAnswers: [
        { promptId: 'step-1', answer: '' },
        { promptId: 'step-2', answer: 'Gebeld met 0612345678' },
      ],
      steps: ['Eerst gesproken', 'Toen besloten'],
      isShared: false,
    });
    request.flush(
      {
        type: '/problems/personal-data-in-text',
        title: 'Persoonsgegevens in de tekst',
        status: 422,
        detail: 'Haal de persoonsgegevens weg.',
        errors: [
          {
            field: 'promptAnswers[1].answer',
            code: 'phone',
            message: 'Haal het telefoonnummer 06…78 weg.',
          },
          { field: 'decision', code: 'bsn', message: 'Haal het BSN 11…33 weg.' },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle(fixture);

    expect(text('#reflection-decision-error')).toBe('Haal het BSN 11…33 weg.');
    expect(byId('reflection-decision')?.getAttribute('aria-invalid')).toBe('true');
    expect(text('#reflection-prompt-error-1')).toBe('Haal het telefoonnummer 06…78 weg.');
    expect(byId('reflection-prompt-1')?.getAttribute('aria-invalid')).toBe('true');
    expect(byId('reflection-prompt-0')?.getAttribute('aria-invalid')).toBeNull();
  });

  it('lists a saved reflection as mine and says it was brought to the team', async () => {
    choose('reflection-team', 'team-1');
    choose('reflection-kind', 'other');
    type('reflection-decision', 'Doorgaan');
    const share = byId<HTMLInputElement>('reflection-form-title')
      ?.closest('section')
      ?.querySelector<HTMLInputElement>('input[formcontrolname="isShared"]');
    share?.click();
    buttonNamed('Reflectie opslaan')?.click();
    await settle(fixture);
    const saved: Reflection = {
      id: 'r-1',
      teamId: 'team-1',
      teamName: 'Wijkteam Noord',
      authorId: 'user-1',
      authorName: 'Karin de Vries',
      isOwn: true,
      date: '2026-12-07',
      decisionKind: 'other',
      dilemmas: [],
      modelId: null,
      modelVersion: null,
      promptAnswers: [],
      considerations: [],
      steps: [],
      decision: 'Doorgaan',
      insight: '',
      isShared: true,
      createdAt: '2026-12-07T10:00:00Z',
      updatedAt: '2026-12-07T10:00:00Z',
    };
    const request = http.expectOne((r) => r.method === 'POST');
    expect(request.request.body.isShared).toBe(true);
    request.flush(saved);
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    http
      .expectOne((r) => r.url === '/api/v1/reflections' && r.params.get('scope') === 'shared')
      .flush([saved]);
    await settle(fixture);

    expect(host.textContent).toContain('Je reflectie is opgeslagen en ingebracht in het team.');
    expect(text('section[aria-labelledby="reflections-mine-title"] .item')).toContain(
      'Ingebracht in het team',
    );
    // Mine is not listed a second time under the colleagues' reflections.
    expect(text('section[aria-labelledby="reflections-shared-title"]')).toContain(
      'Je teams hebben nog geen reflecties ingebracht.',
    );
  });
});
