// OData $filter (GD concepts/filter-query-parameter.md) for the collections that take it: one grammar, and per
// resource a dialect naming what it can filter on and how its workload words its refusals (Entra for users,
// Exchange for events). The sandbox compiles an expression to a predicate over its own records; nothing is guessed:
// what a dialect doesn't list is refused through the dialect's errors.
import type { GraphError } from './errors';

/** How a property compares. `instant` is a dateTime compared as UTC ms; its literals are quoted ISO strings. */
export type FilterProperty<T> =
  | {
      readonly kind: 'string';
      readonly name: string;
      readonly get: (item: T) => string | null;
      /** Ids compare exactly; other strings case-insensitively. */
      readonly caseSensitive?: boolean;
      /** Whether `eq null` / `ne null` may be written. */
      readonly nullable?: boolean;
    }
  | {
      readonly kind: 'enum';
      readonly name: string;
      readonly values: readonly string[];
      readonly get: (item: T) => string;
    }
  | { readonly kind: 'boolean'; readonly name: string; readonly get: (item: T) => boolean }
  | {
      readonly kind: 'instant';
      readonly name: string;
      readonly get: (item: T) => number;
      readonly parse: (literal: string) => number | undefined;
    }
  | {
      readonly kind: 'stringCollection';
      readonly name: string;
      readonly get: (item: T) => readonly string[];
    };

export type FilterOperator = 'eq' | 'ne' | 'in' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterFunction = 'startswith' | 'any';

/** Each refusal gets the whole expression too, for workloads that quote it back. */
export interface FilterErrors {
  /** A syntax error, or a literal of the wrong type for its property. */
  readonly malformed: (expression: string) => GraphError;
  /** A name the resource type doesn't have. */
  readonly unknownProperty: (name: string, expression: string) => GraphError;
  /** A property of the type the dialect doesn't filter on. */
  readonly unfilterableProperty: (name: string, expression: string) => GraphError;
  /** An operator the dialect doesn't take, or not for that property's kind. */
  readonly unsupportedOperator: (operator: string, expression: string) => GraphError;
  /** A function (`name(`…) the dialect doesn't take, or not for that property's kind. */
  readonly unsupportedFunction: (name: string, expression: string) => GraphError;
}

export interface FilterDialect<T> {
  readonly properties: readonly FilterProperty<T>[];
  readonly operators: readonly FilterOperator[];
  readonly functions: readonly FilterFunction[];
  /** Names of the type that are not filterable here (tells unfilterable from unknown); none when absent. */
  readonly isKnownProperty?: (name: string) => boolean;
  readonly errors: FilterErrors;
  /** A cap on the alternatives of the expression (`or` branches and `in` values together), where the workload has one. */
  readonly maxAlternatives?: { readonly limit: number; readonly error: (count: number) => GraphError };
}

export type Predicate<T> = (item: T) => boolean;

const COMPARISONS: Readonly<Record<FilterOperator, readonly FilterProperty<unknown>['kind'][]>> = {
  eq: ['string', 'enum', 'boolean', 'instant'],
  ne: ['string', 'enum', 'boolean', 'instant'],
  in: ['string', 'enum'],
  gt: ['instant'],
  ge: ['instant'],
  lt: ['instant'],
  le: ['instant'],
};

/*
 * Recursive descent over the tokens: `or` of `and`s of clauses, `and` binding tighter; a clause is a parenthesised
 * expression, `startswith(prop,'v')`, `coll/any(x:x eq 'v')`, or `prop op value` (`in ('a','b')` for `in`).
 * Errors are raised left to right as the parser meets them, so the first problem in the text is the one reported.
 */
export function compileFilter<T>(expression: string, dialect: FilterDialect<T>): Predicate<T> {
  const { errors } = dialect;
  const malformed = () => errors.malformed(expression);
  const tokens = tokenize(expression, malformed);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => {
    const t = tokens[i++];
    if (t === undefined) throw malformed();
    return t;
  };
  const expect = (value: string) => {
    if (next().toLowerCase() !== value) throw malformed();
  };
  const find = (name: string) => dialect.properties.find((p) => p.name.toLowerCase() === name.toLowerCase());
  const property = (name: string): FilterProperty<T> => {
    const found = find(name);
    if (found) return found;
    if (dialect.isKnownProperty?.(name)) throw errors.unfilterableProperty(name, expression);
    throw errors.unknownProperty(name, expression);
  };
  const quoted = (): string => {
    const t = next();
    if (!t.startsWith("'")) throw malformed();
    return t.slice(1, -1).replace(/''/g, "'");
  };

  // One comparison `p op literal` as a predicate; the literal is read and checked against the property's kind.
  const compare = (p: FilterProperty<T>, op: FilterOperator): Predicate<T> => {
    switch (p.kind) {
      case 'string': {
        const fold = (s: string) => (p.caseSensitive ? s : s.toLowerCase());
        const t = peek();
        if (p.nullable && t === 'null') {
          next();
          return op === 'eq' ? (x) => p.get(x) === null : (x) => p.get(x) !== null;
        }
        const v = fold(quoted());
        const eq = (x: T) => fold(p.get(x) ?? '') === v;
        return op === 'eq' ? eq : (x) => !eq(x);
      }
      case 'enum': {
        const raw = quoted().toLowerCase();
        if (!p.values.some((v) => v.toLowerCase() === raw)) throw malformed();
        const eq = (x: T) => p.get(x).toLowerCase() === raw;
        return op === 'eq' ? eq : (x) => !eq(x);
      }
      case 'boolean': {
        const t = next();
        if (t !== 'true' && t !== 'false') throw malformed();
        const v = t === 'true';
        return op === 'eq' ? (x) => p.get(x) === v : (x) => p.get(x) !== v;
      }
      case 'instant': {
        const ms = p.parse(quoted());
        if (ms === undefined) throw malformed();
        return instantComparison(op, ms, p.get);
      }
      case 'stringCollection':
        throw errors.unsupportedOperator(op, expression);
    }
  };

  const startsWith = (): Predicate<T> => {
    expect('(');
    const p = property(next());
    expect(',');
    const raw = quoted();
    expect(')');
    if (p.kind !== 'string') throw errors.unsupportedFunction('startswith', expression);
    const fold = (s: string) => (p.caseSensitive ? s : s.toLowerCase());
    const v = fold(raw);
    return (x) => fold(p.get(x) ?? '').startsWith(v);
  };

  // Only the `coll/any(x:x eq 'v')` form over a collection of strings.
  const any = (p: FilterProperty<T>): Predicate<T> => {
    expect('(');
    const variable = /^(\w+):(\w+)$/.exec(next());
    if (!variable || variable[1] !== variable[2] || p.kind !== 'stringCollection') {
      throw errors.unsupportedFunction('any', expression);
    }
    if (next().toLowerCase() !== 'eq') throw errors.unsupportedFunction('any', expression);
    const v = quoted().toLowerCase();
    expect(')');
    return (x) => p.get(x).some((s) => s.toLowerCase() === v);
  };

  const clause = (): Predicate<T> => {
    const first = next();
    if (first === '(') {
      const inner = disjunction();
      expect(')');
      return inner;
    }
    const lower = first.toLowerCase();
    if (lower === 'startswith' && dialect.functions.includes('startswith')) return startsWith();
    if (lower.endsWith('/any') && dialect.functions.includes('any')) {
      const collection = find(first.slice(0, -'/any'.length));
      if (collection?.kind === 'stringCollection') return any(collection);
    }
    if (peek() === '(' && !find(first)) throw errors.unsupportedFunction(first, expression);
    const p = property(first);
    const op = next().toLowerCase();
    if (!isOperator(op) || !dialect.operators.includes(op) || !COMPARISONS[op].includes(p.kind)) {
      throw errors.unsupportedOperator(op, expression);
    }
    if (op !== 'in') return compare(p, op);
    expect('(');
    const alternatives = [compare(p, 'eq')];
    while (peek() === ',') {
      next();
      alternatives.push(compare(p, 'eq'));
    }
    expect(')');
    counted += alternatives.length - 1;
    return (x) => alternatives.some((a) => a(x));
  };
  const conjunction = (): Predicate<T> => {
    const parts = [clause()];
    while (peek()?.toLowerCase() === 'and') {
      next();
      parts.push(clause());
    }
    return (x) => parts.every((p) => p(x));
  };
  function disjunction(): Predicate<T> {
    const parts = [conjunction()];
    while (peek()?.toLowerCase() === 'or') {
      next();
      parts.push(conjunction());
    }
    counted += parts.length - 1;
    return (x) => parts.some((p) => p(x));
  }

  // Alternatives beyond the first: each `or` and each extra `in` value adds one.
  let counted = 0;
  const predicate = disjunction();
  if (i !== tokens.length) throw malformed();
  const cap = dialect.maxAlternatives;
  if (cap && counted + 1 > cap.limit) throw cap.error(counted + 1);
  return predicate;
}

const isOperator = (op: string): op is FilterOperator => Object.hasOwn(COMPARISONS, op);

function instantComparison<T>(op: FilterOperator, ms: number, get: (x: T) => number): Predicate<T> {
  switch (op) {
    case 'eq':
    case 'in':
      return (x) => get(x) === ms;
    case 'ne':
      return (x) => get(x) !== ms;
    case 'gt':
      return (x) => get(x) > ms;
    case 'ge':
      return (x) => get(x) >= ms;
    case 'lt':
      return (x) => get(x) < ms;
    case 'le':
      return (x) => get(x) <= ms;
  }
}

// Quoted literals ('' escapes a quote), parentheses, commas, and runs of anything else.
function tokenize(expression: string, malformed: () => GraphError): string[] {
  const out: string[] = [];
  const re = /\s*('(?:[^']|'')*'|[(),]|[^\s(),']+)/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(expression)) !== null) {
    if (m[1] !== undefined) out.push(m[1]);
    end = re.lastIndex;
  }
  if (expression.slice(end).trim() !== '') throw malformed();
  return out;
}
