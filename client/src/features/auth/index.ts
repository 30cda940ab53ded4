export { useMe, useLogout, ME_QUERY_KEY } from './api/auth-api';
export { LoginForm } from './components/login-form';
export { RequireAuth } from './components/require-auth';
export { SessionGuard } from './components/session-guard';
export { homePathFor, safeReturnPath } from './utils/home-path';
