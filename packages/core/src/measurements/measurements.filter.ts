import { findColumn, missingColumn, type Sink } from './measurements.reader.js';

/**
 * The mapping's filter: only rows whose cells in the named columns are the given texts (after
 * trimming) are read, such as one campaign of a per-campaign report. Rows left out are counted.
 */
export class RowFilter {
  private columns: { at: number; value: string }[] = [];

  constructor(private readonly filter: Record<string, string> | undefined) {}

  /**
   * Finds the filter's columns in a header. A missing one is an error when `required`; in a
   * file of several tables (GA4) a table without it is left out whole.
   */
  header(cells: readonly string[], line: number, sink: Sink, required: boolean): void {
    this.columns = Object.entries(this.filter ?? {}).map(([name, value]) => {
      const at = findColumn(cells, name);
      if (at === -1 && required) missingColumn(sink, name, cells, line);
      return { at, value: value.trim() };
    });
  }

  keeps(cells: readonly string[]): boolean {
    for (const { at, value } of this.columns) if (at === -1 || (cells[at] ?? '').trim() !== value) return false;
    return true;
  }
}
