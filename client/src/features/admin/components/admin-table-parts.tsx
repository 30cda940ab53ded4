import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import type { IconName } from '../../../components/icon';
import { ErrorMessage, Loading } from '../../../components/states';

/** A list the admin screens fetch: loading, unavailable, or its table. */
export function AdminList<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading label={t('common.loading')} />;
  if (query.isError) return <ErrorMessage>{t('admin.unavailable')}</ErrorMessage>;
  return <>{children(query.data)}</>;
}

/** A row's action: the visible verb, and for screen readers which row it acts on. */
export function RowAction({ label, target, onClick }: { label: string; target: string; onClick: () => void }) {
  return (
    <button type="button" className="button button--link" onClick={onClick}>
      {label}
      <span className="visually-hidden"> {target}</span>
    </button>
  );
}

/** In use (a tick) or not (with the icon and text saying why). */
export function StateBadge({ ok, children, offIcon = 'offline' }: { ok: boolean; children: ReactNode; offIcon?: IconName }) {
  return ok ? (
    <Badge tone="normal" icon="check">
      {children}
    </Badge>
  ) : (
    <Badge tone="neutral" icon={offIcon}>
      {children}
    </Badge>
  );
}

/** "Really?" for one row's irreversible action; the safe answer first. */
export function ConfirmRowAction<T>({
  target,
  title,
  confirmLabel,
  text,
  busy,
  onConfirm,
  onCancel,
}: {
  target: T | null;
  title: (target: T) => string;
  confirmLabel: string;
  text: string;
  busy: boolean;
  onConfirm: (target: T) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={target !== null}
      title={target === null ? '' : title(target)}
      confirmLabel={confirmLabel}
      cancelLabel={t('admin.cancel')}
      busy={busy}
      onCancel={onCancel}
      onConfirm={() => target !== null && onConfirm(target)}
    >
      <p>{text}</p>
    </ConfirmDialog>
  );
}
