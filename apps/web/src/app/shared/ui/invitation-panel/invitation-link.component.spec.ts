import { Clipboard } from '@angular/cdk/clipboard';
import { TestBed } from '@angular/core/testing';

import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { InvitationLinkComponent } from './invitation-link.component';

describe('InvitationLinkComponent', () => {
  const copy = jest.fn<boolean, [string]>();

  async function render(): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [InvitationLinkComponent, translocoTesting()],
      providers: [{ provide: Clipboard, useValue: { copy } }],
    });
    const fixture = TestBed.createComponent(InvitationLinkComponent);
    fixture.componentRef.setInput('invitation', {
      email: 'nieuw@voorbeeld.nl',
      link: 'http://localhost/invitations/accept?token=abc',
    });
    fixture.componentRef.setInput('keys', 'members.invite');
    fixture.componentRef.setInput('idPrefix', 'invite');
    fixture.detectChanges();
    await settle(fixture);
    const host = fixture.nativeElement as HTMLElement;
    host
      .querySelector<HTMLButtonElement>('button')
      ?.addEventListener('click', () => setTimeout(() => fixture.detectChanges()));
    return host;
  }

  it('shows the link once, labelled and described, for copying', async () => {
    const host = await render();
    const input = host.querySelector<HTMLInputElement>('#invite-link');
    expect(input?.value).toBe('http://localhost/invitations/accept?token=abc');
    expect(input?.getAttribute('aria-describedby')).toBe('invite-created');
    expect(host.querySelector('label[for="invite-link"]')).not.toBeNull();
    expect(host.querySelector('#invite-created')?.textContent).toContain('nieuw@voorbeeld.nl');
  });

  it('copies the link and announces the outcome', async () => {
    copy.mockReturnValue(true);
    const host = await render();
    host.querySelector<HTMLButtonElement>('button')?.click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(copy).toHaveBeenCalledWith('http://localhost/invitations/accept?token=abc');
    expect(host.querySelector('lk-live-message')?.textContent?.trim()).not.toBe('');
  });
});
