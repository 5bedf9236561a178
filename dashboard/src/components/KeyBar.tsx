/** The API key, entered once: kept for the tab (or on this device) and sent as a Bearer token. */
import { FormEvent, useState } from 'react';
import { clearKey, saveKey, storedKey } from '../api/api-key';

export function KeyBar({ onChange }: { onChange: () => void }) {
  const [hasKey, setHasKey] = useState(storedKey() !== null);
  const [draft, setDraft] = useState('');
  const [remember, setRemember] = useState(false);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!draft.trim()) return;
    saveKey(draft, remember);
    setDraft('');
    setHasKey(true);
    onChange();
  };
  if (hasKey) {
    return (
      <div className="keybar">
        <span>API key set.</span>
        <button
          type="button"
          className="link"
          onClick={() => {
            clearKey();
            setHasKey(false);
            onChange();
          }}
        >
          Forget key
        </button>
      </div>
    );
  }
  return (
    <form className="keybar" onSubmit={submit}>
      <label htmlFor="api-key">API key</label>
      <input id="api-key" type="password" autoComplete="off" value={draft} placeholder="none needed in open demo mode" onChange={(e) => setDraft(e.target.value)} />
      <label className="check">
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> remember on this device
      </label>
      <button type="submit">Use key</button>
    </form>
  );
}
