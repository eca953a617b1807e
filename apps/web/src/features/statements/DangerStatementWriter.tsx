import { useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { addStatementToDomain, composeDangerStatement } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useKeptWords } from '../../hooks/useKeptWords';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import { useBoardActions } from './statementActions';
import { useMap } from './mapContext';
import { t } from '../../i18n';
import './DangerStatementWriter.css';

const EMPTY = { whoIsWorried: '', behaviour: '', possibleImpact: '' };

/**
 * "Write a danger statement": three plain questions and the sentence they make, live. "Use this"
 * adds the sentence under danger statements, where everyone can then change it freely.
 */
export function DangerStatementWriter() {
  const { connection, me } = useBoardSession();
  const { requestFocus } = useBoardActions();
  const { mapping, network } = useMap();
  const kept = useKeptWords('statements.dangerStatement', EMPTY);
  const parts = kept.value;
  // Words kept from before (another part was opened meanwhile) open the writer again with them.
  const [open, setOpen] = useState(kept.restored);
  const opener = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const id = useId();
  const words = mapping.terms;
  const children = network.filter((m) => m.kind === 'child');
  const childName = children.length === 1 ? children[0]!.name : undefined;
  const preview = composeDangerStatement({ ...parts, childName, framework: mapping.framework });
  const ready = Object.values(parts).every((p) => p.trim().length > 0);

  function start() {
    setOpen(true);
    requestAnimationFrame(() => first.current?.focus());
  }

  function close() {
    setOpen(false);
    kept.clear();
    requestAnimationFrame(() => opener.current?.focus());
  }

  function use(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    const statementId = addStatementToDomain(connection.doc, { domain: 'danger-statements', text: preview, author: me });
    setOpen(false);
    kept.clear();
    requestFocus({ statementId, control: 'text' });
  }

  const title = t('statements.writer.title', { dangerStatement: words.dangerStatement });
  if (!open) {
    return (
      <button ref={opener} type="button" className="button button--secondary writer__open" onClick={start}>
        {title}
      </button>
    );
  }

  const field = (key: keyof typeof EMPTY, label: string, hint: string, ref?: Ref<HTMLInputElement>) => (
    <div className="writer__field">
      <label className="writer__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <p className="writer__hint" id={`${id}-${key}-hint`}>
        {hint}
      </p>
      <input
        ref={ref}
        id={`${id}-${key}`}
        className="input"
        type="text"
        autoComplete="off"
        value={parts[key]}
        aria-describedby={kept.restored ? `${id}-${key}-hint ${kept.noteId}` : `${id}-${key}-hint`}
        onChange={(e) => {
          const next = e.target.value;
          kept.set((p) => ({ ...p, [key]: next }));
        }}
      />
    </div>
  );

  return (
    <form className="writer" aria-labelledby={`${id}-title`} onSubmit={use} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <h4 className="writer__title" id={`${id}-title`}>
        {title}
      </h4>
      {field('whoIsWorried', t('statements.writer.who'), t('statements.writer.whoHint'), first)}
      {field('behaviour', t('statements.writer.behaviour'), t('statements.writer.behaviourHint'))}
      {field('possibleImpact', t('statements.writer.impact'), t('statements.writer.impactHint'))}
      <KeptWordsNote words={kept} />
      <div className="writer__preview">
        <p className="writer__preview-label" id={`${id}-preview-label`}>
          {t('statements.DangerStatementWriter.itWillRead')}
        </p>
        <p className="writer__preview-text" aria-live="polite" aria-labelledby={`${id}-preview-label`}>
          {preview}
        </p>
      </div>
      <div className="writer__actions">
        <button type="submit" className="button button--primary" aria-disabled={!ready}>
          {t('statements.DangerStatementWriter.useThis')}
        </button>
        <button type="button" className="button button--secondary" onClick={close}>
          {t('statements.DangerStatementWriter.cancel')}
        </button>
        {!ready && <p className="writer__missing">{t('statements.DangerStatementWriter.answerAllThreeToUse')}</p>}
      </div>
    </form>
  );
}
