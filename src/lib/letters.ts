/** Letter shown for the option at a zero-based index: 0 -> "A". */
export function letterOf(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Zero-based index of an option letter: "A" -> 0. Lowercase letters are accepted. */
export function indexOfLetter(letter: string): number {
  return letter.trim().toUpperCase().charCodeAt(0) - 65;
}
