/** A search box over concept names (searchConcepts) with a keyboard-navigable result list. */
import { KeyboardEvent, useId, useState } from 'react';
import { SEARCH_CONCEPTS } from '../api/queries';
import type { ConceptRef } from '../api/types';
import { useQuery } from '../api/use-query';
import { ErrorMessage } from './Status';

interface Hits {
  searchConcepts: { score: number; matched: string; concept: ConceptRef }[];
}

export function ConceptSearch({ label, onPick, placeholder }: { label: string; onPick: (concept: ConceptRef) => void; placeholder?: string }) {
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const term = text.trim();
  const { data, error, loading } = useQuery<Hits>(SEARCH_CONCEPTS, term.length >= 2 ? { text: term } : null, 200);
  const hits = term.length >= 2 ? (data?.searchConcepts ?? []) : [];
  const pick = (concept: ConceptRef): void => {
    onPick(concept);
    setText('');
    setActive(0);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (hits.length === 0) return;
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') pick(hits[Math.min(active, hits.length - 1)].concept);
    else if (event.key === 'Escape') setText('');
    else return;
    event.preventDefault();
  };
  const listId = `${id}-hits`;
  return (
    <div className="concept-search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      {error ? <ErrorMessage error={error} what="concepts" /> : null}
      {term.length >= 2 && !loading && data && hits.length === 0 ? <p className="status empty">No concept matches “{term}”.</p> : null}
      {hits.length > 0 ? (
        <ul id={listId} role="listbox" className="hits" aria-label={`Concepts matching ${term}`}>
          {hits.map((hit, i) => (
            <li
              key={hit.concept.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(hit.concept);
              }}
            >
              <span>{hit.concept.name}</span> <span className="muted">{hit.concept.id} · {hit.matched.toLowerCase()}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
