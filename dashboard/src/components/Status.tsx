/** Loading, empty and error states, said plainly (and announced to screen readers). */
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';

export function Loading({ what }: { what: string }) {
  return (
    <p className="status loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status empty">{children}</p>;
}

export function ErrorMessage({ error, what }: { error: ApiError; what: string }) {
  const hint = error.needsKey
    ? ' Enter an API key at the top of the page.'
    : error.code === 'FORBIDDEN'
      ? ' Your API key does not have the role this needs.'
      : '';
  return (
    <div className="status error" role="alert">
      <strong>Could not load {what}.</strong> {error.message}
      {error.code ? <code className="code">{error.code}</code> : null}
      {hint}
    </div>
  );
}
