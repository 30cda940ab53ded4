import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  type AdminUnit,
  type AdminUser,
  createUnitSchema,
  createUserSchema,
  resetPasswordSchema,
  updateUnitSchema,
  updateUserSchema,
  type CreateUnitInput,
  type CreateUserInput,
  type ResetPasswordInput,
  type UpdateUnitInput,
  type UpdateUserInput,
} from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { AdminUnitsService } from './admin-units.service.js';
import { AdminUsersService } from './admin-users.service.js';

/** The admin's tools, always for the admin's own region. */
@Controller('admin')
export class AdminController {
  constructor(
    private readonly users: AdminUsersService,
    private readonly units: AdminUnitsService,
  ) {}

  @Get('users')
  listUsers(@CurrentCaller() caller: Caller): Promise<AdminUser[]> {
    return this.users.list(caller, caller.regionCode);
  }

  @Post('users')
  createUser(@CurrentCaller() caller: Caller, @Body({ schema: createUserSchema }) input: CreateUserInput): Promise<AdminUser> {
    return this.users.create(caller, input);
  }

  @Patch('users/:username')
  updateUser(
    @CurrentCaller() caller: Caller,
    @Param('username') username: string,
    @Body({ schema: updateUserSchema }) input: UpdateUserInput,
  ): Promise<AdminUser> {
    return this.users.update(caller, username, input);
  }

  @Put('users/:username/password')
  @HttpCode(204)
  resetPassword(
    @CurrentCaller() caller: Caller,
    @Param('username') username: string,
    @Body({ schema: resetPasswordSchema }) input: ResetPasswordInput,
  ): Promise<void> {
    return this.users.resetPassword(caller, username, input.password);
  }

  @Get('units')
  listUnits(@CurrentCaller() caller: Caller): Promise<AdminUnit[]> {
    return this.units.list(caller, caller.regionCode);
  }

  @Post('units')
  createUnit(@CurrentCaller() caller: Caller, @Body({ schema: createUnitSchema }) input: CreateUnitInput): Promise<AdminUnit> {
    return this.units.create(caller, input);
  }

  @Patch('units/:unitId')
  renameUnit(
    @CurrentCaller() caller: Caller,
    @Param('unitId') unitId: string,
    @Body({ schema: updateUnitSchema }) input: UpdateUnitInput,
  ): Promise<AdminUnit> {
    return this.units.rename(caller, unitId, input.name);
  }

  @Post('units/:unitId/retire')
  @HttpCode(200)
  retireUnit(@CurrentCaller() caller: Caller, @Param('unitId') unitId: string): Promise<AdminUnit> {
    return this.units.retire(caller, unitId);
  }
}
