// Small inline icons so that a state is told by shape as well as by colour (NOTES: colours never
// alone). They are decorative: the text beside them carries the meaning for screen readers.

export type IconName =
  | 'critical'
  | 'strained'
  | 'normal'
  | 'not-reported'
  | 'overdue'
  | 'live'
  | 'reconnecting'
  | 'offline'
  | 'up'
  | 'down'
  | 'flat'
  | 'sort'
  | 'sort-asc'
  | 'sort-desc'
  | 'changed'
  | 'pause'
  | 'check'
  | 'warning'
  | 'download';

const PATHS: Record<IconName, string> = {
  critical: 'M8 1.5 15 14.5H1Z M7.2 6h1.6v4.2H7.2Z M7.2 11.2h1.6v1.6H7.2Z',
  strained: 'M8 1 15 8 8 15 1 8Z M7.2 4.5h1.6v4.5H7.2Z M7.2 10h1.6v1.6H7.2Z',
  normal: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-1 9.6 4.9-4.9-1.1-1.1L7 8.4 5.2 6.6 4.1 7.7Z',
  'not-reported': 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 1.6a5.4 5.4 0 1 0 0 10.8A5.4 5.4 0 0 0 8 2.6ZM5 7.2h6v1.6H5Z',
  overdue:
    'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 1.6a5.4 5.4 0 1 0 0 10.8A5.4 5.4 0 0 0 8 2.6Zm-.8 1.9h1.6v3.2l2.4 1.4-.8 1.4-3.2-1.9Z',
  live: 'M8 4a4 4 0 1 1 0 8 4 4 0 0 1 0-8Z',
  reconnecting: 'M8 2a6 6 0 0 1 5.7 4.1l1.3-.8v4.2l-3.7-2 1-.6A4.4 4.4 0 1 0 12.3 10l1.5.6A6 6 0 1 1 8 2Z',
  offline: 'M2.3 1.2 14.8 13.7l-1.1 1.1L1.2 2.3ZM8 4a4 4 0 0 1 4 4l-.1.8L7.2 4.1Zm-3.8 2.9 4.9 4.9A4 4 0 0 1 4.2 6.9Z',
  up: 'M8 2 14 9H10v5H6V9H2Z',
  down: 'M8 14 2 7h4V2h4v5h4Z',
  flat: 'M2 6.5h12v3H2Z',
  sort: 'M8 1.5 12 6H4Zm0 13L4 10h8Z',
  'sort-asc': 'M8 3 13 10H3Z',
  'sort-desc': 'M8 13 3 6h10Z',
  changed: 'M8 0.8 9.9 5.8 15.2 6 11 9.3 12.5 14.5 8 11.5 3.5 14.5 5 9.3 0.8 6 6.1 5.8Z',
  pause: 'M3.5 2h3.2v12H3.5Zm5.8 0h3.2v12H9.3Z',
  check: 'M6.2 13.4 1.3 8.5l1.6-1.6 3.3 3.3 6.9-6.9 1.6 1.6Z',
  warning: 'M8 1.5 15 14.5H1Z M7.2 6h1.6v4.2H7.2Z M7.2 11.2h1.6v1.6H7.2Z',
  download: 'M7.2 1.5h1.6v7.1l2.6-2.6 1.1 1.1L8 11.6 3.5 7.1l1.1-1.1 2.6 2.6ZM2 12.8h12v1.7H2Z',
};

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
