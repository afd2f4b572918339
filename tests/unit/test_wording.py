"""Wording differences between appearances of one claim."""

from __future__ import annotations

from quotedesk.wording import wording_difference

FULL = "Kontak sedang dipersiapkan di tingkat ahli melalui kementerian luar negeri,"


def test_the_same_words_with_other_punctuation_and_case_are_the_same_wording() -> None:
    assert wording_difference(FULL, "kontak sedang dipersiapkan di tingkat ahli melalui Kementerian Luar Negeri.") \
        == "same wording"


def test_a_partial_quote_against_the_full_one_and_back() -> None:
    assert wording_difference(FULL, "dipersiapkan di tingkat ahli") == "a part of it (4 of 10 words)"
    assert wording_difference("dipersiapkan di tingkat ahli", FULL) == "a longer version (10 words, 6 more)"


def test_a_word_changed_on_the_way_is_named() -> None:
    changed = "Kontak sedang disiapkan di tingkat ahli melalui kementerian luar negeri Rusia,"
    assert wording_difference(FULL, changed) == "“dipersiapkan” → “disiapkan”; adds “Rusia”"


def test_a_translation_is_another_wording() -> None:
    english = "Contacts are being prepared at expert level through the foreign ministries,"
    assert wording_difference(FULL, english) == "other wording: a translation or a paraphrase"
