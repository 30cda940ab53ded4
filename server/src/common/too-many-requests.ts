import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * A 429 that says when to come back: the error filter sends `retryAfterSeconds` as the
 * `Retry-After` header too, and the body keeps it for the client's message.
 */
export class TooManyRequestsException extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super({ statusCode: 429, message, retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
