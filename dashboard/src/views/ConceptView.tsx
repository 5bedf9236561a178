/** Concept explorer: search, then a concept's path to the root, children, names, types and counts. */
import { CONCEPT, PATH_TO } from '../api/queries';
import type { ConceptDetail, ConceptRef } from '../api/types';
import { useQuery } from '../api/use-query';
import { ConceptLink, conceptPath } from '../components/ConceptLink';
import { ConceptSearch } from '../components/ConceptSearch';
import { HierarchyGraph } from '../components/HierarchyGraph';
import { Empty, ErrorMessage, Loading } from '../components/Status';
import { navigate } from '../router';

/** The root: the farthest ancestor (ties: the first listed). */
function rootOf(detail: ConceptDetail): ConceptRef | null {
  let best: { distance: number; concept: ConceptRef } | null = null;
  for (const a of detail.ancestors) if (!best || a.distance > best.distance) best = a;
  return best?.concept ?? null;
}

function Counts({ detail }: { detail: ConceptDetail }) {
  const rows = [
    { name: 'This concept', present: detail.present, uncertain: detail.uncertain, absent: detail.absent },
    { name: 'With its subtree', present: detail.subtreePresent, uncertain: detail.subtreeUncertain, absent: detail.subtreeAbsent },
  ];
  return (
    <table className="counts">
      <caption>Reports mentioning it</caption>
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">present</th>
          <th scope="col">uncertain</th>
          <th scope="col">absent</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{row.name}</th>
            <td>{row.present}</td>
            <td>{row.uncertain}</td>
            <td>{row.absent}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ConceptCard({ id }: { id: string }) {
  const { data, error, loading } = useQuery<{ concept: ConceptDetail | null }>(CONCEPT, { id });
  const detail = data?.concept ?? null;
  const root = detail ? rootOf(detail) : null;
  const path = useQuery<{ concept: { pathTo: ConceptRef[] | null } | null }>(PATH_TO, detail && root ? { id, root: root.id } : null);
  if (error) return <ErrorMessage error={error} what="the concept" />;
  if (loading || !data) return <Loading what="the concept" />;
  if (!detail) return <Empty>No concept has the id “{id}”.</Empty>;
  // pathTo runs concept → root; the graph wants root → parent.
  const upward = path.data?.concept?.pathTo ?? [];
  const rootPath = upward.slice(1).reverse();
  const ancestorsByDistance = [...detail.ancestors].sort((x, y) => x.distance - y.distance);
  return (
    <article className="concept-card" aria-labelledby="concept-name">
      <h2 id="concept-name">
        {detail.name} <span className="muted">{detail.id}</span>
      </h2>
      <nav aria-label="Path to the root" className="breadcrumbs">
        {root === null ? (
          <span className="muted">A root concept (no ancestors).</span>
        ) : path.loading ? (
          <Loading what="the path to the root" />
        ) : (
          <ol data-testid="ancestor-path">
            {rootPath.map((node) => (
              <li key={node.id}>
                <ConceptLink concept={node} />
              </li>
            ))}
            <li aria-current="page">{detail.name}</li>
          </ol>
        )}
      </nav>
      <div className="concept-grid">
        <div>
          <HierarchyGraph concept={detail} path={rootPath} children={detail.children} />
        </div>
        <div>
          <Counts detail={detail} />
          <dl className="facts">
            <dt>Synonyms</dt>
            <dd>{detail.synonyms.length ? detail.synonyms.join('; ') : <span className="muted">none</span>}</dd>
            <dt>Semantic types</dt>
            <dd>{detail.semanticTypes.length ? detail.semanticTypes.map((t) => `${t.name} (${t.tui})`).join('; ') : <span className="muted">none</span>}</dd>
            <dt>Sources</dt>
            <dd>{detail.sources.join(', ') || <span className="muted">none</span>}</dd>
          </dl>
        </div>
      </div>
      <div className="two-col">
        <section aria-labelledby="ancestors-heading">
          <h3 id="ancestors-heading">Ancestors ({detail.ancestors.length})</h3>
          {ancestorsByDistance.length === 0 ? (
            <Empty>none</Empty>
          ) : (
            <ul className="plain" data-testid="ancestors">
              {ancestorsByDistance.map((a) => (
                <li key={a.concept.id}>
                  <ConceptLink concept={a.concept} /> <span className="muted">distance {a.distance}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="children-heading">
          <h3 id="children-heading">Children ({detail.children.length})</h3>
          {detail.children.length === 0 ? (
            <Empty>none (a leaf)</Empty>
          ) : (
            <ul className="plain">
              {detail.children.map((c) => (
                <li key={c.id}>
                  <ConceptLink concept={c} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </article>
  );
}

export function ConceptView({ id }: { id?: string }) {
  return (
    <div className="panel">
      <ConceptSearch label="Search concepts" placeholder="e.g. effusion" onPick={(c) => navigate(conceptPath(c.id))} />
      {id ? <ConceptCard id={id} /> : <Empty>Search a concept by name or synonym, then pick it from the list (arrow keys and Enter work).</Empty>}
    </div>
  );
}
