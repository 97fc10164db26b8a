// `npm run demo`: what an OCOP officer wants to see, computed with the public API of the built package.
import { dossierTransition, REGULATIONS, regulationAt, vietnamDateOf } from "ocop";

const today = process.argv[2] ?? vietnamDateOf(new Date());
const line = (text = "") => console.log(text);

line(`OCOP — Chương trình Mỗi xã một sản phẩm — ${today}`);
line();
const inForce = regulationAt(today);
line(`Regulation in force for a dossier filed today: ${inForce.name.en}`);
line(`  (${inForce.name.vi}; since ${inForce.from})`);
line(`  ${inForce.basis}`);
line();
line("Instruments modelled:");
for (const r of REGULATIONS) {
  const until = r.effectiveUntil ? ` until ${r.effectiveUntil}` : "";
  line(`  ${r.number.padEnd(16)} ${r.signedOn}  in force from ${r.effectiveFrom}${until}`);
}
line();
const pending = dossierTransition("2026-05-15", "re-evaluation");
if (pending) {
  line("A re-evaluation dossier filed on 2026-05-15 (before 26/2026 took effect):");
  line(
    `  follows ${pending.regime.name.en}, to be completed by ${pending.completeBy} (${pending.rule.setBy}, ${pending.rule.article})`,
  );
}
