import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { fieldError, formatPath, type ErrorParams, type FieldError, type FieldErrorCode, type PathSegment } from '../shared/errors.js';
import { readSimpleYaml } from './plan.yaml-simple.js';
import { positionsIn, type SourceDocument, type TextPosition } from './plan.source.js';

/*
 * YAML plan files, read as YAML 1.2 with the core schema: dates stay text, "no" stays text.
 * Plain files (what exportPlan writes) go through the fast reader of plan.yaml-simple.ts; the
 * rest through the yaml library, which builds the node tree. Turning that tree into values is
 * done here, because that is where a repeated field, an alias bomb or an unsupported tag is
 * best caught and pointed at.
 */

/** How many values aliases may add in all: enough for any hand-written reuse, far below a bomb. */
export const MAX_ALIAS_VALUES = 10_000;

class ConversionError extends Error {}

class YamlConverter {
  readonly errors: FieldError[] = [];
  private readonly anchors = new Map<string, Node>();
  private readonly open = new Set<Node>();
  private readonly path: PathSegment[] = [];
  private outerAlias: { alias: Node; path: PathSegment[] } | undefined;
  private aliasValues = 0;

  constructor(private readonly position: (offset: number) => TextPosition) {}

  private fail(node: Node | null | undefined, message: string, path: readonly PathSegment[] = this.path, code: FieldErrorCode = 'syntax', params?: ErrorParams): never {
    this.errors.push({ ...fieldError(formatPath(path), code, message, params), ...this.position(node?.range?.[0] ?? 0) });
    throw new ConversionError(message);
  }

  convert(node: Node | null): unknown {
    if (node === null) return null;
    if (this.outerAlias && ++this.aliasValues > MAX_ALIAS_VALUES) {
      const { alias, path } = this.outerAlias;
      this.fail(alias, `aliases expand to more than ${MAX_ALIAS_VALUES} values; the file looks like an alias bomb`, path);
    }
    if (isAlias(node)) return this.alias(node);
    if (node.anchor) this.anchors.set(node.anchor, node);
    if (isScalar(node)) {
      const value = node.value;
      if (value !== null && typeof value === 'object') this.fail(node, `unsupported value with the tag ${node.tag ?? ''}`);
      return value;
    }
    this.open.add(node);
    const value = isMap(node) ? this.mapping(node.items) : isSeq(node) ? this.sequence(node.items) : undefined;
    this.open.delete(node);
    return value;
  }

  private alias(node: Node & { source: string }): unknown {
    const target = this.anchors.get(node.source);
    if (!target) this.fail(node, `no anchor &${node.source} before this alias`);
    if (this.open.has(target)) this.fail(node, `the alias *${node.source} is inside its own anchor`);
    // Blame a bomb on the alias written in the document, not on one met while expanding it.
    const outer = this.outerAlias === undefined;
    if (outer) this.outerAlias = { alias: node, path: [...this.path] };
    const value = this.convert(target);
    if (outer) this.outerAlias = undefined;
    return value;
  }

  private mapping(pairs: readonly unknown[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? keyNode.value : undefined;
      if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
        this.fail(keyNode, 'a field name must be plain text');
      }
      const name = String(key);
      if (Object.hasOwn(out, name)) this.fail(keyNode, `duplicate field "${name}"`, [...this.path, name], 'duplicate', { value: name });
      this.path.push(name);
      // defineProperty, so that a field named "__proto__" stays a field (and is refused as unknown).
      Object.defineProperty(out, name, {
        value: this.convert(pair.value as Node | null),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.path.pop();
    }
    return out;
  }

  private sequence(items: readonly unknown[]): unknown[] {
    return items.map((item, index) => {
      this.path.push(index);
      const value = this.convert(item as Node | null);
      this.path.pop();
      return value;
    });
  }
}

export function readYaml(text: string): SourceDocument {
  let position: ((offset: number) => TextPosition) | undefined;
  const at = (offset: number): TextPosition => (position ??= positionsIn(text))(offset);

  const simple = readSimpleYaml(text);
  if (simple) {
    // The node tree, needed only to point at errors, is built when first asked for.
    let doc: Document | undefined;
    return {
      value: simple.value,
      errors: [],
      locate: (path, onKey = false) => at(offsetOf((doc ??= parseYaml(text)), path, onKey)),
    };
  }

  const doc = parseYaml(text);
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    const errors = problems.map((problem) => ({ path: '', code: 'syntax' as const, message: firstLine(problem.message), ...at(problem.pos[0]) }));
    return { errors, locate: () => undefined };
  }

  const converter = new YamlConverter(at);
  let value: unknown;
  try {
    value = converter.convert(doc.contents);
  } catch (error) {
    if (error instanceof ConversionError) return { errors: converter.errors, locate: () => undefined };
    throw error;
  }
  return {
    value,
    errors: [],
    locate: (path, onKey = false) => at(offsetOf(doc, path, onKey)),
  };
}

function parseYaml(text: string): Document {
  return parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false, prettyErrors: false });
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0];
}

function offsetOf(doc: Document, path: readonly PathSegment[], onKey: boolean): number {
  let node: Node | null = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length && node; i++) {
    if (isAlias(node)) node = node.resolve(doc) ?? null;
    const segment = path[i];
    if (isSeq(node) && typeof segment === 'number') {
      node = (node.items[segment] as Node | undefined) ?? null;
      offset = node?.range?.[0] ?? offset;
    } else if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const keyOffset = (pair.key as Node).range?.[0] ?? offset;
      if (onKey && i === path.length - 1) return keyOffset;
      node = pair.value as Node | null;
      offset = node?.range?.[0] ?? keyOffset;
    } else {
      break;
    }
  }
  return offset;
}
