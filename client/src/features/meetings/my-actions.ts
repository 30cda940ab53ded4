// The start pages' list of open actions, on its own so those pages do not load the whole meeting feature.
export { MyActions } from './components/my-actions';
