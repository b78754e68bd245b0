package vn.edudx.api.collect;

/**
 * One value as a collector parsed it, not yet validated; a missing optional column is an empty
 * cell.
 *
 * @param row the 1-based row of the source (the header is row 1 in a file)
 */
public record IncomingRow(
    int row, Cell unit, Cell period, Cell indicator, Cell value, Cell evidence, Cell note) {}
