/**
 * Finds words written straight into components instead of coming from a catalogue: JSX text,
 * user-facing attributes and props (aria-label, title, placeholder, label …), string literals and
 * templates rendered as children, and the texts of confirm(), alert() and document.title. Used by
 * the unit test that keeps every word a person reads in the catalogues. Runs in Node (tests).
 */
import ts from 'typescript';

/** Props whose value a person reads or hears, on HTML elements and Kinboard's own components. */
export const USER_FACING_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'term',
  'message',
  'hint',
  'who',
  'legend',
  'confirmLabel',
  'question',
  'heading',
  'empty',
]);

/** Text with no letter in it (a dash, a number, a symbol) needs no translation; nor does the product's name. */
export function needsTranslation(text: string): boolean {
  const trimmed = text.trim();
  return /\p{L}/u.test(trimmed) && trimmed !== 'Kinboard';
}

export type LiteralText = { line: number; text: string; where: 'jsx-text' | 'prop' | 'child' | 'call' | 'words' };

/**
 * Module-level constants that hold the words a component shows, by the names the team gives them:
 * `WORDS`, `ROOM_WORDS`, `KEYS_HINT`, `FOLD_TEXT`, `PART_LOADING`… (SCREAMING_CASE ending in one of these).
 */
/** A catalogue id such as `meeting.step.worries`, which a words constant may map to instead of the words. */
const MESSAGE_ID = /^[a-z][\w-]*(\.[\w-]+)+$/;

const WORDS_CONSTANT = /^([A-Z][A-Z0-9]*_)*(WORDS|TEXT|HINT|LABEL|TITLE|LOADING)$/;

/**
 * The strings a words constant holds as its values: the constant itself, its properties' values
 * (nested objects too) and what its functions return. Lists are left alone (they hold ids as often
 * as words), as are getters, which read from the catalogue.
 */
function wordsConstantStrings(expression: ts.Expression): ReturnType<typeof shownStrings> {
  let inner: ts.Expression = expression;
  while (ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner) || ts.isParenthesizedExpression(inner)) inner = inner.expression;
  if (ts.isObjectLiteralExpression(inner))
    return inner.properties.flatMap((property) => (ts.isPropertyAssignment(property) ? wordsConstantStrings(property.initializer) : []));
  if (ts.isArrowFunction(inner) && !ts.isBlock(inner.body)) return wordsConstantStrings(inner.body);
  return shownStrings(inner);
}

/** The string literals and templates an expression can evaluate to as the value shown (not conditions). */
export function shownStrings(expression: ts.Expression): (ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression)[] {
  if (ts.isParenthesizedExpression(expression)) return shownStrings(expression.expression);
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression) || ts.isTemplateExpression(expression))
    return [expression];
  if (ts.isConditionalExpression(expression)) return [...shownStrings(expression.whenTrue), ...shownStrings(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) {
    const op = expression.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return shownStrings(expression.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken)
      return [...shownStrings(expression.left), ...shownStrings(expression.right)];
  }
  return [];
}

function templateText(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string {
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return node.text;
}

function attributeName(node: ts.JsxAttribute): string {
  return node.name.getText();
}

function isShownCall(node: ts.CallExpression): boolean {
  const callee = node.expression.getText();
  return callee === 'confirm' || callee === 'alert' || callee === 'window.confirm' || callee === 'window.alert';
}

/** Every piece of literal text a component file shows to a person, with its line. */
export function findLiteralText(fileName: string, source: string): LiteralText[] {
  const kind = fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.TSX;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const found: LiteralText[] = [];
  const line = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const report = (node: ts.Node, text: string, where: LiteralText['where']) => {
    if (needsTranslation(text)) found.push({ line: line(node), text: text.trim().replace(/\s+/g, ' '), where });
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !WORDS_CONSTANT.test(declaration.name.text) || !declaration.initializer) continue;
      for (const shown of wordsConstantStrings(declaration.initializer))
        if (!MESSAGE_ID.test(templateText(shown))) report(shown, templateText(shown), 'words');
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text, 'jsx-text');
    else if (ts.isJsxAttribute(node) && USER_FACING_PROPS.has(attributeName(node)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node, node.initializer.text, 'prop');
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression)
        for (const shown of shownStrings(node.initializer.expression)) report(shown, templateText(shown), 'prop');
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const shown of shownStrings(node.expression)) report(shown, templateText(shown), 'child');
    } else if (ts.isCallExpression(node) && isShownCall(node)) {
      const first = node.arguments[0];
      if (first) for (const shown of shownStrings(first)) report(shown, templateText(shown), 'call');
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      node.left.getText() === 'document.title'
    ) {
      for (const shown of shownStrings(node.right)) report(shown, templateText(shown), 'call');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
