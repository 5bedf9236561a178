/** How a hedged interpretation names its concept ("may represent atelectasis or pneumonia"). */
export const INTERPRETATION_FORMS: Readonly<Record<string, readonly string[]>> = {
  D001261: ['atelectasis', 'atelectatic change', 'collapse'],
  D011014: ['pneumonia', 'infectious process', 'pneumonic process', 'pulmonary infection', 'lung infection'],
  D053120: ['aspiration'],
  'OC:CONSOLIDATION': ['consolidation', 'airspace consolidation'],
  'OC:LUNG_SCARRING': ['scarring', 'parenchymal scarring'],
  D010996: ['pleural effusion', 'effusion', 'pleural fluid'],
  D011654: ['pulmonary edema', 'edema'],
  D010490: ['pericardial effusion'],
  D008175: ['lung cancer', 'lung neoplasm', 'lung malignancy'],
};
