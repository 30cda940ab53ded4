import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { IS_PUBLIC } from '../common/public.decorator.js';
import type { RequestWithCaller } from '../common/current-caller.decorator.js';
import { AuthService } from './auth.service.js';
import { isSameOrigin } from './origin.js';
import { AppConfigService } from '../config/app-config.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Runs on every route: who asks (session cookie or bearer token), and CSRF for cookie writes. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly config: AppConfigService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Sockets are authenticated once, at the handshake (LiveGateway), and carry their caller.
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request & RequestWithCaller>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const cookieWrite = !SAFE_METHODS.has(request.method) && !request.headers.authorization;
    // A cookie is sent by the browser whatever page asks; a write must come from our own origin.
    if (cookieWrite && !isSameOrigin(request.headers, this.config.value.allowedOrigins)) {
      throw new ForbiddenException('Begäran kommer från en annan webbplats och avvisades.');
    }
    if (isPublic) return true;
    const caller = await this.auth.authenticate({
      cookie: request.headers.cookie,
      authorization: request.headers.authorization,
    });
    if (!caller) throw new UnauthorizedException('Du är inte inloggad, eller sessionen har gått ut.');
    request.caller = caller;
    return true;
  }
}
