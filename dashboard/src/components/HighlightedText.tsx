/** Report text with each mention marked, coloured by assertion, linked to its concept. */
import type { MouseEvent } from 'react';
import type { Mention } from '../api/types';
import { navigate } from '../router';
import { conceptPath } from './ConceptLink';

/** Non-overlapping mentions in text order (a longer earlier span wins an overlap). */
export function layoutMentions(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Mention[] = [];
  for (const mention of sorted) if (kept.length === 0 || mention.start >= kept[kept.length - 1].end) kept.push(mention);
  return kept;
}

export function HighlightedText({ text, mentions }: { text: string; mentions: Mention[] }) {
  const parts: JSX.Element[] = [];
  let at = 0;
  layoutMentions(mentions).forEach((mention, i) => {
    if (mention.start > at) parts.push(<span key={`t${i}`}>{text.slice(at, mention.start)}</span>);
    const label = `${mention.text}: ${mention.assertion.toLowerCase()}${mention.concept ? `, ${mention.concept.name}` : ''}${
      mention.modifiers.length ? ` (${mention.modifiers.join(', ')})` : ''
    }`;
    const body = text.slice(mention.start, mention.end);
    const className = `mention a-${mention.assertion.toLowerCase()}`;
    if (mention.concept) {
      const href = conceptPath(mention.concept.id);
      const open = (event: MouseEvent<HTMLAnchorElement>): void => {
        if (event.metaKey || event.ctrlKey || event.button !== 0) return;
        event.preventDefault();
        navigate(href);
      };
      parts.push(
        <a key={`m${i}`} href={href} onClick={open} className={className} title={label} aria-label={label} data-assertion={mention.assertion}>
          {body}
        </a>,
      );
    } else {
      parts.push(
        <mark key={`m${i}`} className={className} title={label} data-assertion={mention.assertion}>
          {body}
        </mark>,
      );
    }
    at = mention.end;
  });
  if (at < text.length) parts.push(<span key="tail">{text.slice(at)}</span>);
  return <div className="report-text">{parts}</div>;
}
