// Prints the text PDFium extracts from a PDF, page by page ("=== page N" before each), as
// Chromium's viewer would copy it. Run with NODE_PATH pointing at an install of @hyzyla/pdfium.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
const require = createRequire(process.env.NODE_PATH + "/");
const { PDFiumLibrary } = require("@hyzyla/pdfium");
const library = await PDFiumLibrary.init();
const document = await library.loadDocument(readFileSync(process.argv[2]));
let number = 0;
for (const page of document.pages()) {
  number++;
  process.stdout.write(`=== page ${number}\n${page.getText()}\n`);
}
document.destroy();
library.destroy();
