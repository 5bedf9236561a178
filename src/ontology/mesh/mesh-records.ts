/** Pure parsing of NLM's MeSH tree file: `Tree Number<TAB>Descriptor UI<TAB>Term`. */
import typeTable from './mesh-semantic-types.json';

export interface TreeRecord {
  treeNumber: string;
  ui: string;
  term: string;
}

const TREE_NUMBER = /^[A-Z]\d{2}(\.\d{3})*$/;
const DESCRIPTOR_UI = /^D\d{6,9}$/;

function isHeader(text: string): boolean {
  return /^tree number\t/i.test(text);
}

export function parseTreeLine(text: string): { record: TreeRecord } | { error: string } | null {
  if (isHeader(text)) return null;
  const parts = text.split('\t');
  if (parts.length !== 3) return { error: `expected 3 tab-separated fields, found ${parts.length}` };
  const [treeNumber, ui, term] = parts.map((part) => part.trim());
  if (!TREE_NUMBER.test(treeNumber)) return { error: `invalid tree number "${treeNumber}"` };
  if (!DESCRIPTOR_UI.test(ui)) return { error: `invalid descriptor UI "${ui}"` };
  if (!term) return { error: 'empty term' };
  return { record: { treeNumber, ui, term } };
}

/** "C08.381.520" → "C08.381"; top-level numbers ("C08") have no parent in the file. */
export function parentTreeNumber(treeNumber: string): string | null {
  const cut = treeNumber.lastIndexOf('.');
  return cut === -1 ? null : treeNumber.slice(0, cut);
}

export interface MeshSemanticType {
  tui: string;
  sty: string;
}

const branches: [string, MeshSemanticType][] = Object.entries(typeTable.branches);

/** The semantic type of the longest branch prefix of a tree number, if any. */
export function semanticTypeOfTree(treeNumber: string): MeshSemanticType | null {
  let best: [string, MeshSemanticType] | null = null;
  for (const entry of branches) {
    const [prefix] = entry;
    const matches = treeNumber === prefix || treeNumber.startsWith(prefix.length === 1 ? prefix : `${prefix}.`);
    if (matches && (!best || prefix.length > best[0].length)) best = entry;
  }
  return best ? best[1] : null;
}
