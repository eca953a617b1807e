const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` is well-formed Unicode: no half of a surrogate pair on its own. */
export function wellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}
