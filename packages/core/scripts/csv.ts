/** One data row of a CSV file, with the 1-based line it starts on (the header is line 1), for error messages. */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Parses RFC 4180 CSV: comma-separated, fields optionally in double quotes, `""` for a quote inside quotes, quoted
 * fields may hold commas and newlines. The first row is the header. Throws on a ragged row, naming its line.
 */
export function parseCsv(text: string, file: string): CsvRow[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      fieldStarted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
      fieldStarted = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      if (fieldStarted || field !== '' || fields.length > 0) {
        fields.push(field);
        records.push({ line: recordLine, fields });
      }
      fields = [];
      field = '';
      fieldStarted = false;
      line++;
      recordLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) throw new Error(`${file} line ${recordLine}: a quoted field is not closed.`);
  if (fieldStarted || field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  const [header, ...rows] = records;
  if (header === undefined) throw new Error(`${file}: the file is empty (expected a header row).`);
  return rows.map(({ line: rowLine, fields: rowFields }) => {
    if (rowFields.length !== header.fields.length) {
      throw new Error(
        `${file} line ${rowLine}: ${rowFields.length} fields, but the header has ${header.fields.length} (${header.fields.join(', ')}).`,
      );
    }
    return { line: rowLine, values: Object.fromEntries(header.fields.map((name, i) => [name, rowFields[i] ?? ''])) };
  });
}
