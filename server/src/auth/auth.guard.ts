import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { IS_PUBLIC } from '../common/public.decorator.js';
import type { RequestWithCaller } from '../common/current-caller.decorator.js';
import { AuthService } from './auth.service.js';
import { originCheck, type OriginCheck } from './origin.js';
import { AppConfigService } from '../config/app-config.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Runs on every route: who asks (session cookie or bearer token), and CSRF for cookie writes. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly sameOrigin: OriginCheck;

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    config: AppConfigService,
  ) {
    this.sameOrigin = originCheck(config.value);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Sockets are authenticated once, at the handshake (LiveGateway), and carry their caller.
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request & RequestWithCaller>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const caller = isPublic
      ? null
      : await this.auth.authenticate({ cookie: request.headers.cookie, authorization: request.headers.authorization });
    // A cookie is sent by the browser whatever page asks, so a write must come from our own origin.
    // Only a bearer token that authenticated is exempt: no browser attaches one to another site's
    // request. Any other Authorization header proves nothing.
    if (!SAFE_METHODS.has(request.method) && caller?.via !== 'token' && !this.sameOrigin(request)) {
      throw new ForbiddenException('Begäran kommer från en annan webbplats och avvisades.');
    }
    if (isPublic) return true;
    if (!caller) throw new UnauthorizedException('Du är inte inloggad, eller sessionen har gått ut.');
    request.caller = caller;
    return true;
  }
}
