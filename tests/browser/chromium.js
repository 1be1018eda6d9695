// Starting Debian's Chromium through puppeteer-core (which never downloads a browser).
const puppeteer = require("puppeteer-core");

const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

function launch() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root (as in CI) cannot use Chromium's sandbox; /dev/shm may be tiny in containers.
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
    defaultViewport: { width: 1280, height: 900, deviceScaleFactor: 1 },
    protocolTimeout: 30 * 60 * 1000,  // a wait for a whole notebook to run is one long call
  });
}

module.exports = { launch };
