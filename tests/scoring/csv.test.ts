import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {CsvReader, decodeText, optionLookup, parseNumber, type CsvSource} from "../../bundle/csv.ts";

function records(source: CsvSource): [number, string[]][] {
  const reader = new CsvReader(source, "x.csv");
  const out: [number, string[]][] = [];
  while (reader.next()) out.push([reader.line, reader.fields()]);
  return out;
}

describe("CsvReader", () => {
  it("reads records with the line each starts on, counting quoted line breaks", () => {
    expect(records('id,tekst\n1,"twee\nregels"\n2,"een ""quote"""\n')).toEqual([
      [1, ["id", "tekst"]],
      [2, ["1", "twee\nregels"]],
      [4, ["2", 'een "quote"']]
    ]);
  });

  it("skips blank lines but keeps counting them, and reads CRLF and lone CR line ends", () => {
    expect(records("a;b\r\n\r\n1;2\r\n3;4\r5;6")).toEqual([
      [1, ["a", "b"]],
      [3, ["1", "2"]],
      [4, ["3", "4"]],
      [5, ["5", "6"]]
    ]);
  });

  it("reports a quote that is never closed, at the line where its record starts", () => {
    const reader = new CsvReader('a,b\n1,"open\n2,3\n', "x.csv");
    while (reader.next());
    expect(reader.issues).toEqual([{file: "x.csv", line: 2, column: 2, message: "a quoted field is never closed", expected: 'a closing "', kind: "unclosed-quote"}]);
  });

  it("keeps empty trailing fields, and text after a closing quote", () => {
    expect(records("a,b,,\n1,2,,\n")[1]).toEqual([2, ["1", "2", "", ""]]);
    expect(records('a\n"x"y\n')[1]).toEqual([2, ["xy"]]);
  });

  it("guesses the separator from the header line, outside quotes", () => {
    expect(new CsvReader("id;afdeling;bev1\n1,5;A;3", "x.csv").delimiter).toBe(";");
    expect(new CsvReader('"a;b",c,d\n', "x.csv").delimiter).toBe(",");
    expect(new CsvReader("a\tb\tc", "x.csv").delimiter).toBe("\t");
    expect(new CsvReader("id", "x.csv").delimiter).toBe(",");
  });

  it("gives trimmed texts, the same string for repeated short cells, and knows blank cells", () => {
    const reader = new CsvReader('a,b,c\n  4 ,"  x ",\nlonger text here!,4,\n', "x.csv");
    reader.next();
    reader.next();
    expect([reader.text(0), reader.text(1), reader.isBlank(2), reader.isBlank(0)]).toEqual(["4", "x", true, false]);
    reader.next();
    expect([reader.text(0), reader.text(1), reader.text(5)]).toEqual(["longer text here!", "4", ""]);
  });

  it("reads a file in chunks with records, quoted line breaks and multi-byte characters across chunk boundaries", () => {
    // 50,000 rows of about 400 bytes pass the 16 MB chunk size.
    const rows = Array.from({length: 50_000}, (_, i) => `r${i},"een ""lange""\nopmerking ${"é".repeat(i % 7)}",${"x".repeat(380)},${i % 5}`);
    const text = ["id,tekst,opvulling,code", ...rows].join("\n") + "\n";
    const dir = mkdtempSync(join(tmpdir(), "peiling-csv-"));
    writeFileSync(join(dir, "big.csv"), text);
    const reader = new CsvReader({path: join(dir, "big.csv")}, "big.csv");
    expect(reader.encoding).toBe("utf-8");
    reader.next();
    let count = 0;
    while (reader.next()) {
      const i = count++;
      if (reader.field(0) !== `r${i}` || reader.line !== 2 + 2 * i || reader.field(1) !== `een "lange"\nopmerking ${"é".repeat(i % 7)}` || reader.text(3) !== String(i % 5)) {
        throw new Error(`row ${i} read wrongly at line ${reader.line}: ${reader.fields().join("|").slice(0, 80)}`);
      }
    }
    expect(count).toBe(50_000);
    expect(reader.issues).toEqual([]);
  });

  it("reads bytes that are not UTF-8 as Windows-1252, from memory and from a file", () => {
    const bytes = Buffer.from([0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x20, 0xeb, 0x92, 0x0a]);
    expect(records(bytes)).toEqual([
      [1, ["a"]],
      [2, ["café ë’"]]
    ]);
    const dir = mkdtempSync(join(tmpdir(), "peiling-csv-"));
    writeFileSync(join(dir, "w.csv"), bytes);
    expect(new CsvReader({path: join(dir, "w.csv")}, "w.csv").encoding).toBe("windows-1252");
  });
});

describe("decodeText", () => {
  it("strips a UTF-8 byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]))).toEqual({text: "id", encoding: "utf-8"});
  });

  it("reads bytes that are not UTF-8 as Windows-1252 (é, ë, ’)", () => {
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xeb, 0x92]))).toEqual({text: "café ë’", encoding: "windows-1252"});
  });
});

describe("parseNumber", () => {
  it("reads decimal points and decimal commas", () => {
    expect([parseNumber("7.5"), parseNumber(" 7,5 "), parseNumber("-2"), parseNumber("10")]).toEqual([7.5, 7.5, -2, 10]);
  });

  it("rejects text, empty cells and ambiguous thousands separators", () => {
    expect([parseNumber("tien"), parseNumber(""), parseNumber("1.000,5"), parseNumber("7,5,1")].every(Number.isNaN)).toBe(true);
  });
});

describe("CsvReader's plain fields", () => {
  /** The first field of a file's single record (separated by `;`, so `,` can be a decimal comma), read both ways. */
  const read = (cell: string) => {
    const reader = new CsvReader(`w;v\n${cell};1\n`, "x.csv");
    reader.next(); // the header
    reader.next();
    return {number: reader.plainNumber(0), integer: reader.plainInteger(0), text: reader.field(0)};
  };

  it("plainNumber(random decimal texts) is exactly parseNumber's value whenever it reads one, and reads every plain decimal of up to 15 digits", () => {
    const cell = fc
      .tuple(fc.constantFrom("", "-", "+", " "), fc.stringMatching(/^\d{0,9}$/), fc.constantFrom("", ".", ","), fc.stringMatching(/^\d{0,9}$/), fc.constantFrom("", " ", "e3", "x"))
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(cell, (text) => {
        const {number, text: written} = read(text);
        const expected = parseNumber(written);
        if (!Number.isNaN(number)) expect(Object.is(number, expected)).toBe(true);
        const plain = /^ ?[-+]?\d*[.,]?\d*$/.test(text.trimEnd()) && /\d/.test(text) && text.replace(/\D/g, "").length <= 15;
        if (plain) expect(Object.is(number, expected)).toBe(true);
      }),
      {numRuns: 2000, seed: 20261130}
    );
    expect(read("0,75").number).toBe(0.75);
    expect(read("1234567.891234").number).toBe(1234567.891234);
    expect(read('"1.5"').number).toBeNaN();
  });

  it("plainInteger(texts) reads digits without a leading zero and gives −1 for any other id", () => {
    expect(["17", " 17 ", "0", "999999999999999"].map((cell) => read(cell).integer)).toEqual([17, 17, 0, 999999999999999]);
    expect(["017", "r17", "1.0", "-1", "", "1000000000000000", '"17"'].map((cell) => read(cell).integer)).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });
});

describe("CsvReader.option", () => {
  /** A codec that numbers texts as it first sees them, counting its calls. */
  function numbering() {
    const seen = new Map<string, number>();
    const codec = {calls: 0, lookup: (text: string) => (++codec.calls, seen.get(text) ?? (seen.set(text, seen.size), seen.size - 1))};
    return {codec, seen};
  }

  it("option(cells) is the codec's number for the trimmed text of every cell, short or long, quoted or not, asking the codec once per distinct unquoted text", () => {
    const texts = ["1", "ja", "Male", "Female", "Bachelor's Degree", "Non-Supervisor/Team Leader", "x".repeat(64), "y".repeat(65), "é€", "Between 10 and 20 years"];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...texts), fc.constantFrom("", " ", "\t"), fc.boolean()), {minLength: 1, maxLength: 60}), (cells) => {
        const csv = "a\n" + cells.map(([text, pad, quoted]) => (quoted ? `"${pad}${text}${pad}"` : `${pad}${text}${pad}`)).join("\n") + "\n";
        const {codec, seen} = numbering();
        const lookup = optionLookup(codec);
        const reader = new CsvReader(csv, "x.csv");
        reader.next();
        for (const [text] of cells) {
          reader.next();
          const option = reader.option(0, lookup);
          expect(option).toBe(seen.get(text));
        }
        const unquoted = new Set(cells.filter(([text, , quoted]) => !quoted && text.length <= 64).map(([text]) => text));
        expect(codec.calls).toBeGreaterThanOrEqual(unquoted.size);
        expect(codec.calls).toBeLessThanOrEqual(cells.filter(([text, , quoted]) => quoted || text.length > 64).length + unquoted.size);
      })
    );
  });

  it("option keeps at most 65,536 texts by their bytes and asks the codec for any text after those", () => {
    const distinct = 70_000;
    const csv = "a\n" + Array.from({length: distinct}, (_, k) => `value ${k}`).join("\n") + "\nvalue 3\nvalue 69999\n";
    const {codec} = numbering();
    const lookup = optionLookup(codec);
    const reader = new CsvReader(csv, "x.csv");
    reader.next();
    const options: number[] = [];
    while (reader.next()) options.push(reader.option(0, lookup));
    expect(options.slice(0, distinct)).toEqual(Array.from({length: distinct}, (_, k) => k));
    expect(options.slice(distinct)).toEqual([3, 69999]);
    // "value 3" was kept by its bytes; "value 69999" came after the limit and is asked again.
    expect(codec.calls).toBe(distinct + 1);
  });
});

describe("CsvReader.recordsLeft", () => {
  it("recordsLeft(records read) guesses the records still to come from the bytes read so far, from memory and from a file", () => {
    const csv = "id,a,b\n" + Array.from({length: 1000}, (_, k) => `${String(k).padStart(4, "0")},1,2`).join("\n") + "\n";
    const path = join(mkdtempSync(join(tmpdir(), "peiling-csv-")), "x.csv");
    writeFileSync(path, csv);
    for (const source of [csv, {path}]) {
      const reader = new CsvReader(source, "x.csv");
      reader.next();
      for (let k = 1; k <= 250; ++k) reader.next();
      // 250 records and the header read: the rest holds 750 records of the same length.
      expect(Math.abs(reader.recordsLeft(250) - 750)).toBeLessThanOrEqual(4);
      expect(reader.recordsLeft(0)).toBe(0);
    }
  });
});
