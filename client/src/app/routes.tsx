import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { Loading } from '../components/states';
import { homePathFor, RequireAuth } from '../features/auth';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { AppShell } from './shell/app-shell';

// Pages load on demand so the login screen, the first thing everyone sees, stays small.
const OverviewPage = lazy(() => import('./pages/overview-page').then((module) => ({ default: module.OverviewPage })));
const MunicipalityPage = lazy(() => import('./pages/municipality-page').then((module) => ({ default: module.MunicipalityPage })));
const ReportPage = lazy(() => import('./pages/report-page').then((module) => ({ default: module.ReportPage })));

export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Loading label={t('common.loading')} />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth>{(user) => <AppShell user={user} />}</RequireAuth>}>
          <Route index element={<HomeRedirect />} />
          <Route path="region/:region" element={<OverviewPage />} />
          <Route path="region/:region/municipality/:code" element={<MunicipalityPage />} />
          <Route path="report" element={<ReportPage />} />
          {/* meetings/ (lägesmöten) arrive here with their issue. */}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

function HomeRedirect() {
  return <RequireAuth>{(user) => <Navigate to={homePathFor(user)} replace />}</RequireAuth>;
}
