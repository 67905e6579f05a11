import { Problem } from '@labelklaar/domain';

import { HttpErrorResponse } from '@angular/common/http';

/** An API failure ready to show: `message` is in the user's language, per-field messages by field name. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: string | null = null,
    readonly fieldErrors: Readonly<Record<string, string>> = {},
    /** The whole problem body: some rules send more (the current response on a 409, what is missing). */
    readonly problem: ProblemBody | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type ProblemBody = Problem & Readonly<Record<string, unknown>>;

export type Translate = (key: string) => string;

export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) {
    return false;
  }
  const candidate = body as Partial<Problem>;
  return typeof candidate.status === 'number' && typeof candidate.title === 'string';
}

/**
 * Maps an HTTP failure to what the user reads. The API writes problem `detail` in the language
 * asked for with Accept-Language, so it is shown as is; network failures, server errors (which
 * reveal nothing on purpose) and non-problem bodies get a translated generic message.
 */
export function toApiError(response: HttpErrorResponse, translate: Translate): ApiError {
  const problem = isProblem(response.error) ? response.error : null;
  const status = response.status;
  if (status === 0) {
    return new ApiError(0, translate('common.errors.network'));
  }
  if (status >= 500 || !problem) {
    return new ApiError(status, translate(genericMessageKey(status)), problem?.type ?? null);
  }
  const message = problem.detail || problem.title || translate(genericMessageKey(status));
  return new ApiError(
    status,
    message,
    problem.type,
    fieldErrorsOf(problem, translate),
    problem as ProblemBody,
  );
}

export function toUserMessage(error: unknown, translate: Translate): string {
  if (error instanceof ApiError) {
    return error.message;
  }
  if (error instanceof HttpErrorResponse) {
    return toApiError(error, translate).message;
  }
  return translate('common.errors.unexpected');
}

function genericMessageKey(status: number): string {
  if (status >= 500) {
    return 'common.errors.server';
  }
  if (status === 429) {
    return 'common.errors.tooManyRequests';
  }
  return 'common.errors.unexpected';
}

function fieldErrorsOf(problem: Problem, translate: Translate): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    if (error.field && !(error.field in fieldErrors)) {
      fieldErrors[error.field] = error.message || translate('common.validation.invalid');
    }
  }
  return fieldErrors;
}
