import { Controller, Get, Param } from '@nestjs/common';
import type { OrganizationSummary, RegionSummary } from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { OrganizationsService } from './organizations.service.js';

@Controller('regions')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  // Names and codes of regions are public reference data, but still only for signed-in callers.
  @Get()
  regions(): Promise<RegionSummary[]> {
    return this.organizations.regions();
  }

  @Get(':region/organizations')
  organizationsOf(@CurrentCaller() caller: Caller, @Param('region') region: string): Promise<OrganizationSummary[]> {
    return this.organizations.organizationsOf(caller, region);
  }
}
