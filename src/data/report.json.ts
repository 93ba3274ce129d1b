// The whole report model (see loaders/types.ts) for the bundle being built.
import {loadReport} from "../../loaders/reportSource.ts";

process.stdout.write(JSON.stringify(await loadReport()));
