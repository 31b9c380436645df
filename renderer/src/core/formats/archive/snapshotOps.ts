import type { RowOp } from '../../changes/rowOp';
import { splitArticle } from '../../model/article';
import type { ProjectSnapshot } from '../projectSnapshot';

/**
 * The rows of a snapshot as create ops, in an order where each row comes after what it refers
 * to: merged into the open project as one action, which one undo takes back whole.
 */
export function snapshotOps(add: ProjectSnapshot): RowOp[] {
  const ops: RowOp[] = [];
  for (const row of add.kinds) ops.push({ table: 'kinds', op: 'create', row });
  for (const row of add.tags) ops.push({ table: 'tags', op: 'create', row });
  for (const row of add.counted) ops.push({ table: 'counted', op: 'create', row });
  for (const row of add.linkTypes) ops.push({ table: 'linkTypes', op: 'create', row });
  for (const row of add.entities) ops.push({ table: 'entities', op: 'create', row });
  for (const article of add.articles) {
    const { summary, body } = splitArticle(article);
    ops.push({ table: 'articles', op: 'create', row: summary }, { table: 'bodies', op: 'create', row: body });
  }
  for (const row of add.annotations) ops.push({ table: 'annotations', op: 'create', row });
  for (const row of add.links) ops.push({ table: 'links', op: 'create', row });
  return ops;
}
