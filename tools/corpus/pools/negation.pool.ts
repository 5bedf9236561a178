/**
 * What radiologists rule out, with the qualifiers they put in front ("No focal
 * consolidation", "no large pleural effusion", "no acute osseous abnormality"). Weights
 * are how often each item appears in a negated list.
 */
export interface NegatableSpec {
  id: string;
  weight: number;
  forms: readonly string[];
  /** Qualifiers placed before the mention, never spanned. */
  qualifiers?: readonly string[];
  /** Used in the normal-study sentences of its organ system. */
  system: 'lung' | 'pleura' | 'heart' | 'bone' | 'other';
}

export const NEGATABLE: readonly NegatableSpec[] = [
  {
    id: 'D011030',
    weight: 10,
    system: 'pleura',
    forms: ['pneumothorax', 'pneumothoraces', 'PTX'],
    qualifiers: ['', '', 'large', 'apical'],
  },
  {
    id: 'D010996',
    weight: 10,
    system: 'pleura',
    forms: ['pleural effusion', 'effusion', 'pleural effusions', 'effusions'],
    qualifiers: ['', '', 'large', 'significant', 'sizable'],
  },
  {
    id: 'OC:CONSOLIDATION',
    weight: 9,
    system: 'lung',
    forms: ['consolidation', 'consolidations', 'consolidative opacity'],
    qualifiers: ['', 'focal', 'focal', 'confluent', 'lobar'],
  },
  { id: 'D011654', weight: 6, system: 'lung', forms: ['pulmonary edema', 'edema'], qualifiers: ['', 'overt', 'frank'] },
  {
    id: 'OC:PULMONARY_VASCULAR_CONGESTION',
    weight: 3,
    system: 'heart',
    forms: ['pulmonary vascular congestion', 'vascular congestion'],
    qualifiers: [''],
  },
  { id: 'D011014', weight: 5, system: 'lung', forms: ['pneumonia'], qualifiers: ['', 'focal', 'definite'] },
  {
    id: 'OC:OPACITY',
    weight: 4,
    system: 'lung',
    forms: ['opacity', 'opacities', 'opacification'],
    qualifiers: ['focal', 'confluent', 'new'],
  },
  { id: 'OC:AIRSPACE_OPACITY', weight: 2, system: 'lung', forms: ['airspace opacity', 'air space opacity'], qualifiers: ['', 'focal'] },
  {
    id: 'OC:AIRSPACE_DISEASE',
    weight: 2,
    system: 'lung',
    forms: ['airspace disease', 'air space disease'],
    qualifiers: ['focal', 'confluent'],
  },
  { id: 'OC:INFILTRATE', weight: 1, system: 'lung', forms: ['infiltrate', 'infiltrates'], qualifiers: ['', 'focal'] },
  { id: 'D006332', weight: 3, system: 'heart', forms: ['cardiomegaly', 'cardiac enlargement'], qualifiers: [''] },
  { id: 'D001261', weight: 1.5, system: 'lung', forms: ['atelectasis'], qualifiers: ['', 'significant'] },
  { id: 'D050723', weight: 2.5, system: 'bone', forms: ['fracture', 'fractures'], qualifiers: ['acute', 'displaced', ''] },
  { id: 'D012253', weight: 2, system: 'bone', forms: ['rib fracture', 'rib fractures'], qualifiers: ['displaced', 'acute', ''] },
  {
    id: 'D001847',
    weight: 3,
    system: 'bone',
    forms: ['osseous abnormality', 'bony abnormality', 'osseous abnormalities'],
    qualifiers: ['acute', 'acute', 'focal'],
  },
  {
    id: 'D011027',
    weight: 1.5,
    system: 'other',
    forms: ['free air under the diaphragm', 'free intraperitoneal air', 'pneumoperitoneum', 'subdiaphragmatic free air'],
    qualifiers: [''],
  },
  { id: 'OC:WIDENED_MEDIASTINUM', weight: 1, system: 'heart', forms: ['mediastinal widening', 'widened mediastinum'], qualifiers: [''] },
  {
    id: 'OC:PULMONARY_NODULE',
    weight: 1,
    system: 'lung',
    forms: ['pulmonary nodules', 'nodules', 'pulmonary nodule'],
    qualifiers: ['', 'suspicious'],
  },
  { id: 'OC:LUNG_MASS', weight: 0.7, system: 'lung', forms: ['pulmonary mass', 'lung mass'], qualifiers: [''] },
  { id: 'D000072281', weight: 0.7, system: 'heart', forms: ['lymphadenopathy', 'adenopathy'], qualifiers: [''] },
  { id: 'D013352', weight: 0.6, system: 'other', forms: ['subcutaneous emphysema', 'subcutaneous air'], qualifiers: [''] },
  { id: 'D008478', weight: 0.5, system: 'other', forms: ['pneumomediastinum'], qualifiers: [''] },
  { id: 'OC:HILAR_ENLARGEMENT', weight: 0.4, system: 'heart', forms: ['hilar enlargement', 'hilar prominence'], qualifiers: [''] },
];
