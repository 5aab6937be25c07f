// The report's one stylesheet, inline (the page fetches nothing). On screen a readable column; in print
// (the browser's "Save as PDF") A4 pages where no table is clipped: fixed layouts that wrap long words,
// header rows repeated on each page, rows and pioneers never split across pages, colours kept.
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 3rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f1f1f; background: #ffffff; }
header h1 { font-size: 1.7rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid #4e79a7; }
h3 { font-size: 1.05rem; margin: 0 0 0.2rem; }
p { margin: 0.4rem 0; }
.hint, figcaption, footer { color: #555555; font-size: 0.88rem; }
nav ol { margin: 0.5rem 0; padding-left: 1.2rem; columns: 2; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0 1rem; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #d6d6d6; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; hyphens: auto; }
thead th { background: #f2f4f7; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.ei { width: auto; min-width: 50%; }
nav a { color: #1f4e79; }
table.introductions { table-layout: fixed; }
table.introductions th:nth-child(1) { width: 26%; }
table.introductions th:nth-child(2) { width: 8%; }
table.introductions th:nth-child(3) { width: 38%; }
ol.pioneers { padding-left: 1.4rem; }
li.pioneer { margin: 0 0 1.2rem; }
li.pioneer .facts { color: #555555; margin: 0; }
ul.reasons { margin: 0.2rem 0 0.4rem; padding-left: 1.2rem; }
.wide { overflow-x: auto; }
table.matrix { width: auto; max-width: 100%; font-size: 0.8rem; }
table.matrix td.cell { text-align: center; min-width: 2.2em; font-variant-numeric: tabular-nums; }
table.matrix td.inside { outline: 2px solid #1f1f1f; outline-offset: -2px; }
table.matrix th[scope="row"] { white-space: nowrap; word-break: normal; overflow-wrap: normal; }
table.matrix th.total { background: #ffffff; }
table.matrix th.turn { vertical-align: bottom; padding: 0.3rem 0.1rem; }
table.matrix th.turn span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; max-height: 11em; overflow: hidden; text-overflow: ellipsis; }
figure.map { margin: 0.5rem 0; }
figure.map svg, svg.chart { width: 100%; height: auto; display: block; border: 1px solid #e0e0e0; }
ul.legend { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }
.swatch { display: inline-block; width: 0.85em; height: 0.85em; border-radius: 50%; margin-right: 0.35em; vertical-align: -0.05em; }
.swatch.ring { border: 3px solid #1b1b1b; background: #ffffff; }
footer { margin-top: 2.5rem; border-top: 1px solid #d6d6d6; padding-top: 0.6rem; }
footer dl.fields { font-size: 0.85rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: 1.2rem; }
  h3, .facts { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  /* Chromium keeps a row whole only when its cells say so too. */
  tr, td, th, li.pioneer, figure, svg.chart, dl.fields { break-inside: avoid; page-break-inside: avoid; }
  .wide { overflow: visible; }
  /* A collapsed border straddles the table's edge: 2px less than the page, or the print clips its right side. */
  table { font-size: 8.5pt; width: calc(100% - 2px); }
  table.matrix { font-size: 7.5pt; width: 100%; table-layout: fixed; }
  table.matrix th[scope="row"], table.matrix th.corner { white-space: normal; width: 9em; }
  table.matrix td.cell { min-width: 0; padding: 0.15rem 0; }
  #map { break-before: page; page-break-before: always; }
  figure.map svg { max-height: 200mm; }
}
`;
