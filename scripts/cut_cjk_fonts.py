#!/usr/bin/python3
"""Cuts Noto Sans CJK (Debian's fonts-noto-cjk) into small font files the app fetches only
when a plan holds characters from them. Run by the web build (cmake/cjk_fonts.cmake).

Which file a character lands in:
  kana      Japanese: kana, CJK punctuation, full/half-width forms      (JP face, 1 file)
  hangul    Korean: the 2,350 syllables of KS X 1001 first, then the rest (KR face)
  han-sc    Chinese: GB 2312 hanzi, level 1 (the 3,755 common) then 2    (SC face)
  han-jp    Japanese kanji of JIS X 0208 that GB 2312 lacks              (JP face)
  han-tc    Traditional Chinese of Big5 that neither has                 (TC face)
  han-ext   every other ideograph the font has (CJK Ext. A, rare ones)   (SC face)
The legacy character sets stand in for frequency lists: their first levels are the
characters in everyday use, so names usually need only the first few files of a group.
A character that sits in two sets takes the first group's face: 山 is drawn with the
Chinese face's shape, which for almost every ideograph is the same as the Japanese one.

Writes <out>/manifest.json and one <group>-<n>.<hash>.otf per slice; the hash in the name
lets the service worker keep fetched files forever without serving a stale one.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import subprocess
import sys
import tempfile

from fontTools.ttLib import TTCollection

FACE = {'JP': 0, 'KR': 1, 'SC': 2, 'TC': 3}  # face order inside NotoSansCJK-Regular.ttc
SLICE = 400  # characters per file: about 80 KB, so one name fetches little


def legacy_rows(codec, rows, cells=range(0xA1, 0xFF)):
    """Code points of a double-byte character set, in its own (frequency-tiered) order."""
    out = []
    for row in rows:
        for cell in cells:
            try:
                out.append(ord(bytes([row, cell]).decode(codec)))
            except UnicodeDecodeError:
                pass
    return out


def is_han(cp):
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF


def groups(cmap):
    """(group, language shown in notes, face, tiers) in assignment order."""
    kana = [cp for lo, hi in ((0x3000, 0x30FF), (0x31F0, 0x31FF), (0xFF00, 0xFFEF))
            for cp in range(lo, hi + 1)]
    hangul_common = legacy_rows('euc_kr', range(0xB0, 0xC9))
    jamo = list(range(0x1100, 0x1200)) + list(range(0x3130, 0x3190))
    hangul_rest = list(range(0xAC00, 0xD7A4))
    big5_cells = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    return [
        ('kana', 'Japanese', 'JP', [kana]),
        ('hangul', 'Korean', 'KR', [hangul_common + jamo, hangul_rest]),
        ('han-sc', 'Chinese', 'SC', [legacy_rows('gb2312', range(0xB0, 0xD8)),
                                     legacy_rows('gb2312', range(0xD8, 0xF8))]),
        ('han-jp', 'Japanese', 'JP', [legacy_rows('euc_jp', range(0xB0, 0xD0)),
                                      legacy_rows('euc_jp', range(0xD0, 0xF5))]),
        ('han-tc', 'Chinese', 'TC', [legacy_rows('big5', range(0xA4, 0xC7), big5_cells),
                                     legacy_rows('big5', range(0xC9, 0xFA), big5_cells)]),
        ('han-ext', 'Chinese', 'SC', [sorted(cp for cp in cmap if is_han(cp))]),
    ]


def plan_slices(cmap):
    taken = set()
    slices = []
    for group, language, face, tiers in groups(cmap):
        for tier in tiers:
            wanted = sorted({cp for cp in tier if cp in cmap and cp not in taken})
            taken.update(wanted)
            for start in range(0, len(wanted), SLICE):
                slices.append({'group': group, 'language': language, 'face': face,
                               'codePoints': wanted[start:start + SLICE]})
    return slices


def packed_ranges(code_points):
    """[gap, length, gap, length, ...]: runs of consecutive code points, each gap counted
    from the end of the previous run. Keeps the manifest a few KB per group."""
    out, previous_end, i = [], 0, 0
    while i < len(code_points):
        j = i
        while j + 1 < len(code_points) and code_points[j + 1] == code_points[j] + 1:
            j += 1
        out += [code_points[i] - previous_end, j - i + 1]
        previous_end = code_points[j] + 1
        i = j + 1
    return out


def cut(font, slice_, out_dir, index):
    with tempfile.TemporaryDirectory() as tmp:
        unicodes = os.path.join(tmp, 'unicodes.txt')
        with open(unicodes, 'w') as f:
            f.write(' '.join('%X' % cp for cp in slice_['codePoints']))
        target = os.path.join(tmp, 'slice.otf')
        # Layout, vertical metrics and hints are of no use to the atlas rasteriser: dropping
        # them halves the files.
        subprocess.run(['hb-subset', '--font-file=' + font, '--face-index=%d' % FACE[slice_['face']],
                        '--unicodes-file=' + unicodes, '--no-hinting', '--layout-features=',
                        '--drop-tables+=GSUB,GPOS,GDEF,BASE,vhea,vmtx,VORG,DSIG',
                        '--output-file=' + target], check=True)
        data = open(target, 'rb').read()
    name = '%s-%d.%s.otf' % (slice_['group'], index, hashlib.sha256(data).hexdigest()[:10])
    with open(os.path.join(out_dir, name), 'wb') as f:
        f.write(data)
    return name


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--font', required=True, help='NotoSansCJK-Regular.ttc')
    parser.add_argument('--out', required=True, help='folder to (re)fill')
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for old in os.listdir(args.out):
        os.remove(os.path.join(args.out, old))
    cmap = set(TTCollection(args.font, lazy=True).fonts[FACE['SC']].getBestCmap())
    slices = plan_slices(cmap)
    counters = {}
    jobs = []
    for slice_ in slices:
        counters[slice_['group']] = counters.get(slice_['group'], 0) + 1
        jobs.append((slice_, counters[slice_['group']]))
    # Two workers: the machine's other builds get the rest.
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        names = list(pool.map(lambda job: cut(args.font, job[0], args.out, job[1]), jobs))
    manifest = {'format': 'keystone.cjk-fonts', 'version': 1, 'slices': [
        {'file': name, 'group': s['group'], 'language': s['language'],
         'ranges': packed_ranges(s['codePoints'])} for s, name in zip(slices, names)]}
    with open(os.path.join(args.out, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, separators=(',', ':'))
    total = sum(os.path.getsize(os.path.join(args.out, n)) for n in names)
    print('cjk fonts: %d files, %.1f MB, %d characters' %
          (len(names), total / 1e6, sum(len(s['codePoints']) for s in slices)))


if __name__ == '__main__':
    sys.exit(main())
