import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { VisuallyHidden } from '../../../components/visually-hidden';

export interface TileChange {
  /** Signed amount as text, e.g. "+2" or "+1,5 procentenheter". */
  text: string;
  direction: 'up' | 'down' | 'flat';
  worse: boolean;
}

/**
 * One figure as the meeting discusses it: the frozen value, its change since the previous
 * meeting, and — when the live picture has moved on — the new value beside the frozen one.
 */
export function FigureTile({
  label,
  value,
  of,
  sincePrevious,
  previousWord,
  liveValue,
  word = false,
  testId,
}: {
  label: string;
  value: string;
  of?: string | null;
  sincePrevious?: TileChange | null;
  /** For a word (staffing): what it was at the previous meeting. */
  previousWord?: string | null;
  /** The live value when it differs from the frozen one. */
  liveValue?: string | null;
  /** The value is a word (staffing), set smaller than a number. */
  word?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className={liveValue ? 'tile tile--changed' : 'tile'} data-testid={testId}>
      <dt className="tile__label">{label}</dt>
      <dd className="tile__value">
        <span className={word ? 'tile__number tile__number--word' : 'tile__number'} data-testid={`${testId}-value`}>
          {value}
        </span>
        {of ? <span className="tile__of">{of}</span> : null}
      </dd>
      {sincePrevious ? (
        <dd
          className={`tile__since change change--${sincePrevious.direction === 'flat' ? 'flat' : sincePrevious.worse ? 'worse' : 'better'}`}
        >
          <Icon name={sincePrevious.direction} />
          {t('meetings.sincePrevious', { change: sincePrevious.text })}
        </dd>
      ) : null}
      {previousWord ? <dd className="tile__since">{t('meetings.previousWas', { value: previousWord })}</dd> : null}
      {liveValue ? (
        <dd className="tile__live" data-testid={`${testId}-live`}>
          <Icon name="changed" />
          <VisuallyHidden>{t('meetings.changedDuring')}: </VisuallyHidden>
          {t('meetings.now', { value: liveValue })}
        </dd>
      ) : null}
    </div>
  );
}
