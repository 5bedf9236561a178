/** Labels: prevalence per label of a label set; a label's reports on click. */
import { useEffect, useState } from 'react';
import { LABEL_PREVALENCE, LABEL_SETS, labelReportsQuery } from '../api/queries';
import type { Assertion, LabelPrevalence, LabelSet, ReportRow } from '../api/types';
import { useQuery } from '../api/use-query';
import { PrevalenceChart } from '../charts/PrevalenceChart';
import { ConceptLink } from '../components/ConceptLink';
import { Empty, ErrorMessage, Loading } from '../components/Status';
import { navigate } from '../router';

type Connections = Record<string, { edges: { node: ReportRow }[] }>;

function LabelReports({ definition }: { definition: LabelSet['labels'][number] }) {
  const [assertion, setAssertion] = useState<Assertion>('PRESENT');
  const ids = definition.concepts.filter((c) => c !== null).map((c) => c!.id);
  const variables: Record<string, unknown> | null = ids.length ? { assertion, ...Object.fromEntries(ids.map((id, i) => [`c${i}`, id])) } : null;
  const { data, error, loading } = useQuery<Connections>(ids.length ? labelReportsQuery(ids.length) : '', variables);
  const reports = new Map<string, ReportRow>();
  for (const connection of Object.values(data ?? {})) for (const edge of connection.edges) reports.set(edge.node.id, edge.node);
  const rows = [...reports.values()].sort((x, y) => x.id.localeCompare(y.id));
  return (
    <section className="panel" aria-labelledby="label-reports-heading">
      <h2 id="label-reports-heading">Reports for {definition.name}</h2>
      <p className="muted">
        Concepts (with their subtrees):{' '}
        {definition.concepts.map((c, i) => (
          <span key={i}>
            {i > 0 ? ', ' : ''}
            <ConceptLink concept={c} fallback="(not in the ontology)" />
          </span>
        ))}
      </p>
      <div role="radiogroup" aria-label="Assertion" className="segmented">
        {(['PRESENT', 'UNCERTAIN', 'ABSENT'] as Assertion[]).map((a) => (
          <label key={a}>
            <input type="radio" name="label-assertion" checked={assertion === a} onChange={() => setAssertion(a)} /> {a.toLowerCase()}
          </label>
        ))}
      </div>
      {ids.length === 0 ? <Empty>This label has no concept in the loaded ontology.</Empty> : null}
      {error ? <ErrorMessage error={error} what="the reports" /> : null}
      {loading ? <Loading what="reports" /> : null}
      {!loading && data && rows.length === 0 ? <Empty>No report mentions these concepts as {assertion.toLowerCase()}.</Empty> : null}
      {rows.length > 0 ? (
        <ul className="report-list" data-testid="label-reports">
          {rows.map((r) => (
            <li key={r.id}>
              <a
                href={`/similar/${encodeURIComponent(r.id)}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/similar/${encodeURIComponent(r.id)}`);
                }}
              >
                {r.id}
              </a>{' '}
              <span className="muted">{r.studyDate ?? ''}</span>
              <p className="snippet">{r.text.replace(/\s+/g, ' ').trim().slice(0, 160)}…</p>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted small">Up to 25 reports per concept; a report appears once.</p>
    </section>
  );
}

export function LabelsView({ initialSet }: { initialSet?: string }) {
  const sets = useQuery<{ labelSets: LabelSet[] }>(LABEL_SETS, {});
  const [setName, setSetName] = useState<string | null>(initialSet ?? null);
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    const names = sets.data?.labelSets.map((s) => s.name) ?? [];
    if (setName === null && names.length) setSetName(names.includes('chexpert') ? 'chexpert' : names[0]);
  }, [sets.data, setName]);
  const prevalence = useQuery<{ labelPrevalence: LabelPrevalence[] }>(LABEL_PREVALENCE, setName ? { set: setName } : null);
  if (sets.error) return <ErrorMessage error={sets.error} what="label sets" />;
  if (!sets.data) return <Loading what="label sets" />;
  if (sets.data.labelSets.length === 0) return <Empty>No label set is loaded.</Empty>;
  const labelSet = sets.data.labelSets.find((s) => s.name === setName) ?? null;
  const definition = labelSet?.labels.find((l) => l.name === selected) ?? null;
  return (
    <div className="labels-layout">
      <section className="panel" aria-labelledby="prevalence-heading">
        <h2 id="prevalence-heading">Label prevalence</h2>
        <div className="field inline">
          <label htmlFor="label-set">Label set</label>
          <select
            id="label-set"
            value={setName ?? ''}
            onChange={(e) => {
              setSetName(e.target.value);
              setSelected(null);
            }}
          >
            {sets.data.labelSets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        {labelSet ? <p className="muted">{labelSet.description}</p> : null}
        {prevalence.error ? <ErrorMessage error={prevalence.error} what="prevalence" /> : null}
        {prevalence.loading ? <Loading what="prevalence" /> : null}
        {prevalence.data && prevalence.data.labelPrevalence.length === 0 ? <Empty>No report is stored yet.</Empty> : null}
        {prevalence.data && !prevalence.loading ? (
          <PrevalenceChart rows={prevalence.data.labelPrevalence} selected={selected} onSelect={setSelected} />
        ) : null}
      </section>
      {definition ? (
        <LabelReports key={definition.name} definition={definition} />
      ) : selected ? (
        <section className="panel">
          <Empty>“{selected}” is decided from the other labels (no concepts of its own).</Empty>
        </section>
      ) : (
        <section className="panel">
          <Empty>Choose a label to list its reports.</Empty>
        </section>
      )}
    </div>
  );
}
