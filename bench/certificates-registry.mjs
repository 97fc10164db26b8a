// `npm run bench:registry`: `upcomingCertificateDeadlines` over 1,000,000 generated certificates, streamed from a
// generator (never held in memory at once), on the built package (dist/). Prints the time and the process
// memory before, at peak and after: the registry queries must run in constant memory.
// Run by hand: `npx tsup --silent && node --expose-gc bench/certificates-registry.mjs [count]`.
import { addDays, upcomingCertificateDeadlines } from "../dist/index.js";

const COUNT = Number(process.argv[2] ?? 1_000_000);
const PROVINCES = [
  "Hà Nội",
  "Nghệ An",
  "Thái Nguyên",
  "Đồng Tháp",
  "Cần Thơ",
  "Quảng Ninh",
  "Lâm Đồng",
  "Gia Lai",
];
function* generate(count) {
  let seed = 20260522;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed;
  };
  const days = [];
  for (let d = "2019-09-01"; d <= "2026-12-31"; d = addDays(d, 1)) days.push(d);
  for (let i = 0; i < count; i++) {
    const r = next();
    const stars = 3 + (r % 3);
    const province = PROVINCES[(r >>> 3) % PROVINCES.length];
    yield {
      id: `GCN-${i}`,
      product: { name: `Sản phẩm ${i}` },
      holder: { name: `HTX ${i % 5e3}` },
      stars,
      score: stars === 5 ? 92 : stars === 4 ? 75 : 55,
      decisionNumber: `${(r >>> 8) % 4e3}/QĐ-UBND`,
      issuedOn: days[(r >>> 12) % days.length],
      issuer:
        stars === 5
          ? { level: "central", name: "Bộ Nông nghiệp và Môi trường" }
          : { level: "province", name: `UBND tỉnh ${province}` },
      locality: { province, commune: `Xã ${(r >>> 16) % 40}` },
    };
  }
}
const gc = globalThis.gc;
gc?.();
const before = process.memoryUsage();
let peakRss = before.rss;
let peakHeap = before.heapUsed;
function* sampled(source) {
  let i = 0;
  for (const item of source) {
    if ((++i & 65535) === 0) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
    yield item;
  }
}
const baseStart = performance.now();
let generated = 0;
for (const _ of generate(COUNT)) generated++;
const baseMs = performance.now() - baseStart;
gc?.();
const start = performance.now();
const report = upcomingCertificateDeadlines(sampled(generate(COUNT)), { asOf: "2026-06-01", withinDays: 30 });
const ms = performance.now() - start;
const after = process.memoryUsage();
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `node ${process.version}, ${COUNT.toLocaleString("en")} certificates, horizon 2026-06-01 + 30 days`,
);
console.log(`scanned:   ${report.scanned.toLocaleString("en")}`);
console.log(`matched:   ${report.matched.toLocaleString("en")} deadlines in ${report.groups.length} groups`);
console.log(
  `time:      ${(ms / 1e3).toFixed(2)} s (${((ms * 1e3) / report.scanned).toFixed(2)} µs per certificate)`,
);
console.log(
  `generator: ${(baseMs / 1e3).toFixed(2)} s of that is generating ${generated.toLocaleString("en")} objects`,
);
console.log(`rss:       ${mb(before.rss)} before, ${mb(peakRss)} peak, ${mb(after.rss)} after`);
console.log(`heap used: ${mb(before.heapUsed)} before, ${mb(peakHeap)} peak, ${mb(after.heapUsed)} after`);
