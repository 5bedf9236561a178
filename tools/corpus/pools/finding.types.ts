/** The shape of a curated finding: which concept, how often, how radiologists phrase it. */
import type { AnatomyKey } from './anatomy.pool';

/**
 * Where a finding sits, which decides its modifiers:
 *  lung: a lobe, zone, base, apex, perihilar or retrocardiac location;
 *  pleural / pneumothorax: left, right or bilateral; diffuse: no side (edema, congestion);
 *  free: no location words; anchored: a fixed anatomy phrase from `anchors`.
 */
type Site = 'lung' | 'pleural' | 'pneumothorax' | 'diffuse' | 'free' | 'anchored';

interface Predicate {
  /** The anatomy the observation word is said of ("The right hemidiaphragm is elevated"). */
  anatomy: AnatomyKey;
  words: readonly string[];
  lateral?: boolean;
  plural?: boolean;
}

export interface FindingSpec {
  id: string;
  /** Relative draw weight among findings of an abnormal report. */
  weight: number;
  /** Findings of one group never co-occur as separate findings in a report. */
  group: string;
  /** Singular (or mass-noun) surface forms: strings of the concept in MRCONSO. */
  forms: readonly string[];
  /** Plural surface forms for bilateral or multiple findings. */
  plurals?: readonly string[];
  site: Site;
  severities?: readonly string[];
  /** Measured size in this unit ("8 mm nodule", "3.5 cm mass"). */
  size?: 'mm' | 'cm';
  /** Anatomy phrases for site 'anchored' (e.g. the thoracic spine for scoliosis). */
  anchors?: readonly AnatomyKey[];
  /** Observation word said of an anatomy noun, spanned separately (RadGraph style). */
  predicate?: Predicate;
  /** The finding is rare (< 2% of reports): kept so by its weight. */
  longTail?: boolean;
  /** Concepts a radiologist may offer as a hedged interpretation of this finding. */
  interpretations?: readonly string[];
}
