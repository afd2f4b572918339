"""Replaces pyinstaller-hooks-contrib's hook-spacy, which bundles every language and the test suite.

Quotedesk only calls spacy.blank() for id, en, de and the multi-language fallback xx.
"""

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, get_package_paths

LANGS = ("id", "en", "de", "xx")
# spacy/lang/<code>/ are the languages; the modules beside them (lex_attrs, punctuation, ...) are shared
_LANG_DIR = Path(get_package_paths("spacy")[1]) / "lang"
OTHER_LANGS = {d.name for d in _LANG_DIR.iterdir() if d.is_dir() and d.name not in LANGS and d.name != "__pycache__"}


def _wanted(name: str) -> bool:
    if name.startswith("spacy.tests") or ".tests." in name or name.endswith(".tests"):
        return False
    if name.startswith("spacy.lang."):
        return name.split(".")[2] not in OTHER_LANGS
    return True


hiddenimports = collect_submodules("spacy", filter=_wanted)
datas = [
    (src, dest)
    for src, dest in collect_data_files("spacy", excludes=["**/tests/**"])
    if not dest.replace("\\", "/").startswith("spacy/lang/")
    or dest.replace("\\", "/").split("/")[2] not in OTHER_LANGS
]
