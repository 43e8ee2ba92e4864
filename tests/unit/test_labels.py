"""labels.yml: every label has its words in each language and nothing else (an unquoted comma in a YAML flow
mapping, `{vi: Sửa đổi, bổ sung, en: Amends}`, silently makes a key of half the words)."""
from scripts.common import labels


def test_every_label_has_each_language_and_no_stray_key():
    wrong = []
    allowed = set(labels.languages()) | {f"{lang}_plural" for lang in labels.languages()}
    for group, entries in labels.table().items():
        if not isinstance(entries, dict) or group == "months":
            continue
        for key, value in entries.items():
            if not isinstance(value, dict):
                continue
            if not set(labels.languages()) <= set(value) or set(value) - allowed or \
                    not all(isinstance(words, str) and words.strip() for words in value.values()):
                wrong.append(f"{group}.{key}: {value}")
    assert wrong == []
