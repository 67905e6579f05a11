import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter, map, pairwise } from 'rxjs';

import { ReviewerNavStore } from '../../features/reviews/data-access/reviewer-nav.store';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../shared/ui/live-message/live-message.component';
import { toUserMessage } from '../http/api-error';
import { PermissionsStore } from '../permissions/permissions.store';
import { SessionStore } from '../session/session.store';
import { LanguageSwitchComponent } from './language-switch.component';
import { OrganisationSwitcherComponent } from './organisation-switcher.component';
import { UserMenuComponent } from './user-menu.component';

const MEMBER_LINKS = [
  { path: '/', labelKey: 'shell.nav.home' },
  { path: '/dashboard', labelKey: 'dashboard.nav.menuDashboard' },
  { path: '/rounds', labelKey: 'shell.nav.rounds' },
  { path: '/my-criteria', labelKey: 'shell.nav.myCriteria' },
  { path: '/actions', labelKey: 'shell.nav.actions' },
  { path: '/peer-groups', labelKey: 'shell.nav.peerGroups' },
  { path: '/members', labelKey: 'shell.nav.members' },
];
const RUBRIC_LINK = { path: '/rubrics', labelKey: 'shell.nav.rubrics' };
/** Members, and reviewers of another organisation's round (intercollegiale toetsing). */
const REVIEWS_LINK = { path: '/reviews', labelKey: 'reviews.nav.menu' };
/** Only the label owner's staff read the anonymised sector figures. */
const SECTOR_LINK = { path: '/sector', labelKey: 'dashboard.nav.menuSector' };
/** The label owner's rubric library: versions, drafts, imports. */
const LIBRARY_LINK = { path: '/rubrics/library', labelKey: 'rubrics.library.navLink' };

@Component({
  selector: 'lk-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    LanguageSwitchComponent,
    OrganisationSwitcherComponent,
    UserMenuComponent,
    LiveMessageComponent,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  protected readonly session = inject(SessionStore);
  private readonly reviewerNav = inject(ReviewerNavStore);
  private readonly permissions = inject(PermissionsStore);

  protected readonly switching = signal(false);
  /**
   * Members see the whole product; someone without an organisation (a reviewer from outside, the
   * label owner's staff) only home, their reviews, the rubric and the sector view they may use;
   * visitors only the public rubric.
   */
  protected readonly navLinks = computed(() => {
    if (!this.session.isSignedIn()) {
      return [RUBRIC_LINK];
    }
    const me = this.session.me();
    const member = (me?.memberships.length ?? 0) > 0 ? MEMBER_LINKS : MEMBER_LINKS.slice(0, 1);
    const sector = me?.platformAdmin ? [SECTOR_LINK] : [];
    const library = this.permissions.can('rubrics.library') ? [LIBRARY_LINK] : [];
    const reviews = this.reviewerNav.showReviews() ? [REVIEWS_LINK] : [];
    return [...member, ...reviews, RUBRIC_LINK, ...library, ...sector];
  });
  protected readonly announcement = signal<{ kind: LiveMessageKind; text: string } | null>(null);

  constructor() {
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects),
        pairwise(),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(([previous, current]) => this.afterNavigation(previous, current));
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  protected async switchOrganisation(organisationId: string): Promise<void> {
    this.switching.set(true);
    this.announcement.set(null);
    try {
      const me = await this.session.switchOrganisation(organisationId);
      const name = me.memberships.find(
        (m) => m.organisationId === organisationId,
      )?.organisationName;
      const text = this.transloco.translate('shell.organisationSwitcher.switched', { name });
      this.announcement.set({ kind: 'success', text });
    } catch (error) {
      const text = toUserMessage(error, (key) => this.transloco.translate(key));
      this.announcement.set({ kind: 'error', text });
    } finally {
      this.switching.set(false);
    }
  }

  protected async logout(): Promise<void> {
    this.announcement.set(null);
    try {
      await this.session.logout();
    } finally {
      await this.router.navigate(['/login']);
    }
  }

  /**
   * After an in-app navigation focus moves to the new page's content, as after a page load; a link
   * to a section of the same page moves focus to that section.
   */
  private afterNavigation(previous: string, current: string): void {
    const samePage = pathOf(previous) === pathOf(current);
    const fragment = this.router.parseUrl(current).fragment;
    if (samePage && fragment) {
      this.document.getElementById(fragment)?.focus();
      return;
    }
    if (!samePage) {
      this.announcement.set(null);
      this.focusMain();
    }
  }

  private focusMain(): void {
    this.document.getElementById('main-content')?.focus();
  }
}

function pathOf(url: string): string {
  return url.split(/[?#]/)[0];
}
