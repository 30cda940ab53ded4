import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { issueTokenSchema, type ApiTokenInfo, type IssuedToken, type IssueTokenInput } from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { TokensService } from './tokens.service.js';

@Controller('admin/tokens')
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  @Post()
  issue(@CurrentCaller() caller: Caller, @Body({ schema: issueTokenSchema }) input: IssueTokenInput): Promise<IssuedToken> {
    return this.tokens.issue(caller, input);
  }

  @Get()
  list(@CurrentCaller() caller: Caller): Promise<ApiTokenInfo[]> {
    return this.tokens.list(caller, caller.regionCode);
  }

  @Delete(':tokenId')
  revoke(@CurrentCaller() caller: Caller, @Param('tokenId') tokenId: string): Promise<ApiTokenInfo> {
    return this.tokens.revoke(caller, tokenId);
  }
}
