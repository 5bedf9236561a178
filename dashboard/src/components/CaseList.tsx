/** Ranked similar cases: a score bar each and the explanation behind the score. */
import type { SimilarCase, Unmatched } from '../api/types';
import { AssertionBadge } from './AssertionBadge';
import { ConceptLink } from './ConceptLink';

const fmt = (n: number): string => n.toFixed(3);

function UnmatchedList({ title, items }: { title: string; items: Unmatched[] }) {
  return (
    <div>
      <h5>
        {title} ({items.length})
      </h5>
      {items.length === 0 ? (
        <p className="muted">none</p>
      ) : (
        <ul className="chips">
          {items.map((item, i) => (
            <li key={i}>
              <ConceptLink concept={item.concept} /> <AssertionBadge assertion={item.assertion} /> <span className="muted">w {fmt(item.weight)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Explanation({ explanation }: { explanation: SimilarCase['explanation'] }) {
  const { matched, queryOnly, caseOnly, contradictions, terms } = explanation;
  return (
    <div className="explanation">
      <p className="terms">
        I = {fmt(terms.I)}, a = {fmt(terms.a)}, b = {fmt(terms.b)}, C = {fmt(terms.C)} · α = {terms.alpha}, β = {terms.beta}, κ = {terms.kappa}
      </p>
      <h5>Matched concepts ({matched.length})</h5>
      {matched.length === 0 ? (
        <p className="muted">none</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Query concept</th>
                <th scope="col">Relation</th>
                <th scope="col">Case concept</th>
                <th scope="col">Distance</th>
                <th scope="col">Credit</th>
                <th scope="col">Weight</th>
              </tr>
            </thead>
            <tbody>
              {matched.map((pair, i) => (
                <tr key={i}>
                  <td>
                    <ConceptLink concept={pair.queryConcept} /> <AssertionBadge assertion={pair.queryAssertion} />
                  </td>
                  <td>{pair.relation.toLowerCase()}</td>
                  <td>
                    <ConceptLink concept={pair.caseConcept} /> <AssertionBadge assertion={pair.caseAssertion} />
                  </td>
                  <td>{pair.distance}</td>
                  <td>{fmt(pair.credit)}</td>
                  <td>{fmt(pair.weight)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="two-col">
        <UnmatchedList title="Only in the query" items={queryOnly} />
        <UnmatchedList title="Only in the case" items={caseOnly} />
      </div>
      <h5>Contradictions ({contradictions.length})</h5>
      {contradictions.length === 0 ? (
        <p className="muted">none</p>
      ) : (
        <ul className="chips">
          {contradictions.map((c, i) => (
            <li key={i}>
              <ConceptLink concept={c.queryConcept} /> <AssertionBadge assertion={c.queryAssertion} /> vs <ConceptLink concept={c.caseConcept} />{' '}
              <AssertionBadge assertion={c.caseAssertion} /> <span className="muted">{c.scope.toLowerCase().replace('_', ' ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CaseList({ cases }: { cases: SimilarCase[] }) {
  return (
    <ol className="cases" aria-label="Similar cases, most similar first">
      {cases.map((item, rank) => (
        <li key={item.report?.id ?? rank} className="case" data-report-id={item.report?.id}>
          <div className="case-head">
            <span className="rank">{rank + 1}</span>
            <span className="case-id">{item.report?.id ?? 'deleted report'}</span>
            <span className="score-bar" role="meter" aria-valuemin={0} aria-valuemax={1} aria-valuenow={item.score} aria-label={`Score of ${item.report?.id}`}>
              <span style={{ width: `${Math.max(1, item.score * 100)}%` }} />
            </span>
            <span className="score" data-testid="case-score">
              {item.score.toFixed(3)}
            </span>
          </div>
          {item.report ? <p className="snippet">{item.report.text.replace(/\s+/g, ' ').trim().slice(0, 220)}…</p> : null}
          <details>
            <summary>
              Why: {item.explanation.matched.length} matched, {item.explanation.queryOnly.length} query-only, {item.explanation.caseOnly.length} case-only,{' '}
              {item.explanation.contradictions.length} contradictions
            </summary>
            <Explanation explanation={item.explanation} />
          </details>
        </li>
      ))}
    </ol>
  );
}
