import { domainLabel, type EscalationLevelState } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';

/** The measures of a declaration as one line: the ticked common ones, then what was typed. */
export function measuresLine(level: Pick<EscalationLevelState, 'measures' | 'otherMeasures'>): string {
  const language = currentLanguage();
  return [...level.measures.map((measure) => domainLabel('escalationMeasure', measure, language)), level.otherMeasures ?? '']
    .filter(Boolean)
    .join(' · ');
}

/** "Stabsläge", in the reader's language. */
export function LevelName({ level }: { level: EscalationLevelState['level'] }) {
  const { t } = useTranslation();
  return <>{t(`escalationLevel.${level}`)}</>;
}

/** The tone a level is drawn in (with its name and an icon, never colour alone). */
export function levelTone(level: EscalationLevelState['level']): 'normal' | 'strained' | 'critical' {
  if (level === 'normal') return 'normal';
  return level === 'reinforced' ? 'strained' : 'critical';
}
