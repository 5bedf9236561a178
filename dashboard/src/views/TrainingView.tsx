/**
 * Training: runs with live progress, taggers with per-label metrics, activation for admins.
 * The API reports only the latest epoch, so the per-epoch curves are gathered while polling.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError, gql } from '../api/client';
import { ACTIVATE_TAGGER, ADMIN_PROBE, TAGGERS, TRAINING_RUNS } from '../api/queries';
import { useQuery } from '../api/use-query';
import { LineChart, Point } from '../charts/LineChart';
import { Empty, ErrorMessage, Loading } from '../components/Status';

interface Run {
  id: string;
  name: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
  examples: number;
  spans: number;
  config: { epochs: number; loss: string };
  progress: { epoch: number; step: number; loss: number | null; devF1: number | null } | null;
  model: { id: string } | null;
}

interface Tagger {
  id: string;
  name: string;
  active: boolean;
  createdAt: string;
  loss: string;
  runId: string;
  metrics: { microF1: number; macroF1: number; perLabel: { label: string; precision: number; recall: number; f1: number; support: number }[] } | null;
}

type Curves = Record<string, { loss: Point[]; devF1: Point[] }>;

function record(curves: Curves, run: Run): Curves {
  const p = run.progress;
  if (!p || p.epoch < 1) return curves;
  const entry = curves[run.id] ?? { loss: [], devF1: [] };
  const add = (series: Point[], value: number | null): Point[] =>
    value === null || series.some((pt) => pt.x === p.epoch) ? series : [...series, { x: p.epoch, y: value }];
  return { ...curves, [run.id]: { loss: add(entry.loss, p.loss), devF1: add(entry.devF1, p.devF1) } };
}

function RunCard({ run, curves }: { run: Run; curves: Curves[string] | undefined }) {
  const p = run.progress;
  const pct = p ? Math.min(100, Math.round((p.epoch / Math.max(1, run.config.epochs)) * 100)) : 0;
  return (
    <li className="run" data-status={run.status}>
      <div className="case-head">
        <strong>{run.name}</strong> <span className={`badge status-${run.status.toLowerCase()}`}>{run.status.toLowerCase()}</span>
        <span className="muted">
          {run.config.loss} · {run.examples} reports · {run.spans} spans
        </span>
      </div>
      {run.status === 'RUNNING' || run.status === 'QUEUED' ? (
        <progress max={100} value={pct} aria-label={`Progress of ${run.name}`}>
          {pct}%
        </progress>
      ) : null}
      {p ? (
        <p className="muted">
          epoch {p.epoch}/{run.config.epochs} · step {p.step} · loss {p.loss?.toFixed(4) ?? '—'} · dev F1 {p.devF1?.toFixed(3) ?? '—'}
        </p>
      ) : null}
      {run.error ? <p className="status error">{run.error}</p> : null}
      {curves && (curves.loss.length > 0 || curves.devF1.length > 0) ? (
        <div className="charts">
          <LineChart points={curves.loss} title="Loss" yLabel="loss" color="#1f5fa8" />
          <LineChart points={curves.devF1} title="Dev F1" yLabel="F1" color="#1d7a3a" max={1} />
        </div>
      ) : null}
    </li>
  );
}

function TaggerCard({ tagger, canActivate, onActivated }: { tagger: Tagger; canActivate: boolean; onActivated: () => void }) {
  const [state, setState] = useState<{ busy: boolean; error: ApiError | null }>({ busy: false, error: null });
  const activate = (): void => {
    setState({ busy: true, error: null });
    gql(ACTIVATE_TAGGER, { id: tagger.id })
      .then(() => {
        setState({ busy: false, error: null });
        onActivated();
      })
      .catch((error: unknown) => setState({ busy: false, error: error instanceof ApiError ? error : new ApiError(String(error), undefined, 0) }));
  };
  return (
    <li className="tagger">
      <div className="case-head">
        <strong>{tagger.name}</strong> {tagger.active ? <span className="badge status-succeeded">active</span> : null}
        <span className="muted">
          {tagger.loss} · {new Date(tagger.createdAt).toLocaleString()}
        </span>
        {!tagger.active && canActivate ? (
          <button type="button" onClick={activate} disabled={state.busy}>
            {state.busy ? 'Activating…' : 'Activate'}
            <span className="visually-hidden"> {tagger.name}</span>
          </button>
        ) : null}
      </div>
      {state.error ? <ErrorMessage error={state.error} what="the activation" /> : null}
      {tagger.metrics ? (
        <div className="table-wrap">
          <table>
            <caption>
              micro F1 {tagger.metrics.microF1.toFixed(3)} · macro F1 {tagger.metrics.macroF1.toFixed(3)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Precision</th>
                <th scope="col">Recall</th>
                <th scope="col">F1</th>
                <th scope="col">Support</th>
              </tr>
            </thead>
            <tbody>
              {tagger.metrics.perLabel.map((m) => (
                <tr key={m.label}>
                  <th scope="row">{m.label}</th>
                  <td>{m.precision.toFixed(3)}</td>
                  <td>{m.recall.toFixed(3)}</td>
                  <td>{m.f1.toFixed(3)}</td>
                  <td>{m.support}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">No metrics recorded.</p>
      )}
    </li>
  );
}

export function TrainingView() {
  const [tick, setTick] = useState(0);
  const runs = useQuery<{ trainingRuns: { edges: { node: Run }[] } }>(TRAINING_RUNS, {}, 0, tick);
  const taggers = useQuery<{ taggers: Tagger[] }>(TAGGERS, {}, 0, tick);
  const admin = useQuery<unknown>(ADMIN_PROBE, {});
  const [curves, setCurves] = useState<Curves>({});
  const live = runs.data?.trainingRuns.edges.some((e) => e.node.status === 'RUNNING' || e.node.status === 'QUEUED') ?? false;
  const liveRef = useRef(live);
  liveRef.current = live;
  useEffect(() => {
    if (!runs.data) return;
    setCurves((c) => runs.data!.trainingRuns.edges.reduce((acc, e) => record(acc, e.node), c));
  }, [runs.data]);
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => setTick((t) => t + 1), 2000);
    return () => clearInterval(timer);
  }, [live]);
  const canActivate = admin.data !== null && !admin.error;
  return (
    <div className="training-layout">
      <section className="panel" aria-labelledby="runs-heading">
        <h2 id="runs-heading">Training runs {live ? <span className="muted small">(live, refreshed every 2 s)</span> : null}</h2>
        {runs.error ? <ErrorMessage error={runs.error} what="training runs" /> : null}
        {!runs.data && !runs.error ? <Loading what="training runs" /> : null}
        {runs.data && runs.data.trainingRuns.edges.length === 0 ? <Empty>No training run yet. Start one with the trainTagger mutation.</Empty> : null}
        {runs.data ? (
          <ul className="plain">
            {runs.data.trainingRuns.edges.map(({ node }) => (
              <RunCard key={node.id} run={node} curves={curves[node.id]} />
            ))}
          </ul>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="taggers-heading">
        <h2 id="taggers-heading">Taggers</h2>
        {!canActivate && !admin.loading ? <p className="muted small">Activating a tagger needs the admin role.</p> : null}
        {taggers.error ? <ErrorMessage error={taggers.error} what="taggers" /> : null}
        {!taggers.data && !taggers.error ? <Loading what="taggers" /> : null}
        {taggers.data && taggers.data.taggers.length === 0 ? <Empty>No tagger is stored; extraction uses the rules.</Empty> : null}
        {taggers.data ? (
          <ul className="plain">
            {taggers.data.taggers.map((t) => (
              <TaggerCard key={t.id} tagger={t} canActivate={canActivate} onActivated={() => setTick((n) => n + 1)} />
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
