export { FlowsForm } from './components/flows-form';
export type { FlowMunicipality } from './hooks/use-flows-form';
