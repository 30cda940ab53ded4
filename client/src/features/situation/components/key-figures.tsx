import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { formatChange, formatNumber, formatPercent } from '../../../lib/format';
import type { KeyFigure, KeyFigureGroup, Scale } from '../utils/key-figures';

const GROUPS: readonly KeyFigureGroup[] = ['municipal', 'hospital', 'discharge'];

export function KeyFigures({ figures, scale }: { figures: readonly KeyFigure[]; scale: Scale }) {
  const { t } = useTranslation();
  return (
    <div className="key-figures">
      {GROUPS.map((group) => (
        <section key={group} className="key-figures__group" aria-labelledby={`figures-${group}`}>
          <h3 id={`figures-${group}`} className="key-figures__heading">
            {t(`figures.groups.${group}`)}
          </h3>
          <dl className="key-figures__list">
            {figures
              .filter((figure) => figure.group === group)
              .map((figure) => (
                <div key={figure.id} className="figure" data-testid={`figure-${figure.id}`}>
                  <dt className="figure__label">{t(`figures.${figure.id}`)}</dt>
                  <dd className="figure__value">
                    <span className="figure__number" data-testid={`figure-${figure.id}-value`}>
                      {figure.unit === 'percent'
                        ? formatPercent(figure.value)
                        : formatNumber(figure.value, scale === 'per10k' ? 1 : 0)}
                    </span>
                    {figure.of !== null ? (
                      <span className="figure__of">
                        {t('figures.of', { value: formatNumber(figure.of, scale === 'per10k' ? 1 : 0) })}
                      </span>
                    ) : null}
                  </dd>
                  <dd className="figure__change">
                    <Change figure={figure} />
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

function Change({ figure }: { figure: KeyFigure }) {
  const { t } = useTranslation();
  if (figure.change === null) return <span>{t('figures.noYesterday')}</span>;
  const direction = figure.change > 0 ? 'up' : figure.change < 0 ? 'down' : 'flat';
  const worse = direction !== 'flat' && (direction === 'up') === figure.higherIsWorse;
  const amount =
    figure.unit === 'percent' ? t('figures.points', { value: formatChange(figure.change, 1) }) : formatChange(figure.change, 1);
  return (
    <span className={`change change--${direction === 'flat' ? 'flat' : worse ? 'worse' : 'better'}`}>
      <Icon name={direction} />
      {t('figures.sinceYesterday', { change: amount })}
    </span>
  );
}
