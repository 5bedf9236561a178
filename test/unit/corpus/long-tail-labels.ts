/** Labels of seed/label-sets/chest-radiograph.json that must stay rare (< 2% of reports). */
export const LONG_TAIL_LABELS: readonly string[] = [
  'Hiatal Hernia', 'Calcified Granuloma', 'Scoliosis', 'Kyphosis', 'Bronchiectasis', 'Pneumoperitoneum',
  'Elevated Hemidiaphragm', 'Pericardial Effusion', 'Tortuous Aorta', 'Pneumomediastinum', 'Subcutaneous Emphysema',
  'Lung Mass', 'Lung Neoplasm', 'Metastasis', 'Cavitary Lesion', 'Lymphadenopathy', 'Hilar Enlargement', 'Osteopenia',
  'Bone Lesion', 'Aortic Aneurysm', 'Pulmonary Hypertension', 'Pleural Thickening', 'Interstitial Lung Disease',
  'Widened Mediastinum', 'Foreign Body', 'Tuberculosis', 'Sarcoidosis', 'Pleural Other',
];
