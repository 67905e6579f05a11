import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParsedMail, simpleParser } from 'mailparser';

/**
 * The data directory of the product the browser tests run against (tools/e2e-server.mjs empties
 * it on start). Without LABELKLAAR_SMTP_URL the product writes its mail there as .eml files.
 */
export function webDataDir(port: number): string {
  return join(process.env['LABELKLAAR_DATA_DIR'] ?? tmpdir(), `labelklaar-web-${port}`);
}

const port = () => Number(process.env['LABELKLAAR_E2E_PORT'] ?? 3123);

/** The newest message to `to` (with `subject` when given), waiting for the mail job to write it. */
export async function mailTo(
  to: string,
  subject?: string,
  timeoutMs = 30_000,
): Promise<ParsedMail> {
  const directory = join(webDataDir(port()), 'mail');
  const end = Date.now() + timeoutMs;
  for (;;) {
    const names = (await readdir(directory).catch(() => [] as string[])).sort().reverse();
    for (const name of names.filter((file) => file.endsWith('.eml'))) {
      const mail = await simpleParser(await readFile(join(directory, name)));
      const addressed = [mail.to].flat().some((address) => address?.text.includes(to));
      if (addressed && (subject === undefined || mail.subject === subject)) {
        return mail;
      }
    }
    if (Date.now() > end) {
      throw new Error(`no mail to ${to} arrived in ${directory}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The path and query of the first link in `mail` to the product, e.g. `/password-reset?token=…`. */
export function linkIn(mail: ParsedMail, path: string): string {
  const match = new RegExp(`https?://[^/\\s]+(${path}\\?token=[\\w-]+)`).exec(mail.text ?? '');
  if (!match) {
    throw new Error(`no ${path} link in the mail "${mail.subject ?? ''}"`);
  }
  return match[1];
}
