// Read a vCard file with Thunderbird's ical.js and print what it understood as JSON:
// one object per card with FN, the N components and the TEL values, plus every property
// name, so the Python test can compare them with what was meant.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const text = readFileSync(process.argv[2], { encoding: "utf8" });
let parsed = ICAL.parse(text);
// One card parses to a single component, several to an array of them.
if (parsed.length && typeof parsed[0] === "string") parsed = [parsed];
const cards = parsed.map((jcard) => {
  const card = new ICAL.Component(jcard);
  const fn = card.getFirstPropertyValue("fn");
  const n = card.getFirstPropertyValue("n");
  return {
    names: card.getAllProperties().map((p) => p.name),
    fn: fn === null ? null : String(fn),
    n: n === null ? null : (Array.isArray(n) ? n.map(String) : String(n).split(";")),
    tel: card.getAllProperties("tel").map((p) => String(p.getFirstValue())),
    uid: card.getFirstPropertyValue("uid"),
  };
});
process.stdout.write(JSON.stringify(cards));
