import { useEffect, useId, useRef, useState } from 'react';
import { CheckIcon, CopyIcon } from '../icons';
import { copyText } from '../lib/copyText';
import { t } from '../i18n';

interface CopyLinkFieldProps {
  readonly kind: 'facilitator' | 'participant' | 'viewer';
  readonly link: string;
  readonly label: string;
  readonly who: string;
}

/** One board link in a read-only box, with a button that copies it. */
export function CopyLinkField({ kind, link, label, who }: CopyLinkFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  useEffect(() => {
    if (copied !== 'yes') return undefined;
    const timer = setTimeout(() => setCopied(null), 4000);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    const ok = await copyText(link, input.current);
    setCopied(ok ? 'yes' : 'failed');
  }

  return (
    <div className={`link-field link-field--${kind}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-who`}>
        {who}
      </p>
      <div className="link-field__row">
        <input
          ref={input}
          id={id}
          className="input input--link"
          type="text"
          readOnly
          value={link}
          aria-describedby={`${id}-who`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button--secondary button--copy" onClick={copy}>
          {copied === 'yes' ? <CheckIcon /> : <CopyIcon />}
          <span>{t('ui.CopyLinkField.copy', { toLowerCase: label.toLowerCase() })}</span>
        </button>
      </div>
      <p className="link-field__feedback" role="status">
        {copied === 'yes' && t('ui.CopyLinkField.linkCopiedYouCanPaste')}
        {copied === 'failed' && t('ui.CopyLinkField.couldNotCopyAutomaticallyThe')}
      </p>
    </div>
  );
}
