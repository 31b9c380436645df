/** The figures a run collects, and how they are summarised and shown. */

export type Unit = 'ms' | 'MB' | 'articles/s' | 'rows/s' | 'count';

export interface FigureDef {
  /** Stable key in results.json. */
  id: string;
  /** The scenario it belongs to (what `--only` names). */
  scenario: string;
  /** What is measured, in words. */
  label: string;
  /** Who: Crosscheck, or the reference it is measured beside. */
  subject: string;
  unit: Unit;
  /** Whether a p95 is reported (many samples per run). */
  p95?: boolean;
  /** The target, in words, when it has one. */
  target?: string;
  /** Whether `median` meets the target (computed from the figure and, for ratios, its reference). */
  meets?: (median: number, p95: number | null, all: Map<string, Figure>) => boolean;
}

export interface Figure {
  id: string;
  scenario: string;
  label: string;
  subject: string;
  unit: Unit;
  /** Median over runs of each run's value (each run's own median when a run has several samples). */
  median: number | null;
  /** 95th percentile over every sample of every run, where asked. */
  p95: number | null;
  runs: number;
  /** One value per run. */
  perRun: number[];
  /** Every sample, when a run has several. */
  samples?: number[];
  target?: string;
  meets?: boolean;
  notes?: string[];
}

export function median(xs: readonly number[]): number | null {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Nearest-rank percentile. */
export function percentile(xs: readonly number[], p: number): number | null {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
}

export class Recorder {
  private readonly defs = new Map<string, FigureDef>();
  private readonly perRun = new Map<string, number[]>();
  private readonly samples = new Map<string, number[]>();
  private readonly notes = new Map<string, string[]>();

  define(def: FigureDef): string {
    if (!this.defs.has(def.id)) this.defs.set(def.id, def);
    return def.id;
  }

  /** One run's value. */
  add(id: string, value: number | null | undefined): void {
    if (!this.defs.has(id)) throw new Error(`undefined figure ${id}`);
    if (value === null || value === undefined || !Number.isFinite(value)) return;
    this.perRun.set(id, [...(this.perRun.get(id) ?? []), value]);
  }

  /** One run's samples: the run's value is their median; the p95 is over all samples. */
  addSamples(id: string, values: readonly number[]): void {
    const ok = values.filter((v) => Number.isFinite(v));
    this.samples.set(id, [...(this.samples.get(id) ?? []), ...ok]);
    this.add(id, median(ok));
  }

  note(id: string, text: string): void {
    const list = this.notes.get(id) ?? [];
    if (!list.includes(text)) list.push(text);
    this.notes.set(id, list);
  }

  figures(): Figure[] {
    const out = new Map<string, Figure>();
    for (const def of this.defs.values()) {
      const perRun = this.perRun.get(def.id) ?? [];
      const samples = this.samples.get(def.id);
      const fig: Figure = {
        id: def.id,
        scenario: def.scenario,
        label: def.label,
        subject: def.subject,
        unit: def.unit,
        median: round(median(perRun)),
        p95: def.p95 ? round(percentile(samples ?? perRun, 95)) : null,
        runs: perRun.length,
        perRun: perRun.map((x) => round(x) as number),
      };
      if (samples) fig.samples = samples.map((x) => round(x) as number);
      if (def.target) fig.target = def.target;
      const notes = this.notes.get(def.id);
      if (notes) fig.notes = notes;
      out.set(def.id, fig);
    }
    for (const def of this.defs.values()) {
      const fig = out.get(def.id);
      if (fig && def.meets && fig.median !== null) fig.meets = def.meets(fig.median, fig.p95, out);
    }
    return [...out.values()];
  }
}

function round(x: number | null): number | null {
  if (x === null) return null;
  return Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 10) / 10;
}

function fmt(x: number | null, unit: Unit): string {
  if (x === null) return '—';
  const s = x >= 1000 ? Math.round(x).toLocaleString('en-US') : String(x);
  return unit === 'count' ? s : `${s} ${unit}`;
}

/** The table the run prints and the README shows (Markdown). */
export function table(figures: readonly Figure[]): string {
  const rows = [
    '| scenario | what | subject | median | p95 | runs | target |',
    '|---|---|---|---:|---:|---:|---|',
  ];
  for (const f of figures) {
    if (f.runs === 0) continue;
    const target = f.target ? `${f.target}${f.meets === undefined ? '' : f.meets ? ' ✓' : ' ✗'}` : '';
    rows.push(`| ${f.scenario} | ${f.label} | ${f.subject} | ${fmt(f.median, f.unit)} | ${f.p95 === null ? '' : fmt(f.p95, f.unit)} | ${f.runs} | ${target} |`);
  }
  return rows.join('\n');
}
