import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { Public } from '../common/public.decorator.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { calendarFeed } from './calendar-feed.js';
import { NetworksService } from './networks.service.js';

const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/**
 * The one route without a login: calendar apps (Outlook, Google, Apple) cannot log in, so a feed
 * is reached by a secret address per network (256 random bits) that the chair can rotate.
 */
@Controller()
export class CalendarFeedController {
  constructor(
    private readonly networks: NetworksService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Public()
  @Get('calendar/:file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  // The address is the credential: keep it out of any page's Referer.
  @Header('Referrer-Policy', 'no-referrer')
  async feed(@Param('file') file: string): Promise<string> {
    const token = FEED_FILE.exec(file)?.[1];
    const found = token ? await this.networks.byFeedToken(token) : null;
    if (!found) throw new NotFoundException('Kalendern finns inte.');
    return calendarFeed(found.network, found.entries, await this.organizations.regionName(found.network.region_code));
  }
}
