/** SVG of the path to the root (top), the concept, and its children (bottom); nodes are links. */
import type { KeyboardEvent } from 'react';
import type { ConceptRef } from '../api/types';
import { navigate } from '../router';
import { conceptPath } from './ConceptLink';

const NODE_W = 150;
const NODE_H = 28;
const ROW = 48;

function Node({ concept, x, y, current }: { concept: ConceptRef; x: number; y: number; current?: boolean }) {
  const go = (): void => navigate(conceptPath(concept.id));
  const onKey = (event: KeyboardEvent<SVGGElement>): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      go();
    }
  };
  const name = concept.name.length > 22 ? `${concept.name.slice(0, 21)}…` : concept.name;
  return (
    <g
      className={`node${current ? ' current' : ''}`}
      transform={`translate(${x - NODE_W / 2},${y})`}
      role="link"
      tabIndex={current ? -1 : 0}
      aria-label={`${concept.name} (${concept.id})`}
      aria-current={current ? 'page' : undefined}
      onClick={current ? undefined : go}
      onKeyDown={current ? undefined : onKey}
    >
      <title>{`${concept.name} (${concept.id})`}</title>
      <rect width={NODE_W} height={NODE_H} rx={6} />
      <text x={NODE_W / 2} y={NODE_H / 2 + 4} textAnchor="middle">
        {name}
      </text>
    </g>
  );
}

/** `path` runs from the root down to the concept's parent. */
export function HierarchyGraph({ concept, path, children }: { concept: ConceptRef; path: ConceptRef[]; children: ConceptRef[] }) {
  const shown = children.slice(0, 8);
  const perRow = 4;
  const childRows = Math.ceil(shown.length / perRow);
  const width = Math.max(NODE_W + 20, Math.min(shown.length, perRow) * (NODE_W + 12) + 12);
  const height = (path.length + 1 + childRows) * ROW + 10;
  const mid = width / 2;
  const conceptY = path.length * ROW + 6;
  return (
    <svg className="hierarchy" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }} role="group" aria-label={`Is-a hierarchy around ${concept.name}`}>
      {path.map((node, i) => (
        <line key={`e${node.id}`} x1={mid} y1={i * ROW + 6 + NODE_H} x2={mid} y2={(i + 1) * ROW + 6} className="edge" />
      ))}
      {shown.map((child, i) => {
        const row = Math.floor(i / perRow);
        const inRow = Math.min(perRow, shown.length - row * perRow);
        const cx = mid + (i % perRow - (inRow - 1) / 2) * (NODE_W + 12);
        const cy = conceptY + (row + 1) * ROW;
        return (
          <g key={child.id}>
            <line x1={mid} y1={conceptY + NODE_H} x2={cx} y2={cy} className="edge" />
            <Node concept={child} x={cx} y={cy} />
          </g>
        );
      })}
      {path.map((node, i) => (
        <Node key={node.id} concept={node} x={mid} y={i * ROW + 6} />
      ))}
      <Node concept={concept} x={mid} y={conceptY} current />
    </svg>
  );
}
