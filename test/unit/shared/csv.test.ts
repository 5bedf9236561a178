import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvLine, safeCsvLine, spreadsheetSafeCell } from '../../../src/shared/csv';

test('RFC 4180 quoting: only cells with a comma, quote, CR or LF are quoted; quotes doubled; no line ending', () => {
  assert.equal(csvLine(['a,b', 'say "x"', '1']), '"a,b","say ""x""",1');
  assert.equal(csvLine(['', 'plain', 'two\nlines', 'cr\r']), ',plain,"two\nlines","cr\r"');
  assert.equal(csvLine(['a;b', "it's", ' padded ']), "a;b,it's, padded ");
  assert.equal(csvLine(['']), '');
});

test('formula-leading ids are neutralised; CheXpert codes and ordinary ids are kept', () => {
  assert.equal(spreadsheetSafeCell('=HYPERLINK("http://x","y")'), `'=HYPERLINK("http://x","y")`);
  assert.equal(spreadsheetSafeCell('+cmd|/C calc!A0'), `'+cmd|/C calc!A0`);
  assert.equal(spreadsheetSafeCell('@SUM(1+1)'), `'@SUM(1+1)`);
  assert.equal(spreadsheetSafeCell('-2+3'), `'-2+3`);
  assert.equal(spreadsheetSafeCell('\tx'), `'\\x09x`);
  assert.equal(spreadsheetSafeCell('-1'), '-1');
  assert.equal(spreadsheetSafeCell('1'), '1');
  assert.equal(spreadsheetSafeCell('cxr-1-0000001'), 'cxr-1-0000001');
});

test('control characters never reach the file; quoting still applies', () => {
  assert.equal(spreadsheetSafeCell('a\u0000b\u001bc'), 'a\\x00b\\x1bc');
  assert.equal(safeCsvLine(['=1,2', 'x\ny', '-1']), `"'=1,2",x\\x0ay,-1`);
  assert.equal(safeCsvLine(['=HYPERLINK("x")']), `"'=HYPERLINK(""x"")"`);
  assert.doesNotMatch(safeCsvLine(['a\u0000', '\u0085']), /[\u0000-\u001F\u007F-\u009F]/);
});
