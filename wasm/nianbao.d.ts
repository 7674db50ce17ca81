// Types for nianbao.mjs, the JavaScript API of Nianbao Check (年报校验).
// The result shape is the JSON contract of docs (../shared/domain/output.md); fields may be added.

export type Severity = 'error' | 'warning' | 'info';
export type Status = 'ok' | Severity;
export type EditionKey = '2008' | '2019' | '2021';

export interface CheckOptions {
  /** Report format edition; 'auto' (default) picks it from the report year. */
  edition?: 'auto' | EditionKey;
  /** Agency kind; 'auto' (default) infers it from the agency name. */
  kind?: 'auto' | 'department' | 'government';
  /** Shown as the report's "file" field (null when absent), as the CLI does with the path. */
  file?: string;
  /** Last year's report of the same agency: the cross-year rules (year.carryover, year.stock,
   *  text.reused) compare with it; the report's "previous" names it. */
  previous?: { text: string; file?: string };
  /** A reviewer's decisions: findings with these fingerprints get "decision"; dismissed ones are
   *  counted apart (summary.dismissed) and become SARIF suppressions. */
  decisions?: Array<{ fingerprint: string; rule?: string; status: 'confirmed' | 'dismissed'; note?: string }>;
  /** Leave dismissed findings out. */
  hide_dismissed?: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** Chinese, one sentence. */
  message: string;
  /** Index into `sections`, or null for whole-document findings. */
  section: number | null;
  /** Half-open UTF-16 offsets into the text as given: text.slice(start, end). */
  start: number;
  end: number;
  line: number;
  column: number;
  expected?: string;
  actual?: string;
  basis: string;
  [extra: string]: unknown;
}

export interface Section {
  heading: string;
  topic: string | null;
  level: number;
  start: number;
  end: number;
  line: number;
  status: Status;
  [extra: string]: unknown;
}

export interface Table {
  topic: string | null;
  edition: string | null;
  start: number;
  end: number;
  line: number;
  rows: number;
  cols: number;
  status: Status;
  [extra: string]: unknown;
}

export interface Meta {
  title: string | null;
  agency: string | null;
  kind: 'department' | 'government' | null;
  year: number | null;
  edition: EditionKey | null;
  edition_reason: string;
  published: string | null;
  period: { from: string | null; to: string | null } | null;
  script: 'hans' | 'hant' | 'mixed' | null;
  [extra: string]: unknown;
}

export interface Report {
  file: string | null;
  meta: Meta;
  sections: Section[];
  tables: Table[];
  findings: Finding[];
  summary: { error: number; warning: number; info: number };
  [extra: string]: unknown;
}

export interface CheckResult {
  schema: number;
  tool: { name: 'nianbao'; version: string };
  reports: Report[];
}

export interface RuleInfo {
  id: string;
  severity: Severity;
  summary: string;
  what: string;
  why: string;
  basis: string;
  fires: string;
  quiet: string;
  [extra: string]: unknown;
}

/**
 * Thrown by check()/checkJson(). `code` is set for inputs the core refuses ('input-too-large', …);
 * `toolError` is true when the module itself failed (a trap): it has been re-instantiated and the
 * next call works.
 */
export interface NianbaoError extends Error {
  code?: string;
  toolError?: boolean;
}

export interface Checker {
  version(): string;
  rules(): RuleInfo[];
  check(text: string, options?: CheckOptions): CheckResult;
  /** The exact JSON text `nianbao check --format json FILE` prints for the same text and options. */
  checkJson(text: string, options?: CheckOptions): string;
  /** The exact SARIF 2.1.0 text `nianbao check --format sarif FILE` prints (the core's writer). */
  checkSarif(text: string, options?: CheckOptions): string;
  /** @internal Test hook: makes the module trap (to test recovery). */
  _testTrap(): void;
}

export interface CreateCheckerOptions {
  /** The bytes of nianbao-core.wasm. Without it the module is read from beside nianbao.mjs
   *  (Node: from the file system; browsers: fetch). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** An already compiled module (e.g. shared with a worker). */
  wasmModule?: WebAssembly.Module;
}

export function createChecker(options?: CreateCheckerOptions): Promise<Checker>;
export default createChecker;
