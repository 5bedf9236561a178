/** GraphQL option input → reference options, refused with BAD_USER_INPUT naming the field. */
import { BadInputError } from '../shared/core/errors';
import type { SimilarityOptionsInput } from './similarity.args';
import { validateOptions } from './core/options';
import type { SimilarityOptions } from './core/measure.types';

/** Nulls mean "default"; the TUI list becomes the reference's map (a TUI twice is refused). */
export function optionsFromInput(input?: SimilarityOptionsInput | null): Partial<SimilarityOptions> {
  const options: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input ?? {})) {
    if (value !== null && value !== undefined) options[field] = value;
  }
  if (input?.semanticTypeWeights) {
    const weights: Record<string, number> = {};
    for (const { tui, weight } of input.semanticTypeWeights) {
      if (tui in weights) {
        throw new BadInputError('options', `options.semanticTypeWeights: ${tui} is given twice`, { field: 'semanticTypeWeights' });
      }
      weights[tui] = weight;
    }
    options.semanticTypeWeights = weights;
  }
  if (input?.focusConcepts) options.focusConcepts = input.focusConcepts.map(({ id, weight }) => ({ id, weight }));
  const problems = validateOptions(options);
  if (problems.length > 0) {
    const [first] = problems;
    throw new BadInputError('options', `options.${first?.field}: ${problems.map((p) => p.message).join('; ')}`, {
      field: first?.field,
      problems,
    });
  }
  return options;
}
