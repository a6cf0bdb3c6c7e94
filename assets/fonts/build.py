#!/usr/bin/python3
"""Build Peninsula's fonts: Fyne's Noto Sans with the Hangul, Kanji and Kana
the app shows merged in, so 독도 and 竹島 render on a machine with no CJK font.

Run from the repository root with `make fonts`. It needs Debian's packages
fonttools, fonts-nanum and fonts-droid-fallback, and the Fyne module in the Go
module cache. It reads every character of assets/*.story.md and the UI's own
strings that Noto Sans lacks (Hangul, Kanji and Kana, and signs such as ≈ and
the minus sign −), the names in importer's gazetteer, and the common Hangul
(KS X 1001) and the Kana for stories authors write, takes each from Nanum Gothic (OFL-1.1; regular and bold)
or, where Nanum lacks it, from Droid Sans Fallback (Apache-2.0), else from
DejaVu Sans (Bitstream Vera licence; regular and bold), subsets those
fonts to just these glyphs, scales them to 1000 units per em and merges them
into Noto Sans Regular and Bold (OFL-1.1, as embedded by Fyne). Output:
assets/fonts/PeninsulaSans-{Regular,Bold}.ttf. The same inputs give the same
files.
"""
import glob, gzip, os, subprocess, sys, tempfile

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

NANUM = {"Regular": "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
         "Bold": "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"}
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
# Signs neither has (the minus sign −): DejaVu Sans (Bitstream Vera licence).
DEJAVU = {"Regular": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
          "Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}
# Strings the UI itself shows besides the stories (language names, the
# figures' approximate and minus signs).
UI_TEXT = "한국어 日本語 ≈ −"


def fyne_font_dir():
    out = subprocess.run(["go", "list", "-m", "-f", "{{.Dir}}", "fyne.io/fyne/v2"],
                         capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(out, "theme", "font")


def common_cjk():
    """The Hangul syllables of KS X 1001 (2,350: nearly all modern Korean
    text) and the Kana, so that a story an author writes or imports shows
    its Korean and kana names, not only the built-in story's. The common
    Kanji (JIS X 0208 level 1, 2,965) are left out: they cost 9 MB more of
    memory once Fyne has parsed the fonts; the gazetteer's and the stories'
    Kanji are in."""
    chars = set()
    for lead, codec in ((range(0xB0, 0xC9), "euc-kr"),):
        for a in lead:
            for b in range(0xA1, 0xFF):
                try:
                    chars |= set(bytes([a, b]).decode(codec))
                except UnicodeDecodeError:
                    pass
    chars |= {chr(c) for c in range(0x3041, 0x3095)}  # Hiragana
    chars |= {chr(c) for c in range(0x30A1, 0x30F7)}  # Katakana
    chars |= set("ー・「」『』、。")
    return chars


def wanted_chars():
    chars = set(UI_TEXT) | common_cjk()
    # Every story in the repository (the built-in one, the starter, the
    # tests') and the gazetteer `peninsula import` names places from.
    paths = sorted(glob.glob("assets/*.story.md") + glob.glob("importer/*.story.md") +
                   glob.glob("*/testdata/*.story.md"))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            chars |= set(f.read())
    with gzip.open("importer/gazetteer/gazetteer.tsv.gz", "rt", encoding="utf-8") as f:
        chars |= set(f.read())
    noto = TTFont(os.path.join(fyne_font_dir(), "NotoSans-Regular.ttf")).getBestCmap()
    return sorted(c for c in chars if ord(c) > 0x20 and ord(c) not in noto)


def piece(path, chars, out):
    """Subset the font at path to chars, made mergeable into Noto Sans."""
    opts = subset.Options()
    opts.layout_features = []
    opts.hinting = False
    opts.name_IDs = []
    opts.notdef_outline = False
    font = TTFont(path)
    sub = subset.Subsetter(opts)
    sub.populate(text="".join(chars))
    sub.subset(font)
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    for t in list(font.keys()):
        if t not in ("GlyphOrder", "OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"):
            del font[t]
    os2 = font["OS/2"]
    if os2.version < 4:
        os2.version = 4
        os2.sxHeight, os2.sCapHeight = 536, 714
        os2.usDefaultChar, os2.usBreakChar, os2.usMaxContext = 0, 32, 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.save(out)


def main():
    chars = wanted_chars()
    print(f"{len(chars)} characters: {''.join(chars)}")
    droid = TTFont(DROID).getBestCmap()
    with tempfile.TemporaryDirectory() as tmp:
        for style, nanum_path in NANUM.items():
            nanum = TTFont(nanum_path).getBestCmap()
            dejavu = TTFont(DEJAVU[style]).getBestCmap()
            from_nanum = [c for c in chars if ord(c) in nanum]
            from_droid = [c for c in chars if ord(c) not in nanum and ord(c) in droid]
            from_dejavu = [c for c in chars if ord(c) not in nanum and ord(c) not in droid and ord(c) in dejavu]
            missing = [c for c in chars if ord(c) not in nanum and ord(c) not in droid and ord(c) not in dejavu]
            if missing:
                print("no font has:", "".join(missing), file=sys.stderr)
                return 1
            parts = [os.path.join(fyne_font_dir(), f"NotoSans-{style}.ttf")]
            for name, path, cs in (("nanum", nanum_path, from_nanum), ("droid", DROID, from_droid),
                                   ("dejavu", DEJAVU[style], from_dejavu)):
                if cs:
                    out = os.path.join(tmp, f"{name}-{style}.ttf")
                    piece(path, cs, out)
                    parts.append(out)
            merged = Merger().merge(parts)
            merged["name"].setName(f"Peninsula Sans {style}", 4, 3, 1, 0x409)
            # Keep Noto Sans's dates so the same inputs give the same bytes.
            base = TTFont(parts[0])
            merged.recalcTimestamp = False
            merged["head"].created = base["head"].created
            merged["head"].modified = base["head"].modified
            out = f"assets/fonts/PeninsulaSans-{style}.ttf"
            merged.save(out)
            print(f"{out}: {os.path.getsize(out)} bytes ({len(from_nanum)} glyphs from Nanum Gothic, "
                  f"{len(from_droid)} from Droid Sans Fallback, {len(from_dejavu)} from DejaVu Sans)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
