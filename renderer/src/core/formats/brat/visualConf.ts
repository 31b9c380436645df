/** visual.conf: display labels and colours of brat types, read for new tags and written for brat. */

export interface VisualConf {
  /** Type → its first display label. */
  labels: Map<string, string>;
  /** Type → its drawing settings (bgColor, color, …). */
  drawing: Map<string, Map<string, string>>;
}

export function parseVisualConf(text: string): VisualConf {
  const conf: VisualConf = { labels: new Map(), drawing: new Map() };
  let section = '';
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = (header[1] ?? '').trim().toLowerCase();
      continue;
    }
    if (section === 'labels') {
      const [type = '', label] = line.split('|').map((p) => p.trim());
      if (type) conf.labels.set(type, label || type);
    } else if (section === 'drawing') {
      const m = /^(\S+)\s+(.*)$/.exec(line);
      if (!m?.[1]) continue;
      const settings = new Map<string, string>();
      for (const part of (m[2] ?? '').split(',')) {
        const colon = part.indexOf(':');
        if (colon > 0) settings.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
      }
      conf.drawing.set(m[1], settings);
    }
  }
  return conf;
}

/** `#RGB` or `#RRGGBB` as the app stores colours (`#RRGGBB`, upper case); null for colour names and the like. */
export function hexColour(value: string | undefined): string | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!m?.[1]) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return `#${hex.toUpperCase()}`;
}

export interface VisualType {
  name: string;
  label: string;
  /** For text-bound types: the box colour. */
  bgColor?: string;
  /** For relation types: the arc colour. */
  color?: string;
  /** Relation types with no direction are drawn without an arrowhead. */
  undirected?: boolean;
}

export function writeVisualConf(heading: string, types: readonly VisualType[]): string {
  // `|` separates a type's labels, so a label may not contain one.
  const labels = types.map((t) => `${t.name} | ${t.label.replace(/\|/g, '/').trim() || t.name}`);
  const drawing = types.flatMap((t) => {
    const settings = [t.bgColor ? `bgColor:${t.bgColor}` : null, t.color ? `color:${t.color}` : null, t.undirected ? 'arrowHead:none' : null].filter((s) => s !== null);
    return settings.length > 0 ? [`${t.name}\t${settings.join(', ')}`] : [];
  });
  return [...heading.split('\n').map((l) => `# ${l}`), '', '[labels]', '', ...labels, '', '[drawing]', '', ...drawing, ''].join('\n');
}
