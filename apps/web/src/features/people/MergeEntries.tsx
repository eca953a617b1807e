import { useId, useState } from 'react';
import { ModelError, type NetworkMemberView } from '@kinboard/model';
import { modelErrorText, t } from '../../i18n';
import { MemberOptions } from './MemberOptions';

interface MergeEntriesProps {
  readonly members: readonly NetworkMemberView[];
  readonly onMerge: (keepId: string, mergedId: string) => void;
}

/** Two entries on the network list that are one person become one; nothing of either is lost. */
export function MergeEntries({ members, onMerge }: MergeEntriesProps) {
  const id = useId();
  const [keep, setKeep] = useState('');
  const [merged, setMerged] = useState('');
  const [told, setTold] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (members.length < 2) return null;
  const name = (memberId: string) => members.find((m) => m.id === memberId)?.name ?? '';

  function merge() {
    setProblem(null);
    try {
      onMerge(keep, merged);
      setTold(t('people.MergeEntries.merged', { merged: name(merged), keep: name(keep) }));
      setKeep('');
      setMerged('');
    } catch (error) {
      setProblem(error instanceof ModelError ? modelErrorText(error) : t('people.MergeEntries.failed'));
    }
  }

  const options = <MemberOptions members={members} />;
  return (
    <fieldset className="merge-entries">
      <legend>{t('people.MergeEntries.listedTwicePutTwoEntries')}</legend>
      <label htmlFor={`${id}-merged`}>{t('people.MergeEntries.thisEntry')}</label>
      <select id={`${id}-merged`} className="input" value={merged} onChange={(e) => setMerged(e.target.value)}>
        <option value="">{t('people.MergeEntries.choose')}</option>
        {options}
      </select>
      <label htmlFor={`${id}-keep`}>{t('people.MergeEntries.isTheSamePersonAs')}</label>
      <select id={`${id}-keep`} className="input" value={keep} onChange={(e) => setKeep(e.target.value)}>
        <option value="">{t('people.MergeEntries.choose')}</option>
        {options}
      </select>
      <button type="button" className="button button--secondary" disabled={!keep || !merged || keep === merged} onClick={merge}>
        {t('people.MergeEntries.putThemTogether')}
      </button>
      <p role="status">{told}</p>
      {problem && (
        <p className="meeting-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
