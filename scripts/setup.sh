#!/usr/bin/env bash
# Installs what Tupu needs on a Debian machine that has the Swift toolchain: libxml2's headers to
# build, and raptor2-utils (rapper), graphviz, a CJK font, iconv and Python's rdflib (from PyPI)
# for the cross-check tests.
set -euo pipefail
needed=()
for package in libxml2-dev pkg-config raptor2-utils graphviz fonts-noto-cjk libc-bin; do
  dpkg -s "$package" > /dev/null 2>&1 || needed+=("$package")
done
if [ ${#needed[@]} -gt 0 ]; then
  echo "installing: ${needed[*]}"
  sudo_if_needed=""
  [ "$(id -u)" -ne 0 ] && sudo_if_needed="sudo"
  $sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq "${needed[@]}" > /dev/null
fi
if ! python3 -c "import rdflib" > /dev/null 2>&1; then
  echo "installing: rdflib 7.6.0 (PyPI)"
  python3 -m pip install --quiet --disable-pip-version-check rdflib==7.6.0
fi
