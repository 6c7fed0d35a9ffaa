"""Prints, one U+XXXX a line, the ideographs of a TTC's first face that a font lacks, and the CJK punctuation."""
import sys
from fontTools.ttLib import TTCollection, TTFont

source = TTCollection(sys.argv[1]).fonts[0].getBestCmap()
known = TTFont(sys.argv[2]).getBestCmap()


def rare(cp):
    ideograph = 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x2FFFF
    return ideograph and cp not in known


def punctuation(cp):
    return 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF or cp in (0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7)


for cp in source:
    if rare(cp) or punctuation(cp):
        print("U+%04X" % cp)
