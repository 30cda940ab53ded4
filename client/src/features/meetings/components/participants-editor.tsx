import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveParticipant, type ParticipantChoice } from '../utils/participants';

/**
 * The round's order, changed with buttons (no dragging needed): focus stays on the button that
 * was pressed, in the item's new place, and the move is announced.
 */
export function ParticipantsEditor({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: readonly ParticipantChoice[];
  onChange: (value: ParticipantChoice[]) => void;
}) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const included = value.filter((choice) => choice.included).length;

  const move = (index: number, by: -1 | 1): void => {
    const choice = value[index];
    if (!choice) return;
    const next = moveParticipant(value, index, by);
    onChange(next);
    setAnnouncement(t('meetings.participants.moved', { name: choice.name, position: index + by + 1 }));
    const key = `${choice.code}:${by}`;
    requestAnimationFrame(() => {
      // At the top or bottom the pressed button disappears into "disabled": use the other one.
      const pressed = buttons.current.get(key);
      const other = buttons.current.get(`${choice.code}:${-by}`);
      (pressed && !pressed.disabled ? pressed : other)?.focus();
    });
  };

  return (
    <fieldset className="participants" aria-describedby={`${idPrefix}-count`}>
      <legend className="participants__legend">{t('meetings.participants.legend')}</legend>
      <p id={`${idPrefix}-count`} className="field__hint">
        {t('meetings.participants.count', { included, total: value.length })}
      </p>
      <ol className="participants__list">
        {value.map((choice, index) => (
          <li key={choice.code} className="participants__item">
            <label className="choice">
              <input
                type="checkbox"
                checked={choice.included}
                onChange={() => onChange(value.map((c) => (c.code === choice.code ? { ...c, included: !c.included } : c)))}
              />
              <span>{choice.name}</span>
            </label>
            <span className="participants__moves">
              <button
                ref={(element) => {
                  buttons.current.set(`${choice.code}:-1`, element);
                }}
                type="button"
                className="button button--secondary button--small"
                disabled={index === 0}
                onClick={() => move(index, -1)}
                aria-label={t('meetings.participants.up', { name: choice.name })}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                ref={(element) => {
                  buttons.current.set(`${choice.code}:1`, element);
                }}
                type="button"
                className="button button--secondary button--small"
                disabled={index === value.length - 1}
                onClick={() => move(index, 1)}
                aria-label={t('meetings.participants.down', { name: choice.name })}
              >
                <span aria-hidden="true">↓</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
