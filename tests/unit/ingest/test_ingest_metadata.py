"""Dates, URLs and titles guessed from plain text."""

from __future__ import annotations

import pytest
from quotedesk.ingest.dates import find_date, month_names, parse_date
from quotedesk.ingest.metadata import normalise_lang, outlet_from_url, text_metadata


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025-03-14", "2025-03-14"),
        ("Diperbarui 2025-03-14T09:30:00+07:00", "2025-03-14"),
        ("14 March 2025", "2025-03-14"),
        ("March 14, 2025", "2025-03-14"),
        ("Sept. 3rd, 2024", "2024-09-03"),
        ("Jumat, 14 Maret 2025 | 10:15 WIB", "2025-03-14"),
        ("Rabu, 26 Februari 2025", "2025-02-26"),
        ("Selasa, 17 Agustus 2021", "2021-08-17"),
        ("14. März 2025", "2025-03-14"),
        ("BERLIN, 3. MÄRZ 2024 (dpa)", "2024-03-03"),
        ("1. Dez. 2023", "2023-12-01"),
    ],
)
def test_dates_in_three_languages(text: str, iso: str) -> None:
    assert find_date(text) == iso


@pytest.mark.parametrize(
    "text",
    ["Rabu, 26 Februari", "31 February 2025", "2025-13-01", "14 Marchx 2025", "in 2025", "1.5 March 2025"],
)
def test_not_a_date(text: str) -> None:
    assert find_date(text) is None


def test_earliest_date_wins() -> None:
    assert find_date("Jakarta, 2 Januari 2024 - mengacu pada 2023-05-01") == "2024-01-02"


def test_parse_date_of_a_metadata_value() -> None:
    assert parse_date("  2025-02-26 10:15:00 +0700 ") == "2025-02-26"
    assert parse_date("gestern") is None


def test_month_names_come_from_the_resource_file() -> None:
    names = month_names()
    assert names["maret"] == names["märz"] == names["march"] == 3
    assert names["mei"] == names["mai"] == names["may"] == 5
    assert names["desember"] == names["dezember"] == 12


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.antaranews.com/berita/1", "antaranews.com"),
        ("http://Kompas.com/read/2", "kompas.com"),
        ("https://news.detik.com:443/x", "news.detik.com"),
        ("not a url", None),
        (None, None),
    ],
)
def test_outlet_from_url(url: str | None, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize(("tag", "lang"), [("id-ID", "id"), ("de_AT", "de"), ("EN", "en"), ("", None), ("x!", None)])
def test_normalise_lang(tag: str, lang: str | None) -> None:
    assert normalise_lang(tag) == lang


def test_labelled_lines_at_the_top() -> None:
    meta = text_metadata(
        "Title: Peskov bicara\nURL: https://www.antaranews.com/b/1\nDate: 26 Februari 2025\n\n“Ya,” kata Peskov.\n"
    )
    assert meta.title == "Peskov bicara"
    assert meta.url == "https://www.antaranews.com/b/1"
    assert meta.published == "2025-02-26"
    assert meta.outlet == "antaranews.com"


def test_bare_url_in_the_last_lines() -> None:
    text = "Judul\n\n" + "Paragraf isi.\n\n" * 10 + "<https://www.tempo.co/politik/123>\n"
    meta = text_metadata(text)
    assert meta.url == "https://www.tempo.co/politik/123"
    assert meta.outlet == "tempo.co"


def test_url_in_the_middle_of_the_article_is_not_its_url() -> None:
    text = "Judul\n\n" + "Paragraf isi.\n\n" * 6 + "https://example.com/lain\n\n" + "Paragraf isi.\n\n" * 6
    assert text_metadata(text).url is None


def test_a_source_credit_is_not_an_outlet() -> None:
    meta = text_metadata("Judul\n\nIsi berita.\n\nSumber: Reuters\n")
    assert meta.outlet is None


def test_date_deep_in_the_body_is_not_the_publication_date() -> None:
    text = "Judul\n\n" + "Paragraf isi.\n\n" * 8 + "Pada 14 Maret 2025 dia berkata.\n"
    assert text_metadata(text).published is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Peskov: Kontak Disiapkan\n\nIsi.", "Peskov: Kontak Disiapkan"),
        ("Apakah Perang Usai?\n\nIsi.", "Apakah Perang Usai?"),
        ("“Kami siap,” kata Peskov\n\nIsi.", "“Kami siap,” kata Peskov"),
        ("\n\n  Judul  dengan   spasi \n\nIsi.", "Judul dengan spasi"),
        ("Dia mengatakan kedua pemimpin dapat berbicara lagi.\n\nIsi.", None),
        ("Satu baris saja tanpa lanjutan", None),
        ("x" * 250 + "\n\nIsi.", None),
        ("https://www.antaranews.com/a\n\nIsi.", None),
        ("Jumat, 14 Maret 2025\nJudul Sebenarnya\n\nIsi.", "Judul Sebenarnya"),
        ("12345\n\nIsi.", None),
    ],
)
def test_title_heuristic(text: str, title: str | None) -> None:
    assert text_metadata(text).title == title


def test_plain_text_never_declares_a_language() -> None:
    assert text_metadata("Language: de\n\nJudul\n\nIsi.").lang is None


@pytest.mark.parametrize(("opening", "outlet"), [
    ("TEMPO.CO, Jakarta - Ketua Umum Partai Demokrat menanggapi isu koalisi.", "TEMPO.CO"),
    ("Jakarta, Kompas.com - Kepolisian Daerah Metro Jaya menangkap 12 orang.", "Kompas.com"),
    ("REPUBLIKA.CO.ID, JAKARTA -- Wakil Presiden meminta umat tidak terprovokasi.", "REPUBLIKA.CO.ID"),
    ("JAKARTA, KOMPAS — Pemerintah menyiapkan skema baru.", None),
    ("Die Seite example.com, sagte er, sei offline.", None),
])
def test_a_site_named_by_its_domain_in_the_dateline_is_the_outlet(opening: str, outlet: str | None) -> None:
    meta = text_metadata(f"{opening}\n\n\"Kami siap,\" kata dia.\n")
    assert meta.outlet == outlet


def test_a_url_still_names_the_outlet_before_the_dateline() -> None:
    meta = text_metadata("URL: https://www.tempo.co/politik/1\n\nTEMPO.CO, Jakarta - Ketua Umum menanggapi.\n")
    assert meta.outlet == "tempo.co"
