import type { ErrorRequestHandler } from 'express';

/**
 * Turns body-parser failures (malformed JSON, oversized bodies) into GraphQL-spec error responses
 * instead of HTML pages with stack traces.
 */
export const graphqlHttpErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    error?.type === 'entity.parse.failed'
      ? 'The request body is not valid JSON.'
      : error?.type === 'entity.too.large'
        ? 'The request body is too large.'
        : status === 500
          ? 'Internal server error'
          : String(error?.message ?? 'Bad request');
  res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
};
