import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

import { RenderedMail } from './mail-render';

export interface OutgoingMail extends RenderedMail {
  from: string;
  to: string;
}

/** Where a message goes: an SMTP server, or a folder of .eml files without one. */
export interface MailTransport {
  readonly description: string;
  deliver(mail: OutgoingMail, id: string): Promise<void>;
  close(): void;
}

export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    description: `SMTP ${new URL(url).host}`,
    deliver: async (mail) => {
      await transporter.sendMail(mail);
    },
    close: () => transporter.close(),
  };
}

/** The same message nodemailer would send, written to `<directory>/<time>-<job id>.eml`. */
export function fileTransport(directory: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    description: directory,
    deliver: async (mail, id) => {
      const info = await transporter.sendMail(mail);
      await mkdir(directory, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = join(directory, `${stamp}-${id}.eml`);
      // Written aside and renamed: whoever reads the folder sees a whole message or none.
      await writeFile(`${file}.part`, info.message as Buffer);
      await rename(`${file}.part`, file);
    },
    close: () => transporter.close(),
  };
}
