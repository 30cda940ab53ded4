import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region';
import { formatDateTime } from '../../../lib/format';
import type { AuditRecord } from '../api/audit-api';
import { actionKey, changedFields } from '../utils/audit-query';

export function AuditTable({ records, nameOf }: { records: readonly AuditRecord[]; nameOf: (code: string) => string }) {
  const { t } = useTranslation();
  if (records.length === 0) return <p>{t('audit.none')}</p>;
  return (
    <ScrollRegion labelledBy="audit-caption">
      <table className="table table--compact audit-table" data-testid="audit-table">
        <caption id="audit-caption" className="table__caption">
          {t('audit.caption', { count: records.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.user')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.organization')}</th>
            <th scope="col">{t('audit.target')}</th>
            <th scope="col">{t('audit.via')}</th>
            <th scope="col">{t('audit.change')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const changes = changedFields(record.before, record.after);
            return (
              <tr key={record.id}>
                <td>{formatDateTime(record.at)}</td>
                <th scope="row">
                  {record.actor}
                  <span className="muted block">
                    {t(`roles.${record.actorRole}`, { defaultValue: record.actorRole })} · {nameOf(record.actorOrganization)}
                  </span>
                </th>
                <td>{t(actionKey(record.action), { defaultValue: record.action })}</td>
                <td>{record.organizationCode ? nameOf(record.organizationCode) : '–'}</td>
                <td className="audit-table__target">{record.target ?? '–'}</td>
                <td>
                  {t(record.via === 'token' ? 'audit.viaToken' : 'audit.viaSession')}
                  {record.credential ? <span className="muted block">{record.credential}</span> : null}
                </td>
                <td>
                  {changes.length === 0 ? (
                    '–'
                  ) : (
                    <ul className="audit-table__changes">
                      {changes.slice(0, 6).map((change) => (
                        <li key={change.field}>
                          {change.field}: {change.before} → {change.after}
                        </li>
                      ))}
                      {changes.length > 6 ? <li>{t('audit.more', { count: changes.length - 6 })}</li> : null}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
