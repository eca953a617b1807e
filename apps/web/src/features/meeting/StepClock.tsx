import { useEffect, useRef, useState } from 'react';
import type { TimerReading } from '@kinboard/model';
import { clockText, clockWords, timerAnnouncement } from './timerText';
import { t } from '../../i18n';
import './StepClock.css';

interface StepClockProps {
  readonly reading: TimerReading;
  readonly big?: boolean;
  /** Only one clock on a screen should speak. */
  readonly announce?: boolean;
}

/** The shared step timer as a big mm:ss, with a quiet live region that speaks at minute marks. */
export function StepClock({ reading, big = false, announce = false }: StepClockProps) {
  const before = useRef(reading.remainingMs);
  const [spoken, setSpoken] = useState('');
  const { remainingMs, running } = reading;

  useEffect(() => {
    const words = timerAnnouncement(before.current, remainingMs);
    before.current = remainingMs;
    if (words) setSpoken(words);
  }, [remainingMs]);

  const over = remainingMs === 0;
  const classes = ['step-clock', big && 'step-clock--big', over && 'step-clock--over', !running && !over && 'step-clock--paused']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <span className="step-clock__label">
        {over ? t('meeting.StepClock.timeIsUp') : running ? t('meeting.StepClock.timeLeft') : t('meeting.StepClock.timerPaused')}
      </span>
      <span className="step-clock__time" role="timer" aria-label={clockWords(remainingMs)}>
        {clockText(remainingMs)}
      </span>
      {announce && (
        <span className="visually-hidden" aria-live="polite" aria-atomic="true">
          {spoken}
        </span>
      )}
    </div>
  );
}
