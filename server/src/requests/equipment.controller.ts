import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  equipmentItemInputSchema,
  equipmentItemUpdateSchema,
  type EquipmentInventory,
  type EquipmentItem,
  type EquipmentItemInput,
  type EquipmentItemUpdate,
} from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { EquipmentService } from './equipment.service.js';

@Controller()
export class EquipmentController {
  constructor(private readonly equipment: EquipmentService) {}

  @Get('regions/:region/equipment')
  inventory(@CurrentCaller() caller: Caller, @Param('region') region: string): Promise<EquipmentInventory> {
    return this.equipment.inventory(caller, region);
  }

  @Post('regions/:region/equipment')
  create(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Body({ schema: equipmentItemInputSchema }) input: EquipmentItemInput,
  ): Promise<EquipmentItem> {
    return this.equipment.create(caller, region, input);
  }

  @Patch('equipment/:itemId')
  update(
    @CurrentCaller() caller: Caller,
    @Param('itemId') itemId: string,
    @Body({ schema: equipmentItemUpdateSchema }) input: EquipmentItemUpdate,
  ): Promise<EquipmentItem> {
    return this.equipment.update(caller, itemId, input);
  }
}
