/**
 * The tagger's own tokenizer. Training and ONNX inference must split text identically,
 * so this module is self-contained and versioned through the model metadata
 * (`TOKENIZER_ID`). Offsets are JavaScript string indices (UTF-16 code units), `end`
 * exclusive.
 */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Identifies this exact tokenization rule set; stored in every exported model. */
export const TOKENIZER_ID = 'ontocase-words-v1';

/** Letters runs; numbers with inner "." or "," (e.g. 1.5, 2,000); any other non-space char. */
const TOKEN_PATTERN = /\p{L}+|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index ?? 0;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}
