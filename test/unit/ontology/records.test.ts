import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commonAncestors, lowestOf } from '../../../src/ontology/common-ancestors';
import { fuzzyNameQuery } from '../../../src/ontology/lucene';
import { parentTreeNumber, parseTreeLine, semanticTypeOfTree } from '../../../src/ontology/mesh/mesh-records';
import { normaliseTerm } from '../../../src/ontology/term-key';
import { parseConso, parseRel, parseSty } from '../../../src/ontology/rrf/rrf-records';

const all = { sources: null };

describe('RRF records', () => {
  test('MRCONSO: preferred atom, filters and malformed lines', () => {
    const row = 'C1|ENG|P|L1|PF|S1|Y|A1|||D1|MSH|MH|D1|Pleural Effusion|0|N||';
    assert.deepEqual(parseConso(row, all), {
      record: { cui: 'C1', str: 'Pleural Effusion', norm: 'pleural effusion', sab: 'MSH', tty: 'MH', preferred: true },
    });
    assert.equal(parseConso(row.replace('|ENG|', '|FRE|'), all), null);
    assert.equal(parseConso(row.replace('|N||', '|O||'), all), null);
    assert.equal(parseConso(row, { sources: new Set(['SNOMEDCT_US']) }), null);
    assert.match((parseConso('C1|ENG|P', all) as { error: string }).error, /expected 18/);
  });

  test('MRREL: REL is the relation of CUI2 to CUI1', () => {
    const rel = (r: string) => `C1|A1|CUI|${r}|C2|A2|CUI||R1||MSH||||N||`;
    const filter = { sources: null, includeBroaderNarrower: false };
    assert.deepEqual(parseRel(rel('PAR'), filter), { record: { kind: 'ISA', from: 'C1', to: 'C2', rel: 'PAR', sab: 'MSH' } });
    assert.deepEqual(parseRel(rel('CHD'), filter), { record: { kind: 'ISA', from: 'C2', to: 'C1', rel: 'CHD', sab: 'MSH' } });
    assert.equal(parseRel(rel('RB'), filter), null);
    assert.deepEqual(parseRel(rel('RB'), { ...filter, includeBroaderNarrower: true }), {
      record: { kind: 'ISA', from: 'C1', to: 'C2', rel: 'RB', sab: 'MSH' },
    });
    assert.equal((parseRel(rel('RQ'), filter) as { record: { kind: string } }).record.kind, 'SYNONYM');
    assert.equal(parseRel(rel('RO'), filter), null);
  });

  test('MRSTY: the TUI must look like one', () => {
    assert.deepEqual(parseSty('C1|T047|B2.2.1.2.1|Disease or Syndrome|AT1||'), {
      record: { cui: 'C1', tui: 'T047', sty: 'Disease or Syndrome' },
    });
    assert.match((parseSty('C1|47|x|y|AT1||') as { error: string }).error, /invalid TUI/);
  });
});

describe('MeSH records', () => {
  test('tree lines, parents and branch semantic types', () => {
    assert.deepEqual(parseTreeLine('C08.381.677\tD011014\tPneumonia'), {
      record: { treeNumber: 'C08.381.677', ui: 'D011014', term: 'Pneumonia' },
    });
    assert.equal(parseTreeLine('Tree Number\tDesc Ui\tTerm'), null);
    assert.match((parseTreeLine('C08\tX1\tY') as { error: string }).error, /descriptor UI/);
    assert.equal(parentTreeNumber('C08.381.677'), 'C08.381');
    assert.equal(parentTreeNumber('C08'), null);
    assert.equal(semanticTypeOfTree('C23.888.852')?.tui, 'T184');
    assert.equal(semanticTypeOfTree('C23.300.775')?.tui, 'T046');
    assert.equal(semanticTypeOfTree('C14.280')?.tui, 'T047');
    assert.equal(semanticTypeOfTree('A01.236')?.tui, 'T029');
    assert.equal(semanticTypeOfTree('A04.411')?.tui, 'T023');
    assert.equal(semanticTypeOfTree('Z01'), null);
  });
});

describe('names and search', () => {
  test('normalisation folds case, accents, punctuation and spacing', () => {
    assert.equal(normaliseTerm('  Ground-Glass  Opacity, NOS '), 'ground glass opacity nos');
    assert.equal(normaliseTerm('Sjögren'), 'sjogren');
  });

  test('fuzzy queries escape Lucene syntax and keep short words exact', () => {
    assert.equal(fuzzyNameQuery('pleural effusoin'), 'pleural~1 AND effusoin~1');
    assert.equal(fuzzyNameQuery('rll (x) AND "y"'), 'rll AND x AND and AND y');
    assert.equal(fuzzyNameQuery('*:?'), '');
  });
});

describe('lowest common ancestors', () => {
  test('keeps the common ancestors no other common ancestor lies below', () => {
    // pneumonia → lung disease → respiratory disease; pneumonia → infection; effusion → pleural → respiratory.
    const common = commonAncestors([new Set(['pneumonia', 'lung', 'resp', 'infection']), new Set(['effusion', 'pleural', 'resp'])]);
    assert.deepEqual([...common], ['resp']);
    const both = commonAncestors([new Set(['a', 'b', 'c']), new Set(['x', 'b', 'c'])]);
    assert.deepEqual(
      lowestOf(
        both,
        new Map([
          ['b', new Set(['c'])],
          ['c', new Set()],
        ]),
      ),
      ['b'],
    );
  });
});
