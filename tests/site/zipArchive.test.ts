/** The site's ZIP writer (`site/zipArchive.ts`), read back by JSZip, the reader Framework extracts pages' files with. */
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {zipArchive} from "../../site/zipArchive.ts";

describe("zipArchive", () => {
  it("writes an archive JSZip reads back: every file's name and bytes, in order, deflated", async () => {
    const files = [
      {name: "domein-mobiliteit.json", data: JSON.stringify({label: "Domein Mobiliteit", scores: Array.from({length: 500}, (_, i) => i / 7)})},
      {name: "team-één.json", data: "{}"},
      {name: "empty.json", data: ""},
      {name: "bytes.bin", data: Uint8Array.from({length: 1000}, (_, i) => (i * 31) % 256)}
    ];
    const bytes = zipArchive(files);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(files.map((f) => f.name));
    for (const {name, data} of files) {
      const read = await zip.file(name)!.async("uint8array");
      expect(Buffer.from(read).equals(Buffer.from(data))).toBe(true);
    }
    // Deflated: the repetitive JSON takes less room than it holds.
    expect(bytes.length).toBeLessThan(files[0].data.length);
    // The same files, the same bytes (one fixed date).
    expect(Buffer.from(zipArchive(files)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("an archive of no files is an empty archive JSZip reads", async () => {
    expect(Object.keys((await JSZip.loadAsync(zipArchive([]))).files)).toEqual([]);
  });
});
