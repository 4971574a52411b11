/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: jest's unit test (CommonJS) and scripts/untranslated.mjs (ESM) both load it without a TypeScript loader. */
// Finds words people read that are written into the code instead of the message catalogue (src/app/i18n).
// `npm test` runs it over every shipped source file (tests/unit/app/i18n/catalogueIsComplete.test.ts); run it by hand on a
// folder while moving strings: `node scripts/untranslated.mjs src/app/views/agenda`.
//
// What counts as words people read:
// - JSX text with a letter in it;
// - a string in a JSX attribute or object property people read (label, title, aria-label, placeholder, message…);
// - any other string or template part that reads as prose: a capitalised word, or three words in a row.
// What is left alone: imports, types, switch cases and comparisons (discriminants, key names), property names,
// styles (makeStyles, style=, className), thrown Errors and console output (bugs, for developers), and any line
// marked `// i18n-ignore: <why>` on it or the line above (a Graph code, a MIME type, a font name).
'use strict';
const { readFileSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const ts = require('typescript');

const TEXT_ATTRIBUTES = new Set([
  'label',
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'hint',
  'description',
  'header',
  'content',
  'text',
  'validationMessage',
  'legend',
  'subtitle',
]);
const TEXT_KEYS = new Set([
  'label',
  'title',
  'message',
  'text',
  'hint',
  'description',
  'placeholder',
  'heading',
  'ariaLabel',
  'reason',
  'detail',
  'summary',
  'subtitle',
  'legend',
  'action',
  'caption',
]);
const NON_TEXT_ATTRIBUTES = new Set([
  'className',
  'style',
  'id',
  'key',
  'role',
  'as',
  'href',
  'src',
  'type',
  'name',
]);
const STYLE_CALLS = new Set([
  'makeStyles',
  'makeStaticStyles',
  'shorthands',
  'mergeClasses',
  'makeResetStyles',
]);

const PROSE = [/\p{Lu}\p{Ll}+/u, /\p{L}{2,}[\s’']+\p{L}+[\s’']+\p{L}{2,}/u];

/** @returns {{ file: string, line: number, text: string }[]} */
function untranslatedIn(file, sourceText) {
  const source = ts.createSourceFile(
    file,
    sourceText,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const lines = sourceText.split('\n');
  const ignored = (node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
    return [lines[line], lines[line - 1]].some((l) => l !== undefined && l.includes('i18n-ignore'));
  };
  const found = [];
  const report = (node, text) => {
    if (ignored(node)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ file, line, text: text.trim().slice(0, 80) });
  };

  const visit = (node) => {
    if (skipsSubtree(node)) return;
    if (ts.isJsxText(node)) {
      if (/\p{L}/u.test(node.text)) report(node, node.text);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      checkString(node, node.text);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' x ');
      if (!inExcludedContext(node) && (textContext(node) ? /\p{L}{2,}/u.test(parts) : isProse(parts)))
        report(node, parts);
      node.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };

  const checkString = (node, text) => {
    if (!/\p{L}/u.test(text) || inExcludedContext(node)) return;
    if (textContext(node) ? /\p{L}{2,}/u.test(text) : isProse(text)) report(node, text);
  };

  visit(source);
  return found;
}

function isProse(text) {
  // URLs, paths, selectors and identifiers are not prose even when they hold a capital.
  if (/^[\w.-]+:\/\//.test(text) || /^[./#@]/.test(text) || /^[A-Za-z][\w.]*$/.test(text)) {
    return /^\p{Lu}\p{Ll}+$/u.test(text) && !/^[A-Z][a-z]+[A-Z]/.test(text);
  }
  return PROSE.some((re) => re.test(text));
}

function skipsSubtree(node) {
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return true;
  if (ts.isLiteralTypeNode(node) || ts.isTypeNode(node)) return true;
  if (ts.isCaseClause(node)) return false;
  if (ts.isCallExpression(node)) {
    const callee = node.expression.getText();
    if (STYLE_CALLS.has(callee) || /^console\./.test(callee) || callee === 'require') return true;
  }
  if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText())) return true;
  if (ts.isJsxAttribute(node)) {
    const name = node.name.getText();
    if (NON_TEXT_ATTRIBUTES.has(name) || name.startsWith('data-')) return true;
  }
  return false;
}

/** A string whose place says it is read by people, so even one word counts. */
function textContext(node) {
  const parent = node.parent;
  if (ts.isJsxAttribute(parent)) return TEXT_ATTRIBUTES.has(parent.name.getText());
  if (ts.isJsxExpression(parent) && ts.isJsxAttribute(parent.parent))
    return TEXT_ATTRIBUTES.has(parent.parent.name.getText());
  if (ts.isJsxExpression(parent) && (ts.isJsxElement(parent.parent) || ts.isJsxFragment(parent.parent)))
    return true;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node)
    return TEXT_KEYS.has(propertyName(parent));
  return false;
}

function inExcludedContext(node) {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isCaseClause(parent)) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    if (
      [
        ts.SyntaxKind.EqualsEqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsEqualsToken,
        ts.SyntaxKind.EqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsToken,
        ts.SyntaxKind.InKeyword,
      ].includes(op)
    )
      return true;
  }
  if (
    ts.isPropertyAssignment(parent) &&
    ['kind', 'code', 'type', 'className', 'id'].includes(propertyName(parent))
  )
    return true;
  return false;
}

function propertyName(assignment) {
  const name = assignment.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
}

/** Every .ts/.tsx file under the given paths, minus the catalogue itself. */
function sourceFilesUnder(root, paths) {
  const out = [];
  const walk = (p) => {
    const full = join(root, p);
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full)) walk(join(p, entry));
    } else if (/\.tsx?$/.test(p) && !/\.d\.ts$/.test(p) && !p.split(/[\\/]/).includes('i18n')) {
      out.push(p);
    }
  };
  paths.forEach(walk);
  return out.sort();
}

function untranslatedUnder(root, paths) {
  return sourceFilesUnder(root, paths).flatMap((p) =>
    untranslatedIn(relative(root, join(root, p)), readFileSync(join(root, p), 'utf8')),
  );
}

module.exports = { untranslatedIn, untranslatedUnder, sourceFilesUnder };
