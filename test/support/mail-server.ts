import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A header as it was sent (mailparser folds the List-* headers into an object of its own). */
export function headerOf(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

/** A real SMTP server in the test process: what the API sends arrives here, parsed. */
export class TestMailServer {
  readonly received: ParsedMail[] = [];
  private readonly server: SMTPServer;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
  }

  static async start(port = 0): Promise<TestMailServer> {
    const mail = new TestMailServer();
    await new Promise<void>((resolve) => mail.server.listen(port, '127.0.0.1', resolve));
    return mail;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /** The first message to `to`, with `subject` when given (waits for it to arrive). */
  async messageTo(to: string, subject?: string, timeoutMs = 20_000): Promise<ParsedMail> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(
        (mail) =>
          [mail.to].flat().some((address) => address?.text.includes(to)) &&
          (subject === undefined || mail.subject === subject),
      );
      if (found) {
        return found;
      }
      if (Date.now() > end) {
        throw new Error(`no mail to ${to} arrived`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
