"""Vietnamese alphabetical order and folding."""
import random

from scripts.common.collation import first_letter, fold, sort_key
from scripts.common.slugs import slugify


def test_letters_follow_the_vietnamese_alphabet():
    alphabet = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"]  # noqa: E501
    shuffled = alphabet[:]
    random.Random(4).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == alphabet


def test_tones_only_break_ties_in_dictionary_order():
    words = ["ta", "tà", "tả", "tã", "tá", "tạ"]
    assert sorted(reversed(words), key=sort_key) == words  # noqa: C414 (from the reverse order)
    # a tone never outranks a letter: "tạ" (ta + nặng) comes before "tác"
    assert sorted(["tác", "tạ"], key=sort_key) == ["tạ", "tác"]


def test_words_sort_as_words_and_case_does_not_matter():
    assert sorted(["tập trung", "Tập huấn", "tậpx", "Đảng", "dân", "đoàn thể"], key=sort_key) == [
        "dân", "Đảng", "đoàn thể", "Tập huấn", "tập trung", "tậpx"]
    assert sorted(["ương", "uy", "ưu", "ủy"], key=sort_key) == ["uy", "ủy", "ương", "ưu"]


def test_first_letter_keeps_base_letters_apart():
    assert [first_letter(w) for w in ["Đảng", "đoàn", "dân", "ủy", "ưu", "“xây”"]] == ["Đ", "Đ", "D", "U", "Ư", "X"]


def test_fold_and_slugify_turn_d_with_stroke_into_d():
    assert fold("Đảng viên Mường Khương") == "dang vien muong khuong"
    assert slugify("Chỉnh đốn Đảng") == "chinh-don-dang"
    assert slugify("Quy định số 37-QĐ/TW") == "quy-dinh-so-37-qd-tw"
