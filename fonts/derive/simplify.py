# FontForge script: simplify every outline within ERROR font units and drop hints.
# usage: fontforge -quiet -script simplify.py SOURCE.otf OUT.otf ERROR
import sys

import fontforge

source, target, error = sys.argv[1], sys.argv[2], float(sys.argv[3])
font = fontforge.open(source)
font.selection.all()
# no "smoothcurves": with it FontForge 20230101 writes some invalid charstrings
font.simplify(error, ("mergelines", "ignoreextrema"))
font.round()
font.generate(target, flags=("opentype", "omit-instructions", "no-hints", "round"))
