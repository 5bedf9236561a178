/** Technical statements spanned as observations (label "Low Lung Volumes", not a finding). */
export const LOW_LUNG_VOLUMES = {
  id: 'OC:LOW_LUNG_VOLUMES',
  forms: ['low lung volumes', 'low inspiratory volumes', 'poor inspiratory effort', 'shallow inspiration', 'low lung volume'],
} as const;
