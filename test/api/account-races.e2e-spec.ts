import { NestExpressApplication } from '@nestjs/platform-express';

import { ApiClient } from '../support/api-client';
import { addMember, registerOrganisation, TEST_PASSWORD, uniqueEmail } from '../support/factories';
import { acceptAsExistingUser, invite } from '../support/invitations';
import { createTestApp } from '../support/test-app';

describe('account edge cases', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers two simultaneous registrations of one address with one 201 and one 409, never a 500', async () => {
    const email = uniqueEmail('race');
    const body = (name: string) => ({
      organisationName: name,
      displayName: 'Racer',
      email,
      password: TEST_PASSWORD,
    });
    const [first, second] = await Promise.all([ApiClient.create(app), ApiClient.create(app)]);
    const responses = await Promise.all([
      first.post('/api/v1/auth/register', body('Welzijn Links')),
      second.post('/api/v1/auth/register', body('Welzijn Rechts')),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = responses.find((r) => r.status === 409);
    expect(refused?.body.type).toBe('/problems/email-taken');
  });

  it('lets a member removed from the active organisation carry on in their other organisation', async () => {
    const orgA = await registerOrganisation(app, 'Welzijn A');
    const orgB = await registerOrganisation(app, 'Welzijn B');
    const member = await addMember(app, orgA, 'contributor');
    const sent = await invite(orgB, member.email, 'manager');
    await acceptAsExistingUser(app, sent.token);
    await member.client
      .put('/api/v1/me/active-organisation', { organisationId: orgA.organisationId })
      .expect(200);

    const members = await orgA.client.get('/api/v1/organisation/members').expect(200);
    const membership = (members.body as { id: string; email: string }[]).find(
      (m) => m.email === member.email,
    );
    await orgA.client.delete(`/api/v1/organisation/members/${membership?.id}`).expect(204);

    const overview = await member.client.get('/api/v1/organisation').expect(200);
    expect(overview.body.name).toBe('Welzijn B');
    const me = await member.client.get('/api/v1/me').expect(200);
    expect(me.body.activeOrganisationId).toBe(orgB.organisationId);
    expect(me.body.memberships).toEqual([
      { organisationId: orgB.organisationId, organisationName: 'Welzijn B', role: 'manager' },
    ]);
  });
});
