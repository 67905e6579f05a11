import { NestExpressApplication } from '@nestjs/platform-express';

import { PdfRenderer } from '../../apps/api/src/app/common/pdf/pdf-renderer';
import { ConfigError, loadConfig } from '../../apps/api/src/app/config/app-config';
import { Actor, registerOrganisation } from '../support/factories';
import { answerAll, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import { download, flatText, pdfPages } from './exports.fixtures';

describe('PDF warm-up', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let made: jest.SpyInstance;

  beforeAll(async () => {
    made = jest.spyOn(PdfRenderer.prototype, 'buffer');
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Stichting Warm Welkom');
  });

  afterAll(async () => {
    made.mockRestore();
    await app.close();
  });

  it('does not run when a test builds the app: only the server starts it', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(made).not.toHaveBeenCalled();
  });

  it('when asked, lays out its documents and leaves the dossiers after it as they were', async () => {
    const round = await startRound(qo, { title: 'Zelfevaluatie na het opwarmen' });
    await answerAll(qo, round);
    const before = await download(qo.client, `/api/v1/rounds/${round.id}/dossier.pdf`).expect(200);
    await app.get(PdfRenderer).warmUp();
    expect(made.mock.calls.length).toBeGreaterThanOrEqual(2);
    const after = await download(qo.client, `/api/v1/rounds/${round.id}/dossier.pdf`).expect(200);
    const pages = await pdfPages(after.body as Buffer);
    expect(pages).toEqual(await pdfPages(before.body as Buffer));
    expect(flatText(pages)).toContain('Zelfevaluatie na het opwarmen');
    expect(flatText(pages)).not.toContain('Proefdocument');
  });

  it('is on unless LABELKLAAR_PDF_WARMUP=false, which the configuration checks', () => {
    expect(loadConfig({}).pdfWarmUp).toBe(true);
    expect(loadConfig({ LABELKLAAR_PDF_WARMUP: 'false' }).pdfWarmUp).toBe(false);
    expect(() => loadConfig({ LABELKLAAR_PDF_WARMUP: 'soms' })).toThrow(ConfigError);
  });
});
