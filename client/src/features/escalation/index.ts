// Declared levels, reporting deadlines, suggestions and who is overdue (issue 14).
export { LevelBanner } from './components/level-banner';
export { LevelStrip } from './components/level-strip';
export { LevelsList } from './components/levels-list';
export { DeclareLevelForm, type DeclarableOrganization } from './components/declare-level-form';
export { SuggestionsPanel } from './components/suggestions-panel';
export { SettingsPanel } from './components/settings-panel';
export { OverduePanel } from './components/overdue-panel';
