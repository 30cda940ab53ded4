import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';

const STATUS_MESSAGES: Record<number, string> = {
  401: 'Du är inte inloggad.',
  403: 'Du har inte behörighet.',
  404: 'Hittades inte.',
  413: 'För stor begäran.',
  429: 'För många försök. Vänta en stund och försök igen.',
};

/** Every error answer has the ApiErrorBody shape; unexpected errors are logged and answered 500. */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') {
      // Socket handlers answer through their ack; an exception there is a bug to log, not to send.
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
      return;
    }
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const fromBody = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      const message = typeof fromBody.message === 'string' ? fromBody.message : (STATUS_MESSAGES[status] ?? exception.message);
      // A 429 says when to try again (TooManyRequestsException), as a header and in the body.
      if (typeof fromBody.retryAfterSeconds === 'number') response.setHeader('Retry-After', String(fromBody.retryAfterSeconds));
      response.status(status).json({ ...fromBody, statusCode: status, message });
      return;
    }
    const status = (exception as { status?: number; statusCode?: number })?.status;
    // body-parser errors (malformed JSON, too large) carry their status.
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const message = status === 400 ? 'Ogiltig JSON i begäran.' : (STATUS_MESSAGES[status] ?? 'Felaktig begäran.');
      response.status(status).json({ statusCode: status, message });
      return;
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    response.status(500).json({ statusCode: 500, message: 'Internt fel. Försök igen om en stund.' });
  }
}
