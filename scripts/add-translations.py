#!/usr/bin/env python3
"""Adds French <target>s to locales/fr.xlf from a JSON map {source-xml: target-xml}.

Used after `npm run localize:extract`: new units arrive without a target; this fills the ones
named in the map and leaves every other unit (and its existing target) untouched.
Usage: python3 scripts/add-translations.py translations.json
"""
import json, re, sys

path = 'locales/fr.xlf'
mapping = json.load(open(sys.argv[1], encoding='utf-8'))
xlf = open(path, encoding='utf-8').read()
done = 0

def fill(match):
    global done
    unit = match.group(0)
    if '<target>' in unit:
        return unit
    source = re.search(r'<source>(.*?)</source>', unit, re.S).group(1)
    if source not in mapping:
        return unit
    done += 1
    return unit.replace('</source>', '</source>\n  <target>' + mapping[source] + '</target>', 1)

xlf = re.sub(r'<trans-unit\b.*?</trans-unit>', fill, xlf, flags=re.S)
open(path, 'w', encoding='utf-8').write(xlf)
missing = [m for m in re.findall(r'<trans-unit id="([^"]+)">(?:(?!</trans-unit>).)*?</source>\s*</trans-unit>', xlf, re.S)]
print(f'filled {done}; units still without a French target: {len(missing)}')
