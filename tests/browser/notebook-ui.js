// Drives the classic Jupyter Notebook UI in Chromium the way a learner does, through its menus.
//
//   node tests/browser/notebook-ui.js BASE_URL TOKEN SCREENSHOT_DIR run-all  NOTEBOOK
//   node tests/browser/notebook-ui.js BASE_URL TOKEN SCREENSHOT_DIR stop-long NOTEBOOK SECONDS
//
// run-all:   open NOTEBOOK, Cell > Run All, wait until every cell has run.
// stop-long: open NOTEBOOK, Cell > Run All, and when a cell has been running for SECONDS,
//            Kernel > Interrupt; wait until the queue is done, then File > Save and Checkpoint.
// Prints one JSON object with what the page showed; tests/test_notebook_ui.py judges it.
const path = require("path");
const { launch } = require("./chromium");

const MINUTES = 60 * 1000;

async function clickMenu(page, menu, item) {
  await page.click(`#${menu}`);
  await page.waitForSelector(`#${item} > a`, { visible: true });
  await page.click(`#${item} > a`);
}

// The state of the page that the checks and the waits need, read in the browser.
function pageState() {
  const notebook = window.Jupyter && window.Jupyter.notebook;
  const cells = notebook ? notebook.get_cells().filter((cell) => cell.cell_type === "code") : [];
  return {
    loaded: Boolean(notebook && notebook._fully_loaded && notebook.kernel && notebook.kernel.is_connected()),
    kernelName: notebook && notebook.kernel ? notebook.kernel.name : null,
    dirty: notebook ? notebook.dirty : null,
    busy: Boolean(document.querySelector("#kernel_indicator_icon.kernel_busy_icon")),
    prompts: cells.map((cell) => cell.input_prompt_number === undefined ? null : cell.input_prompt_number),
    dialogs: [...document.querySelectorAll(".modal.in .modal-title")].map((title) => title.textContent),
  };
}

async function open(page, base, token, notebook) {
  await page.goto(`${base}/notebooks/${notebook}?token=${token}`, { waitUntil: "load", timeout: 2 * MINUTES });
  await page.waitForFunction(() => {
    const notebook = window.Jupyter && window.Jupyter.notebook;
    return notebook && notebook._fully_loaded && notebook.kernel && notebook.kernel.is_connected()
      && document.querySelector("#kernel_indicator_icon.kernel_idle_icon");
  }, { timeout: 2 * MINUTES, polling: 250 });
  return page.evaluate(pageState);  // as the learner finds it, before anything runs
}

// Every code cell has run (a number) or was skipped (no number, not "*"), and the kernel is idle.
async function waitForQueue(page, timeout) {
  await page.waitForFunction(() => {
    const cells = window.Jupyter.notebook.get_cells().filter((cell) => cell.cell_type === "code");
    const queued = cells.some((cell) => cell.input_prompt_number === "*");
    return !queued && document.querySelector("#kernel_indicator_icon.kernel_idle_icon");
  }, { timeout, polling: 500 });
}

function outputsSeen() {
  const outputs = [...document.querySelectorAll(".output_area")];
  return {
    text: outputs.map((area) => area.innerText).join("\n"),
    images: [...document.querySelectorAll(".output_area img")].map((image) => image.naturalWidth),
    tables: document.querySelectorAll(".output_html table").length,
    // Each error output with the number of its code cell (from 1).
    errors: window.Jupyter.notebook.get_cells().filter((cell) => cell.cell_type === "code")
      .flatMap((cell, index) => [...cell.element.get(0).querySelectorAll(".output_error")]
        .map((error) => ({ cell: index + 1, text: error.innerText }))),
  };
}

async function runAll(page) {
  await clickMenu(page, "celllink", "run_all_cells");
  await page.waitForFunction(() => document.querySelector("#kernel_indicator_icon.kernel_busy_icon"),
    { timeout: MINUTES });
}

// Waits until one cell has shown "*" for `seconds` while the kernel ran it; returns its number.
async function waitForLongCell(page, seconds) {
  const started = Date.now();
  let running = null;
  let since = Date.now();
  while (Date.now() - started < 20 * MINUTES) {
    const current = await page.evaluate(() => {
      const cells = window.Jupyter.notebook.get_cells().filter((cell) => cell.cell_type === "code");
      const index = cells.findIndex((cell) => cell.input_prompt_number === "*");
      return index < 0 ? null : index + 1;
    });
    if (current === null && !(await page.evaluate(pageState)).busy) return null;  // all done
    if (current !== running) { running = current; since = Date.now(); }
    if (running !== null && Date.now() - since >= seconds * 1000) return running;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

async function main() {
  const [base, token, screenshots, mode, notebook, seconds] = process.argv.slice(2);
  const browser = await launch();
  const consoleErrors = [];
  const result = { notebook, mode };
  try {
    const page = await browser.newPage();
    page.on("pageerror", (error) => consoleErrors.push(String(error)));
    result.onOpen = await open(page, base, token, notebook);
    await runAll(page);
    if (mode === "stop-long") {
      result.stoppedCell = await waitForLongCell(page, Number(seconds));
      if (result.stoppedCell !== null) await clickMenu(page, "kernellink", "int_kernel");
    }
    await waitForQueue(page, 20 * MINUTES);
    result.afterRun = await page.evaluate(pageState);
    result.seen = await page.evaluate(outputsSeen);
    if (mode === "stop-long") {
      await page.evaluate(() => {
        window.savedByTest = false;
        window.Jupyter.notebook.events.one("notebook_saved.Notebook", () => { window.savedByTest = true; });
      });
      await clickMenu(page, "filelink", "save_checkpoint");
      await page.waitForFunction(() => window.savedByTest, { timeout: MINUTES });
      result.saved = true;
    }
    // The notebook scrolls inside the page, so make the window as tall as the notebook.
    const height = await page.evaluate(() => document.querySelector("#notebook").scrollHeight + 200);
    await page.setViewport({ width: 1280, height: Math.min(height, 16000) });
    const name = `ui-${mode}-${path.basename(notebook, ".ipynb")}.png`;
    result.screenshot = path.join(screenshots, name);
    await page.screenshot({ path: result.screenshot, fullPage: true });
  } finally {
    result.consoleErrors = consoleErrors;
    await browser.close();
  }
  process.stdout.write(JSON.stringify(result, null, 1) + "\n");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
