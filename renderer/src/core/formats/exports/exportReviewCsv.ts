/**
 * The review queue as a spreadsheet: one row per link, in the queue's order, with the verdict
 * and both claims side by side, for people who read and sort it in Excel or LibreOffice.
 *
 * Keeps: each link's status, type and reason (as the app labels them), rationale and why, both
 * claims' words with their article's title, outlet and date, the link's id and creation time.
 * Loses: the claims' sentences and offsets, URLs, notes, figures and sources, directions of
 * directed types (A is the link's source), and any filter the review had: every link is listed.
 * A cell that starts like a formula gets a leading apostrophe (see `defused`).
 */
import Papa from 'papaparse';
import { annotationText } from '../../model/annotation';
import { DEFAULT_LINK_TYPES, LINK_REASONS, STATUS_LABELS, linkTypeOf, type Link } from '../../model/link';
import { ALL_LINKS, reviewQueue, type QueueFilter, type QueueSort } from '../../links/reviewQueue';
import type { ProjectSnapshot } from '../projectSnapshot';

export const REVIEW_CSV_COLUMNS = [
  'status',
  'type',
  'reason',
  'rationale',
  'why',
  'claim A',
  'article A',
  'outlet A',
  'date A',
  'claim B',
  'article B',
  'outlet B',
  'date B',
  'link id',
  'created',
] as const;

export interface ReviewView {
  filter: QueueFilter;
  sort: QueueSort;
}

/** What the review opens on: every link, newest disagreement first. */
const START_VIEW: ReviewView = { filter: ALL_LINKS, sort: 'date' };

/**
 * UTF-8 with a byte-order mark, which Excel needs to read the file as UTF-8 rather than the
 * system's code page (Arabic and curly quotes would come out garbled); CRLF line ends, as RFC
 * 4180 has them and as Excel writes them; fields quoted only when they need it (a comma, a
 * quote, a line break, leading or trailing space). The queue's order is the review's start
 * view unless `view` gives another.
 */
export function exportReviewCsv(snapshot: ProjectSnapshot, view: ReviewView = START_VIEW): string {
  const articles = new Map(snapshot.articles.map((a) => [a.id, a]));
  const annotations = new Map(snapshot.annotations.map((a) => [a.id, a]));
  const types = [...DEFAULT_LINK_TYPES, ...snapshot.linkTypes];
  const reasons = new Map(LINK_REASONS.map((r) => [r.id, r.label]));
  const claim = (id: string) => {
    const a = annotations.get(id);
    return a ? annotationText(a) : '';
  };
  const row = (link: Link): string[] => {
    const from = articles.get(link.fromArticleId);
    const to = articles.get(link.toArticleId);
    return [
      STATUS_LABELS[link.status] ?? link.status,
      linkTypeOf(types, link.type)?.label ?? link.type,
      reasons.get(link.reason) ?? link.reason,
      link.rationale,
      link.why ?? '',
      claim(link.fromId),
      from?.title ?? '',
      from?.source ?? '',
      from?.publishedAt ?? '',
      claim(link.toId),
      to?.title ?? '',
      to?.source ?? '',
      to?.publishedAt ?? '',
      link.id,
      link.createdAt,
    ].map(defused);
  };
  const queue = reviewQueue(snapshot.links, view.filter, view.sort, articles);
  const csv = Papa.unparse({ fields: [...REVIEW_CSV_COLUMNS], data: queue.map(row) }, { newline: '\r\n', quotes: false });
  // Papa ends the header with a line break when there are no rows, and the last row without one.
  return `\uFEFF${csv.endsWith('\r\n') ? csv : `${csv}\r\n`}`;
}

/**
 * CSV injection: a spreadsheet runs a cell that starts with =, +, - or @ (or a tab or carriage
 * return before one) as a formula, and an article's or analyst's text can be made to, say,
 * fetch a URL with the sheet's data. A leading apostrophe makes the cell text; it shows in the
 * cell, which is the price (OWASP's advice). The other exports are not opened by spreadsheets.
 */
export function defused(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
