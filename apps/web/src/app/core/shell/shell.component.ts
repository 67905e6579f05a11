import { Permission } from '@labelklaar/domain';

import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter, map, pairwise, tap } from 'rxjs';

import { NotificationBellComponent } from '../../features/notifications/notification-bell.component';
import { ErasureBannerComponent } from '../../features/organisation/organisation-data/erasure-banner.component';
import { ReviewerNavStore } from '../../features/reviews/data-access/reviewer-nav.store';
import {
  LiveMessageComponent,
  LiveMessageKind,
} from '../../shared/ui/live-message/live-message.component';
import { toUserMessage } from '../http/api-error';
import { PermissionsStore } from '../permissions/permissions.store';
import { SessionStore } from '../session/session.store';
import { HeaderSearchComponent } from './header-search.component';
import { LanguageSwitchComponent } from './language-switch.component';
import { OrganisationSwitcherComponent } from './organisation-switcher.component';
import { UserMenuComponent } from './user-menu.component';

/** Each with the permission it needs: a professional (sociaal werker) sees no rounds or dashboards. */
const MEMBER_LINKS: { path: string; labelKey: string; permission?: Permission }[] = [
  { path: '/', labelKey: 'shell.nav.home' },
  { path: '/dashboard', labelKey: 'dashboard.nav.menuDashboard', permission: 'rounds.list' },
  { path: '/rounds', labelKey: 'shell.nav.rounds', permission: 'rounds.list' },
  { path: '/my-criteria', labelKey: 'shell.nav.myCriteria', permission: 'criteria.mine' },
  { path: '/actions', labelKey: 'shell.nav.actions', permission: 'actions.read' },
  { path: '/evidence', labelKey: 'evidenceLibrary.navLink', permission: 'evidence.read' },
  { path: '/reflections', labelKey: 'shell.nav.reflections', permission: 'reflections.read' },
  {
    path: '/decision-models',
    labelKey: 'shell.nav.decisionModels',
    permission: 'decision-models.read',
  },
  { path: '/teams', labelKey: 'shell.nav.teams', permission: 'teams.read' },
  {
    path: '/learning-report',
    labelKey: 'learningReport.nav',
    permission: 'learning-report.read',
  },
  { path: '/peer-groups', labelKey: 'shell.nav.peerGroups', permission: 'peer-groups.read' },
  { path: '/members', labelKey: 'shell.nav.members', permission: 'members.read' },
];
/** The quality officer's queue of answers marked ready (klaar voor controle). */
const REVIEW_QUEUE_LINK = { path: '/review-queue', labelKey: 'roundReview.queue.nav' };
const RUBRIC_LINK = { path: '/rubrics', labelKey: 'shell.nav.rubrics' };
/** Members, and reviewers of another organisation's round (intercollegiale toetsing). */
const REVIEWS_LINK = { path: '/reviews', labelKey: 'reviews.nav.menu' };
/** Only the label owner's staff read the anonymised sector figures. */
const SECTOR_LINK = { path: '/sector', labelKey: 'dashboard.nav.menuSector' };
/** The label owner's rubric library: versions, drafts, imports. */
const LIBRARY_LINK = { path: '/rubrics/library', labelKey: 'rubrics.library.navLink' };

/** The decision models: members reach them through MEMBER_LINKS, the label owner's staff here. */
const DECISION_MODELS_LINK = { path: '/decision-models', labelKey: 'shell.nav.decisionModels' };

/** The library's pages: its overview, importing a workbook and editing a draft version. */
const LIBRARY_PAGES = /^\/rubrics\/(library|import)(\/|$)|^\/rubrics\/[^/]+\/drafts(\/|$)/;

/**
 * Which menu item the page belongs to: home only on itself; the library's pages (overview, import,
 * drafts) to "Bibliotheek" and not also to "Normenkader", which keeps the published versions,
 * their criteria and comparing them; every other item its own path and the pages under it.
 */
export function navLinkIsActive(linkPath: string, currentPath: string): boolean {
  if (linkPath === '/') {
    return currentPath === '/';
  }
  if (linkPath === RUBRIC_LINK.path && LIBRARY_PAGES.test(currentPath)) {
    return false;
  }
  if (linkPath === LIBRARY_LINK.path) {
    return LIBRARY_PAGES.test(currentPath);
  }
  return currentPath === linkPath || currentPath.startsWith(`${linkPath}/`);
}

@Component({
  selector: 'lk-shell',
  // Escape closes the small-screen menu from the toggle or from any link inside it.
  host: { '(keydown.escape)': 'closeMenu()' },
  imports: [
    RouterOutlet,
    RouterLink,
    TranslocoPipe,
    HeaderSearchComponent,
    LanguageSwitchComponent,
    OrganisationSwitcherComponent,
    UserMenuComponent,
    LiveMessageComponent,
    NotificationBellComponent,
    ErasureBannerComponent,
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
  /** Members search their organisation's criteria and evidence from every page. */
  protected readonly canSearch = computed(() => this.permissions.can('search'));
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
    const isMember = (me?.memberships.length ?? 0) > 0;
    const queue = isMember && this.permissions.can('review-queue.read') ? [REVIEW_QUEUE_LINK] : [];
    const allowed = MEMBER_LINKS.filter(
      (link) => !link.permission || this.permissions.can(link.permission),
    );
    const beforeQueue = allowed.filter((link) => MEMBER_LINKS.indexOf(link) < 4);
    const afterQueue = allowed.filter((link) => MEMBER_LINKS.indexOf(link) >= 4);
    const member = isMember ? [...beforeQueue, ...queue, ...afterQueue] : MEMBER_LINKS.slice(0, 1);
    const sector = me?.platformAdmin ? [SECTOR_LINK] : [];
    const library = this.permissions.can('rubrics.library') ? [LIBRARY_LINK] : [];
    const reviews = this.reviewerNav.showReviews() ? [REVIEWS_LINK] : [];
    // The label owner's staff keep the library's decision models (they are no member).
    const models = !isMember && me?.platformAdmin ? [DECISION_MODELS_LINK] : [];
    return [...member, ...reviews, RUBRIC_LINK, ...library, ...models, ...sector];
  });
  protected readonly announcement = signal<{ kind: LiveMessageKind; text: string } | null>(null);
  /** The phone menu (below 40rem the header folds into a disclosure button). */
  protected readonly menuOpen = signal(false);
  protected readonly currentPath = signal(pathOf(this.router.url));
  protected readonly isActive = navLinkIsActive;

  constructor() {
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects),
        tap((url) => {
          this.currentPath.set(pathOf(url));
          this.menuOpen.set(false);
        }),
        pairwise(),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(([previous, current]) => this.afterNavigation(previous, current));
  }

  /** Escape closes the phone menu and gives focus back to its button. */
  private readonly menuToggle = viewChild.required<ElementRef<HTMLButtonElement>>('menuToggle');

  protected closeMenu(): void {
    if (this.menuOpen()) {
      this.menuOpen.set(false);
      this.menuToggle().nativeElement.focus();
    }
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
