import { loadNcbi } from './support/ncbi-data';
import { trainTagger } from '../src/training/trainer';
import { evaluate } from '../src/training/evaluate';
import { encodeExample } from '../src/training/dataset';
import { readOnnxWeights } from '../src/tagger/onnx-import';
import { resolveConfig } from '../src/training/config';
const d = loadNcbi();
if (typeof d === 'string') throw new Error(d);
const ex = d.train.map((x) => ({ reportId: x.id, text: x.text, spans: x.spans }));
const cfg = JSON.parse(process.argv[2] ?? '{}');
const t0 = Date.now();
trainTagger(ex, { labels: ['Disease'], ...cfg }, (p) => { if (p.phase === 'epoch') console.log(p.epoch, p.loss.toFixed(4), p.devF1?.toFixed(3), ((Date.now() - t0) / 1000).toFixed(0) + 's'); }).then((r) => {
  console.log('best', r.bestEpoch, r.metrics?.micro);
  const c = resolveConfig({ labels: ['Disease'], ...cfg });
  const w = readOnnxWeights(r.modelBytes);
  const test = d.test.map((x) => encodeExample({ reportId: x.id, text: x.text, spans: x.spans }, ['Disease'], c.hashing));
  console.log('test plain', evaluate(w, test, ['Disease']).micro);
});
