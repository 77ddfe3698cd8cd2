/*
 * What the pages under test leave on window for the browser legs to read: the marks the
 * roadmap page leaves (roadmap.marks.ts), the times set by watchSelector (browser.mjs) and the frame meter of
 * roadmap.bench.mjs. A leg reads each only after waiting for it to be set.
 */
interface Window {
  __marks: Record<string, number>;
  __dashboardReady: number;
  __roadmapDone: number;
  __chartDrawn: number;
  __frameMeter: { start(): void; stop(): number[] };
}
