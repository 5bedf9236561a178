export { DEFAULT_LABELS } from './core/bio';
export { OnnxTagger, loadTagger, type TaggedSpan } from './onnx-tagger';
