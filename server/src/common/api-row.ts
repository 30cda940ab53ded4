// A row's snake_case columns as the API's camelCase fields, timestamps as ISO strings, typed from
// the row, so a mapper is the list of columns it shows and nothing else can leak out.

type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type ApiValue<T> = T extends Date ? string : T;

export type ApiFields<Row, K extends keyof Row & string> = { [P in K as Camel<P>]: ApiValue<Row[P]> };

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export function apiFields<Row extends object, K extends keyof Row & string>(row: Row, columns: readonly K[]): ApiFields<Row, K> {
  const fields: Record<string, unknown> = {};
  for (const column of columns) {
    const value = row[column];
    fields[camel(column)] = value instanceof Date ? value.toISOString() : value;
  }
  return fields as ApiFields<Row, K>;
}
