/** A concept's name linking to the concept explorer. */
import type { MouseEvent } from 'react';
import type { ConceptRef } from '../api/types';
import { navigate } from '../router';

export function conceptPath(id: string): string {
  return `/concepts/${encodeURIComponent(id)}`;
}

export function ConceptLink({ concept, fallback = 'unknown concept' }: { concept: ConceptRef | null; fallback?: string }) {
  if (!concept) return <span className="muted">{fallback}</span>;
  const open = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(conceptPath(concept.id));
  };
  return (
    <a href={conceptPath(concept.id)} onClick={open} className="concept-link" title={concept.id}>
      {concept.name}
    </a>
  );
}
