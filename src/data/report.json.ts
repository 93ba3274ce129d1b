// The report model for the bundle in PEILING_BUNDLE (set by `peiling build`), else the example bundle.
import {fileURLToPath} from "node:url";
import {scoreBundle} from "../../loaders/index.ts";

const bundle = process.env.PEILING_BUNDLE ?? fileURLToPath(new URL("../../data/voorbeeld", import.meta.url));
process.stdout.write(JSON.stringify(await scoreBundle(bundle)));
