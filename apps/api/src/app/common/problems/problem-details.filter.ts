import { DomainRuleViolation, formatDate, formatDateTime, ViolationKind } from '@labelklaar/domain';

import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Request, Response } from 'express';

import {
  DATABASE_RETRY_AFTER_SECONDS,
  isDatabaseUnavailable,
} from '../../database/database-unavailable';
import { Language, resolveLanguage } from '../i18n/language';
import { fillTemplate, PROBLEM_MESSAGES } from '../i18n/messages';
import { FieldError, ProblemException } from './problem.exception';
import { fieldMessage } from './validation-messages';

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  expose?: boolean;
}

const STATUS_CODES: Record<number, string> = {
  400: 'bad-request',
  401: 'not-authenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
};
const VIOLATION_STATUS: Record<ViolationKind, number> = {
  invalid: 422,
  conflict: 409,
  'not-permitted': 403,
};

/** body-parser's SyntaxError arrives either as is or wrapped in an HttpException. */
function isJsonParseError(exception: unknown): boolean {
  const candidates = [exception, (exception as { cause?: unknown })?.cause];
  return (
    candidates.some(
      (candidate) =>
        candidate instanceof SyntaxError ||
        (candidate as BodyParserError)?.type === 'entity.parse.failed',
    ) ||
    (exception instanceof HttpException &&
      exception.getStatus() === 400 &&
      /JSON/.test(exception.message))
  );
}

/**
 * A client error raised on Express's own path rather than in a handler: http-errors from the
 * body parser (an unsupported charset or encoding, an aborted body) expose their 4xx status, and
 * the router marks a path parameter it cannot percent-decode as a URIError with status 400.
 */
function clientErrorStatus(exception: unknown): number | null {
  const status = (exception as BodyParserError)?.status;
  if (typeof status !== 'number' || status < 400 || status >= 500) {
    return null;
  }
  const exposed = (exception as BodyParserError).expose === true;
  return exposed || exception instanceof URIError ? status : null;
}

/** A rule's details fill its message: plain values, and lists of them as one line (or '—'). */
function messageParams(
  details: Record<string, unknown> | undefined,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(details ?? {}).flatMap(([key, value]): [string, string | number][] => {
      if (typeof value === 'string' || typeof value === 'number') {
        return [[key, value]];
      }
      return Array.isArray(value) ? [[key, value.length > 0 ? value.join(', ') : '—']] : [];
    }),
  );
}

/** Turns every error into RFC 9457 problem+json in the request's language; a 500 reveals nothing. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    this.respond(
      exception,
      host.switchToHttp().getRequest<Request>(),
      host.switchToHttp().getResponse<Response>(),
    );
  }

  /** Also called from Express's error path (ExpressErrorBridge), where there is no ArgumentsHost. */
  respond(exception: unknown, request: Request, response: Response): void {
    const problem = this.toProblem(exception, request);
    const language = resolveLanguage(request.headers['accept-language']);
    const status = problem.getStatus();
    const messages = PROBLEM_MESSAGES[problem.code];
    const params: Record<string, string | number> = {
      ...readableDates(problem.params, language),
      summary: this.summary(problem.fieldErrors, language),
    };
    const detail = messages
      ? fillTemplate(messages.detail[language], params)
      : String(params['message'] ?? problem.code);
    response
      .status(status)
      .type('application/problem+json')
      .setHeader('Content-Language', language);
    if (problem.code === 'database-unavailable') {
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    }
    if (problem.code === 'range-not-satisfiable') {
      response.setHeader('Content-Range', `bytes */${problem.params['size']}`);
    }
    response.send(
      JSON.stringify({
        type: `/problems/${problem.code}`,
        title: messages?.title[language] ?? problem.code,
        status,
        detail,
        instance: request.originalUrl,
        ...(problem.fieldErrors.length > 0 && {
          errors: this.errors(problem.fieldErrors, language),
        }),
        ...problem.extra,
      }),
    );
  }

  private summary(fieldErrors: FieldError[], language: Language): string {
    return fieldErrors.map((error) => fieldMessage(error, language)).join('; ');
  }

  private errors(fieldErrors: FieldError[], language: Language) {
    return fieldErrors.map((error) => ({
      field: error.field,
      code: error.code,
      message: fieldMessage(error, language),
    }));
  }

  private toProblem(exception: unknown, request: Request): ProblemException {
    if (exception instanceof ProblemException) {
      return exception;
    }
    if (exception instanceof DomainRuleViolation) {
      return new ProblemException(
        VIOLATION_STATUS[exception.kind],
        exception.code,
        messageParams(exception.details),
        [],
        exception.extensions,
      );
    }
    const parserError = exception as BodyParserError;
    if (isJsonParseError(exception)) {
      return new ProblemException(400, 'malformed-json');
    }
    if (parserError?.type === 'entity.too.large') {
      return new ProblemException(413, 'payload-too-large', { limit: '1 MB' });
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      return new ProblemException(status, STATUS_CODES[status] ?? 'bad-request', {
        message: exception.message,
        limit: '1 MB',
      });
    }
    const clientStatus = clientErrorStatus(exception);
    if (clientStatus !== null) {
      return new ProblemException(clientStatus, STATUS_CODES[clientStatus] ?? 'bad-request', {
        limit: '1 MB',
      });
    }
    const requestId = String(request.headers['x-request-id'] ?? '');
    if (isDatabaseUnavailable(exception)) {
      // Expected during a database restart or failover: one line, not a stack trace per request.
      this.logger.warn(
        `${request.method} ${request.originalUrl.split('?')[0]}: database unavailable (request ${requestId}): ${String((exception as Error)?.message ?? exception)}`,
      );
      return new ProblemException(503, 'database-unavailable', {
        seconds: DATABASE_RETRY_AFTER_SECONDS,
      });
    }
    this.logger.error(
      `${request.method} ${request.originalUrl.split('?')[0]} failed (request ${requestId})`,
      exception instanceof Error ? exception.stack : String(exception),
    );
    return new ProblemException(500, 'internal-error', { requestId });
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A sentence never shows an ISO date: `2026-12-03` becomes `3 december 2026`, an instant a date
 * and time in Dutch time (libs/domain's formatter, as on screen). Only the detail's text changes;
 * extension members keep their machine-readable values.
 */
function readableDates(
  params: Record<string, string | number> | undefined,
  language: Language,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => {
      if (typeof value !== 'string') {
        return [name, value];
      }
      if (ISO_DAY.test(value)) {
        return [name, formatDate(value, language)];
      }
      if (ISO_INSTANT.test(value)) {
        return [name, formatDateTime(value, language, 'Europe/Amsterdam')];
      }
      return [name, value];
    }),
  );
}
