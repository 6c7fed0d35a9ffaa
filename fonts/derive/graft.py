# fontTools script: copy the simplified outlines into the original font, glyph by glyph.
# Every other table (cmap, metrics, names) stays the original's: FontForge's own output has a
# cmap that OpenPDF reads differently. A glyph FontForge could not simplify keeps its outline.
# FontForge also throws the odd glyph far off its place or mangles a contour: a glyph whose bounds
# moved by more than TOLERANCE units, or whose inked area changed by more than AREA_TOLERANCE,
# keeps its original outline too.
# usage: python3 graft.py ORIGINAL.otf SIMPLIFIED.otf OUT.otf
import sys

from fontTools.pens.areaPen import AreaPen
from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.recordingPen import RecordingPen
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.ttLib import TTFont

original_path, simplified_path, target = sys.argv[1:4]
TOLERANCE = 12
AREA_TOLERANCE = 0.02
original, simplified = TTFont(original_path), TTFont(simplified_path)
original_glyphs = original.getGlyphSet()
cff = original["CFF "].cff
charstrings = cff[cff.fontNames[0]].CharStrings
simplified_glyphs = simplified.getGlyphSet()
metrics = original["hmtx"]
replaced = kept = 0
for name in original.getGlyphOrder():
    outline = RecordingPen()
    try:
        simplified_glyphs[name].draw(outline)
    except Exception:  # missing or unreadable in FontForge's output
        kept += 1
        continue
    before, after = BoundsPen(original_glyphs), BoundsPen(None)
    original_glyphs[name].draw(before)
    outline.replay(after)
    if (before.bounds is None) != (after.bounds is None) or (before.bounds is not None and any(
            abs(a - b) > TOLERANCE for a, b in zip(before.bounds, after.bounds))):
        kept += 1
        continue
    area_before, area_after = AreaPen(original_glyphs), AreaPen(None)
    original_glyphs[name].draw(area_before)
    outline.replay(area_after)
    if abs(area_after.value - area_before.value) > AREA_TOLERANCE * max(abs(area_before.value), 1):
        kept += 1
        continue
    old = charstrings[name]
    private = old.private
    width = metrics[name][0]
    default, nominal = getattr(private, "defaultWidthX", 0), getattr(private, "nominalWidthX", 0)
    pen = T2CharStringPen(None if width == default else width - nominal, None, roundTolerance=0.5)
    outline.replay(pen)
    new = pen.getCharString(private=private, globalSubrs=cff.GlobalSubrs, optimize=True)
    new.fdSelectIndex = getattr(old, "fdSelectIndex", None)
    charstrings[name] = new
    replaced += 1
original.save(target)
print(target, "simplified", replaced, "kept", kept)
