#!/usr/bin/env bash
# Installs what building, running and testing dfs-adopt needs on Debian 12.
# Idempotent: packages and tools already present are skipped, so it is cheap to run every time.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # building the Tauri app (WebKitGTK 4.1, GTK 3)
  build-essential pkg-config libwebkit2gtk-4.1-dev librsvg2-dev libxdo-dev libssl-dev
  # running the window without a display, and driving it in end-to-end tests
  xvfb xauth webkit2gtk-driver dbus
  # screenshots of the whole screen and of the room view's window in end-to-end tests
  # (ImageMagick's import, xwininfo from x11-utils)
  imagemagick x11-utils
  # reading exported documents in tests as a reviewer would: LibreOffice (Writer for the drafts,
  # Calc for the survey workbook), poppler, qpdf, unzip
  libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils qpdf unzip
  # LibreOffice scripted through UNO in tests (recording a reviewer's tracked change, accepting
  # or rejecting every change of a redline); Debian's /usr/bin/python3 is the one that imports uno
  python3-uno
  # a virtual environment for the Python packages fixtures are made with (python-docx)
  python3-venv
  # UI tests in a browser with the backend mocked (playwright-core drives Debian's Chromium)
  chromium
  # Liberation fonts: the DOCX names Times New Roman and Arial, which LibreOffice maps to them
  fonts-liberation2
  # fonts the window falls back on
  fonts-dejavu-core
  # the reliability tests: SQLite's integrity check after SIGKILL, the app's network calls traced
  sqlite3 strace
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# tauri-driver bridges WebDriver to WebKitWebDriver for the end-to-end tests.
# crates.io also has 3.x alphas: pin the 2.x line.
if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "==> installing tauri-driver 2.x"
  cargo install tauri-driver --version '^2' --locked
fi

# python-docx (its comment API) writes reviewers' comments into adopt-office's review fixtures:
# a virtual environment of its own, made once and filled from tests/tools/requirements.txt.
venv=tests/tools/.venv
if [ ! -x "$venv/bin/python" ] || [ tests/tools/requirements.txt -nt "$venv/.installed" ]; then
  echo "==> installing Python test tools into $venv"
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r tests/tools/requirements.txt
  touch "$venv/.installed"
fi

# Front-end packages (Vite, Svelte, the Tauri CLI) from the lock file.
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "==> installing npm packages"
  (cd ui && npm ci --no-audit --no-fund)
fi
