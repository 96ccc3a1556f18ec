import { Validator } from "@cfworker/json-schema";
import { compileSchema, validate } from "./src/modules/schemas/engine/index.ts";
import { CASES } from "./test/node/json-schema-cases.ts";
for (const c of CASES) {
  const compiled = compileSchema(c.schema);
  if (!compiled.ok) { console.log("COMPILE FAIL", c.name, compiled.problems); continue; }
  const old = new Validator(structuredClone(c.schema), "2020-12", false);
  for (const [list, expected] of [[c.valid, true], [c.invalid, false]]) for (const d of list) {
    const mine = validate(compiled.root, compiled.tracksEvaluated, d).valid;
    let theirs; try { theirs = old.validate(d).valid; } catch (e) { theirs = "throw"; }
    if (mine !== expected || theirs !== expected) console.log(c.name, JSON.stringify(d).slice(0,80), "expected", expected, "mine", mine, "cfworker", theirs);
  }
}
console.log("done");
