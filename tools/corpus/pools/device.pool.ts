/**
 * Support devices with the position statements that go with them. Forms are MRCONSO
 * strings of the device concept; `placement` picks the sentence family in
 * sentences/device.sentences.ts.
 */
type Placement =
  'airway' | 'enteric' | 'central' | 'cied' | 'wires' | 'chestTube' | 'trach' | 'swan' | 'leads' | 'clips' | 'plain' | 'balloon';

export interface DeviceSpec {
  id: string;
  weight: number;
  forms: readonly string[];
  placement: Placement;
  /** Written with a side ("right IJ line", "left-sided pacemaker"). */
  sided?: boolean;
  /** Typical of ICU films (portable technique), where devices cluster. */
  icu?: boolean;
}

export const DEVICES: readonly DeviceSpec[] = [
  {
    id: 'OC:ENDOTRACHEAL_TUBE',
    weight: 8,
    placement: 'airway',
    icu: true,
    forms: ['endotracheal tube', 'ET tube', 'ETT', 'endotracheal tube'],
  },
  { id: 'OC:NASOGASTRIC_TUBE', weight: 6, placement: 'enteric', icu: true, forms: ['nasogastric tube', 'NG tube', 'NGT', 'NG tube'] },
  { id: 'OC:OROGASTRIC_TUBE', weight: 2.5, placement: 'enteric', icu: true, forms: ['orogastric tube', 'OG tube', 'OGT'] },
  { id: 'OC:ENTERIC_TUBE', weight: 3, placement: 'enteric', icu: true, forms: ['enteric tube', 'gastric tube'] },
  { id: 'OC:FEEDING_TUBE', weight: 2, placement: 'enteric', forms: ['feeding tube', 'Dobhoff tube', 'Dobhoff', 'small-bore feeding tube'] },
  {
    id: 'OC:INTERNAL_JUGULAR_CATHETER',
    weight: 7,
    placement: 'central',
    sided: true,
    icu: true,
    forms: [
      'IJ central line',
      'IJ catheter',
      'IJ line',
      'internal jugular central venous catheter',
      'internal jugular line',
      'internal jugular catheter',
    ],
  },
  {
    id: 'D062905',
    weight: 3,
    placement: 'central',
    sided: true,
    icu: true,
    forms: ['central venous catheter', 'central line', 'central venous line', 'CVC'],
  },
  { id: 'OC:PICC', weight: 6, placement: 'central', sided: true, forms: ['PICC line', 'PICC', 'peripherally inserted central catheter'] },
  {
    id: 'OC:SUBCLAVIAN_CATHETER',
    weight: 1.5,
    placement: 'central',
    sided: true,
    forms: ['subclavian line', 'subclavian catheter', 'subclavian central line'],
  },
  {
    id: 'OC:DIALYSIS_CATHETER',
    weight: 1.5,
    placement: 'central',
    sided: true,
    forms: ['dialysis catheter', 'tunneled dialysis catheter', 'HD catheter'],
  },
  {
    id: 'OC:IMPLANTED_PORT',
    weight: 2,
    placement: 'central',
    sided: true,
    forms: ['port-a-cath', 'Port-A-Cath', 'chest port', 'mediport', 'power port'],
  },
  {
    id: 'D010138',
    weight: 5,
    placement: 'cied',
    sided: true,
    forms: ['pacemaker', 'pacer', 'dual-chamber pacemaker', 'permanent pacemaker'],
  },
  {
    id: 'D017147',
    weight: 2.5,
    placement: 'cied',
    sided: true,
    forms: ['AICD', 'ICD', 'implantable cardioverter-defibrillator', 'defibrillator'],
  },
  {
    id: 'OC:STERNOTOMY_WIRES',
    weight: 7,
    placement: 'wires',
    forms: ['median sternotomy wires', 'sternotomy wires', 'sternal wires', 'sternal cerclage wires'],
  },
  { id: 'D015505', weight: 3, placement: 'chestTube', sided: true, icu: true, forms: ['chest tube', 'pleural drain', 'thoracostomy tube'] },
  { id: 'OC:PIGTAIL_CATHETER', weight: 1, placement: 'chestTube', sided: true, forms: ['pigtail catheter', 'pigtail drain'] },
  {
    id: 'OC:TRACHEOSTOMY_TUBE',
    weight: 2.5,
    placement: 'trach',
    icu: true,
    forms: ['tracheostomy tube', 'trach tube', 'tracheostomy cannula'],
  },
  {
    id: 'OC:SWAN_GANZ_CATHETER',
    weight: 1.5,
    placement: 'swan',
    sided: true,
    icu: true,
    forms: ['Swan-Ganz catheter', 'Swan Ganz catheter', 'PA catheter', 'pulmonary artery catheter'],
  },
  {
    id: 'OC:ECG_LEADS',
    weight: 4,
    placement: 'leads',
    forms: ['EKG leads', 'ECG leads', 'monitoring leads', 'telemetry leads', 'cardiac monitoring leads'],
  },
  { id: 'OC:SURGICAL_CLIPS', weight: 3, placement: 'clips', forms: ['surgical clips', 'clips', 'hemostatic clips'] },
  {
    id: 'OC:SPINAL_FUSION_HARDWARE',
    weight: 0.6,
    placement: 'plain',
    forms: ['spinal fusion hardware', 'spinal hardware', 'posterior spinal fusion rods'],
  },
  {
    id: 'OC:PROSTHETIC_AORTIC_VALVE',
    weight: 1,
    placement: 'plain',
    forms: ['prosthetic aortic valve', 'mechanical aortic valve', 'aortic valve prosthesis'],
  },
  { id: 'OC:CORONARY_STENT', weight: 0.8, placement: 'plain', forms: ['coronary stent', 'coronary stents'] },
  {
    id: 'OC:INTRA_AORTIC_BALLOON_PUMP',
    weight: 0.4,
    placement: 'balloon',
    icu: true,
    forms: ['intra-aortic balloon pump', 'IABP', 'intraaortic balloon pump'],
  },
  { id: 'OC:LVAD', weight: 0.3, placement: 'plain', forms: ['LVAD', 'left ventricular assist device'] },
];

/** Lead concept used in pacemaker sentences ("with leads in the right atrium and right ventricle"). */
export const LEAD = {
  id: 'OC:CARDIAC_DEVICE_LEAD',
  singular: ['lead', 'transvenous lead'],
  plural: ['leads', 'transvenous leads'],
} as const;
export const PACER_LEAD = {
  id: 'OC:PACER_LEAD',
  singular: ['pacer lead', 'pacing lead'],
  plural: ['pacer leads', 'pacing leads', 'pacer wires'],
} as const;
/** "Lines and tubes in standard position": a string of the Medical device root. */
export const LINES_AND_TUBES = { id: 'D004864', forms: ['lines and tubes', 'support devices', 'devices'] } as const;
