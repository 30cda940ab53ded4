import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.js';
import { TokensController } from './tokens.controller.js';
import { TokensService } from './tokens.service.js';

@Module({
  controllers: [AuthController, TokensController],
  providers: [AuthService, LoginThrottle, TokensService],
  exports: [AuthService, TokensService],
})
export class AuthModule {}
