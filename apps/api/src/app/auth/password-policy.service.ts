import {
  judgePassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PasswordContext,
  PasswordEstimator,
  passwordEstimatorOptions,
  PasswordWeakness,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';

import { passwordFieldCode } from '../common/i18n/account-messages';
import { ProblemException } from '../common/problems/problem.exception';

/** Every place a password is chosen asks this first: register, accept an invitation, change it. */
@Injectable()
export class PasswordPolicy {
  private estimator: PasswordEstimator | null = null;

  /** Refuses a password that is too easy to guess, with a message that says what to do instead. */
  assertAcceptable(password: string, context: PasswordContext, field = 'password'): void {
    const verdict = judgePassword(password, context, this.estimatorOnce());
    if (verdict.weakness) {
      throw this.refusal(verdict.weakness, field);
    }
  }

  private refusal(weakness: PasswordWeakness, field: string): ProblemException {
    if (weakness === 'too-short' || weakness === 'too-long') {
      const [code, limit] =
        weakness === 'too-short'
          ? ['minLength', PASSWORD_MIN_LENGTH]
          : ['maxLength', PASSWORD_MAX_LENGTH];
      return new ProblemException(400, 'validation-failed', {}, [
        { field, code, params: { 0: limit } },
      ]);
    }
    return new ProblemException(400, `password-${weakness}`, {}, [
      { field, code: passwordFieldCode(weakness), params: {} },
    ]);
  }

  /** The dictionaries take a moment to index: done on the first password, not at start. */
  private estimatorOnce(): PasswordEstimator {
    this.estimator ??= new ZxcvbnFactory(passwordEstimatorOptions({ common, languages: [en, nl] }));
    return this.estimator;
  }
}
