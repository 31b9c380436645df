import { parsePlainText } from '../../import/parsePlainText';
import { newId } from '../../model/ids';
import { normalizeText } from '../../text/normalizeText';
import { emptyReport, type ImportedArticle, type ImportReport, type InputPlace } from '../projectSnapshot';
import { refuseMapping, type ColumnMapping } from './columnMapping';
import type { DecodeProblem } from './decodeBytes';
import type { ParsedTable, TableProblem } from './parseTable';
import { dayMonthOrderOf, parseTableDate, type DayMonthOrder } from './tableDate';

export interface TableImportOptions {
  /** `decodeBytes`' problems: each is reported on the article of the row its line falls in. */
  decodeProblems?: readonly DecodeProblem[];
  /** How to read dates like 08/02/2018, when the user has said; else the date column's other dates decide, if they can. */
  dayMonthOrder?: DayMonthOrder;
}

export interface TableArticles {
  /** One per imported row, in table order. Each `fileName` is "table.csv, line 14": where the article came from. */
  articles: ImportedArticle[];
  /** The label column's value, by article id, for the articles that have one. */
  labels: Map<string, string>;
  /** The id column's value, by article id: the row's own id in the data set, to match results back to it. */
  sourceIds: Map<string, string>;
  report: ImportReport;
}

/** parsePlainText's rule: a first line this short is a title as it stands. */
const TITLE_LINE = 160;
/** A longer first line is a paragraph: its first words, cut near here, name the article. */
const TITLE_CUT = 120;

/**
 * Turns a parsed table into articles row by row, so a caller can convert it all at once or a
 * chunk at a time between progress updates. Rows must be converted in table order: duplicates
 * are found against the rows before.
 */
export class TableConversion {
  readonly result: TableArticles = { articles: [], labels: new Map(), sourceIds: new Map(), report: emptyReport() };
  /** False when the table or the mapping stops the import; the report's errors say why, and there is nothing to convert. */
  readonly ready: boolean;
  private readonly seenIds = new Map<string, number>();
  private readonly seenTexts = new Map<string, number>();
  /** Decode problems by the index of the row they fall in. */
  private readonly badLines = new Map<number, DecodeProblem[]>();
  private readonly order: DayMonthOrder | null;

  constructor(
    private readonly table: ParsedTable,
    private readonly mapping: ColumnMapping,
    private readonly file: string,
    options: TableImportOptions = {},
  ) {
    const { report } = this.result;
    for (const problem of table.problems) this.note(problem);
    // A table that cannot be read has no columns worth judging the mapping against.
    const refused = report.errors.length === 0 ? refuseMapping(mapping, table.columns) : null;
    if (refused) report.errors.push({ file, message: refused });
    this.ready = report.errors.length === 0;
    report.imported = { articles: 0, labels: 0 };
    const dateColumn = mapping.date;
    this.order = options.dayMonthOrder ?? (dateColumn ? dayMonthOrderOf(table.rows.map((r) => r.values[dateColumn] ?? '')) : null);
    for (const problem of options.decodeProblems ?? []) this.placeDecodeProblem(problem);
  }

  /** Converts row `index` (0-based, in `table.rows`), adding its article or its reason to be left out. */
  convert(index: number): void {
    const row = this.table.rows[index];
    if (!this.ready || !row) return;
    const { mapping, file, result } = this;
    const at = { file, line: row.line };
    const value = (column: string | undefined) => (column ? (row.values[column] ?? '') : '');
    const raw = value(mapping.text);
    if (raw.trim() === '') return this.skip(at, `the text column (“${mapping.text}”) is empty; skipped`);
    const sourceId = oneLine(value(mapping.id));
    const sameId = sourceId ? this.seenIds.get(sourceId) : undefined;
    if (sameId !== undefined) return this.skip(at, `the id “${shown(sourceId)}” is already on line ${sameId}; skipped`);
    const key = textKey(raw);
    const sameText = this.seenTexts.get(key);
    if (sameText !== undefined) return this.skip(at, `the text is the same as on line ${sameText}; skipped`);
    if (sourceId) this.seenIds.set(sourceId, row.line);
    this.seenTexts.set(key, row.line);

    const givenTitle = oneLine(value(mapping.title));
    // A title from its own column leaves the text whole; without one the first line may be the headline, as in a text file.
    const content = parsePlainText(raw, file, { keepTitleLine: givenTitle !== '' });
    const id = newId('art');
    const article: ImportedArticle = {
      ...content,
      title: givenTitle || titleFromText(raw, content.title),
      source: oneLine(value(mapping.outlet)),
      publishedAt: this.date(value(mapping.date), at),
      url: this.url(value(mapping.url), at),
      language: '',
      id,
      format: 'table',
      fileName: `${file}, line ${row.line}`,
    };
    result.articles.push(article);
    result.report.imported.articles = result.articles.length;
    if (sourceId) result.sourceIds.set(id, sourceId);
    const label = oneLine(value(mapping.label));
    if (label) {
      result.labels.set(id, label);
      result.report.imported.labels = result.labels.size;
    }
    const bad = this.badLines.get(index);
    const first = bad?.[0];
    if (bad && first) {
      const where = bad.length === 1 && first.line === row.line ? '' : ` (${bad.length === 1 ? 'line' : 'lines'} ${bad.map((p) => p.line).join(', ')})`;
      this.warn(at, `${first.message}${where}`);
    }
  }

  /**
   * Files the problem under the row whose lines hold it. A line before the first row (the header)
   * is reported at once, since it may have garbled a column name; one in a row left out for
   * another reason, or in a blank line, needs no word.
   */
  private placeDecodeProblem(problem: DecodeProblem): void {
    const { rows } = this.table;
    let lo = 0;
    let hi = rows.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((rows[mid]?.line ?? Infinity) <= problem.line) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    const row = rows[found];
    if (!row) {
      this.warn({ file: this.file, line: problem.line }, problem.message);
    } else if (problem.line <= row.endLine) {
      const list = this.badLines.get(found) ?? [];
      list.push(problem);
      this.badLines.set(found, list);
    }
  }

  private date(raw: string, at: InputPlace): string {
    const parsed = parseTableDate(raw, this.order);
    if (parsed.ok) return parsed.date;
    this.warn(at, parsed.message);
    return '';
  }

  private url(raw: string, at: InputPlace): string {
    const url = raw.trim();
    if (url === '' || /^https?:\/\//i.test(url)) return url;
    this.warn(at, `the URL “${shown(url)}” does not start with http:// or https://; it is left empty`);
    return '';
  }

  private note({ effect, ...problem }: TableProblem): void {
    const { report } = this.result;
    (effect === 'error' ? report.errors : effect === 'skipped' ? report.skipped : report.warnings).push(problem);
  }

  private skip(at: InputPlace, message: string): void {
    this.result.report.skipped.push({ ...at, message });
  }

  private warn(at: InputPlace, message: string): void {
    this.result.report.warnings.push({ ...at, message });
  }
}

/** A cell as one line of metadata: its whitespace, line breaks included, collapsed. */
function oneLine(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** Two texts are the same article when they differ only in whitespace or Unicode normalisation form. */
function textKey(raw: string): string {
  return normalizeText(raw).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** A value as quoted in a message: long ones cut, never inside a character. */
function shown(value: string): string {
  const points = Array.from(value);
  return points.length > 60 ? `${points.slice(0, 59).join('')}…` : value;
}

/**
 * Without a title column: the text's first line when it is short enough to be one (what
 * parsePlainText made the title), else its first words, cut at a space near TITLE_CUT.
 */
function titleFromText(raw: string, parsedTitle: string): string {
  const firstLine = oneLine(/\S[^\n]*/u.exec(normalizeText(raw))?.[0] ?? '');
  if (firstLine.length <= TITLE_LINE) return parsedTitle;
  const points = Array.from(firstLine).slice(0, TITLE_CUT);
  const cut = points.join('');
  const space = cut.lastIndexOf(' ');
  return `${space > TITLE_CUT / 2 ? cut.slice(0, space) : cut}…`;
}
