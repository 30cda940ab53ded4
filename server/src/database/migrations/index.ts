import { InitialSchema1764000000000 } from './1764000000000-initial-schema.js';
import { ReferenceData1764000000001 } from './1764000000001-reference-data.js';
import { AuditLog1764000000002 } from './1764000000002-audit-log.js';
import { Meetings1764000000003 } from './1764000000003-meetings.js';
import { DailyTotals1764000000004 } from './1764000000004-daily-totals.js';
import { CommentIndex1764000000005 } from './1764000000005-comment-index.js';
import { LoginFailures1764000000006 } from './1764000000006-login-failures.js';
import { DailyTotalsDeltas1764000000100 } from './1764000000100-daily-totals-deltas.js';
import { LoginLockout1764000000200 } from './1764000000200-login-lockout.js';
import { TokenExpiry1764000000201 } from './1764000000201-token-expiry.js';
import { MailLog1765000000100 } from './1765000000100-mail-log.js';
import { Notifications1765000000200 } from './1765000000200-notifications.js';
import { UserEmail1765000000201 } from './1765000000201-user-email.js';
import { Requests1765000000300 } from './1765000000300-requests.js';
import { ClosedBeds1765000000400 } from './1765000000400-closed-beds.js';
import { Escalation1765000000401 } from './1765000000401-escalation.js';
import { PlannedCapacity1765000000500 } from './1765000000500-planned-capacity.js';
import { Readmissions1765000000600 } from './1765000000600-readmissions.js';
import { HolidayStaffing1765000000601 } from './1765000000601-holiday-staffing.js';
import { Networks1765000000700 } from './1765000000700-networks.js';

// An explicit list, not a glob: TypeORM's import() of a glob stalls under vitest.
export const MIGRATIONS = [
  InitialSchema1764000000000,
  ReferenceData1764000000001,
  AuditLog1764000000002,
  Meetings1764000000003,
  DailyTotals1764000000004,
  CommentIndex1764000000005,
  LoginFailures1764000000006,
  DailyTotalsDeltas1764000000100,
  LoginLockout1764000000200,
  TokenExpiry1764000000201,
  MailLog1765000000100,
  Notifications1765000000200,
  UserEmail1765000000201,
  Requests1765000000300,
  ClosedBeds1765000000400,
  Escalation1765000000401,
  PlannedCapacity1765000000500,
  Readmissions1765000000600,
  HolidayStaffing1765000000601,
  Networks1765000000700,
];
