/**
 * Runs `check` every `ms` (0: never) without keeping the process alive; returns the stop
 * function. The in-process copies (ontology, similarity index) watch the graph this way.
 */
export function everyMs(ms: number, check: () => Promise<unknown>, onError: (error: unknown) => void): () => void {
  if (ms <= 0) return () => undefined;
  const timer = setInterval(() => void check().catch(onError), ms);
  timer.unref();
  return () => clearInterval(timer);
}
