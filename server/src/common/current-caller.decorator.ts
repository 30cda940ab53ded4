import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Caller } from './caller.js';

export interface RequestWithCaller {
  caller?: Caller;
  headers: Record<string, string | string[] | undefined>;
}

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const request = context.switchToHttp().getRequest<RequestWithCaller>();
  if (!request.caller) throw new UnauthorizedException();
  return request.caller;
});
