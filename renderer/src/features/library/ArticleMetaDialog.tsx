import { useState } from 'react';
import type { ArticleMeta, ArticleSummary } from '../../core/model/article';
import { CancelSubmit, Dialog } from '../common/Dialog';

const FIELDS: { key: keyof ArticleMeta; label: string; placeholder: string }[] = [
  { key: 'title', label: 'Title', placeholder: 'Headline' },
  { key: 'source', label: 'Outlet', placeholder: 'e.g. Reuters' },
  { key: 'publishedAt', label: 'Date', placeholder: 'YYYY-MM-DD' },
  { key: 'url', label: 'URL', placeholder: 'https://…' },
  { key: 'language', label: 'Language', placeholder: 'e.g. en, ar' },
];

/** Why the metadata cannot be saved as typed, or null. */
export function validateMeta(meta: ArticleMeta): string | null {
  if (meta.title.trim() === '') return 'The title cannot be empty.';
  if (meta.publishedAt && !/^\d{4}-\d{2}-\d{2}$/.test(meta.publishedAt)) return 'The date must look like 2018-02-08.';
  if (meta.publishedAt && Number.isNaN(Date.parse(meta.publishedAt))) return `${meta.publishedAt} is not a date.`;
  if (meta.url && !/^https?:\/\//i.test(meta.url)) return 'The URL must start with http:// or https://.';
  return null;
}

export function ArticleMetaDialog(props: { article: ArticleSummary; onSave(meta: ArticleMeta): Promise<void>; onClose(): void }) {
  const { article, onSave, onClose } = props;
  const [meta, setMeta] = useState<ArticleMeta>({
    title: article.title,
    source: article.source,
    publishedAt: article.publishedAt,
    url: article.url,
    language: article.language,
  });
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const trimmed = Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, v.trim()])) as unknown as ArticleMeta;
    const problem = validateMeta(trimmed);
    if (problem) return setError(problem);
    onSave(trimmed).then(onClose, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <Dialog
      title="Article details"
      onClose={onClose}
      onSubmit={submit}
      actions={<CancelSubmit submit="Save" onCancel={onClose} />}
    >
      {FIELDS.map((f, i) => (
        <label className="field" key={f.key}>
          <span>{f.label}</span>
          <input
            autoFocus={i === 0}
            value={meta[f.key]}
            placeholder={f.placeholder}
            onChange={(e) => setMeta({ ...meta, [f.key]: e.target.value })}
          />
        </label>
      ))}
      <p className="muted small">Imported from {article.fileName}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
