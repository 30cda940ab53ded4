import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { Icon } from '../../../components/icon';
import { downloadFile, DownloadRefused } from '../api/download-file';
import { checkPeriod, defaultPeriod, exportLinks } from '../utils/period';

type DownloadState =
  { kind: 'idle' } | { kind: 'fetching' } | { kind: 'busy'; seconds: number } | { kind: 'failed'; status: number | null };

/** Downloads of the region's figures for a chosen period, for the analysts' own tools. */
export function ExportPanel({ region, today }: { region: string; today: string }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(() => defaultPeriod(today));
  const [state, setState] = useState<DownloadState>({ kind: 'idle' });
  const errors = checkPeriod(period.from, period.to);
  const valid = !errors.from && !errors.to;
  const links = exportLinks(region, period.from, period.to);

  // A plain click fetches the file here, so that "too many downloads right now" is said in the page.
  // (A modified click, or the link opened on its own, still downloads as any link does.)
  async function onDownload(event: MouseEvent<HTMLAnchorElement>, url: string, name: string): Promise<void> {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setState({ kind: 'fetching' });
    try {
      await downloadFile(url, name);
      setState({ kind: 'idle' });
    } catch (error) {
      if (error instanceof DownloadRefused && error.status === 429) {
        setState({ kind: 'busy', seconds: error.retryAfterSeconds ?? 10 });
      } else {
        setState({ kind: 'failed', status: error instanceof DownloadRefused ? error.status : null });
      }
    }
  }

  const link = (url: string, name: string, label: string) => (
    <li>
      <a href={url} download onClick={(event) => void onDownload(event, url, name)} aria-disabled={state.kind === 'fetching'}>
        <Icon name="download" />
        {label}
      </a>
    </li>
  );
  const fileBase = `lagesbild-${region}-${period.from}--${period.to}`;

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
          {link(links.workbook, `${fileBase}.xlsx`, t('export.workbook'))}
          {link(links.reports, `${fileBase}-rapporter.csv`, t('export.reportsCsv'))}
          {link(links.flows, `${fileBase}-floden.csv`, t('export.flowsCsv'))}
        </ul>
      ) : (
        <p className="muted">{t('export.fixPeriod')}</p>
      )}
      <p role="status" className="export-status" data-testid="export-status">
        {state.kind === 'fetching'
          ? t('export.fetching')
          : state.kind === 'busy'
            ? t('export.busy', { count: state.seconds })
            : state.kind === 'failed'
              ? state.status === null
                ? t('errors.network')
                : t('export.failed')
              : null}
      </p>
    </section>
  );
}
