import { AccountLanguage } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { ProblemException } from '../common/problems/problem.exception';
import { PasswordPolicy } from './password-policy.service';
import { PasswordService } from './password.service';
import { UsersRepository } from './users.repository';

export interface InviteeCredentials {
  /** The invited address (lower-cased). */
  email: string;
  password?: string;
  /** The hash of `password`, made before the transaction (hashing is slow). */
  passwordHash: string | null;
  displayName?: string;
  /** Names the new password may not be built from (the organisations involved). */
  organisationNames: string[];
  /** Of a new account: the language the person accepted the invitation in. */
  language?: AccountLanguage;
}

export interface InviteeAccount {
  id: string;
  displayName: string;
}

/**
 * The account an invitation is accepted with when nobody is logged in, the same for member and
 * review invitations: the existing account of the invited address (its password must match), or
 * a new one (a display name and a password the policy accepts). Inside the accepting transaction.
 */
@Injectable()
export class InviteeAccountsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicy,
  ) {}

  async resolve(manager: EntityManager, invitee: InviteeCredentials): Promise<InviteeAccount> {
    const existing = await this.users.findByEmail(invitee.email, manager);
    if (existing) {
      if (!(await this.passwords.verify(existing.passwordHash, invitee.password ?? ''))) {
        throw new ProblemException(401, 'invalid-credentials');
      }
      return existing;
    }
    const displayName = invitee.displayName?.trim();
    if (!displayName) {
      throw new ProblemException(400, 'display-name-required', {}, [
        { field: 'displayName', code: 'isNotEmpty', params: {} },
      ]);
    }
    this.policy.assertAcceptable(invitee.password ?? '', {
      email: invitee.email,
      displayName,
      organisationNames: invitee.organisationNames,
    });
    return this.users.create(manager, {
      email: invitee.email,
      displayName,
      passwordHash: invitee.passwordHash ?? '',
      language: invitee.language ?? 'nl',
    });
  }
}
