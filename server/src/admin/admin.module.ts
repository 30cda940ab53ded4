import { Module } from '@nestjs/common';
import { AdminUnitsService } from './admin-units.service.js';
import { AdminUsersService } from './admin-users.service.js';
import { AdminController } from './admin.controller.js';

@Module({ controllers: [AdminController], providers: [AdminUsersService, AdminUnitsService] })
export class AdminModule {}
