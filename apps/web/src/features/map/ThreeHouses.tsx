import { useId, useState, type FormEvent } from 'react';
import {
  MAX_MEMBER_NAME_LENGTH,
  addChildWords,
  addNetworkMember,
  readThreeHouses,
  type ChildHousesView,
  type ChildWordsView,
  type HouseView,
} from '@kinboard/model';
import { useKeptWords } from '../../hooks/useKeptWords';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import { useBoardSession } from '../../hooks/boardContext';
import { useBoardActions } from '../statements';
import { useDocView } from '../../hooks/useDocView';
import { useStatementTextBinding } from '../../hooks/useStatementTextBinding';
import { PlusIcon, TrashIcon } from '../../icons';
import { t } from '../../i18n';
import './ThreeHouses.css';

/** Each child's house of worries, house of good things and house of dreams, in the child's own words. */
export function ThreeHouses({ editable }: { readonly editable: boolean }) {
  const { connection } = useBoardSession();
  const { children } = useDocView(connection.doc, readThreeHouses);
  const headingId = useId();

  return (
    <section className="houses" aria-labelledby={headingId}>
      <div className="houses__header">
        <h2 id={headingId}>{t('map.ThreeHouses.threeHouses')}</h2>
        <p className="houses__hint">{t('map.ThreeHouses.whatEachChildTellsUs')}</p>
      </div>
      {children.length === 0 && (
        <p className="houses__empty">{editable ? t('map.ThreeHouses.addAChildToGive') : t('map.ThreeHouses.noChildHasBeenAdded')}</p>
      )}
      {children.map((child) => (
        <ChildHouses key={child.childId} child={child} editable={editable} />
      ))}
      {editable && <AddChildForm open={children.length === 0} />}
    </section>
  );
}

function ChildHouses({ child, editable }: { readonly child: ChildHousesView; readonly editable: boolean }) {
  const headingId = useId();
  return (
    <section className="child-houses" aria-labelledby={headingId} data-focus-target={`house:${child.childId}`}>
      <h3 id={headingId} className="child-houses__name">
        {child.removed ? child.name : t('map.ThreeHouses.sHouses', { name: child.name })}
      </h3>
      <div className="child-houses__row">
        {child.houses.map((house) => (
          <House key={house.id} childId={child.childId} childName={child.name} house={house} editable={editable && !child.removed} />
        ))}
      </div>
    </section>
  );
}

interface HouseProps {
  readonly childId: string;
  readonly childName: string;
  readonly house: HouseView;
  readonly editable: boolean;
}

function House({ childId, childName, house, editable }: HouseProps) {
  const { connection, me } = useBoardSession();
  const words = useKeptWords(`map.childWords.${childId}.${house.id}`, '');
  const draft = words.value;
  const id = useId();

  function add(event: FormEvent) {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    addChildWords(connection.doc, { childId, house: house.id, text, author: me });
    words.clear();
  }

  return (
    <section className={`house house--${house.id}`} aria-labelledby={`${id}-title`}>
      <div className="house__roof" aria-hidden="true" />
      <div className="house__body">
        <h4 className="house__title" id={`${id}-title`}>
          {house.title}
        </h4>
        <p className="house__hint">{house.hint}</p>
        {house.words.length > 0 && (
          <ul className="house__words" aria-label={t('map.ThreeHouses.sOwnWords', { childName })}>
            {house.words.map((words) => (
              <ChildWords key={words.id} words={words} editable={editable} />
            ))}
          </ul>
        )}
        <p className="house__own">{t('map.ThreeHouses.inSOwnWords', { childName })}</p>
        {editable && (
          <form className="house__add" onSubmit={add}>
            <label className="visually-hidden" htmlFor={`${id}-add`}>
              {t('map.ThreeHouses.addToThe', { toLowerCase: house.title.toLowerCase() })}
            </label>
            <input
              id={`${id}-add`}
              className="input input--small house__input"
              type="text"
              autoComplete="off"
              placeholder={t('map.ThreeHouses.whatDidTheySay')}
              value={draft}
              aria-describedby={words.restored ? words.noteId : undefined}
              onChange={(e) => words.set(e.target.value)}
            />
            <button
              type="submit"
              className="icon-button house__add-button"
              aria-label={t('map.ThreeHouses.addToThe', { toLowerCase: house.title.toLowerCase() })}
              title={t('map.ThreeHouses.add')}
            >
              <PlusIcon />
            </button>
            <KeptWordsNote words={words} />
          </form>
        )}
      </div>
    </section>
  );
}

function ChildWords({ words, editable }: { readonly words: ChildWordsView; readonly editable: boolean }) {
  const { connection } = useBoardSession();
  const { removeStatement } = useBoardActions();
  const textarea = useStatementTextBinding(connection.doc, words.id);
  if (!editable) return <li className="child-words">{words.text}</li>;
  return (
    <li className="child-words child-words--editable">
      <textarea ref={textarea} className="child-words__text" aria-label={t('map.ThreeHouses.theChildSWords')} rows={1} spellCheck />
      <button
        type="button"
        className="icon-button"
        aria-label={t('map.ThreeHouses.removeTheseWords')}
        title={t('map.ThreeHouses.removeTheseWords')}
        onClick={() => removeStatement({ id: words.id, text: words.text })}
      >
        <TrashIcon />
      </button>
    </li>
  );
}

/** "Add a child": the child joins the network, and gets their three houses. */
function AddChildForm({ open }: { readonly open: boolean }) {
  const { connection } = useBoardSession();
  const nameWords = useKeptWords('map.childName', '');
  const name = nameWords.value;
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  function add(event: FormEvent) {
    event.preventDefault();
    const cleaned = name.trim();
    if (!cleaned) {
      setError(t('map.ThreeHouses.enterChildName'));
      return;
    }
    addNetworkMember(connection.doc, { name: cleaned, kind: 'child', relationship: 'child' });
    nameWords.clear();
    setError(null);
  }

  const form = (
    <form className="add-child" onSubmit={add} noValidate>
      <div className={error ? 'field field--error' : 'field'}>
        <label className="field__label" htmlFor={id}>
          {t('map.ThreeHouses.childSName')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('map.ThreeHouses.aFirstNameIsEnough')}
        </p>
        {error && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <input
          id={id}
          className="input input--name"
          type="text"
          autoComplete="off"
          maxLength={MAX_MEMBER_NAME_LENGTH}
          value={name}
          onChange={(e) => nameWords.set(e.target.value)}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : '', nameWords.restored ? nameWords.noteId : '']
            .filter(Boolean)
            .join(' ')}
          aria-invalid={error ? true : undefined}
        />
        <KeptWordsNote words={nameWords} />
      </div>
      <button type="submit" className="button button--secondary">
        <PlusIcon />
        {t('map.ThreeHouses.addAChild')}
      </button>
    </form>
  );

  if (open) return form;
  return (
    <details className="add-child__more">
      <summary>{t('map.ThreeHouses.addAnotherChild')}</summary>
      {form}
    </details>
  );
}
