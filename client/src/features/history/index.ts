// Charts are heavy (recharts); import them through React.lazy from ./charts, not from here.
export { rangeFor, useHistory, fetchHistory } from './api/history-api';
