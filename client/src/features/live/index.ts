// The region's live situation and feed live in lib/live, so any feature can listen to it;
// this feature holds what shows it (connection, freeze, announcements).
export { useLiveSituation, type LiveSituation, type ConnectionStatus, type LiveSnapshot } from '../../lib/live';
export { useFreeze } from './hooks/use-freeze';
export { useRecentChanges } from './hooks/use-recent-changes';
export { FreezeControl } from './components/freeze-control';
export { ConnectionIndicator } from './components/connection-indicator';
export { ChangeAnnouncer } from './components/change-announcer';
