import { DecisionModelContent, DecisionModelDraft } from '@labelklaar/domain';

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aMe } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { SessionStore } from '../../../core/session/session.store';
import { DecisionModelDraftPageComponent } from './decision-model-draft-page.component';

const DRAFT_ID = '00000000-0000-4000-8000-000000000001';
const content: DecisionModelContent = {
  id: 'omgekeerde-toets-eigen',
  version: '1.0.0',
  name: 'De omgekeerde toets',
  summary: 'Eerst het effect.',
  source: { title: 'Handreiking', publisher: 'Movisie', year: 2020 },
  situations: ['rules-block-need'],
  timing: 'before',
  suitsWhen: ['Regels knellen', 'Maatwerk'],
  steps: [
    { title: 'Effect', prompt: 'Welk effect wil je?' },
    { title: 'Regels', prompt: 'Welke regels gelden?' },
  ],
  example: { situation: 'Een casus', walkthrough: 'Zo' },
  en: {
    name: 'The reverse test',
    summary: 'Effect first.',
    suitsWhen: ['Rules pinch'],
    steps: [
      { title: 'Effect', prompt: 'What effect?' },
      { title: 'Rules', prompt: 'Which rules?' },
    ],
    example: { situation: 'A case', walkthrough: 'So' },
  },
};
const draft: DecisionModelDraft = {
  id: DRAFT_ID,
  owner: 'organisation',
  modelId: content.id,
  content,
  violations: [],
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
};

describe('DecisionModelDraftPageComponent', () => {
  let fixture: ComponentFixture<DecisionModelDraftPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;
  const byId = <T extends HTMLElement>(id: string) => host.querySelector<T>(`#${id}`);
  const type = (id: string, value: string) => {
    const field = byId<HTMLInputElement | HTMLTextAreaElement>(id);
    if (!field) {
      throw new Error(`no #${id}`);
    }
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [DecisionModelDraftPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(aMe('quality-officer'));
    fixture = TestBed.createComponent(DecisionModelDraftPageComponent);
    fixture.componentRef.setInput('draftId', DRAFT_ID);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne(`/api/v1/decision-models/drafts/${DRAFT_ID}`).flush(draft);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('fills every field from the draft, Dutch and English', () => {
    expect(byId<HTMLInputElement>('dm-name')?.value).toBe('De omgekeerde toets');
    expect(byId<HTMLTextAreaElement>('dm-suitsWhen')?.value).toBe('Regels knellen\nMaatwerk');
    expect(byId<HTMLTextAreaElement>('dm-step-1-prompt')?.value).toBe('Welke regels gelden?');
    expect(byId<HTMLTextAreaElement>('dm-step-1-enPrompt')?.value).toBe('Which rules?');
    expect(byId<HTMLInputElement>('dm-enName')?.value).toBe('The reverse test');
    expect(byId<HTMLInputElement>('dm-sourceYear')?.value).toBe('2020');
  });

  it('saves the edited content unchanged but for the edit', async () => {
    type('dm-step-0-prompt', 'Welk effect wil de bewoner?');
    (host.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const request = http.expectOne(`/api/v1/decision-models/drafts/${DRAFT_ID}`);
    expect(request.request.method).toBe('PUT');
    const sent = (request.request.body as { content: DecisionModelContent }).content;
    expect(sent).toEqual({
      ...content,
      steps: [{ title: 'Effect', prompt: 'Welk effect wil de bewoner?' }, content.steps[1]],
    });
    request.flush({ ...draft, content: sent });
    await settle(fixture);
    expect(host.textContent).toContain('Het concept is opgeslagen.');
  });

  it('shows what the API says is wrong at the field it is about', async () => {
    type('dm-step-1-prompt', '');
    (host.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    http.expectOne(`/api/v1/decision-models/drafts/${DRAFT_ID}`).flush({
      ...draft,
      violations: [
        { location: 'steps[1].prompt', rule: 'schema', detail: 'Een stap heeft een vraag.' },
      ],
    });
    await settle(fixture);
    const field = byId<HTMLTextAreaElement>('dm-step-1-prompt');
    expect(field?.getAttribute('aria-invalid')).toBe('true');
    expect(byId('dm-step-1-prompt-error')?.textContent).toContain('Een stap heeft een vraag.');
    expect(byId<HTMLTextAreaElement>('dm-step-0-prompt')?.getAttribute('aria-invalid')).toBeNull();
    expect(host.querySelector('[aria-labelledby="dm-violations-title"]')?.textContent).toContain(
      'Stap 2: Vraag aan de professional: Een stap heeft een vraag.',
    );
  });

  it('says in Dutch what the schema refuses, at the field', async () => {
    (host.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    http.expectOne(`/api/v1/decision-models/drafts/${DRAFT_ID}`).flush({
      ...draft,
      violations: [
        {
          location: 'en.example.walkthrough',
          rule: 'schema',
          detail: 'must NOT have fewer than 1 characters',
        },
      ],
    });
    await settle(fixture);
    expect(byId('dm-enExampleWalkthrough-error')?.textContent).toContain('Vul dit veld in.');
    expect(host.querySelector('[aria-labelledby="dm-violations-title"]')?.textContent).toContain(
      'Voorbeeld: zo helpt het model (Engels): Vul dit veld in.',
    );
  });
});
