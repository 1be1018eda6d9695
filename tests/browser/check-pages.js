// Opens each HTML page as a reader would (file://, no network) and reports what they see.
//
//   node tests/browser/check-pages.js SCREENSHOT_DIR PAGE.html NAME [PAGE.html NAME ...]
//
// Prints one JSON object: {NAME: {formulas, mathErrors, rawTex, brokenImages, images,
// drawsChinese, consoleErrors, screenshot}}. tests/test_browser.py decides what passes.
const path = require("path");
const { pathToFileURL } = require("url");
const { launch } = require("./chromium");

// Visible prose only: code, program output and typeset maths are not prose.
function visibleProse() {
  const copy = document.body.cloneNode(true);
  copy.querySelectorAll("pre, code, script, style, mjx-container, .jp-OutputArea-output")
    .forEach((node) => node.remove());
  const text = copy.textContent;
  const raw = [];
  const patterns = [/\$\$/g, /\\frac/g, /\\[a-zA-Z]+\{/g, /\$[^\s$][^$\n]{0,80}?\$/g];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      raw.push(text.slice(Math.max(0, match.index - 30), match.index + 50).replace(/\s+/g, " "));
    }
  }
  return raw;
}

// Whether the page's own font draws Chinese: "中" and "文" come out inked and different from each
// other. A missing CJK font draws both as the same empty box (tofu), or nothing.
function drawsChinese() {
  const font = getComputedStyle(document.body).fontFamily;
  const pixels = (text) => {
    const canvas = document.createElement("canvas");
    canvas.width = 40;
    canvas.height = 40;
    const context = canvas.getContext("2d");
    context.font = `32px ${font}`;
    context.fillText(text, 2, 32);
    return context.getImageData(0, 0, 40, 40).data;
  };
  const zhong = pixels("中");
  const wen = pixels("文");
  const inked = (data) => data.some((value, i) => i % 4 === 3 && value > 0);
  return inked(zhong) && inked(wen) && zhong.some((value, i) => value !== wen[i]);
}

async function check(browser, file, name, screenshots) {
  const page = await browser.newPage();
  const consoleErrors = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  page.on("requestfailed", (request) =>
    consoleErrors.push(`failed to load ${request.url()}: ${request.failure().errorText}`));

  await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: "load", timeout: 60000 });
  // MathJax 3 resolves startup.promise once the first typesetting pass is over.
  const mathjax = await page.evaluate(async () => {
    if (!window.MathJax || !window.MathJax.startup) return false;
    await window.MathJax.startup.promise;
    return true;
  });
  const result = await page.evaluate(() => ({
    formulas: document.querySelectorAll("mjx-container").length,
    mathErrors: [...document.querySelectorAll("mjx-merror")].map((e) => e.getAttribute("data-mjx-error") || e.textContent),
    images: document.images.length,
    brokenImages: [...document.images]
      .filter((image) => !image.complete || image.naturalWidth === 0)
      .map((image) => image.getAttribute("src").slice(0, 80)),
  }));
  result.mathjax = mathjax;
  result.drawsChinese = await page.evaluate(drawsChinese);
  result.rawTex = await page.evaluate(visibleProse);
  result.consoleErrors = consoleErrors;
  result.screenshot = path.join(screenshots, `${name}.png`);
  await page.screenshot({ path: result.screenshot, fullPage: true });
  await page.close();
  return result;
}

async function main() {
  const [screenshots, ...pairs] = process.argv.slice(2);
  const browser = await launch();
  const results = {};
  try {
    for (let i = 0; i < pairs.length; i += 2) {
      results[pairs[i + 1]] = await check(browser, pairs[i], pairs[i + 1], screenshots);
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results, null, 1) + "\n");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
