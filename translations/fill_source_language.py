#!/usr/bin/env python3
"""Marks every message of a source-language .ts file (English) as translated by itself.

The English UI shows the source texts; its .ts file still lists every message so that
tst_translationfiles can check both files the same way. Run after `update_translations`:
    python3 translations/fill_source_language.py translations/cliniclink_en.ts
"""
import sys
import xml.etree.ElementTree as ET


def fill(path):
    tree = ET.parse(path)
    changed = 0
    for message in tree.getroot().iter('message'):
        source = message.find('source')
        translation = message.find('translation')
        if source is None or translation is None:
            continue
        if translation.get('type') in ('vanished', 'obsolete'):
            continue
        if message.get('numerus') == 'yes':
            forms = translation.findall('numerusform')
            if translation.get('type') == 'unfinished' or any(not (f.text or '') for f in forms):
                for f in translation.findall('numerusform'):
                    translation.remove(f)
                # English has two plural forms: singular and plural.
                for text in (source.text.replace('(s)', ''), source.text.replace('(s)', 's')):
                    form = ET.SubElement(translation, 'numerusform')
                    form.text = text
                translation.attrib.pop('type', None)
                changed += 1
        elif translation.get('type') == 'unfinished' or not (translation.text or ''):
            translation.text = source.text
            translation.attrib.pop('type', None)
            changed += 1
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
    print(f'{path}: {changed} message(s) filled')


if __name__ == '__main__':
    for p in sys.argv[1:]:
        fill(p)
