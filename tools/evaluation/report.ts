/** The harness result as a markdown report (printed and written next to the JSON). Pure. */
import type { EvalResult } from './harness';
import type { Prf } from './prf';

const pct = (x: number): string => (100 * x).toFixed(1);
const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;
const summary = (name: string, labels: number, micro: Prf, macro: number): string =>
  row([`${name} (${labels} labels)`, pct(micro.precision), pct(micro.recall), pct(micro.f1), pct(macro)]);

export function evalMarkdown(result: EvalResult): string {
  const { labelling, retrieval, gold } = result;
  const ks = retrieval.ks;
  const mapped = gold.names.filter((g) => g.concepts !== null).length;
  const lines = [
    `# Evaluation of ${result.reports} reports (${result.file})`,
    '',
    `Gold label names: ${gold.names.length}, ${mapped} mapped to concepts; No Finding by rule.`,
    `Unmapped (ignored for labelling): ${gold.unmapped.join(', ') || 'none'}.`,
    `Not findings (seen next to No Finding): ${gold.nonFinding.join(', ') || 'none'}.`,
    result.bad.length > 0 ? `Bad rows skipped: ${result.bad.length} (first: line ${result.bad[0].line}, ${result.bad[0].message}).` : '',
    '',
    '## Labelling (system POSITIVE vs gold), %',
    '',
    row(['labels', 'micro P', 'micro R', 'micro F1', 'macro F1']),
    row(['---', '---', '---', '---', '---']),
    summary('all', labelling.labels.length, labelling.all.micro, labelling.all.macroF1),
    summary('long tail, prevalence < 2 %', labelling.longTailLabels.length, labelling.longTail.micro, labelling.longTail.macroF1),
    ...(labelling.baseline
      ? [
          summary(
            `baseline: ${labelling.baseline.method}, ${labelling.baseline.labelsWithKeywords} with keywords, all`,
            labelling.labels.length,
            labelling.baseline.all.micro,
            labelling.baseline.all.macroF1,
          ),
        ]
      : []),
    '',
    labelling.baseline ? `Baseline: ${labelling.baseline.description}.` : '',
    '',
    row(['label', 'gold reports', 'P', 'R', 'F1', 'keywords F1']),
    row(['---', '---', '---', '---', '---', '---']),
    ...[...labelling.all.perLabel]
      .sort((a, b) => b.support - a.support || a.label.localeCompare(b.label))
      .map((l) => {
        const keywords = labelling.baseline?.all.perLabel.find((b) => b.label === l.label);
        const name = labelling.longTailLabels.includes(l.label) ? `${l.label} (tail)` : l.label;
        return row([name, l.support, pct(l.prf.precision), pct(l.prf.recall), pct(l.prf.f1), keywords ? pct(keywords.prf.f1) : '–']);
      }),
    '',
    `## Retrieval, leave-one-out over ${result.reports} reports, %`,
    '',
    `precision@k: share of the k nearest reports that share a gold label with the query (random ranking: ${pct(retrieval.randomPrecision)}).`,
    `kNN vote: k = 1 the nearest report's labels; k > 1 the labels held by more than k/2 of the k nearest. Macro F1 over ${retrieval.longTailLabels.length} long-tail labels in the "tail" columns.`,
    '',
    row(['method', ...ks.map((k) => `P@${k}`), ...ks.map((k) => `vote F1@${k}`), ...ks.map((k) => `tail F1@${k}`), 'seconds', 'ms/query']),
    row(Array<string>(2 + 3 * ks.length + 1).fill('---')),
    ...retrieval.methods.map((m) =>
      row([
        m.method,
        ...ks.map((k) => pct(m.precisionAtK[k])),
        ...ks.map((k) => pct(m.vote[k].macroF1)),
        ...ks.map((k) => pct(m.vote[k].longTailMacroF1)),
        m.seconds.toFixed(1),
        m.msPerQuery.toFixed(0),
      ]),
    ),
    '',
    `Time: ingest ${result.seconds.ingest.toFixed(1)} s, labelling ${result.seconds.labelling.toFixed(1)} s, total ${result.seconds.total.toFixed(1)} s.`,
  ];
  return lines.filter((line, i) => !(line === '' && lines[i - 1] === '')).join('\n') + '\n';
}
