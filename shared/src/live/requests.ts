import { z } from 'zod';

// What clients send over the socket, validated like HTTP bodies: a malformed message is acknowledged
// `{ ok: false, error: 'invalid' }` and does nothing.

const noNul = (value: string) => !value.includes('\u0000');
const regionCode = z.string().min(1).max(10).refine(noNul);
const meetingId = z.string().min(1).max(100).refine(noNul);

export const subscribeRequestSchema = z.strictObject({
  region: regionCode,
  /** The last seq the client applied; the server replays what came after it when it can. */
  sinceSeq: z.number().int().min(0).optional(),
});
export type SubscribeRequest = z.infer<typeof subscribeRequestSchema>;

export const unsubscribeRequestSchema = z.strictObject({ region: regionCode });
export type UnsubscribeRequest = z.infer<typeof unsubscribeRequestSchema>;

export const meetingFollowRequestSchema = z.strictObject({
  meetingId,
  /** This is the meeting's presentation screen (kept alive only for whoever steers it). */
  present: z.boolean().optional(),
});
export type MeetingFollowRequest = z.infer<typeof meetingFollowRequestSchema>;

export const meetingUnfollowRequestSchema = z.strictObject({ meetingId });
export type MeetingUnfollowRequest = z.infer<typeof meetingUnfollowRequestSchema>;
