import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { Icon } from '../../../components/icon';
import { checkPeriod, defaultPeriod, exportLinks } from '../utils/period';

/** Downloads of the region's figures for a chosen period, for the analysts' own tools. */
export function ExportPanel({ region, today }: { region: string; today: string }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(() => defaultPeriod(today));
  const errors = checkPeriod(period.from, period.to);
  const valid = !errors.from && !errors.to;
  const links = exportLinks(region, period.from, period.to);

  return (
    <section className="section" aria-labelledby="export-title" data-testid="export-panel">
      <h2 id="export-title">{t('export.title')}</h2>
      <p>{t('export.intro')}</p>
      <div className="export-period">
        <TextField
          id="export-from"
          type="date"
          label={t('export.from')}
          value={period.from}
          onChange={(from) => setPeriod((current) => ({ ...current, from }))}
          error={errors.from}
        />
        <TextField
          id="export-to"
          type="date"
          label={t('export.to')}
          value={period.to}
          onChange={(to) => setPeriod((current) => ({ ...current, to }))}
          error={errors.to}
        />
      </div>
      {valid ? (
        <ul className="export-links">
          <li>
            <a href={links.workbook} download>
              <Icon name="download" />
              {t('export.workbook')}
            </a>
          </li>
          <li>
            <a href={links.reports} download>
              <Icon name="download" />
              {t('export.reportsCsv')}
            </a>
          </li>
          <li>
            <a href={links.flows} download>
              <Icon name="download" />
              {t('export.flowsCsv')}
            </a>
          </li>
        </ul>
      ) : (
        <p className="muted">{t('export.fixPeriod')}</p>
      )}
    </section>
  );
}
