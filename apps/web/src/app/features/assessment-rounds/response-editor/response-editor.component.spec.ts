import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { aMe, aResponse, aRubricVersion } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { SessionStore } from '../../../core/session/session.store';
import { ResponseEditorComponent } from './response-editor.component';

const URL = '/api/v1/rounds/round-1/responses/VAK-03';
const criterion = aRubricVersion().domains[0].criteria[0];

describe('ResponseEditorComponent', () => {
  let fixture: ComponentFixture<ResponseEditorComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ResponseEditorComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ResponseEditorComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('roundId', 'round-1');
    fixture.componentRef.setInput('criterion', criterion);
    fixture.componentRef.setInput('response', aResponse({ version: 3, rationale: 'Oud' }));
    fixture.componentRef.setInput('canEdit', true);
    fixture.componentRef.setInput('delayMs', 0);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const rationale = () => host.querySelector<HTMLTextAreaElement>('#response-rationale');
  const type = async (text: string) => {
    const field = rationale();
    if (field) {
      field.value = text;
      field.dispatchEvent(new Event('input'));
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  };
  const button = (name: string) =>
    Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);

  it('saves the rationale by itself, with the version it saw', async () => {
    await type('Nieuwe toelichting');

    const request = http.expectOne(URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual(
      expect.objectContaining({ version: 3, rationale: 'Nieuwe toelichting', level: null }),
    );
    request.flush(aResponse({ version: 4, rationale: 'Nieuwe toelichting' }));
    await settle(fixture);

    expect(host.querySelector('[role="status"]')?.textContent).toContain('Opgeslagen');
  });

  it('shows who changed it and what on a conflict, and loads their version on request', async () => {
    await type('Mijn tekst');
    http.expectOne(URL).flush(
      {
        type: '/problems/version-conflict',
        title: 'Intussen gewijzigd',
        status: 409,
        detail: 'Sam Jansen heeft dit intussen gewijzigd.',
        current: aResponse({
          version: 5,
          level: 2,
          rationale: 'Tekst van Sam',
          updatedBy: { userId: 'user-2', displayName: 'Sam Jansen' },
        }),
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);

    const alert = host.querySelector('.conflict[role="alert"]');
    expect(alert?.textContent).toContain('Sam Jansen heeft dit antwoord intussen gewijzigd');
    expect(alert?.textContent).toContain('In de andere versie zijn 2 velden anders:');
    expect(alert?.textContent).toContain('Huidig niveau');
    expect(alert?.textContent).toContain('Tekst van Sam');
    expect(rationale()?.value).toBe('Mijn tekst');

    button('De andere versie laden')?.click();
    await settle(fixture);

    expect(rationale()?.value).toBe('Tekst van Sam');
    expect(host.querySelector('.conflict')).toBeNull();
  });

  it('says the other version was my own, from another tab, when I saved it, in the singular', async () => {
    const me = aMe();
    TestBed.inject(SessionStore).signedIn(me);
    await type('Mijn tekst');
    http.expectOne(URL).flush(
      {
        type: '/problems/version-conflict',
        title: 'Intussen gewijzigd',
        status: 409,
        detail: '…',
        current: aResponse({
          version: 5,
          rationale: 'Tekst uit het andere tabblad',
          updatedBy: { userId: me.user.id, displayName: me.user.displayName },
        }),
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);

    const alert = host.querySelector('.conflict[role="alert"]');
    expect(alert?.textContent).toContain('Je hebt dit antwoord in een ander tabblad gewijzigd');
    expect(alert?.textContent).not.toContain(me.user.displayName);
    expect(alert?.textContent).toContain('In de andere versie is 1 veld anders:');
  });

  it('keeps my text and overwrites with the version that is there now', async () => {
    await type('Mijn tekst');
    http.expectOne(URL).flush(
      {
        type: '/problems/version-conflict',
        title: 'Intussen gewijzigd',
        status: 409,
        detail: '…',
        current: aResponse({ version: 5, rationale: 'Tekst van Sam' }),
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);

    button('Mijn tekst behouden en overschrijven')?.click();
    const request = http.expectOne(URL);
    expect(request.request.body).toEqual(
      expect.objectContaining({ version: 5, rationale: 'Mijn tekst' }),
    );
    request.flush(aResponse({ version: 6, rationale: 'Mijn tekst' }));
    await settle(fixture);
    expect(rationale()?.value).toBe('Mijn tekst');
  });

  it('does not offer not applicable where the rubric does not allow it', () => {
    expect(host.textContent).not.toContain('Niet van toepassing voor onze organisatie');
  });

  it('is read-only without the right to edit', async () => {
    const readOnly = TestBed.createComponent(ResponseEditorComponent);
    readOnly.componentRef.setInput('roundId', 'round-1');
    readOnly.componentRef.setInput('criterion', criterion);
    readOnly.componentRef.setInput('response', aResponse({ level: 3 }));
    readOnly.componentRef.setInput('canEdit', false);
    await readOnly.whenStable();
    const element = readOnly.nativeElement as HTMLElement;

    expect(element.querySelector<HTMLTextAreaElement>('#response-rationale')?.disabled).toBe(true);
    expect(element.querySelector('fieldset')?.disabled).toBe(true);
    expect(element.textContent).not.toContain('Nu opslaan');

    readOnly.componentRef.setInput('canEdit', true);
    await readOnly.whenStable();
    expect(element.querySelector<HTMLTextAreaElement>('#response-rationale')?.disabled).toBe(false);
    expect(element.querySelector('fieldset')?.disabled).toBe(false);
  });
});
