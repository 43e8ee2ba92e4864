"""Comparing two built folders file by file (tests/site/test_reproducible_build.py; the comparison itself is
tested in tests/unit/test_reproducibility.py)."""
import filecmp


def differences(first, second) -> list[str]:
    """Files that are in one folder only or differ in content, as paths inside the folders."""
    found = []

    def walk(comparison, prefix=""):
        found.extend(prefix + name for name in comparison.left_only + comparison.right_only + comparison.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right, comparison.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(first, second))
    return sorted(found)
