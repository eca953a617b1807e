import { useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { ModelError, addNetworkMember } from '@kinboard/model';

/**
 * The smallest way to add someone to the network without leaving the plan: a name and a button.
 * The full network list (relationships, who is here) lives with the network.
 */
export function AddPersonInline({ doc }: { readonly doc: Y.Doc }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const add = (event: FormEvent) => {
    event.preventDefault();
    try {
      addNetworkMember(doc, { name });
      setName('');
      setError(null);
    } catch (failure) {
      if (!(failure instanceof ModelError)) throw failure;
      setError('Write the person’s name (up to 80 letters).');
    }
  };
  return (
    <form className="plan-add-person" onSubmit={add}>
      <label className="plan-label" htmlFor={inputId}>
        Add a person to the network
      </label>
      {error && (
        <p className="plan-error" role="alert">
          {error}
        </p>
      )}
      <div className="plan-inline">
        <input id={inputId} className="input plan-input" value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="off" />
        <button type="submit" className="button button--secondary">
          Add person
        </button>
      </div>
    </form>
  );
}
