import { canEditResponse, MemberRole, Permission } from '@labelklaar/domain';

import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { computed } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { aMe, aMember } from '../../../testing/fixtures';
import { SessionStore } from '../session/session.store';
import { PermissionsStore } from './permissions.store';

describe('PermissionsStore', () => {
  let session: SessionStore;
  let permissions: PermissionsStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    session = TestBed.inject(SessionStore);
    permissions = TestBed.inject(PermissionsStore);
  });

  it.each<[MemberRole, Permission, boolean]>([
    ['quality-officer', 'round.create', true],
    ['contributor', 'round.create', false],
    ['manager', 'round.create', false],
    ['contributor', 'response.edit', true],
    ['manager', 'response.edit', false],
    ['manager', 'round.readiness', true],
    ['quality-officer', 'members.manage', true],
    ['contributor', 'action.edit', true],
    ['manager', 'action.edit', false],
  ])('a %s may %s: %s', (role, permission, expected) => {
    session.signedIn(aMe(role));
    expect(permissions.can(permission)).toBe(expected);
  });

  it('lets a platform admin without an organisation work on rubrics, and nothing else', () => {
    session.signedIn(
      aMe('quality-officer', { memberships: [], activeOrganisationId: null, platformAdmin: true }),
    );
    expect(permissions.isPlatformAdmin()).toBe(true);
    expect(permissions.can('rubrics.library')).toBe(true);
    expect(permissions.can('rubric.retire')).toBe(true);
    expect(permissions.can('rounds.list')).toBe(false);
  });

  it('keeps the rubric library from members', () => {
    session.signedIn(aMe('quality-officer'));
    expect(permissions.can('rubrics.library')).toBe(false);
  });

  it('allows nothing without a membership in the active organisation', () => {
    session.signedIn(aMe('quality-officer', { activeOrganisationId: null }));
    expect(permissions.actor()).toBeNull();
    expect(permissions.can('rounds.list')).toBe(false);
    expect(permissions.isReadOnly()).toBe(false);
  });

  it('lets the label owner author rubrics without a membership', () => {
    session.signedIn(
      aMe('quality-officer', { memberships: [], activeOrganisationId: null, platformAdmin: true }),
    );
    expect(permissions.can('rubric.author')).toBe(true);
    expect(permissions.can('rubric.publish')).toBe(true);
    expect(permissions.can('rounds.list')).toBe(false);
  });

  it('follows a change of role in a computed', () => {
    session.signedIn(aMe('contributor'));
    const canStart = computed(() => permissions.can('round.create'));
    expect(canStart()).toBe(false);
    session.signedIn(aMe('quality-officer'));
    expect(canStart()).toBe(true);
  });

  it.each<[MemberRole, boolean]>([
    ['quality-officer', false],
    ['contributor', false],
    ['manager', true],
  ])('a %s only reads: %s', (role, expected) => {
    session.signedIn(aMe(role));
    expect(permissions.isReadOnly()).toBe(expected);
  });

  it('finds the signed-in person’s membership for the rule on editing criteria', () => {
    session.signedIn(aMe('contributor'));
    const members = [
      aMember({ id: 'member-9', userId: 'user-9', role: 'quality-officer' }),
      aMember({ id: 'member-1', userId: 'user-1', role: 'contributor' }),
    ];
    const editor = permissions.editor(members);
    expect(editor).toEqual({ role: 'contributor', membershipId: 'member-1' });
    expect(canEditResponse('draft', editor, 'member-1')).toBe(true);
    expect(canEditResponse('draft', editor, 'member-9')).toBe(false);
    expect(permissions.editor([])).toEqual({ role: 'contributor', membershipId: null });
  });
});
