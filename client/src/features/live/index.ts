export { useLiveSituation, type LiveSituation } from './hooks/use-live-situation';
export { useFreeze } from './hooks/use-freeze';
export { useRecentChanges } from './hooks/use-recent-changes';
export { FreezeControl } from './components/freeze-control';
export { ConnectionIndicator } from './components/connection-indicator';
export { ChangeAnnouncer } from './components/change-announcer';
export type { ConnectionStatus, LiveSnapshot } from './api/live-store';
