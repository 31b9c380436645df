import { readdirSync, readFileSync } from 'node:fs';
import type { SchemaObject, ValidateFunction } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * The W3C Web Annotation WG's test assertions (JSON Schema draft-04, vendored in
 * reference/), run as /work/shared/conformance/w3c-validate.mjs runs them, which mirrors
 * WPT's annotation-model JSONtest.js: ajv with allErrors and no schema validation, each
 * assertion a schema with `expectedResult` and `onUnexpectedResult`. An unexpected result
 * is a FAIL when the assertion says fail…, ABSENT (an optional feature not used) when it
 * says pass….
 */
const ROOT = new URL('./reference/w3c-web-annotation-tests/', import.meta.url);

export type W3cSuite = 'annotation' | 'collection' | 'page';
export type W3cOutcome = 'PASS' | 'FAIL' | 'ABSENT' | 'ERROR';

export interface W3cAssertionResult {
  file: string;
  test: string;
  assertionType: string;
  outcome: W3cOutcome;
  detail: string;
}

const SUITES: Record<W3cSuite, { musts: string[]; optionals: string[] }> = {
  annotation: { musts: ['annotations/annotationMusts.test'], optionals: ['annotations/annotationOptionals.test', 'annotations/annotationsAgentOptionals.test'] },
  collection: { musts: ['collections/collectionMusts.test'], optionals: ['collections/collectionOptionals.test'] },
  page: { musts: ['collections/pages/pageMusts.test'], optionals: ['collections/pages/pageOptionals.test'] },
};

interface Assertion {
  file: string;
  schema: SchemaObject;
  test: string;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, ROOT), 'utf8'));
}

function makeAjv(): Ajv04 {
  const ajv = new Ajv04({ allErrors: true, validateSchema: false, strict: false, logger: false });
  addFormats(ajv);
  for (const f of readdirSync(new URL('definitions/', ROOT))) {
    if (f.endsWith('.json')) ajv.addSchema(readJson(`definitions/${f}`) as SchemaObject);
  }
  return ajv;
}

function flatten(list: unknown[]): unknown[] {
  return list.flatMap((x) => (Array.isArray(x) ? flatten(x) : [x]));
}

function loadAssertions(testFiles: readonly string[]): Assertion[] {
  const out: Assertion[] = [];
  for (const test of testFiles) {
    const t = readJson(test) as { assertions: unknown[] };
    for (const a of flatten(t.assertions)) {
      if (typeof a === 'string') out.push({ file: a, schema: readJson(a) as SchemaObject, test });
      else {
        const inline = a as SchemaObject;
        if (typeof inline.assertionFile === 'string') out.push({ file: inline.assertionFile, schema: { ...(readJson(inline.assertionFile) as SchemaObject), ...inline }, test });
        else out.push({ file: '(inline)', schema: inline, test });
      }
    }
  }
  return out;
}

/** One validator per process: compiled schemas are cached by id, as in the runner. */
let shared: Ajv04 | null = null;
const loaded = new Map<string, Assertion[]>();

export function runW3cSuite(suite: W3cSuite, doc: unknown, options: { optionals?: boolean } = {}): W3cAssertionResult[] {
  shared ??= makeAjv();
  const ajv = shared;
  const key = `${suite}:${options.optionals ? 'all' : 'musts'}`;
  let assertions = loaded.get(key);
  if (!assertions) {
    const s = SUITES[suite];
    assertions = loadAssertions(options.optionals ? [...s.musts, ...s.optionals] : s.musts);
    loaded.set(key, assertions);
  }
  return assertions.map((a) => {
    const schema: SchemaObject = { ...a.schema };
    delete schema.assertionFile;
    const base = { file: a.file, test: a.test, assertionType: String(a.schema.assertionType ?? '') };
    let validate: ValidateFunction;
    try {
      validate = (typeof schema.id === 'string' ? ajv.getSchema(schema.id) : undefined) ?? ajv.compile(schema);
    } catch (e) {
      return { ...base, outcome: 'ERROR', detail: `schema compile: ${(e as Error).message}` };
    }
    const valid = validate(doc) === true;
    const expected = (a.schema.expectedResult as string | undefined) ?? 'valid';
    const ok = (expected === 'valid') === valid;
    const onUnexpected = (a.schema.onUnexpectedResult as string | undefined) ?? 'failAndContinue';
    const outcome: W3cOutcome = ok ? 'PASS' : onUnexpected.startsWith('pass') ? 'ABSENT' : 'FAIL';
    const detail = ok ? '' : `${(a.schema.errorMessage as string | undefined) ?? ''}${validate.errors ? ` | ajv: ${ajv.errorsText(validate.errors).slice(0, 300)}` : ''}`;
    return { ...base, outcome, detail };
  });
}

/** The failed MUSTs (and schema errors) of a document, one line each: empty when it conforms. */
export function w3cFailures(suite: W3cSuite, doc: unknown): string[] {
  return runW3cSuite(suite, doc)
    .filter((r) => r.outcome === 'FAIL' || r.outcome === 'ERROR')
    .map((r) => `${r.outcome} [${r.assertionType}] ${r.file}: ${r.detail}`);
}
