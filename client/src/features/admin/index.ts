export { UsersPanel } from './components/users-panel';
export { UnitsPanel } from './components/units-panel';
export { TokensPanel } from './components/tokens-panel';
