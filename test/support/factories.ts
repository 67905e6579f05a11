import { Me, MemberRole } from '@labelklaar/domain';

import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { PasswordService } from '../../apps/api/src/app/auth/password.service';
import { UsersRepository } from '../../apps/api/src/app/auth/users.repository';
import { ApiClient } from './api-client';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface Actor {
  client: ApiClient;
  me: Me;
  email: string;
  organisationId: string;
}

export const uniqueEmail = (prefix = 'user') => `${prefix}-${randomUUID().slice(0, 8)}@example.nl`;

/** Registers a new organisation; the returned client is logged in as its quality officer. */
export async function registerOrganisation(
  app: INestApplication,
  name = `Welzijn ${randomUUID().slice(0, 6)}`,
): Promise<Actor> {
  const client = await ApiClient.create(app);
  const email = uniqueEmail('qo');
  const response = await client.post('/api/v1/auth/register', {
    organisationName: name,
    displayName: 'Kwaliteit Test',
    email,
    password: TEST_PASSWORD,
  });
  if (response.status !== 201) {
    throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const me = response.body as Me;
  return { client, me, email, organisationId: me.activeOrganisationId ?? '' };
}

/** The quality officer invites a new person with a role; they accept with a new account. */
export async function addMember(
  app: INestApplication,
  qualityOfficer: Actor,
  role: MemberRole,
): Promise<Actor> {
  const email = uniqueEmail(role);
  const invited = await qualityOfficer.client.post('/api/v1/organisation/invitations', {
    email,
    role,
  });
  if (invited.status !== 201) {
    throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  }
  const token = new URL(invited.body.acceptUrl, 'http://x').searchParams.get('token');
  const client = await ApiClient.create(app);
  const accepted = await client.post('/api/v1/invitations/accept', {
    token,
    displayName: `Test ${role}`,
    password: TEST_PASSWORD,
  });
  if (accepted.status !== 200) {
    throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  }
  return { client, me: accepted.body as Me, email, organisationId: qualityOfficer.organisationId };
}

/** A user with the platform admin flag and no organisation, logged in. */
export async function createPlatformAdmin(
  app: INestApplication,
): Promise<{ client: ApiClient; email: string }> {
  const email = uniqueEmail('admin');
  const passwordHash = await app.get(PasswordService).hash(TEST_PASSWORD);
  const users = app.get(UsersRepository);
  await users.create(app.get(DataSource).manager, {
    email,
    displayName: 'Platform Beheer',
    passwordHash,
    platformAdmin: true,
  });
  const client = await ApiClient.create(app);
  const login = await client.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
  if (login.status !== 200) {
    throw new Error(`admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  }
  return { client, email };
}
