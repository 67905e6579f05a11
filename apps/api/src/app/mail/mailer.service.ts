import { join } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue';
import { renderMail } from './mail-render';
import { MAIL_TEMPLATES, MailLanguage, MailTemplateName, MailTemplates } from './mail-templates';
import { fileTransport, MailTransport, OutgoingMail, smtpTransport } from './mail-transport';

export const MAIL_JOB = 'mail-send';

/**
 * Outgoing mail: a message is rendered when it is asked for and sent by a job, so an SMTP server
 * that is down delays it (ten retries, the wait doubling from 30 s: about eight hours in all) instead of losing it.
 */
@Injectable()
export class Mailer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: MailTransport;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {
    this.transport = config.smtpUrl
      ? smtpTransport(config.smtpUrl)
      : fileTransport(join(config.dataDir, 'mail'));
  }

  async onModuleInit(): Promise<void> {
    if (!this.config.smtpUrl) {
      this.logger.log(
        `No LABELKLAAR_SMTP_URL: mail is written as .eml files to ${this.transport.description}`,
      );
    }
    await this.jobs.register<OutgoingMail>({
      name: MAIL_JOB,
      retryLimit: 10,
      retryDelaySeconds: 30,
      batchSize: 20,
      handler: (mail, job) => this.transport.deliver(mail, job.id),
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  /**
   * Queues one message to `to`, in the language of the account at that address (Dutch for an
   * address without one) unless `language` is given; with `manager`, as part of that transaction.
   */
  async send<K extends MailTemplateName>(
    template: K,
    to: string,
    params: MailTemplates[K],
    manager?: EntityManager,
    language?: MailLanguage,
  ): Promise<void> {
    language ??= await this.languageOf(to, manager);
    const content = MAIL_TEMPLATES[template][language](params);
    const mail: OutgoingMail = { from: this.config.mailFrom, to, ...renderMail(content, language) };
    const id = await this.jobs.send(MAIL_JOB, mail, manager);
    this.logger.log(`Mail ${template} queued as job ${id}`);
  }

  /** An absolute link into the web app, from LABELKLAAR_PUBLIC_URL. */
  link(path: string): string {
    return `${this.config.publicUrl}${path.startsWith('/') ? path : `/${path}`}`;
  }

  private async languageOf(email: string, manager?: EntityManager): Promise<MailLanguage> {
    const rows: { language: string }[] = await (manager ?? this.dataSource.manager).query(
      'SELECT language FROM users WHERE email = $1',
      [email.trim().toLowerCase()],
    );
    return rows[0]?.language === 'en' ? 'en' : 'nl';
  }
}
