#!/usr/bin/env node
// The `peiling` command: registers tsx so the TypeScript sources run as they are, then hands over.
import {register} from "tsx/esm/api";

register();
await import("../cli/peiling.ts");
