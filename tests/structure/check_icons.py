#!/usr/bin/env python3
"""Every icon the UI draws is in the font atlas. Run by ctest (icon_glyph_tests).

The atlas holds only the Font Awesome glyphs listed in src/ui/widgets/icons.h
(kIconGlyphRanges), so that it stays small. An icon used in src/ but missing from that list
would be drawn as "?"; this check names the file and the code point to add.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
ICONS_H = os.path.join(ROOT, 'src', 'ui', 'widgets', 'icons.h')
# An icon in a C++ string literal: the UTF-8 of a code point in Font Awesome's range,
# U+F000..U+F2FF, written as three \x escapes.
ICON_LITERAL = re.compile(r'\\xef\\x(8[0-b])\\x([89ab][0-9a-f])', re.I)


def listed_code_points():
    text = open(ICONS_H, encoding='utf-8').read()
    body = re.search(r'kIconGlyphRanges\[\]\s*=\s*\{([^}]*)\}', text)
    if not body:
        sys.exit(f'{ICONS_H}: kIconGlyphRanges not found')
    numbers = [int(n, 16) for n in re.findall(r'0x([0-9a-fA-F]+)', body.group(1))]
    listed = set()
    for first, last in zip(numbers[0::2], numbers[1::2]):
        listed.update(range(first, last + 1))
    return listed


def main():
    listed = listed_code_points()
    problems = []
    src = os.path.join(ROOT, 'src')
    for folder, _, files in os.walk(src):
        for f in sorted(files):
            if not f.endswith(('.h', '.cpp')):
                continue
            full = os.path.join(folder, f)
            text = open(full, encoding='utf-8').read()
            for match in ICON_LITERAL.finditer(text):
                encoded = bytes([0xEF, int(match.group(1), 16), int(match.group(2), 16)])
                code_point = ord(encoded.decode('utf-8'))
                if code_point not in listed:
                    problems.append(f'src/{os.path.relpath(full, src)}: icon U+{code_point:04X} is not in '
                                    'kIconGlyphRanges (src/ui/widgets/icons.h): it would draw as "?"')
    for p in sorted(set(problems)):
        print(p)
    print(f'icon-glyphs: {0 if problems else 1} passed, {1 if problems else 0} failed')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
