import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { Loading } from '../components/states';
import { homePathFor, RequireAuth } from '../features/auth';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { AppShell } from './shell/app-shell';
import { BareShell } from './shell/bare-shell';

// Pages load on demand so the login screen, the first thing everyone sees, stays small.
const OverviewPage = lazy(() => import('./pages/overview-page').then((module) => ({ default: module.OverviewPage })));
const MunicipalityPage = lazy(() => import('./pages/municipality-page').then((module) => ({ default: module.MunicipalityPage })));
const ReportPage = lazy(() => import('./pages/report-page').then((module) => ({ default: module.ReportPage })));
const FlowsPage = lazy(() => import('./pages/flows-page').then((module) => ({ default: module.FlowsPage })));
const MeetingsPage = lazy(() => import('./pages/meetings-page').then((module) => ({ default: module.MeetingsPage })));
const NetworkPage = lazy(() => import('./pages/network-page').then((module) => ({ default: module.NetworkPage })));
const MeetingPage = lazy(() => import('./pages/meeting-page').then((module) => ({ default: module.MeetingPage })));
const MeetingPresentPage = lazy(() =>
  import('./pages/meeting-present-page').then((module) => ({ default: module.MeetingPresentPage })),
);
const HolidaysPage = lazy(() => import('./pages/holidays-page').then((module) => ({ default: module.HolidaysPage })));
const AnalysisPage = lazy(() => import('./pages/analysis-page').then((module) => ({ default: module.AnalysisPage })));
const AdminPage = lazy(() => import('./pages/admin-page').then((module) => ({ default: module.AdminPage })));
const EscalationPage = lazy(() => import('./pages/escalation-page').then((module) => ({ default: module.EscalationPage })));
const AuditPage = lazy(() => import('./pages/audit-page').then((module) => ({ default: module.AuditPage })));
const AccountPage = lazy(() => import('./pages/account-page').then((module) => ({ default: module.AccountPage })));
const ConfirmEmailPage = lazy(() =>
  import('./pages/confirm-email-page').then((module) => ({ default: module.ConfirmEmailPage })),
);
const RequestsPage = lazy(() => import('./pages/requests-page').then((module) => ({ default: module.RequestsPage })));
const NewRequestPage = lazy(() => import('./pages/new-request-page').then((module) => ({ default: module.NewRequestPage })));
const RequestPage = lazy(() => import('./pages/request-page').then((module) => ({ default: module.RequestPage })));
const EquipmentPage = lazy(() => import('./pages/equipment-page').then((module) => ({ default: module.EquipmentPage })));
const MeetingPrintPage = lazy(() =>
  import('./pages/meeting-print-page').then((module) => ({ default: module.MeetingPrintPage })),
);

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
          <Route path="flows" element={<FlowsPage />} />
          <Route path="region/:region/meetings" element={<MeetingsPage />} />
          <Route path="region/:region/holidays" element={<HolidaysPage />} />
          <Route path="region/:region/analysis" element={<AnalysisPage />} />
          <Route path="meetings/:id" element={<MeetingPage />} />
          <Route path="networks/:id" element={<NetworkPage />} />
          <Route path="region/:region/escalation" element={<EscalationPage />} />
          <Route path="region/:region/audit" element={<AuditPage />} />
          <Route path="region/:region/requests" element={<RequestsPage />} />
          <Route path="region/:region/requests/new" element={<NewRequestPage />} />
          <Route path="region/:region/requests/:id" element={<RequestPage />} />
          <Route path="region/:region/equipment" element={<EquipmentPage />} />
          <Route path="admin" element={<AdminPage />} />
          <Route path="admin/:section" element={<AdminPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="account/confirm-email" element={<ConfirmEmailPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        {/* The presentation fills the screen and the minutes fill the paper: no header there. */}
        <Route element={<RequireAuth>{(user) => <BareShell user={user} />}</RequireAuth>}>
          <Route path="meetings/:id/present" element={<MeetingPresentPage />} />
          <Route path="meetings/:id/print" element={<MeetingPrintPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

function HomeRedirect() {
  return <RequireAuth>{(user) => <Navigate to={homePathFor(user)} replace />}</RequireAuth>;
}
