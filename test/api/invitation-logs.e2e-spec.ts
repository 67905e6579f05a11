import { CreatedPeerGroupInvitation, PeerGroupDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { registerOrganisation, uniqueEmail } from '../support/factories';
import { invite } from '../support/invitations';
import { inviteReviewer, submittedRound } from '../support/reviews';
import { createTestApp } from '../support/test-app';

/** Everything the application writes to stdout and stderr while `work` runs. */
async function logOf(work: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const capture = (chunk: unknown) => {
    lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString());
    return true;
  };
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    await work();
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return lines.join('');
}

describe('invitation links in the log', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp({ logLevel: 'log' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('logs a member invitation by its id, never its token or address', async () => {
    const officer = await registerOrganisation(app);
    const email = uniqueEmail('teamleider');
    let sent: Awaited<ReturnType<typeof invite>> | undefined;

    const log = await logOf(async () => {
      sent = await invite(officer, email, 'contributor');
    });

    expect(sent?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(log).toContain(`Invitation ${sent?.invitation.id} created (contributor)`);
    expect(log).not.toContain(sent?.token);
    expect(log).not.toContain(email);
  });

  it('logs a review invitation by its id, never its token', async () => {
    const officer = await registerOrganisation(app);
    const round = await submittedRound(officer, { route: 'peer-review' });
    let sent: Awaited<ReturnType<typeof inviteReviewer>> | undefined;

    const log = await logOf(async () => {
      sent = await inviteReviewer(officer, round.id);
    });

    expect(sent?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(log).toContain(`Review invitation ${sent?.invitation.id} created`);
    expect(log).not.toContain(sent?.token);
  });

  it('logs a peer group invitation by its id, never its token', async () => {
    const creator = await registerOrganisation(app);
    const invitee = await registerOrganisation(app);
    const group = (
      await creator.client.post('/api/v1/peer-groups', { name: 'Groep Oost' }).expect(201)
    ).body as PeerGroupDetail;
    let created: CreatedPeerGroupInvitation | undefined;

    const log = await logOf(async () => {
      created = (
        await creator.client
          .post(`/api/v1/peer-groups/${group.id}/organisation-invitations`, {
            email: invitee.email,
          })
          .expect(201)
      ).body as CreatedPeerGroupInvitation;
    });

    const token = new URL(created?.acceptUrl ?? '', 'http://labelklaar.test').searchParams.get(
      'token',
    );
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(log).toContain(`Peer group invitation ${created?.invitation.id} created`);
    expect(log).not.toContain(token);
  });
});
