export { useNetwork, useNetworks } from './api/networks-api';
export { NetworkList } from './components/network-list';
export { CreateNetworkForm } from './components/create-network-form';
export { MembersEditor } from './components/members-editor';
export { CalendarEditor } from './components/calendar-editor';
export { FeedPanel } from './components/feed-panel';
