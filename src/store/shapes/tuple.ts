/**
 * A stored shape read as an array in the order of its column list. The list is a constant that both the
 * SELECT and the tuple type are built from, so a mapper that destructures the tuple reads each column at
 * the position and with the type the compiler knows — and on SQLite, arrays come back several times
 * faster than row objects (see store/select-rows).
 */
export type TupleOf<Row, Columns extends readonly (keyof Row)[]> = { -readonly [K in keyof Columns]: Row[Columns[K]] };

/** The tuple of an object row, for the code paths that read rows as objects. */
export function tupleOf<Row, const Columns extends readonly (keyof Row)[]>(
  row: Pick<Row, Columns[number]>,
  columns: Columns,
): TupleOf<Row, Columns> {
  return columns.map((c) => (row as Row)[c]) as TupleOf<Row, Columns>;
}
