import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { loginSchema, type LoginInput, type LoginResponse } from '@lagesbild/shared';
import { serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { Public } from '../common/public.decorator.js';
import { AppConfigService } from '../config/app-config.service.js';
import { AuthService, SESSION_ABSOLUTE_HOURS, SESSION_COOKIE, toUserInfo } from './auth.service.js';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfigService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body({ schema: loginSchema }) input: LoginInput,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const { sessionValue, user } = await this.auth.login(input.username, input.password, request.ip ?? 'unknown');
    response.setHeader('Set-Cookie', this.cookie(sessionValue, SESSION_ABSOLUTE_HOURS * 3600));
    return { user };
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(caller);
    response.setHeader('Set-Cookie', this.cookie('', 0));
  }

  /** Also extends an idle session: the client's "extend" button calls it. */
  @Get('me')
  me(@CurrentCaller() caller: Caller): LoginResponse {
    return { user: toUserInfo(caller) };
  }

  private cookie(value: string, maxAge: number): string {
    return serialize(SESSION_COOKIE, value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.value.cookieSecure,
      path: '/',
      maxAge,
    });
  }
}
