#!/bin/sh
# Re-derives the bundled fonts from Debian's packages (Debian 12: texlive-lang-chinese,
# fonts-noto-cjk, fonts-noto-core, fonts-arphic-ukai; tools: fontforge-nox, python3-fonttools). Run as root in
# an empty folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apt-get download texlive-lang-chinese fonts-noto-cjk fonts-noto-core fonts-arphic-ukai
for deb in *.deb; do dpkg -x "$deb" x; done
fandol=x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
for face in FandolFang-Regular FandolHei-Regular FandolKai-Regular FandolSong-Bold; do
    fontforge -quiet -script "$here/simplify.py" "$fandol/$face.otf" "simplified-$face.otf" 4
    /usr/bin/python3 "$here/graft.py" "$fandol/$face.otf" "simplified-$face.otf" "$face.otf"
done
/usr/bin/python3 -m fontTools.subset x/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc --font-number=2 \
    --unicodes='*' --layout-features='' --name-IDs='*' --name-languages='*' --notdef-outline \
    --desubroutinize --no-hinting --output-file=NotoSerifSC-Regular.otf
/usr/bin/python3 "$here/otf2ttf.py" NotoSerifSC-Regular.otf NotoSerifSC-Regular.ttf
# Tibetan is shaped, so it keeps every table as published
cp x/usr/share/fonts/truetype/noto/NotoSerifTibetan-Regular.ttf .
# the rarer ideographs in a 楷 face, for 仿宋 and 楷体 text: what Fandol lacks, and the CJK punctuation
/usr/bin/python3 "$here/rare.py" x/usr/share/fonts/truetype/arphic/ukai.ttc FandolFang-Regular.otf > rare.txt
/usr/bin/python3 -m fontTools.subset x/usr/share/fonts/truetype/arphic/ukai.ttc --font-number=0 \
    --unicodes-file=rare.txt --layout-features='' --name-IDs='*' --name-languages='*' --notdef-outline \
    --no-hinting --output-file=UKaiCN-Rare.ttf
