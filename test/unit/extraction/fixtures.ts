/** A small in-test dictionary and helpers shared by the extraction tests. */
import { createPipeline, type DictionaryRecord, type Mention, type Pipeline, type PipelineOptions } from '../../../src/extraction/core';

function rec(conceptId: string, semanticTypes: string[], preferred: string, ...synonyms: string[]): DictionaryRecord[] {
  return [
    { conceptId, term: preferred, semanticTypes, preferred: true },
    ...synonyms.map((term) => ({ conceptId, term, semanticTypes, preferred: false })),
  ];
}

export const RECORDS: DictionaryRecord[] = [
  ...rec('C0032227', ['T047'], 'Pleural effusion', 'pleural effusion', 'effusion', 'hydrothorax'),
  ...rec('C0032326', ['T047'], 'Pneumothorax', 'PTX'),
  ...rec('C0521530', ['T033'], 'Consolidation', 'consolidation', 'airspace consolidation'),
  ...rec('C1265876', ['T033'], 'Opacity', 'opacity', 'airspace opacity'),
  ...rec('C3544344', ['T033'], 'Ground-glass opacity', 'ground-glass opacity'),
  ...rec('C0004144', ['T047'], 'Atelectasis', 'atelectasis'),
  ...rec('C0018800', ['T047'], 'Cardiomegaly', 'cardiomegaly', 'enlarged heart', 'heart enlargement'),
  ...rec('C0032285', ['T047'], 'Pneumonia', 'pneumonia'),
  ...rec('C0013604', ['T046'], 'Edema', 'edema', 'pulmonary edema'),
  ...rec('C0028259', ['T033'], 'Nodule', 'nodule', 'pulmonary nodule'),
  ...rec('C0024109', ['T023'], 'Lung', 'lung'),
  ...rec('C0225758', ['T029'], 'Right lower lobe', 'right lower lobe', 'RLL'),
  ...rec('C0225756', ['T029'], 'Left lower lobe', 'left lower lobe', 'LLL'),
  ...rec('C0018787', ['T023'], 'Heart', 'heart'),
  ...rec('C0006267', ['T047'], 'Bronchiectasis', 'bronchiectasis'),
  ...rec('C0024115', ['T047'], 'Lung disease', 'lung disease'),
  ...rec('C0085649', ['T033'], 'Emphysema', 'emphysema'),
  ...rec('C0009924', ['T019'], 'Scoliosis', 'scoliosis'),
  ...rec('C0016658', ['T037'], 'Fracture', 'fracture', 'rib fracture'),
  ...rec('C0577559', ['T033'], 'Mass', 'mass'),
  ...rec('C0034063', ['T047'], 'Pulmonary edema', 'pulmonary edema'),
  ...rec('C0011849', ['T047'], 'Diabetes', 'diabetes'),
  ...rec('C0205082', ['T080'], 'Severe', 'severe'),
  ...rec('C0175730', ['T074'], 'Endotracheal tube', 'endotracheal tube', 'ET tube'),
  ...rec('C0024117', ['T047'], 'COPD', 'COPD', 'chronic obstructive pulmonary disease'),
  ...rec('C0235896', ['T033'], 'Lung hyperinflation', 'hyperinflation'),
  ...rec('C0700590', ['T033'], 'Calcification', 'calcification', 'calcified granuloma'),
];

let shared: Pipeline | undefined;
export function pipeline(options: Partial<PipelineOptions> = {}): Pipeline {
  if (Object.keys(options).length > 0) return createPipeline({ dictionary: RECORDS, ...options });
  return (shared ??= createPipeline({ dictionary: RECORDS }));
}

/** Compact view for exact assertions: "text|ASSERTION" per mention, in order. */
export function view(text: string, options: Partial<PipelineOptions> = {}): string[] {
  return pipeline(options)
    .extract(text)
    .map((m: Mention) => `${m.text}|${m.assertion}`);
}

export function find(mentions: readonly Mention[], text: string): Mention {
  const m = mentions.find((x) => x.text === text);
  if (!m) throw new Error(`no mention "${text}" in ${JSON.stringify(mentions.map((x) => x.text))}`);
  return m;
}

/** Exact spans: "start-end:text|ASSERTION" per mention, in order. */
export function spans(text: string, options: Partial<PipelineOptions> = {}): string[] {
  return pipeline(options)
    .extract(text)
    .map((m: Mention) => `${m.start}-${m.end}:${m.text}|${m.assertion}`);
}

/** Expected span of the `nth` occurrence of `sub` in `text`, in the format of `spans`. */
export function at(text: string, sub: string, assertion: string, nth = 0): string {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(sub, start + 1);
  if (start < 0) throw new Error(`"${sub}" not in text`);
  return `${start}-${start + sub.length}:${sub}|${assertion}`;
}
