import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';

import { TooManyAttemptsException } from '../common/problems/too-many-attempts.exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { clientAddressOf } from './client-address';
import { Hit, ThrottleRepository, ThrottleRule } from './throttle.repository';

const WINDOW_SECONDS = 15 * 60;
const ACCOUNT_FIRST_WAIT_SECONDS = 30;
const ACCOUNT_LONGEST_WAIT_SECONDS = 5 * 60;
const KNOWN_ADDRESS_SECONDS = 30 * 24 * 60 * 60;

interface AttemptKeys {
  pair: ThrottleRule;
  address: ThrottleRule;
  account: ThrottleRule;
  known: string;
}

/**
 * Guards every check of a password (login, changing it). Only failures count, against three
 * limits: the e-mail address from one client address, one client address over all e-mail
 * addresses (password spraying), and one account from everywhere (a slow-down, so a botnet cannot
 * guess in parallel). The account's slow-down skips the addresses it logged in from before, so
 * its owner is not locked out by someone else's guessing.
 */
@Injectable()
export class LoginLimiter {
  constructor(
    private readonly counters: ThrottleRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs `verify`; a null answer is a failure and stays counted, anything else is taken back. */
  async attempt<T>(email: string, ip: string | undefined, verify: () => Promise<T | null>) {
    const keys = this.keysOf(email, ip);
    const isKnown = await this.counters.isMarked(keys.known);
    const enforced = isKnown ? [keys.pair, keys.address] : [keys.pair, keys.address, keys.account];
    const refusal = await this.refusalIfBlocked(keys, enforced);
    if (refusal) {
      throw refusal;
    }
    const counted = new Map<ThrottleRule, Hit>();
    for (const rule of [keys.pair, keys.address, keys.account]) {
      const hit = await this.counters.hit(rule);
      if (hit) {
        counted.set(rule, hit);
      } else if (enforced.includes(rule)) {
        // Blocked between the check and the count by a parallel attempt: this one does not count.
        await this.takeBack(counted);
        throw (
          (await this.refusalIfBlocked(keys, enforced)) ??
          new TooManyAttemptsException('too-many-requests', 1)
        );
      }
    }
    const result = await verify();
    if (result !== null) {
      counted.delete(keys.pair);
      await this.takeBack(counted);
      await this.counters.clear(keys.pair.key);
      await this.counters.mark(keys.known, KNOWN_ADDRESS_SECONDS);
    }
    return result;
  }

  /** 429 while the client address is blocked; counts nothing. */
  async refuseBlockedAddress(ip: string | undefined): Promise<void> {
    const rule = this.keysOf('', ip).address;
    const [wait] = (await this.counters.blocked([rule.key])).values();
    if (wait) {
      throw new TooManyAttemptsException('too-many-requests', wait);
    }
  }

  /**
   * A password-reset request or confirmation counts as a failed login does, under its own keys:
   * per e-mail address from one client address, and per client address over all of them.
   */
  async countRecovery(email: string, ip: string | undefined): Promise<void> {
    const account = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
    const address = clientAddressOf(ip);
    const rules: ThrottleRule[] = [
      this.windowRule(`recovery:pair:${address}:${account}`, this.config.loginRateLimit),
      this.windowRule(`recovery:address:${address}`, this.config.loginAddressLimit),
    ];
    const [wait] = (await this.counters.blocked(rules.map((rule) => rule.key))).values();
    if (wait) {
      throw new TooManyAttemptsException('too-many-requests', wait);
    }
    for (const rule of rules) {
      if (!(await this.counters.hit(rule))) {
        throw new TooManyAttemptsException('too-many-requests', WINDOW_SECONDS);
      }
    }
  }

  private windowRule(key: string, limit: number): ThrottleRule {
    return {
      key,
      windowSeconds: WINDOW_SECONDS,
      limit,
      blockSeconds: WINDOW_SECONDS,
      blockCapSeconds: WINDOW_SECONDS,
    };
  }

  /** Counts a failure against the client address alone (a registration for a taken address). */
  async recordAddressFailure(ip: string | undefined): Promise<void> {
    await this.counters.hit(this.keysOf('', ip).address);
  }

  private async takeBack(counted: Map<ThrottleRule, Hit>): Promise<void> {
    for (const [rule, hit] of counted) {
      await this.counters.takeBack(rule.key, hit);
    }
    counted.clear();
  }

  private async refusalIfBlocked(
    keys: AttemptKeys,
    enforced: ThrottleRule[],
  ): Promise<TooManyAttemptsException | null> {
    const blocked = await this.counters.blocked(enforced.map((rule) => rule.key));
    const waitOf = (rule: ThrottleRule) => blocked.get(rule.key) ?? 0;
    const longest = enforced.reduce((max, rule) => Math.max(max, waitOf(rule)), 0);
    if (longest === 0) {
      return null;
    }
    const onlyAccount = enforced.every((rule) => rule === keys.account || waitOf(rule) === 0);
    return new TooManyAttemptsException(
      onlyAccount ? 'login-slowed-down' : 'too-many-requests',
      longest,
    );
  }

  private keysOf(email: string, ip: string | undefined): AttemptKeys {
    const account = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
    const address = clientAddressOf(ip);
    const fixed = (key: string, limit: number): ThrottleRule => ({
      key,
      windowSeconds: WINDOW_SECONDS,
      limit,
      blockSeconds: WINDOW_SECONDS,
      blockCapSeconds: WINDOW_SECONDS,
    });
    return {
      pair: fixed(`login:pair:${address}:${account}`, this.config.loginRateLimit),
      address: fixed(`login:address:${address}`, this.config.loginAddressLimit),
      account: {
        key: `login:account:${account}`,
        windowSeconds: WINDOW_SECONDS,
        limit: this.config.loginAccountLimit,
        blockSeconds: ACCOUNT_FIRST_WAIT_SECONDS,
        blockCapSeconds: ACCOUNT_LONGEST_WAIT_SECONDS,
      },
      known: `login:known:${address}:${account}`,
    };
  }
}
