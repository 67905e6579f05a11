import { HttpErrorResponse } from '@angular/common/http';

import { ApiError, toApiError, toUserMessage } from './api-error';

const translate = (key: string) => `[${key}]`;

function response(status: number, error: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error, url: '/api/v1/test' });
}

const problem = (status: number, extra: object = {}) => ({
  type: '/problems/test',
  title: 'Title from the API',
  status,
  detail: 'Detail in the user language',
  ...extra,
});

describe('toApiError', () => {
  it.each([
    ['a network failure', 0, null, '[common.errors.network]'],
    ['a server error, even with a problem body', 500, problem(500), '[common.errors.server]'],
    ['a gateway error without a body', 502, '<html>Bad gateway</html>', '[common.errors.server]'],
    ['rate limiting without a problem body', 429, null, '[common.errors.tooManyRequests]'],
    ['a client error without a problem body', 404, 'Not found', '[common.errors.unexpected]'],
    ['a problem with a detail', 401, problem(401), 'Detail in the user language'],
    ['a problem without a detail', 403, problem(403, { detail: '' }), 'Title from the API'],
  ])('shows %s as the right message', (_case, status, body, expected) => {
    expect(toApiError(response(status, body), translate).message).toBe(expected);
  });

  it('keeps the problem type and status, so callers can react to a rule', () => {
    const error = toApiError(
      response(409, problem(409, { type: '/problems/last-quality-officer' })),
      translate,
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(409);
    expect(error.type).toBe('/problems/last-quality-officer');
  });

  it('maps per-field messages by field name, first message per field', () => {
    const body = problem(400, {
      errors: [
        { field: 'email', code: 'isEmail', message: 'E-mailadres is ongeldig' },
        { field: 'email', code: 'isNotEmpty', message: 'second message' },
        { field: 'password', code: 'minLength', message: '' },
      ],
    });

    expect(toApiError(response(400, body), translate).fieldErrors).toEqual({
      email: 'E-mailadres is ongeldig',
      password: '[common.validation.invalid]',
    });
  });
});

describe('toUserMessage', () => {
  it('uses the message of an ApiError', () => {
    expect(toUserMessage(new ApiError(409, 'Laatste kwaliteitsfunctionaris'), translate)).toBe(
      'Laatste kwaliteitsfunctionaris',
    );
  });

  it('maps a raw HttpErrorResponse', () => {
    expect(toUserMessage(response(0, null), translate)).toBe('[common.errors.network]');
  });

  it('falls back to a generic message for anything else', () => {
    expect(toUserMessage(new Error('boom'), translate)).toBe('[common.errors.unexpected]');
  });
});
