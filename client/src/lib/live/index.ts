export { useLiveSituation, type LiveSituation } from './use-live-situation';
export { useLiveFeed, useLiveInvalidation, touches } from './use-live-feed';
export type { ConnectionStatus, LiveSnapshot, LiveFeedEvent, LiveFeedListener } from './live-store';
