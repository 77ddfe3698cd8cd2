/*
 * Totals and summary rows, which reports add to their tables and which are never measurements:
 * a row labelled "Total", "Totals", "Grand total", "Total: account", "Total: campaign",
 * "Summa", "Totalt", "I alt"…, and a closing sum row that has no date and no label, whose
 * numbers are the sums of the rows above. A row with a date is data, unless a cell beside its
 * date and numbers is the totals word alone: a sheet's subtotal of a day ("Totalt" under the
 * day's channels), which would otherwise be added to the rows it sums. "Total: brand" beside a
 * date is a campaign's name.
 */

const TOTALS_WORD = String.raw`(?:grand\s+total|totals?|total\s+sum|totalt|totalsum|sum|summa|summe|i\s+alt|samlet|sammanlagt|gesamt|gesamtsumme)`;
/** A cell that labels a totals row: the word alone, or followed by ":", "-" or "(" ("Total: account", "Totals (3 campaigns)"). */
const TOTALS_LABEL = new RegExp(`^${TOTALS_WORD}\\s*(?:$|[:(\\-–—])`, 'iu');
// Anchored, spaces allowed: tested on every row's dimension cells, so no trimmed copy is made.
const TOTALS_WORD_ALONE = new RegExp(`^\\s*${TOTALS_WORD}\\s*$`, 'iu');

/** True for a cell that says its row is a totals row (in en, nb, sv, da). */
export function isTotalsLabel(cell: string): boolean {
  const text = cell.trim();
  return text !== '' && TOTALS_LABEL.test(text);
}

/** True for a cell that is the totals word and nothing else ("Totalt", "I alt"): a subtotal even beside a date. */
export function isTotalsWordAlone(cell: string): boolean {
  return TOTALS_WORD_ALONE.test(cell);
}

/**
 * A cell of a row that may be a sum row, as its column reads it (NumberColumn.sumReading): with
 * a decimal point and with a decimal comma ("158.130": 158.13 and 158130), NaN for a reading the
 * column or the cell rules out.
 */
export interface SumReading {
  point: number;
  comma: number;
}

/**
 * The sums of each value column of a table, to tell a closing sum row from a row that lost its
 * date. Each column is summed both ways, its values that read two ways ("21.467") by each
 * reading: a column may decide its decimal mark only after its sum row.
 */
export class ColumnSums {
  /** Per column, the sum with a decimal point (at 2 × column) and with a decimal comma (+ 1). */
  private readonly all: Float64Array;
  /** Since the last sum row: a table of months with a sum after each quarter. */
  private readonly since: Float64Array;
  private rows = 0;

  constructor(columns: number) {
    this.all = new Float64Array(2 * columns);
    this.since = new Float64Array(2 * columns);
  }

  /** A value of a row of data, in the column's index: read with a decimal point and with a decimal comma (the same for most). */
  add(column: number, point: number, comma: number): void {
    const { all, since } = this;
    all[2 * column] = (all[2 * column] as number) + point;
    all[2 * column + 1] = (all[2 * column + 1] as number) + comma;
    since[2 * column] = (since[2 * column] as number) + point;
    since[2 * column + 1] = (since[2 * column + 1] as number) + comma;
  }

  /** A row of data was read. */
  row(): void {
    this.rows++;
  }

  /**
   * True when a row's values (null: an empty cell), by a reading each, are the sums of the rows above, from the
   * table's start or from the last sum row, each within what the total's decimals round away;
   * it then starts the next stretch. At least one value, and a row above, are needed.
   */
  isSumRow(values: readonly (SumReading | null)[]): boolean {
    if (this.rows === 0 || values.every((v) => v === null)) return false;
    const matches = (sums: Float64Array) =>
      values.every((v, i) => v === null || closeTo(v.point, sums[2 * i] as number) || closeTo(v.comma, sums[2 * i + 1] as number));
    if (!matches(this.all) && !matches(this.since)) return false;
    this.since.fill(0);
    return true;
  }
}

/** Whether a total as written (rounded to its decimals) is this sum. */
function closeTo(total: number, sum: number): boolean {
  const decimals = (String(total).split('.')[1] ?? '').length;
  return Math.abs(total - sum) <= Math.max(1e-9 * Math.abs(sum), 0.5 * 10 ** -decimals);
}
