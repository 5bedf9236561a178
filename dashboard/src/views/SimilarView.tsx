/** Similar cases: a pasted report or a stored one → its mentions and the k most similar reports. */
import { FormEvent, useState } from 'react';
import { EXTRACT, SIMILAR_BY_ID, SIMILAR_BY_TEXT, STORED_REPORT } from '../api/queries';
import type { Mention, SimilarCase, SimilarityKnobs } from '../api/types';
import { useQuery } from '../api/use-query';
import { AssertionBadge } from '../components/AssertionBadge';
import { CaseList } from '../components/CaseList';
import { HighlightedText } from '../components/HighlightedText';
import { DEFAULT_KNOBS, SimilarityKnobsPanel } from '../components/SimilarityKnobs';
import { Empty, ErrorMessage, Loading } from '../components/Status';

type Source = { kind: 'text'; text: string } | { kind: 'id'; id: string };

const EXAMPLE = 'FINDINGS: Small right pleural effusion. No pneumothorax. Possible left lower lobe atelectasis.\nIMPRESSION: Right lower lobe pneumonia.';

function optionsOf(knobs: SimilarityKnobs): Record<string, unknown> {
  return {
    variant: knobs.variant,
    alpha: knobs.alpha,
    beta: knobs.beta,
    maxDepth: knobs.maxDepth,
    focusConcepts: knobs.focusConcepts.map(({ id, weight }) => ({ id, weight })),
  };
}

function Mentions({ source }: { source: Source }) {
  const byText = useQuery<{ extract: { mentions: Mention[] } }>(EXTRACT, source.kind === 'text' ? { text: source.text } : null);
  const byId = useQuery<{ report: { id: string; text: string; mentions: Mention[] } | null }>(STORED_REPORT, source.kind === 'id' ? { id: source.id } : null);
  const state = source.kind === 'text' ? byText : byId;
  if (state.error) return <ErrorMessage error={state.error} what="the mentions" />;
  if (state.loading || !state.data) return <Loading what="mentions" />;
  const text = source.kind === 'text' ? source.text : byId.data?.report?.text;
  const mentions = source.kind === 'text' ? byText.data?.extract.mentions : byId.data?.report?.mentions;
  if (text === undefined || mentions === undefined) return <Empty>No stored report has the id “{source.kind === 'id' ? source.id : ''}”.</Empty>;
  return (
    <>
      <p className="legend" aria-label="Legend">
        <AssertionBadge assertion="PRESENT" /> <AssertionBadge assertion="ABSENT" /> <AssertionBadge assertion="UNCERTAIN" />{' '}
        <span className="muted">{mentions.length} mentions; each links to its concept.</span>
      </p>
      {mentions.length === 0 ? <Empty>No concept was found in this text.</Empty> : null}
      <HighlightedText text={text} mentions={mentions} />
    </>
  );
}

function Cases({ source, knobs, k }: { source: Source; knobs: SimilarityKnobs; k: number }) {
  const options = optionsOf(knobs);
  const query = source.kind === 'text' ? SIMILAR_BY_TEXT : SIMILAR_BY_ID;
  const variables = source.kind === 'text' ? { text: source.text, k, options } : { id: source.id, k, options };
  const { data, error, loading } = useQuery<{ similarCases: SimilarCase[] }>(query, variables, 250);
  if (error) return <ErrorMessage error={error} what="similar cases" />;
  if (!data) return <Loading what="similar cases" />;
  return (
    <div aria-busy={loading} className={loading ? 'stale' : undefined}>
      {loading ? <Loading what="updated ranking" /> : null}
      {data.similarCases.length === 0 ? <Empty>No stored report shares a concept with this one.</Empty> : <CaseList cases={data.similarCases} />}
    </div>
  );
}

export function SimilarView({ initialId }: { initialId?: string }) {
  const [mode, setMode] = useState<'text' | 'id'>(initialId ? 'id' : 'text');
  const [text, setText] = useState(EXAMPLE);
  const [id, setId] = useState(initialId ?? '');
  const [source, setSource] = useState<Source | null>(initialId ? { kind: 'id', id: initialId } : null);
  const [knobs, setKnobs] = useState<SimilarityKnobs>(DEFAULT_KNOBS);
  const [k, setK] = useState(5);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (mode === 'text' && text.trim()) setSource({ kind: 'text', text });
    if (mode === 'id' && id.trim()) setSource({ kind: 'id', id: id.trim() });
  };
  return (
    <div className="similar-layout">
      <section aria-labelledby="query-heading" className="panel">
        <h2 id="query-heading">Query report</h2>
        <form onSubmit={submit}>
          <div role="radiogroup" aria-label="Query by" className="segmented">
            <label>
              <input type="radio" name="mode" checked={mode === 'text'} onChange={() => setMode('text')} /> Paste a report
            </label>
            <label>
              <input type="radio" name="mode" checked={mode === 'id'} onChange={() => setMode('id')} /> Stored report id
            </label>
          </div>
          {mode === 'text' ? (
            <div className="field">
              <label htmlFor="report-text">Report text</label>
              <textarea id="report-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
            </div>
          ) : (
            <div className="field">
              <label htmlFor="report-id">Report id</label>
              <input id="report-id" value={id} placeholder="e.g. cxr-1-0000001" onChange={(e) => setId(e.target.value)} />
            </div>
          )}
          <button type="submit">Find similar cases</button>
        </form>
        <SimilarityKnobsPanel knobs={knobs} onChange={setKnobs} k={k} onK={setK} />
      </section>
      <div className="results">
        <section aria-labelledby="mentions-heading" className="panel">
          <h2 id="mentions-heading">Mentions</h2>
          {source ? <Mentions source={source} /> : <Empty>Paste a report or enter a stored report id, then choose “Find similar cases”.</Empty>}
        </section>
        <section aria-labelledby="cases-heading" className="panel">
          <h2 id="cases-heading">Similar cases</h2>
          {source ? <Cases source={source} knobs={knobs} k={k} /> : <Empty>The ranking appears here.</Empty>}
        </section>
      </div>
    </div>
  );
}
