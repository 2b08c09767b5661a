// Finds words of the interface written in the pages' sources instead of the catalogs: text between
// JSX tags, the attributes a reader hears or sees (aria-label, title, placeholder, alt…) and the
// strings a JSX child expression chooses between. Words inside a call (t("…"), a helper's argument)
// and the law's own words, which come from the database, are not the interface's and are left alone.
import ts from "typescript";

export interface HardcodedWord {
  file: string;
  line: number;
  text: string;
}

/** Attributes whose value a reader sees or hears. */
const SPOKEN_ATTRIBUTES = new Set(["aria-label", "aria-description", "aria-roledescription", "title", "placeholder", "alt", "label", "summary"]);

/** Names that read the same in every language: identifiers of the Moniteur and of formats. */
const TERMS = new Set(["numac", "ELI", "ECLI", "PDF", "API", "JSON", "CSV", "RSS", "Atom", "HTML", "Markdown", "oEmbed", "SHA-256", "Palimpseste", "Justel", "etaamb"]);

/** Text that reads as words: two letters in a row, not only the names above. Punctuation, arrows,
 * « § » and numbers alone are typography, the same in every language. */
function isWords(text: string): boolean {
  const words = text.match(/[\p{L}\d-]*\p{L}{2,}[\p{L}\d-]*/gu) ?? [];
  return words.some((word) => !TERMS.has(word));
}

/** A string a JSX child expression shows: words with a space, an accent or a capital, which leaves
 * out class names, keys and slugs (« diff-del », « fr »). */
function isShownString(text: string): boolean {
  return isWords(text) && (/\s/u.test(text.trim()) || /[^\p{ASCII}]/u.test(text) || /^\p{Lu}\p{Ll}/u.test(text.trim()));
}

function stringOf(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
  return null;
}

/** The strings an expression may evaluate to, not counting those passed into a call or indexing. */
function shownStrings(node: ts.Node, found: ts.Node[]): void {
  if (ts.isCallExpression(node) || ts.isElementAccessExpression(node) || ts.isJsxAttribute(node)) return;
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(node.operatorToken.kind)) return;
  if (stringOf(node) !== null) {
    found.push(node);
    return;
  }
  if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return; // scanned on its own
  ts.forEachChild(node, (child) => shownStrings(child, found));
}

/** The interface words written in one TSX source. */
export function hardcodedWords(file: string, source: string): HardcodedWord[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardcodedWord[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = tree.getLineAndCharacterOfPosition(node.getStart(tree));
    found.push({ file, line: line + 1, text: text.trim().replace(/\s+/gu, " ") });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && isWords(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText(tree)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) && node.initializer.expression ? node.initializer.expression : node.initializer;
      const strings: ts.Node[] = [];
      shownStrings(value, strings);
      for (const s of strings) if (isWords(stringOf(s) ?? "")) report(s, stringOf(s) ?? "");
    }
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      const strings: ts.Node[] = [];
      shownStrings(node.expression, strings);
      for (const s of strings) if (isShownString(stringOf(s) ?? "")) report(s, stringOf(s) ?? "");
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}
