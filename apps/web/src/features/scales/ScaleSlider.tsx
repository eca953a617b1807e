import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { SCALE_MAX, SCALE_MIN, SCALE_STEP, formatScaleValue } from '@kinboard/model';
import { currentDirection, t } from '../../i18n';
import './ScaleSlider.css';

export interface ScaleSliderProps {
  /** Null until the person picks a number: no number is suggested to them. */
  readonly value: number | null;
  readonly onChange: (value: number) => void;
  /** The id of the words that name the slider (the question). */
  readonly labelledBy: string;
  readonly zeroMeans: string;
  readonly tenMeans: string;
}

const TICKS = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);
const MIDDLE = (SCALE_MIN + SCALE_MAX) / 2;

function clamp(value: number): number {
  return Math.min(SCALE_MAX, Math.max(SCALE_MIN, Math.round(value / SCALE_STEP) * SCALE_STEP));
}

/** What a screen reader says for a number: the number, and at the ends what the end means. */
export function spokenValue(value: number | null, zeroMeans: string, tenMeans: string): string {
  if (value === null) return t('scales.noNumberYet');
  if (value === SCALE_MIN) return `0: ${zeroMeans}`;
  if (value === SCALE_MAX) return `10: ${tenMeans}`;
  return formatScaleValue(value);
}

/**
 * A person's own number on a 0–10 line: tap or drag anywhere on the line, or use the keyboard
 * (arrows ±½, Page Up/Down ±1, Home/End), following the ARIA slider pattern. Big enough for a
 * thumb on a phone.
 */
export function ScaleSlider({ value, onChange, labelledBy, zeroMeans, tenMeans }: ScaleSliderProps) {
  const track = useRef<HTMLDivElement>(null);

  const valueAt = (clientX: number): number => {
    const box = track.current!.getBoundingClientRect();
    // The line runs in the reading direction: 0 at the start (the right, in Urdu and Arabic).
    const along = currentDirection() === 'rtl' ? box.right - clientX : clientX - box.left;
    return clamp((along / box.width) * (SCALE_MAX - SCALE_MIN) + SCALE_MIN);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    onChange(valueAt(event.clientX));
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const next = valueAt(event.clientX);
    if (next !== value) onChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = value ?? MIDDLE;
    const forward = currentDirection() === 'rtl' ? -SCALE_STEP : SCALE_STEP;
    const moves: Record<string, number> = {
      ArrowRight: from + forward,
      ArrowUp: from + SCALE_STEP,
      ArrowLeft: from - forward,
      ArrowDown: from - SCALE_STEP,
      PageUp: from + 1,
      PageDown: from - 1,
      Home: SCALE_MIN,
      End: SCALE_MAX,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    // The first key press picks the middle, so no number is given without the person moving to it.
    onChange(value === null && event.key.startsWith('Arrow') ? MIDDLE : clamp(next));
  };

  const at = value === null ? null : ((value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * 100;
  return (
    <div className="slider">
      <div
        ref={track}
        className={value === null ? 'slider__line slider__line--empty' : 'slider__line'}
        role="slider"
        tabIndex={0}
        aria-labelledby={labelledBy}
        aria-valuemin={SCALE_MIN}
        aria-valuemax={SCALE_MAX}
        aria-valuenow={value ?? MIDDLE}
        aria-valuetext={spokenValue(value, zeroMeans, tenMeans)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      >
        <div className="slider__track" aria-hidden="true">
          {at !== null && <div className="slider__fill" style={{ width: `${at}%` }} />}
        </div>
        {TICKS.map((tick) => (
          <span key={tick} className="slider__tick" style={{ insetInlineStart: `${tick * 10}%` }} aria-hidden="true">
            {tick}
          </span>
        ))}
        {at !== null && (
          <span className="slider__thumb" style={{ insetInlineStart: `${at}%` }} aria-hidden="true">
            {formatScaleValue(value!)}
          </span>
        )}
      </div>
    </div>
  );
}
