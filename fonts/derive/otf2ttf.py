# fontTools script: CFF outlines to TrueType (quadratic, within 1 font unit), same cmap and metrics.
# OpenPDF subsets TrueType to the glyphs used; its CFF subsets keep a slot per glyph of the font,
# which for a 44 746-glyph fallback costs 100+ KB in every PDF.
# usage: python3 otf2ttf.py SOURCE.otf OUT.ttf
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

source, target = sys.argv[1], sys.argv[2]
font = TTFont(source)
order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
glyf = newTable("glyf")
glyf.glyphOrder, glyf.glyphs = order, {}
for name in order:
    pen = TTGlyphPen(None)
    glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf[name] = pen.glyph()
font["loca"], font["glyf"] = newTable("loca"), glyf
del font["CFF "]
if "VORG" in font:
    del font["VORG"]
maxp = font["maxp"] = newTable("maxp")
maxp.tableVersion = 0x00010000
for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
    setattr(maxp, field, 0)
maxp.maxZones = 1
post = font["post"]
post.formatType, post.extraNames, post.mapping, post.glyphOrder = 3.0, [], {}, None
font["head"].glyphDataFormat = 0
font.sfntVersion = "\0\1\0\0"
font.save(target)
