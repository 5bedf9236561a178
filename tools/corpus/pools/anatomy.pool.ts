/**
 * Anatomy as radiologists write it. `nouns` are strings of the concept in MRCONSO (a test
 * checks this); `adjectives` are the attributive forms reports use ("bibasilar",
 * "retrocardiac", "hilar"), spanned as ANAT-DP with the same concept.
 */
export interface AnatomySpec {
  id: string;
  nouns: readonly string[];
  adjectives?: readonly string[];
}

export const ANATOMY = {
  lungs: { id: 'D008168', nouns: ['lungs'] },
  lung: { id: 'D008168', nouns: ['lung', 'lung parenchyma'] },
  rightLung: { id: 'OC:RIGHT_LUNG', nouns: ['right lung'] },
  leftLung: { id: 'OC:LEFT_LUNG', nouns: ['left lung'] },
  rul: { id: 'OC:RIGHT_UPPER_LOBE', nouns: ['right upper lobe', 'RUL'] },
  rml: { id: 'OC:RIGHT_MIDDLE_LOBE', nouns: ['right middle lobe', 'middle lobe', 'RML'] },
  rll: { id: 'OC:RIGHT_LOWER_LOBE', nouns: ['right lower lobe', 'RLL'] },
  lul: { id: 'OC:LEFT_UPPER_LOBE', nouns: ['left upper lobe', 'LUL'] },
  lll: { id: 'OC:LEFT_LOWER_LOBE', nouns: ['left lower lobe', 'LLL'] },
  lingula: { id: 'OC:LINGULA', nouns: ['lingula'], adjectives: ['lingular'] },
  base: { id: 'OC:LUNG_BASE', nouns: ['lung base', 'pulmonary base'], adjectives: ['basilar', 'basal'] },
  bases: { id: 'OC:LUNG_BASE', nouns: ['lung bases', 'bases'], adjectives: ['bibasilar', 'bibasal'] },
  apex: { id: 'OC:LUNG_APEX', nouns: ['apex', 'lung apex'], adjectives: ['apical'] },
  apices: { id: 'OC:LUNG_APEX', nouns: ['apices', 'lung apices'], adjectives: ['biapical'] },
  perihilar: { id: 'OC:PERIHILAR_REGION', nouns: ['perihilar region', 'perihilar regions'], adjectives: ['perihilar', 'parahilar'] },
  retrocardiac: { id: 'OC:RETROCARDIAC_REGION', nouns: ['retrocardiac region'], adjectives: ['retrocardiac'] },
  midZone: { id: 'OC:MID_LUNG_ZONE', nouns: ['mid lung zone', 'midlung'] },
  lowerZone: { id: 'OC:LOWER_LUNG_ZONE', nouns: ['lower lung zone', 'lower zone'] },
  lowerZones: { id: 'OC:LOWER_LUNG_ZONE', nouns: ['lower lung zones'] },
  upperZones: { id: 'OC:UPPER_LUNG_ZONE', nouns: ['upper lung zones', 'upper lung zone'] },
  hila: { id: 'OC:HILUM', nouns: ['hila', 'hilar regions'], adjectives: ['hilar'] },
  cms: {
    id: 'OC:CARDIOMEDIASTINAL_SILHOUETTE',
    nouns: ['cardiomediastinal silhouette', 'cardiomediastinal contours', 'cardiomediastinal contour'],
  },
  heart: { id: 'D006321', nouns: ['heart'], adjectives: ['cardiac'] },
  cardiacSilhouette: { id: 'OC:CARDIAC_SILHOUETTE', nouns: ['cardiac silhouette', 'heart shadow', 'cardiac contour'] },
  mediastinum: { id: 'D008482', nouns: ['mediastinum', 'mediastinal contour', 'mediastinal silhouette'], adjectives: ['mediastinal'] },
  vasculature: { id: 'OC:PULMONARY_VASCULATURE', nouns: ['pulmonary vasculature', 'pulmonary vascularity', 'pulmonary vessels'] },
  bones: { id: 'D001842', nouns: ['osseous structures', 'bony structures', 'bones'], adjectives: ['osseous', 'bony'] },
  thoracicSpine: { id: 'D013904', nouns: ['thoracic spine', 'T-spine'] },
  spine: { id: 'D013131', nouns: ['spine'] },
  ribs: { id: 'D012272', nouns: ['ribs'] },
  rib: { id: 'D012272', nouns: ['rib'] },
  hemidiaphragm: { id: 'OC:HEMIDIAPHRAGM', nouns: ['hemidiaphragm'] },
  hemidiaphragms: { id: 'OC:HEMIDIAPHRAGM', nouns: ['hemidiaphragms'] },
  diaphragm: { id: 'D003964', nouns: ['diaphragm'] },
  carina: { id: 'OC:CARINA', nouns: ['carina'] },
  svc: { id: 'D014683', nouns: ['SVC', 'superior vena cava'] },
  caj: { id: 'OC:CAVOATRIAL_JUNCTION', nouns: ['cavoatrial junction', 'cavo-atrial junction'] },
  atrium: { id: 'D006325', nouns: ['atrium'] },
  ventricle: { id: 'D006352', nouns: ['ventricle'] },
  stomach: { id: 'D013270', nouns: ['stomach'] },
  duodenum: { id: 'D004386', nouns: ['duodenum'] },
  aorta: { id: 'D001011', nouns: ['aorta'] },
  thoracicAorta: { id: 'D001013', nouns: ['thoracic aorta'] },
  aorticKnob: { id: 'OC:AORTIC_KNOB', nouns: ['aortic knob', 'aortic knuckle'] },
  aorticArch: { id: 'OC:AORTIC_ARCH', nouns: ['aortic arch'] },
  trachea: { id: 'D014132', nouns: ['trachea'] },
  pulmonaryArtery: { id: 'D011651', nouns: ['pulmonary artery'] },
  mainstem: { id: 'OC:MAINSTEM_BRONCHUS', nouns: ['mainstem bronchus'] },
  softTissues: { id: 'OC:SOFT_TISSUES', nouns: ['soft tissues'] },
  chestWall: { id: 'D035441', nouns: ['chest wall'] },
  axilla: { id: 'D001365', nouns: ['axilla'] },
  upperAbdomen: { id: 'OC:UPPER_ABDOMEN', nouns: ['upper abdomen'] },
  brachiocephalic: { id: 'D016121', nouns: ['brachiocephalic vein'] },
  vertebralBody: { id: 'OC:VERTEBRAL_BODY', nouns: ['vertebral body'] },
  clavicle: { id: 'D002968', nouns: ['clavicle'] },
  costophrenicAngles: { id: 'OC:COSTOPHRENIC_ANGLE', nouns: ['costophrenic angles', 'CP angles'] },
} as const satisfies Record<string, AnatomySpec>;

export type AnatomyKey = keyof typeof ANATOMY;
