import { useId, useState, type FormEvent } from 'react';
import { useSharedTextBinding } from '../../hooks/useSharedTextBinding';
import { useKeptWords } from '../../hooks/useKeptWords';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import type * as Y from 'yjs';
import {
  TRAJECTORY_KINDS,
  addTrajectoryItem,
  isPlanDate,
  removeTrajectoryItem,
  trajectoryLabelText,
  updateTrajectoryItem,
  type TrajectoryItemView,
  type TrajectoryKind,
} from '@kinboard/model';
import { TrashIcon } from '../../icons';
import { quietly } from './quietly';
import { spellDate, TRAJECTORY_WORDS, t } from '../../i18n';
import './Trajectory.css';

/** Today as 'YYYY-MM-DD' in the person's own time zone. */
export function todayDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function ItemEditor({ doc, item }: { readonly doc: Y.Doc; readonly item: TrajectoryItemView }) {
  // The words are shared letter by letter as they are typed.
  const labelRef = useSharedTextBinding<HTMLInputElement>(item.id, {
    text: () => trajectoryLabelText(doc, item.id),
    write: (label) => updateTrajectoryItem(doc, item.id, { label }),
  });
  const id = useId();
  const name = t('plan.Trajectory.kindOnDate', { kind: TRAJECTORY_WORDS[item.kind], date: spellDate(item.date) });
  return (
    <div className="plan-timeline__edit">
      <div className="plan-timeline__field">
        <label className="plan-label plan-label--small" htmlFor={`${id}-date`}>
          {t('plan.Trajectory.date')}
        </label>
        <input
          id={`${id}-date`}
          type="date"
          className="input plan-input"
          value={item.date}
          onChange={(e) => {
            const date = e.currentTarget.value;
            if (isPlanDate(date)) quietly(() => updateTrajectoryItem(doc, item.id, { date }));
          }}
        />
      </div>
      <div className="plan-timeline__field">
        <label className="plan-label plan-label--small" htmlFor={`${id}-kind`}>
          {t('plan.Trajectory.what')}
        </label>
        <select
          id={`${id}-kind`}
          className="input plan-input"
          value={item.kind}
          onChange={(e) => quietly(() => updateTrajectoryItem(doc, item.id, { kind: e.currentTarget.value as TrajectoryKind }))}
        >
          {TRAJECTORY_KINDS.map((k) => (
            <option key={k} value={k}>
              {TRAJECTORY_WORDS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="plan-timeline__field plan-timeline__field--grow">
        <label className="plan-label plan-label--small" htmlFor={`${id}-label`}>
          {t('plan.Trajectory.words')}
        </label>
        <input
          ref={labelRef}
          id={`${id}-label`}
          className="input plan-input"
          maxLength={500}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        />
      </div>
      <button
        type="button"
        className="button plan-icon-button plan-button--danger"
        aria-label={t('plan.Trajectory.remove', { name })}
        onClick={() => quietly(() => removeTrajectoryItem(doc, item.id))}
      >
        <TrashIcon size={18} />
      </button>
    </div>
  );
}

/**
 * From now to the point the case can close: review meetings and milestones on a vertical
 * timeline. It is an ordered list, so a screen reader hears the same order the eye sees.
 */
export function Trajectory({
  doc,
  items,
  editable,
}: {
  readonly doc: Y.Doc;
  readonly items: readonly TrajectoryItemView[];
  readonly editable: boolean;
}) {
  const today = todayDate();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<TrajectoryKind>('review');
  const labelWords = useKeptWords('plan.trajectoryLabel', '');
  const label = labelWords.value;
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const firstFuture = items.findIndex((i) => i.date >= today);
  const todayAt = firstFuture === -1 ? items.length : firstFuture;

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!isPlanDate(date)) {
      setError('Choose a date.');
      return;
    }
    if (quietly(() => addTrajectoryItem(doc, { date, kind, label: label.trim() }))) {
      labelWords.clear();
      setDate('');
      setError(null);
    }
  };

  const todayItem = (
    <li key="today" className="plan-timeline__item plan-timeline__item--today">
      <span className="plan-timeline__date">{t('plan.Trajectory.today', { spellDate: spellDate(today) })}</span>
    </li>
  );

  return (
    <section className="plan-section" aria-labelledby="plan-trajectory-heading">
      <h3 className="plan-section__title" id="plan-trajectory-heading">
        {t('plan.Trajectory.fromNowToClosingThe')}
      </h3>
      <p className="plan-section__hint">{t('plan.Trajectory.reviewMeetingsAndMilestonesThe')}</p>
      <ol className="plan-timeline" aria-label={t('plan.Trajectory.timeline')}>
        {items.flatMap((item, index) => {
          const entry = (
            <li key={item.id} className={`plan-timeline__item plan-timeline__item--${item.kind}`}>
              <span className="plan-timeline__date">{spellDate(item.date)}</span>
              <span className="plan-timeline__kind">{TRAJECTORY_WORDS[item.kind]}</span>
              {item.label && !editable && <span className="plan-timeline__label">{item.label}</span>}
              {editable && <ItemEditor doc={doc} item={item} />}
            </li>
          );
          return index === todayAt ? [todayItem, entry] : [entry];
        })}
        {todayAt === items.length && todayItem}
      </ol>
      {items.length === 0 && <p className="plan-empty">{t('plan.Trajectory.noDatesYetAddThe')}</p>}
      {editable && (
        <form className="plan-timeline__add" onSubmit={add} aria-labelledby={`${id}-title`}>
          <h4 id={`${id}-title`}>{t('plan.Trajectory.addADate')}</h4>
          {error && (
            <p className="plan-error" role="alert">
              {error}
            </p>
          )}
          <div className="plan-timeline__edit">
            <div className="plan-timeline__field">
              <label className="plan-label plan-label--small" htmlFor={`${id}-date`}>
                {t('plan.Trajectory.date')}
              </label>
              <input
                id={`${id}-date`}
                type="date"
                className="input plan-input"
                value={date}
                onChange={(e) => setDate(e.currentTarget.value)}
              />
            </div>
            <div className="plan-timeline__field">
              <label className="plan-label plan-label--small" htmlFor={`${id}-kind`}>
                {t('plan.Trajectory.what')}
              </label>
              <select
                id={`${id}-kind`}
                className="input plan-input"
                value={kind}
                onChange={(e) => setKind(e.currentTarget.value as TrajectoryKind)}
              >
                {TRAJECTORY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {TRAJECTORY_WORDS[k]}
                  </option>
                ))}
              </select>
            </div>
            <div className="plan-timeline__field plan-timeline__field--grow">
              <label className="plan-label plan-label--small" htmlFor={`${id}-label`}>
                {t('plan.Trajectory.wordsOptional')}
              </label>
              <input
                id={`${id}-label`}
                className="input plan-input"
                value={label}
                maxLength={500}
                aria-describedby={labelWords.restored ? labelWords.noteId : undefined}
                onChange={(e) => labelWords.set(e.currentTarget.value)}
              />
              <KeptWordsNote words={labelWords} />
            </div>
            <button type="submit" className="button button--secondary">
              {t('plan.Trajectory.addDate')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
