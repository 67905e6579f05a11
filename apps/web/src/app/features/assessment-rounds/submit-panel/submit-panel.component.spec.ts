import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { translocoTesting } from '../../../../testing/transloco-testing';
import { ApiError } from '../../../core/http/api-error';
import { toRefusal } from '../round-page/round-page.component';
import { SubmitPanelComponent } from './submit-panel.component';

describe('SubmitPanelComponent', () => {
  let fixture: ComponentFixture<SubmitPanelComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SubmitPanelComponent, translocoTesting()],
      providers: [provideRouter([])],
    });
    fixture = TestBed.createComponent(SubmitPanelComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('roundId', 'round-1');
    fixture.componentRef.setInput('answered', 22);
    fixture.componentRef.setInput('total', 24);
    await fixture.whenStable();
  });

  it('shows how far the round is and asks to submit', () => {
    expect(host.textContent).toContain('22 van 24 criteria zijn beoordeeld.');
    const button = host.querySelector('button');
    const requested = jest.fn();
    fixture.componentInstance.submitRequested.subscribe(requested);
    button?.click();
    expect(requested).toHaveBeenCalled();
  });

  it('lists what is missing, linked to each criterion, when the API refuses', async () => {
    const error = new ApiError(
      422,
      'Ronde nog niet compleet.',
      '/problems/round-incomplete',
      {},
      {
        type: '/problems/round-incomplete',
        title: 'Ronde nog niet compleet',
        status: 422,
        detail: 'Ronde nog niet compleet.',
        missing: ['OPD-04', 'IMP-06'],
        unconfirmed: ['VAK-01'],
      },
    );
    fixture.componentRef.setInput('refusal', toRefusal(error, error.message));
    await fixture.whenStable();

    const alert = host.querySelector('[role="alert"]');
    // The title only: the detail would name the same codes a second time.
    expect(alert?.querySelector('.live-message__text')?.textContent?.trim()).toBe(
      'Ronde nog niet compleet',
    );
    expect(alert?.textContent).toContain('Nog niet beantwoord (2)');
    expect(alert?.textContent).toContain('Overgenomen en nog niet bevestigd (1)');
    const links = Array.from(alert?.querySelectorAll('a') ?? []);
    expect(links.map((a) => a.textContent?.trim())).toEqual(['OPD-04', 'IMP-06', 'VAK-01']);
    expect(links[0].getAttribute('href')).toBe('/rounds/round-1/criteria/OPD-04');
  });

  it('shows only the message for a refusal without lists', () => {
    expect(toRefusal(new ApiError(409, 'Ronde is ingediend.'), 'Ronde is ingediend.')).toEqual({
      message: 'Ronde is ingediend.',
      missing: [],
      unconfirmed: [],
    });
  });
});
