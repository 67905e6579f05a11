import { Invitation, Me, MemberRole } from '@labelklaar/domain';

import { INestApplication } from '@nestjs/common';

import { ApiClient } from './api-client';
import { Actor, TEST_PASSWORD } from './factories';

export interface SentInvitation {
  invitation: Invitation;
  acceptUrl: string;
  token: string;
}

export function tokenOf(acceptUrl: string): string {
  return new URL(acceptUrl, 'http://labelklaar.test').searchParams.get('token') ?? '';
}

/** The quality officer invites an address; fails loudly when the API refuses. */
export async function invite(
  qualityOfficer: Actor,
  email: string,
  role: MemberRole,
): Promise<SentInvitation> {
  const response = await qualityOfficer.client.post('/api/v1/organisation/invitations', {
    email,
    role,
  });
  if (response.status !== 201) {
    throw new Error(`invite failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const { invitation, acceptUrl } = response.body as { invitation: Invitation; acceptUrl: string };
  return { invitation, acceptUrl, token: tokenOf(acceptUrl) };
}

/** An existing account joins another organisation through its invitation, logging in with its password. */
export async function acceptAsExistingUser(
  app: INestApplication,
  token: string,
): Promise<{ client: ApiClient; me: Me }> {
  const client = await ApiClient.create(app);
  const response = await client.post('/api/v1/invitations/accept', {
    token,
    password: TEST_PASSWORD,
  });
  if (response.status !== 200) {
    throw new Error(`accept failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return { client, me: response.body as Me };
}
