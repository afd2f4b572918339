#!/usr/bin/env bash
# Build the one-folder Quotedesk bundle: dist/Quotedesk/ and dist/Quotedesk-<version>-<os>-<arch>.tar.gz.
# Uses the project's .venv (made by `make`); installs PyInstaller into it from PyPI when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}
[ -x "$PY" ] || { echo "build.sh: $PY not found; run 'make test' (or make .venv) first" >&2; exit 1; }

start=$(date +%s)
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "build.sh: installing pyinstaller into $(dirname "$(dirname "$PY")")"
    "$PY" -m pip install --quiet "pyinstaller>=6.10"
fi

version=$("$PY" -c "import re,pathlib;print(re.search(r'__version__ = \"([^\"]+)\"', pathlib.Path('desktop/quotedesk/__init__.py').read_text()).group(1))")
os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/quotedesk.spec

# spaCy's, thinc's and blis' Cython modules ship with debug info (~100 MB of the bundle). Strip only
# those: PyInstaller's strip=True also hits the patchelf'd libraries in *.libs/ and breaks them.
if [ "$os" = linux ] && command -v strip >/dev/null; then
    find dist/Quotedesk/_internal/{spacy,thinc,blis,preshed,cymem,murmurhash,srsly} \
        -name '*.cpython-*.so' -exec strip --strip-debug {} + 2>/dev/null || true
fi

# desktop integration files travel with the bundle (install them with your distribution's tools)
share=dist/Quotedesk/share
mkdir -p "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
cp packaging/quotedesk.desktop "$share/applications/io.quotedesk.Quotedesk.desktop"
cp packaging/io.quotedesk.Quotedesk.metainfo.xml "$share/metainfo/"
cp packaging/icons/quotedesk.svg "$share/icons/hicolor/scalable/apps/io.quotedesk.Quotedesk.svg"
for size in 48 128 256; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "packaging/icons/quotedesk-$size.png" "$share/icons/hicolor/${size}x${size}/apps/io.quotedesk.Quotedesk.png"
done

tarball="dist/Quotedesk-$version-$os-$arch.tar.gz"
tar -C dist -czf "$tarball" Quotedesk
end=$(date +%s)

echo "build.sh: bundle  dist/Quotedesk/  $(du -sh dist/Quotedesk | cut -f1)"
echo "build.sh: archive $tarball  $(du -sh "$tarball" | cut -f1)"
echo "build.sh: built in $((end - start)) s"
