import { planMerge } from '../../renderer/src/core/formats/archive/planMerge';
import type { ImportReport, ProjectSnapshot } from '../../renderer/src/core/formats/projectSnapshot';

/** The base project with the imported rows added; rows whose ids it already has are reported, never overwritten. */
export function mergeInto(base: ProjectSnapshot, incoming: ProjectSnapshot, file: string): { snapshot: ProjectSnapshot; report: ImportReport } {
  const { add, report } = planMerge(incoming, base, file);
  return {
    snapshot: {
      name: base.name,
      articles: [...base.articles, ...add.articles],
      annotations: [...base.annotations, ...add.annotations],
      links: [...base.links, ...add.links],
      linkTypes: [...base.linkTypes, ...add.linkTypes],
      entities: [...base.entities, ...add.entities],
      tags: [...base.tags, ...add.tags],
      kinds: [...base.kinds, ...add.kinds],
      counted: [...base.counted, ...add.counted],
    },
    report,
  };
}
