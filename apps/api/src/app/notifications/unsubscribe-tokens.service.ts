import { isUnsubscribeTopic, UnsubscribeTopic } from '@labelklaar/domain';

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const SECRET_NAME = 'unsubscribe-token-key';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface UnsubscribeClaim {
  userId: string;
  category: UnsubscribeTopic;
}

/**
 * The token of an unsubscribe link: who and which category, signed with a key all instances
 * share (in server_secrets). It does not expire: a link in a mail of last year must still work,
 * and all it can do is switch one kind of mail off.
 */
@Injectable()
export class UnsubscribeTokens implements OnModuleInit {
  private key: Buffer | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [SECRET_NAME, randomBytes(32).toString('base64url')],
    );
    const rows: { value: string }[] = await this.dataSource.query(
      'SELECT value FROM server_secrets WHERE name = $1',
      [SECRET_NAME],
    );
    this.key = Buffer.from(rows[0].value, 'base64url');
  }

  tokenFor(userId: string, category: UnsubscribeTopic): string {
    return `${userId}.${category}.${this.signature(userId, category)}`;
  }

  /** The claim of a well-formed token with a valid signature; null for anything else. */
  verify(token: string): UnsubscribeClaim | null {
    const [userId, category, signature, ...rest] = token.split('.');
    if (rest.length > 0 || !UUID.test(userId ?? '') || !isUnsubscribeTopic(category)) {
      return null;
    }
    const expected = Buffer.from(this.signature(userId, category));
    const given = Buffer.from(signature ?? '');
    return expected.length === given.length && timingSafeEqual(expected, given)
      ? { userId, category }
      : null;
  }

  private signature(userId: string, category: string): string {
    if (!this.key) {
      throw new Error('UnsubscribeTokens used before the module was initialised');
    }
    return createHmac('sha256', this.key).update(`${userId}:${category}`).digest('base64url');
  }
}
