/** The normalised form concept names are looked up by: case, accents, punctuation and spacing folded. */
export function normaliseTerm(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
