/** The whole English catalogue while serving (dev server, tests); null in a build, where each chunk brings its own (englishPerChunk.ts). */
declare module 'virtual:kinboard-english' {
  export const englishAtStart: Record<string, unknown> | null;
}
