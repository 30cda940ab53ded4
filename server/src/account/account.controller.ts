import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  accountSettingsSchema,
  changeEmailSchema,
  confirmEmailSchema,
  type Account,
  type AccountSettingsInput,
  type ChangeEmailInput,
  type ConfirmEmailInput,
} from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { AccountService } from './account.service.js';

/** The logged-in user's own account ("Mitt konto"); an API token has none. */
@Controller('account')
export class AccountController {
  constructor(private readonly account: AccountService) {}

  @Get()
  get(@CurrentCaller() caller: Caller): Promise<Account> {
    return this.account.get(caller);
  }

  @Patch()
  update(
    @CurrentCaller() caller: Caller,
    @Body({ schema: accountSettingsSchema }) input: AccountSettingsInput,
  ): Promise<Account> {
    return this.account.updateSettings(caller, input);
  }

  /** 202: the address changes once the link mailed to it is opened. */
  @Post('email')
  @HttpCode(202)
  requestEmailChange(
    @CurrentCaller() caller: Caller,
    @Body({ schema: changeEmailSchema }) input: ChangeEmailInput,
  ): Promise<Account> {
    return this.account.requestEmailChange(caller, input.email);
  }

  @Post('email/confirm')
  @HttpCode(200)
  confirmEmail(
    @CurrentCaller() caller: Caller,
    @Body({ schema: confirmEmailSchema }) input: ConfirmEmailInput,
  ): Promise<Account> {
    return this.account.confirmEmail(caller, input.token);
  }
}
