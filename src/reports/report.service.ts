/** Report reads and span annotation for the API; per-request, with DataLoaders. */
import DataLoader from 'dataloader';
import { asInt, CypherRunner } from '../db/executor';
import { BadInputError, ConflictError, NotFoundError } from '../shared/core/errors';
import type { Assertion } from '../shared/core/assertion';
import type { GoldSpan, ReportSection, StoredMention } from './report.record';
import { mergeSpans, SpanValidationError } from './spans';
import type { CorpusIndex } from '../similarity/memory/corpus-index';
import { reportsByConcept } from '../similarity/memory/reports-by-concept';

export interface ReportView {
  id: string;
  text: string;
  patientId: string | null;
  studyId: string | null;
  studyDate: string | null;
  modality: string | null;
  sections: ReportSection[];
  mentions: StoredMention[];
  spans: GoldSpan[];
  spansVersion: number;
}

interface ReportRow {
  id: string;
  text: string;
  patientId: string | null;
  studyId: string | null;
  studyDate: string | null;
  modality: string | null;
  sections: string | null;
  mentions: string | null;
  spans: string | null;
  spansVersion: number | null;
}

export interface ReportConceptRecord {
  conceptId: string;
  assertion: Assertion;
  count: number;
}

export interface ReportFilterInput {
  concept?: string | null;
  assertion?: Assertion | null;
  includeDescendants?: boolean;
}

export interface Page {
  ids: string[];
  hasNextPage: boolean;
}

const parseJson = <T>(value: string | null, fallback: T): T => (value ? (JSON.parse(value) as T) : fallback);

function toReportView(row: ReportRow): ReportView {
  return {
    ...row,
    sections: parseJson(row.sections, []),
    mentions: parseJson(row.mentions, []),
    spans: parseJson(row.spans, []),
    spansVersion: row.spansVersion ?? 0,
  };
}

export class ReportService {
  readonly byId: DataLoader<string, ReportView | null>;
  private readonly concepts = new Map<string, DataLoader<string, ReportConceptRecord[]>>();
  private readonly counts = new Map<string, DataLoader<string, number>>();

  constructor(
    private readonly runner: CypherRunner,
    /** Told the ids of every report read, for the audit trail. */
    private readonly onRead: (ids: string[]) => void = () => undefined,
    /** The in-process similarity index when loaded: pages of reports by concept without the graph. */
    private readonly corpus: CorpusIndex | null = null,
  ) {
    this.byId = new DataLoader(async (ids) => {
      const rows = await runner.read<{ report: ReportRow; concepts: ReportConceptRecord[] }>('reports-by-ids', { ids });
      this.onRead(rows.map((row) => row.report.id));
      // A report read brings its concepts along: `report { concepts }` is one round trip.
      const all = this.conceptLoader(null);
      for (const row of rows) all.clear(row.report.id).prime(row.report.id, row.concepts);
      const found = new Map(rows.map((row) => [row.report.id, toReportView(row.report)]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  conceptsOf(reportId: string, assertion: Assertion | null): Promise<ReportConceptRecord[]> {
    return this.conceptLoader(assertion).load(reportId);
  }

  private conceptLoader(assertion: Assertion | null): DataLoader<string, ReportConceptRecord[]> {
    const key = assertion ?? '*';
    let loader = this.concepts.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.runner.read<{ id: string; concepts: ReportConceptRecord[] }>('report-concepts', { ids, assertion });
        const byId = new Map(rows.map((row) => [row.id, row.concepts]));
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.concepts.set(key, loader);
    }
    return loader;
  }

  /** Reports per concept, batched across every concept of a query (dashboards ask for many). */
  reportCount(conceptId: string, assertion: Assertion | null, includeDescendants: boolean): Promise<number> {
    const key = `${assertion ?? '*'}|${includeDescendants}`;
    let loader = this.counts.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.runner.read<{ id: string; reports: number }>('concept-report-counts', {
          ids,
          assertion,
          includeDescendants,
        });
        const byId = new Map(rows.map((row) => [row.id, row.reports]));
        return ids.map((id) => byId.get(id) ?? 0);
      });
      this.counts.set(key, loader);
    }
    return loader.load(conceptId);
  }

  async page(filter: ReportFilterInput, first: number, after: string | null): Promise<Page> {
    const params = { after, limit: asInt(first + 1) };
    if (filter.concept && this.corpus) {
      const ids = reportsByConcept(this.corpus, {
        concept: filter.concept,
        assertion: filter.assertion ?? null,
        includeDescendants: filter.includeDescendants ?? false,
        after,
        limit: first + 1,
      });
      return { ids: ids.slice(0, first), hasNextPage: ids.length > first };
    }
    const rows = filter.concept
      ? await this.runner.read<{ id: string }>('reports-page-by-concept', {
          ...params,
          concept: filter.concept,
          assertion: filter.assertion ?? null,
          includeDescendants: filter.includeDescendants ?? false,
        })
      : await this.runner.read<{ id: string }>('reports-page', params);
    const ids = rows.map((row) => row.id);
    return { ids: ids.slice(0, first), hasNextPage: ids.length > first };
  }

  async addSpans(reportId: string, spans: GoldSpan[], labels: readonly string[]): Promise<ReportView> {
    const report = await this.byId.load(reportId);
    if (!report) throw new NotFoundError(`No report with id "${reportId}".`, 'reportId');
    let merged: GoldSpan[];
    try {
      merged = mergeSpans(report.text, report.spans, spans, labels);
    } catch (error) {
      if (error instanceof SpanValidationError) {
        throw new BadInputError('spans', error.message);
      }
      throw error;
    }
    const written = await this.runner.write('report-spans-set', {
      reportId,
      spans: JSON.stringify(merged),
      version: asInt(report.spansVersion),
    });
    if (written.length === 0) {
      throw new ConflictError('The spans of this report changed meanwhile; read them again and retry.');
    }
    return { ...report, spans: merged, spansVersion: report.spansVersion + 1 };
  }
}
