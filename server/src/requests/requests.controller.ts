import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  acceptOfferSchema,
  declineOfferSchema,
  offerDecisionSchema,
  offerInputSchema,
  requestInputSchema,
  requestListQuerySchema,
  type AcceptOfferInput,
  type DeclineOfferInput,
  type HelpRequest,
  type Meeting,
  type OfferDecisionInput,
  type OfferInput,
  type RequestInput,
  type RequestList,
  type RequestListQuery,
} from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { OffersService } from './offers.service.js';
import { RequestsService } from './requests.service.js';

@Controller()
export class RequestsController {
  constructor(
    private readonly requests: RequestsService,
    private readonly offers: OffersService,
  ) {}

  @Get('regions/:region/requests')
  list(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: requestListQuerySchema }) query: RequestListQuery,
  ): Promise<RequestList> {
    return this.requests.list(caller, region, query);
  }

  @Post('regions/:region/requests')
  create(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Body({ schema: requestInputSchema }) input: RequestInput,
  ): Promise<HelpRequest> {
    return this.requests.create(caller, region, input);
  }

  @Get('requests/:requestId')
  get(@CurrentCaller() caller: Caller, @Param('requestId') requestId: string): Promise<HelpRequest> {
    return this.requests.get(caller, requestId);
  }

  @Put('requests/:requestId')
  update(
    @CurrentCaller() caller: Caller,
    @Param('requestId') requestId: string,
    @Body({ schema: requestInputSchema }) input: RequestInput,
  ): Promise<HelpRequest> {
    return this.requests.update(caller, requestId, input);
  }

  @Post('requests/:requestId/open')
  @HttpCode(200)
  open(@CurrentCaller() caller: Caller, @Param('requestId') requestId: string): Promise<HelpRequest> {
    return this.requests.open(caller, requestId);
  }

  @Post('requests/:requestId/cancel')
  @HttpCode(200)
  cancel(@CurrentCaller() caller: Caller, @Param('requestId') requestId: string): Promise<HelpRequest> {
    return this.requests.cancel(caller, requestId);
  }

  @Post('requests/:requestId/close')
  @HttpCode(200)
  close(@CurrentCaller() caller: Caller, @Param('requestId') requestId: string): Promise<HelpRequest> {
    return this.requests.close(caller, requestId);
  }

  @Post('requests/:requestId/offers')
  offer(
    @CurrentCaller() caller: Caller,
    @Param('requestId') requestId: string,
    @Body({ schema: offerInputSchema }) input: OfferInput,
  ): Promise<HelpRequest> {
    return this.offers.offer(caller, requestId, input);
  }

  @Post('offers/:offerId/accept')
  @HttpCode(200)
  accept(
    @CurrentCaller() caller: Caller,
    @Param('offerId') offerId: string,
    @Body({ schema: acceptOfferSchema }) input: AcceptOfferInput,
  ): Promise<HelpRequest> {
    return this.offers.act(caller, offerId, 'accept', input);
  }

  @Post('offers/:offerId/decline')
  @HttpCode(200)
  decline(
    @CurrentCaller() caller: Caller,
    @Param('offerId') offerId: string,
    @Body({ schema: declineOfferSchema }) input: DeclineOfferInput,
  ): Promise<HelpRequest> {
    return this.offers.act(caller, offerId, 'decline', input);
  }

  @Post('offers/:offerId/withdraw')
  @HttpCode(200)
  withdraw(@CurrentCaller() caller: Caller, @Param('offerId') offerId: string): Promise<HelpRequest> {
    return this.offers.act(caller, offerId, 'withdraw');
  }

  @Post('offers/:offerId/deliver')
  @HttpCode(200)
  deliver(@CurrentCaller() caller: Caller, @Param('offerId') offerId: string): Promise<HelpRequest> {
    return this.offers.act(caller, offerId, 'deliver');
  }

  @Post('offers/:offerId/return')
  @HttpCode(200)
  giveBack(@CurrentCaller() caller: Caller, @Param('offerId') offerId: string): Promise<HelpRequest> {
    return this.offers.act(caller, offerId, 'return');
  }

  /** A meeting decision that accepts an offer: "att Falun lånar ut 4 platser till Avesta". */
  @Post('meetings/:meetingId/offer-decisions')
  decide(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Body({ schema: offerDecisionSchema }) input: OfferDecisionInput,
  ): Promise<{ meeting: Meeting; request: HelpRequest }> {
    return this.offers.decideInMeeting(caller, meetingId, input);
  }
}
