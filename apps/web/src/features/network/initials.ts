/**
 * Up to two letters from a name, skipping brackets and other marks: "Priya (chair)" → "PC",
 * "Sam" → "SA". Used wherever a name has no room (presence marks, crowded scale lines).
 */
export function initials(name: string): string {
  const words = name.match(/\p{L}[\p{L}\p{M}'-]*/gu) ?? [];
  if (words.length === 0) return '?';
  const letters = words.length > 1 ? words[0]!.charAt(0) + words[words.length - 1]!.charAt(0) : words[0]!.slice(0, 2);
  return letters.toUpperCase();
}
