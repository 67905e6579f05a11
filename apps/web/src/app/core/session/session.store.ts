import { Me, Membership } from '@labelklaar/domain';

import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { AuthApiService } from '../../features/auth/data-access/auth-api.service';

/** Who is signed in, and the organisation and role they are working in. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly authApi = inject(AuthApiService);

  private readonly state = signal<Me | null>(null);
  private loading: Promise<Me | null> | null = null;

  readonly me = this.state.asReadonly();
  readonly isSignedIn = computed(() => this.state() !== null);
  readonly memberships = computed<Membership[]>(() => this.state()?.memberships ?? []);
  readonly activeOrganisationId = computed(() => this.state()?.activeOrganisationId ?? null);
  readonly activeMembership = computed<Membership | null>(() => {
    const id = this.activeOrganisationId();
    return this.memberships().find((membership) => membership.organisationId === id) ?? null;
  });
  readonly role = computed(() => this.activeMembership()?.role ?? null);
  readonly isQualityOfficer = computed(() => this.role() === 'quality-officer');

  /** Loads the session once; nobody is signed in when the API says so or cannot be reached. */
  ensureLoaded(): Promise<Me | null> {
    this.loading ??= this.refresh();
    return this.loading;
  }

  async refresh(): Promise<Me | null> {
    try {
      const { me } = await firstValueFrom(this.authApi.session());
      this.state.set(me);
      return me;
    } catch {
      this.state.set(null);
      return null;
    }
  }

  signedIn(me: Me): void {
    this.state.set(me);
    this.loading = Promise.resolve(me);
  }

  signedOut(): void {
    this.state.set(null);
    this.loading = Promise.resolve(null);
  }

  async switchOrganisation(organisationId: string): Promise<Me> {
    const me = await firstValueFrom(this.authApi.setActiveOrganisation(organisationId));
    this.signedIn(me);
    return me;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.authApi.logout());
    } finally {
      this.signedOut();
    }
  }
}
