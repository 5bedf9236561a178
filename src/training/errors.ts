/** A configuration value out of range; `field` is its dotted path, e.g. `loss.alpha`. */
export class ConfigError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Thrown by `trainTagger` when its signal is aborted. */
export class TrainingCancelledError extends Error {
  constructor() {
    super('tagger training was cancelled');
    this.name = 'TrainingCancelledError';
  }
}
